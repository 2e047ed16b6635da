import { FollowUp, MilestoneStatus, OutcomeStatus, ReportKind, ReportStatus } from '@mentor/contracts';
import type { TranslationKey } from '../../core/i18n/translations';

/** Translation keys of the reporting vocabulary, shared by the mentor's, supplier's and caseworker's pages. */
export const REPORT_STATUS_KEYS: Readonly<Record<ReportStatus, TranslationKey>> = {
  due: 'reports.status.due',
  draft: 'reports.status.draft',
  submitted: 'reports.status.submitted',
  accepted: 'reports.status.accepted',
  returned: 'reports.status.returned',
};

export const REPORT_KIND_KEYS: Readonly<Record<ReportKind, TranslationKey>> = {
  monthly: 'reports.kind.monthly',
  progression: 'reports.kind.progression',
};

export const MILESTONE_STATUS_KEYS: Readonly<Record<MilestoneStatus, TranslationKey>> = {
  not_started: 'reports.milestone.not_started',
  progressing: 'reports.milestone.progressing',
  reached: 'reports.milestone.reached',
  setback: 'reports.milestone.setback',
};

export const OUTCOME_STATUS_KEYS: Readonly<Record<OutcomeStatus, TranslationKey>> = {
  job: 'reports.outcome.job',
  education: 'reports.outcome.education',
  job_seeking: 'reports.outcome.job_seeking',
  still_on_benefits: 'reports.outcome.still_on_benefits',
  other: 'reports.outcome.other',
};

export const FOLLOW_UP_KEYS: Readonly<Record<FollowUp, TranslationKey>> = {
  end: 'reports.followUp.end',
  '3m': 'reports.followUp.3m',
  '6m': 'reports.followUp.6m',
  '12m': 'reports.followUp.12m',
  '24m': 'reports.followUp.24m',
};

export const HISTORY_ACTION_KEYS: Readonly<Record<'submitted' | 'accepted' | 'returned', TranslationKey>> = {
  submitted: 'reports.history.submitted',
  accepted: 'reports.history.accepted',
  returned: 'reports.history.returned',
};

/** The badge class of a report status: colour only repeats the text. */
export function reportTone(status: ReportStatus): 'badge-ok' | 'badge-info' | 'badge-warning' | 'badge-neutral' {
  switch (status) {
    case 'accepted':
      return 'badge-ok';
    case 'submitted':
      return 'badge-info';
    case 'returned':
      return 'badge-warning';
    default:
      return 'badge-neutral';
  }
}

export function milestoneTone(status: MilestoneStatus): 'badge-ok' | 'badge-info' | 'badge-error' | 'badge-neutral' {
  switch (status) {
    case 'reached':
      return 'badge-ok';
    case 'progressing':
      return 'badge-info';
    case 'setback':
      return 'badge-error';
    default:
      return 'badge-neutral';
  }
}
