import { MilestoneReport, MilestoneStatus, Report, ReportInput, ReportStatus, ReportSummary } from '@mentor/contracts';
import type { TranslationKey, TranslationParams } from '../../core/i18n/translations';
import { LOCALES, Lang } from '../../core/i18n/translations';
import { daysBetween } from '../../shared/mentors/mentor-rules';

/**
 * The reporting rules, framework-free: how the mentor's list is grouped, what the due-date marker
 * says, how the report form maps to and from the API, and the hours check.
 */

// The mentor's list

export type ReportGroup = 'todo' | 'returned' | 'submitted';
export const REPORT_GROUPS: readonly ReportGroup[] = ['todo', 'returned', 'submitted'];

/** "Skal afleveres" (nothing or a draft), "Returneret" (to correct), "Afleveret" (submitted or accepted). */
export function reportGroup(status: ReportStatus): ReportGroup {
  if (status === 'returned') return 'returned';
  if (status === 'submitted' || status === 'accepted') return 'submitted';
  return 'todo';
}

/** The groups in order: the ones to write by due date (oldest first), the handed-in ones newest first. */
export function groupReports<T extends Pick<ReportSummary, 'status' | 'dueOn'>>(reports: readonly T[]): Record<ReportGroup, T[]> {
  const groups: Record<ReportGroup, T[]> = { todo: [], returned: [], submitted: [] };
  for (const report of reports) groups[reportGroup(report.status)].push(report);
  const byDue = (a: T, b: T) => a.dueOn.localeCompare(b.dueOn);
  groups.todo.sort(byDue);
  groups.returned.sort(byDue);
  groups.submitted.sort((a, b) => byDue(b, a));
  return groups;
}

/** Whether a report still waits for the mentor (or the supplier admin). */
export function isOpen(status: ReportStatus): boolean {
  return reportGroup(status) !== 'submitted';
}

// The due-date marker

export type DueMarker =
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  | { kind: 'soon'; days: number }
  | { kind: 'upcoming'; days: number }
  | { kind: 'running' }
  | { kind: 'late'; days: number };

/** Days before the due date from which a report is "due soon". */
export const DUE_SOON_DAYS = 3;

/**
 * What to say about a report's due date today: days overdue while it is open past the date, the
 * period still running, due today or soon; once handed in, only whether it came late.
 */
export function dueMarker(
  report: Pick<ReportSummary, 'status' | 'overdue' | 'daysOverdue' | 'dueOn' | 'periodEnd'>,
  today: string,
): DueMarker | null {
  const late = Math.max(report.daysOverdue || 0, 0);
  if (!isOpen(report.status)) return report.overdue && late > 0 ? { kind: 'late', days: late } : null;
  const left = daysBetween(today, report.dueOn);
  if (report.overdue || left < 0) return { kind: 'overdue', days: Math.max(late, -left, 1) };
  if (report.periodEnd >= today) return { kind: 'running' };
  if (left === 0) return { kind: 'today' };
  return left <= DUE_SOON_DAYS ? { kind: 'soon', days: left } : { kind: 'upcoming', days: left };
}

/** The marker's text: Danish counts "1 dag" but "2 dage", hence the separate keys for one. */
export function dueMarkerText(marker: DueMarker): { key: TranslationKey; params?: TranslationParams } {
  switch (marker.kind) {
    case 'overdue':
      return marker.days === 1 ? { key: 'reports.due.overdueOne' } : { key: 'reports.due.overdue', params: { days: marker.days } };
    case 'late':
      return marker.days === 1 ? { key: 'reports.due.lateOne' } : { key: 'reports.due.late', params: { days: marker.days } };
    case 'today':
      return { key: 'reports.due.today' };
    case 'soon':
    case 'upcoming':
      return marker.days === 1 ? { key: 'reports.due.inOneDay' } : { key: 'reports.due.inDays', params: { days: marker.days } };
    case 'running':
      return { key: 'reports.due.running' };
  }
}

export function dueMarkerTone(marker: DueMarker): 'late' | 'soon' | 'normal' {
  if (marker.kind === 'overdue' || marker.kind === 'late') return 'late';
  return marker.kind === 'today' || marker.kind === 'soon' ? 'soon' : 'normal';
}

/** `2026-05` → "maj 2026" / "May 2026". */
export function formatPeriod(period: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})/.exec(period ?? '');
  if (!match) return period ?? '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

// The report form

/** One milestone the form asks about, in the order of `Report.goals` (the order the API expects). */
export interface MilestoneSlot {
  index: number;
  goalIndex: number;
  goal: string;
  milestone: string;
}

export function milestoneSlots(goals: Report['goals']): MilestoneSlot[] {
  const slots: MilestoneSlot[] = [];
  goals.forEach((goal, goalIndex) => {
    for (const milestone of goal.milestones) slots.push({ index: slots.length, goalIndex, goal: goal.text, milestone });
  });
  return slots;
}

export interface MilestoneDraft {
  /** Empty until the mentor chooses. */
  status: MilestoneStatus | '';
  note: string;
}

