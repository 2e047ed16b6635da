import { MilestoneStatus, ReportKind } from '@mentor/contracts';

export interface CompletenessInput {
  kind: ReportKind;
  /** The agreement's milestones, in order. */
  milestones: string[];
  statuses: (MilestoneStatus | null | undefined)[];
  notes: string[];
  hoursUsed: number | null | undefined;
  meetingsHeld: number | null | undefined;
  meetingsMissed: number | null | undefined;
  narrative: string;
  progression?: { competences: string; resources: string; nextSteps: string } | null;
}

/** A narrative shorter than this says too little to count as written. */
export const MIN_NARRATIVE_CHARS = 40;

/**
 * The share in [0, 1] of a report's completeness checks that it meets: each milestone addressed
 * (a status, and a note when it is a setback), the figures filled (monthly), a narrative of some
 * substance, and the three parts of the assessment (progression).
 */
export function reportCompleteness(r: CompletenessInput): number {
  const checks: boolean[] = r.milestones.map((_, i) => !!r.statuses[i] && (r.statuses[i] !== 'setback' || (r.notes[i] ?? '').trim().length > 0));
  if (r.kind === 'monthly') checks.push(r.hoursUsed !== null && r.hoursUsed !== undefined, r.meetingsHeld !== null && r.meetingsHeld !== undefined && r.meetingsMissed !== null && r.meetingsMissed !== undefined);
  checks.push(r.narrative.trim().length >= MIN_NARRATIVE_CHARS);
  if (r.kind === 'progression') checks.push(...[r.progression?.competences, r.progression?.resources, r.progression?.nextSteps].map((t) => (t ?? '').trim().length > 0));
  return Math.round((checks.filter(Boolean).length / checks.length) * 1000) / 1000;
}
