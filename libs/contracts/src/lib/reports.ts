import { TargetGroup } from './target-groups';

/** Monthly reports, reporting quality, outcomes and effect (DESIGN.md steps 7–8). */

export const REPORT_KINDS = ['monthly', 'progression'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * `due`: nothing saved yet (the period may still be running: see `periodEnd`); `draft`: saved, not
 * submitted; `submitted`: waiting for the caseworker; `returned`: sent back with a comment, to be
 * corrected and submitted again; `accepted`: final.
 */
export const REPORT_STATUSES = ['due', 'draft', 'submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const MILESTONE_STATUSES = ['not_started', 'progressing', 'reached', 'setback'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface MilestoneReport {
  /** The milestone's text as in the mentor agreement. */
  milestone: string;
  /** Absent while not assessed (a draft may leave it out; a submission may not). */
  status?: MilestoneStatus;
  note: string;
}

/** The progression report's extra part, written at the end of the course. */
export interface ProgressionAssessment {
  competences: string;
  resources: string;
  nextSteps: string;
}

/** `PUT /api/reports/:id`: saves a draft, or submits when `submit` is true. */
export interface ReportInput {
  /** Monthly reports only; at most what remains of the grant. */
  hoursUsed?: number;
  meetingsHeld?: number;
  meetingsMissed?: number;
  milestones: MilestoneReport[];
  narrative: string;
  /** Progression reports only. */
  progression?: ProgressionAssessment;
  submit: boolean;
}

export interface ReportReviewInput {
  decision: 'accept' | 'return';
  /** Required when returning: what to correct. */
  comment?: string;
}

/** One entry of a report's history: each submission and each review. */
export interface ReportEvent {
  at: string;
  action: 'submitted' | 'accepted' | 'returned';
  byName: string;
  comment?: string;
}

/** A report as lists show it: figures and status, never the narrative. */
export interface ReportSummary {
  id: string;
  assignmentId: string;
  caseId: string;
  caseReference: string;
  mentorId: string;
  mentorName: string;
  supplierId: string;
  supplierName: string;
  kind: ReportKind;
  /** 'YYYY-MM': the month reported on (for the progression report, the course's last month). */
  period: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  status: ReportStatus;
  /** Due date passed and not submitted, or submitted after it. */
  overdue: boolean;
  daysOverdue: number;
  submittedAt?: string;
  hoursUsed?: number;
  /** How many times the mentor has submitted it (2 after one return and a resubmission). */
  submissions: number;
}

/** `GET /api/reports/:id`: the whole report with what the form needs. Reading it is audit-logged. */
export interface Report extends ReportSummary {
  meetingsHeld?: number;
  meetingsMissed?: number;
  milestones: MilestoneReport[];
  narrative: string;
  progression?: ProgressionAssessment;
  /** The latest return comment, while the report is returned. */
  returnComment?: string;
  /** The milestones of the mentor agreement, grouped by goal: what the form asks about. */
  goals: { text: string; milestones: string[] }[];
  /** Hours granted for the course period (hours per week × weeks). */
  hoursGranted: number;
  /** Hours used in the course's other reports (submitted, returned or accepted). */
  hoursUsedElsewhere: number;
  /** What this report may use at most. */
  hoursRemaining: number;
  history: ReportEvent[];
  /** Whether the caller may edit (the mentor, supplier admin) or review (the caseworker) now. */
  canEdit: boolean;
  canReview: boolean;
}

export const FOLLOW_UPS = ['end', '3m', '6m', '12m', '24m'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];
/** Months after the course's end at which each follow-up falls due. */
export const FOLLOW_UP_MONTHS: Record<FollowUp, number> = { end: 0, '3m': 3, '6m': 6, '12m': 12, '24m': 24 };

export const OUTCOME_STATUSES = ['job', 'education', 'job_seeking', 'still_on_benefits', 'other'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/** `POST /api/assignments/:id/outcomes`. */
export interface OutcomeInput {
  followUp: FollowUp;
  status: OutcomeStatus;
  /** Monthly change in benefits in DKK: negative when the citizen receives less. */
  benefitChangeDkk?: number;
  note?: string;
}

/** A follow-up task of a finished course, with its outcome once recorded. */
export interface Outcome {
  id: string;
  assignmentId: string;
  caseId: string;
  caseReference: string;
  supplierName: string;
  targetGroup: TargetGroup;
  followUp: FollowUp;
  dueOn: string;
  status?: OutcomeStatus;
  benefitChangeDkk?: number;
  note?: string;
  recordedAt?: string;
  overdue: boolean;
}

export const STANDINGS = ['new', 'good', 'warning', 'blocked'] as const;
/**
 * `new`: no reports in the window yet; `blocked` (score < 0.3): no new offers unless the
 * caseworker overrides with a reason; `warning` (score < 0.5): offers allowed, shown with a warning.
 */
export type Standing = (typeof STANDINGS)[number];
export const STANDING_BLOCK_BELOW = 0.3;
export const STANDING_WARN_BELOW = 0.5;

export interface QualityFigures {
  /** Reports due in the window (the denominator of the on-time rate). */
  reportsDue: number;
  onTimeRate: number | null;
  completeness: number | null;
  acceptanceRate: number | null;
  /** Smoothed combination in [0, 1]; null with no reports in the window. */
  qualityScore: number | null;
  standing: Standing;
}

export interface OutcomeDistribution {
  followUp: FollowUp;
  recorded: number;
  counts: Record<OutcomeStatus, number>;
  /** Share with job or education among the recorded; null when none. */
  jobOrEducationShare: number | null;
  /** Average monthly benefit change in DKK among the recorded with a figure. */
  averageBenefitChangeDkk: number | null;
}

export interface SatisfactionFigures {
  respondent: 'citizen' | 'caseworker';
  responses: number;
  /** Average of all answers on the 1–5 scale; null when fewer than the anonymity minimum. */
  average: number | null;
}

export interface ScorecardHistoryPoint {
  /** 'YYYY-MM': the figures over the 12 months up to this month's end. */
  month: string;
  onTimeRate: number | null;
  completeness: number | null;
  acceptanceRate: number | null;
  qualityScore: number | null;
}

export interface AgreementUsage {
  agreementId: string;
  supplierId: string;
  supplierName: string;
  tenderTitle: string;
  lotTitle: string;
  municipalityCode: string;
  municipalityName: string;
  hourCeiling: number | null;
  hoursGranted: number;
  hoursUsed: number;
}

/** `GET /api/suppliers/:id/scorecard`. */
export interface Scorecard extends QualityFigures {
  supplierId: string;
  supplierName: string;
  window: { from: string; to: string };
  courses: { active: number; ended: number };
  hours: { granted: number; used: number };
  agreements: AgreementUsage[];
  outcomes: OutcomeDistribution[];
  satisfaction: SatisfactionFigures[];
  history: ScorecardHistoryPoint[];
  mentors: ({ mentorId: string; mentorName: string } & QualityFigures)[];
  computedAt: string | null;
}

/** One row of `GET /api/insights/effects`: a supplier in a target group. */
export interface EffectRow {
  supplierId: string;
  supplierName: string;
  targetGroup: TargetGroup;
  courses: number;
  activeCourses: number;
  hoursGranted: number;
  hoursUsed: number;
  onTimeRate: number | null;
  acceptanceRate: number | null;
  outcomes: OutcomeDistribution[];
  citizenSatisfaction: number | null;
  caseworkerSatisfaction: number | null;
}

export interface EffectsQuery {
  from?: string;
  to?: string;
  targetGroup?: TargetGroup;
  supplierId?: string;
  agreementId?: string;
}

/** `GET /api/insights/effects` (or `format=csv` for the rows as CSV). */
export interface EffectsReport {
  municipalityCode: string;
  filters: EffectsQuery & { from: string; to: string };
  rows: EffectRow[];
  totals: Omit<EffectRow, 'supplierId' | 'supplierName' | 'targetGroup'>;
  byTargetGroup: ({ targetGroup: TargetGroup } & Omit<EffectRow, 'supplierId' | 'supplierName' | 'targetGroup'>)[];
  /** Hours granted and used against each agreement's ceiling, for the municipality's agreements. */
  ceilings: AgreementUsage[];
}

/** The satisfaction survey: a few 1–5 questions and an optional comment (the municipality's only). */
export const SURVEY_QUESTIONS: Record<'citizen' | 'caseworker', { code: string; da: string; en: string }[]> = {
  citizen: [
    { code: 'listened', da: 'Min mentor lyttede til mig', en: 'My mentor listened to me' },
    { code: 'helped', da: 'Jeg fik hjælp til det, der var vigtigt for mig', en: 'I got help with what mattered to me' },
    { code: 'closer', da: 'Jeg er kommet tættere på job eller uddannelse', en: 'I am closer to a job or education' },
    { code: 'overall', da: 'Alt i alt er jeg tilfreds med forløbet', en: 'All in all I am satisfied with the course' },
  ],
  caseworker: [
    { code: 'cooperation', da: 'Samarbejdet med mentoren fungerede godt', en: 'Cooperation with the mentor worked well' },
    { code: 'reporting', da: 'Rapporteringen gav mig det, jeg havde brug for', en: 'The reporting gave me what I needed' },
    { code: 'overall', da: 'Alt i alt er jeg tilfreds med forløbet', en: 'All in all I am satisfied with the course' },
  ],
};
/** Satisfaction figures are shown only from this many answers, so no single answer can be traced. */
export const SURVEY_ANONYMITY_MINIMUM = 3;

/** `GET /api/surveys/:token` (no login). */
export interface Survey {
  respondent: 'citizen' | 'caseworker';
  municipalityName: string;
  questions: { code: string; text: string }[];
  answered: boolean;
  expiresAt: string;
}

/** `POST /api/surveys/:token`. */
export interface SurveyAnswerInput {
  answers: Record<string, 1 | 2 | 3 | 4 | 5>;
  comment?: string;
}

/** The case page's view of a course's surveys: the citizen's link to hand over, and answered flags. */
export interface CourseSurveys {
  citizen?: { link: string; answered: boolean; expiresAt: string };
  caseworker?: { link: string; answered: boolean; expiresAt: string };
}