export interface ProgressionDraft {
  competences: string;
  resources: string;
  nextSteps: string;
}

export interface ReportFormValue {
  hoursUsed: number | null;
  meetingsHeld: number | null;
  meetingsMissed: number | null;
  milestones: MilestoneDraft[];
  narrative: string;
  progression: ProgressionDraft;
}

/**
 * The saved answer of each milestone the form asks about: by position when the text matches,
 * otherwise by text (so an answer stays with its milestone), otherwise blank.
 */
export function savedMilestones(report: Pick<Report, 'goals' | 'milestones'>): MilestoneDraft[] {
  const saved = report.milestones ?? [];
  const used = new Set<number>();
  return milestoneSlots(report.goals).map((slot, i) => {
    const j = saved[i]?.milestone === slot.milestone && !used.has(i) ? i : saved.findIndex((m, k) => !used.has(k) && m.milestone === slot.milestone);
    if (j < 0) return { status: '', note: '' };
    used.add(j);
    return { status: saved[j].status ?? '', note: saved[j].note ?? '' };
  });
}

export function reportToFormValue(report: Report): ReportFormValue {
  return {
    hoursUsed: report.hoursUsed ?? null,
    meetingsHeld: report.meetingsHeld ?? null,
    meetingsMissed: report.meetingsMissed ?? null,
    milestones: savedMilestones(report),
    narrative: report.narrative ?? '',
    progression: {
      competences: report.progression?.competences ?? '',
      resources: report.progression?.resources ?? '',
      nextSteps: report.progression?.nextSteps ?? '',
    },
  };
}

function numberOrUndefined(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The body of `PUT /api/reports/:id`: one milestone per milestone of the goals, in order; hours and
 * meetings for monthly reports only, the progression part for the progression report only. A
 * draft may be incomplete: a milestone not yet assessed is sent without a status (the API keeps
 * it unassessed; `MilestoneReport.status` is required only to submit).
 */
export function toReportInput(report: Pick<Report, 'kind' | 'goals'>, value: ReportFormValue, submit: boolean): ReportInput {
  const milestones = milestoneSlots(report.goals).map((slot, i): MilestoneReport => {
    const status = value.milestones[i]?.status;
    const note = (value.milestones[i]?.note ?? '').trim();
    return (status ? { milestone: slot.milestone, status, note } : { milestone: slot.milestone, note }) as MilestoneReport;
  });
  const input: ReportInput = { milestones, narrative: value.narrative.trim(), submit };
  if (report.kind === 'monthly') {
    const hoursUsed = numberOrUndefined(value.hoursUsed);
    const meetingsHeld = numberOrUndefined(value.meetingsHeld);
    const meetingsMissed = numberOrUndefined(value.meetingsMissed);
    if (hoursUsed !== undefined) input.hoursUsed = hoursUsed;
    if (meetingsHeld !== undefined) input.meetingsHeld = meetingsHeld;
    if (meetingsMissed !== undefined) input.meetingsMissed = meetingsMissed;
  } else {
    input.progression = {
      competences: value.progression.competences.trim(),
      resources: value.progression.resources.trim(),
      nextSteps: value.progression.nextSteps.trim(),
    };
  }
  return input;
}

/** Whether two bodies save the same content (the submit flag aside): the autosave skips a no-op. */
export function sameContent(a: ReportInput | null, b: ReportInput | null): boolean {
  if (!a || !b) return a === b;
  return JSON.stringify({ ...a, submit: false }) === JSON.stringify({ ...b, submit: false });
}

// Hours

const round2 = (n: number) => Math.round(n * 100) / 100;

/** What is left of the grant after this report: `hoursRemaining` is what this report may use. */
export function hoursLeftAfter(hoursRemaining: number, hoursUsed: number | string | null | undefined): number {
  return round2(hoursRemaining - (numberOrUndefined(hoursUsed) ?? 0));
}

/** The client-side check of hours used: not negative, at most two decimals, at most what remains. */
export function hoursProblem(hoursUsed: number | string | null | undefined, hoursRemaining: number): 'negative' | 'decimals' | 'over' | null {
  const hours = numberOrUndefined(hoursUsed);
  if (hours === undefined) return null;
  if (hours < 0) return 'negative';
  if (Math.abs(round2(hours) - hours) > 1e-9) return 'decimals';
  return hours > hoursRemaining + 1e-9 ? 'over' : null;
}

// The caseworker's inbox

export const INBOX_TABS = ['submitted', 'overdue', 'followups'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

/** The tab from the URL (`?tab=overdue`); anything else shows the reports to review. */
export function inboxTab(value: unknown): InboxTab {
  return (INBOX_TABS as readonly unknown[]).includes(value) ? (value as InboxTab) : 'submitted';
}

/** A survey link as the browser opens it: the API may send a path or a whole address. */
export function absoluteLink(link: string, origin: string): string {
  return /^https?:\/\//i.test(link) ? link : `${origin}${link.startsWith('/') ? '' : '/'}${link}`;
}
