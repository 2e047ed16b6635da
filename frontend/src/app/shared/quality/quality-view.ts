import {
  FOLLOW_UPS,
  FollowUp,
  OUTCOME_STATUSES,
  OutcomeDistribution,
  OutcomeStatus,
  STANDING_BLOCK_BELOW,
  STANDING_WARN_BELOW,
  SatisfactionFigures,
  Standing,
} from '@mentor/contracts';
import type { TranslationKey } from '../../core/i18n/translations';

/**
 * The vocabulary and small rules of reporting quality and effect, shared by the scorecard, the
 * effect dashboard and the match list. Framework-free and unit-tested.
 */
export const STANDING_KEYS: Readonly<Record<Standing, TranslationKey>> = {
  new: 'quality.standing.new',
  good: 'quality.standing.good',
  warning: 'quality.standing.warning',
  blocked: 'quality.standing.blocked',
};

/** What the standing means for an offer, as the match list says it. */
export const STANDING_EXPLAINED_KEYS: Readonly<Record<Standing, TranslationKey>> = {
  new: 'quality.standingExplained.new',
  good: 'quality.standingExplained.good',
  warning: 'quality.standingExplained.warning',
  blocked: 'quality.standingExplained.blocked',
};

export function standingTone(standing: Standing): 'badge-neutral' | 'badge-ok' | 'badge-warning' | 'badge-error' {
  switch (standing) {
    case 'good':
      return 'badge-ok';
    case 'warning':
      return 'badge-warning';
    case 'blocked':
      return 'badge-error';
    default:
      return 'badge-neutral';
  }
}

/** The standing a score gives (the backend decides; this mirrors its thresholds for explanations). */
export function standingFor(score: number | null): Standing {
  if (score === null || !Number.isFinite(score)) return 'new';
  if (score < STANDING_BLOCK_BELOW) return 'blocked';
  if (score < STANDING_WARN_BELOW) return 'warning';
  return 'good';
}

export const OUTCOME_KEYS: Readonly<Record<OutcomeStatus, TranslationKey>> = {
  job: 'effect.outcome.job',
  education: 'effect.outcome.education',
  job_seeking: 'effect.outcome.job_seeking',
  still_on_benefits: 'effect.outcome.still_on_benefits',
  other: 'effect.outcome.other',
};

/** Green and blue for the good outcomes, orange and red for the others, grey for "other". */
export const OUTCOME_COLORS: Readonly<Record<OutcomeStatus, string>> = {
  job: '#1d7a3a',
  education: '#004b87',
  job_seeking: '#c25e00',
  still_on_benefits: '#b42318',
  other: '#6b7682',
};

export const FOLLOW_UP_KEYS: Readonly<Record<FollowUp, TranslationKey>> = {
  end: 'effect.followUp.end',
  '3m': 'effect.followUp.3m',
  '6m': 'effect.followUp.6m',
  '12m': 'effect.followUp.12m',
  '24m': 'effect.followUp.24m',
};

/** The counts of each outcome per follow-up, all five follow-ups in order; a follow-up without data counts 0. */
export function outcomeCounts(distributions: readonly OutcomeDistribution[]): { followUps: readonly FollowUp[]; counts: Record<OutcomeStatus, number[]> } {
  const byFollowUp = new Map(distributions.map((d) => [d.followUp, d]));
  const counts = Object.fromEntries(
    OUTCOME_STATUSES.map((status) => [status, FOLLOW_UPS.map((f) => Math.max(0, Number(byFollowUp.get(f)?.counts?.[status]) || 0))]),
  ) as Record<OutcomeStatus, number[]>;
  return { followUps: FOLLOW_UPS, counts };
}

/** The counts of each outcome at one follow-up. */
export function outcomeCountsAt(distributions: readonly OutcomeDistribution[], followUp: FollowUp): Record<OutcomeStatus, number> {
  const found = distributions.find((d) => d.followUp === followUp);
  return Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, Math.max(0, Number(found?.counts?.[s]) || 0)])) as Record<OutcomeStatus, number>;
}

/** The share with job or education at a follow-up, as the API computed it; null without records. */
export function jobOrEducationShare(distributions: readonly OutcomeDistribution[], followUp: FollowUp = 'end'): number | null {
  return distributions.find((d) => d.followUp === followUp)?.jobOrEducationShare ?? null;
}

export function satisfactionOf(figures: readonly SatisfactionFigures[], respondent: 'citizen' | 'caseworker'): SatisfactionFigures {
  return figures.find((f) => f.respondent === respondent) ?? { respondent, responses: 0, average: null };
}

/** The shortest reason the API accepts for offering a blocked supplier's mentor. */
export const OVERRIDE_REASON_MIN = 10;

/** Whether an offer to a supplier with this standing needs a written reason. */
export function needsOverride(standing: Standing | undefined): boolean {
  return standing === 'blocked';
}

/** Whether the offer may be sent: no reason needed, or one of at least 10 characters (trimmed). */
export function overrideReady(standing: Standing | undefined, reason: string): boolean {
  return !needsOverride(standing) || reason.trim().length >= OVERRIDE_REASON_MIN;
}
