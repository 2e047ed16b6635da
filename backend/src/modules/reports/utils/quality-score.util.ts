import { Standing, STANDING_BLOCK_BELOW, STANDING_WARN_BELOW } from '@mentor/contracts';

/**
 * Reporting quality, over the reports due in a rolling 12 months:
 *
 *   on-time rate     = reports first submitted by the end of their due date ÷ reports due
 *                      (a report counts as soon as it is submitted, or once its due date has passed)
 *   completeness     = mean completeness of the submitted reports (each: the share of its checks met:
 *                      every milestone has a status, a note where the status is a setback, hours and
 *                      attendance filled, a narrative of some substance)
 *   first-time accept = reports accepted without ever being returned ÷ reports reviewed
 *
 * Each rate is smoothed towards the neutral prior p = 0.5 as if K = 4 more reports had been seen,
 *   smoothed = (successes + K·p) ÷ (n + K),
 * so one late report cannot sink a new supplier and one good month cannot crown it. The score is
 *   quality = 0.4·on-time + 0.3·completeness + 0.3·first-time acceptance   (each smoothed), in [0, 1];
 * null when nothing is due yet. Standing: below 0.3 blocked (new offers need an override with a
 * reason), below 0.5 warning, else good; `new` while the score is null.
 */
export const QUALITY_PRIOR = 0.5;
export const QUALITY_PSEUDO_COUNT = 4;
export const QUALITY_WEIGHTS = { onTime: 0.4, completeness: 0.3, acceptance: 0.3 } as const;

export interface QualityCounts {
  /** Reports counted for the on-time rate, and how many of them were on time. */
  due: number;
  onTime: number;
  /** Submitted reports and the sum of their completeness values (each in [0, 1]). */
  submitted: number;
  completenessSum: number;
  /** Reviewed reports (accepted or ever returned), and those accepted without a return. */
  reviewed: number;
  firstTimeAccepted: number;
}

export interface QualityResult {
  onTimeRate: number | null;
  completeness: number | null;
  acceptanceRate: number | null;
  qualityScore: number | null;
  standing: Standing;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const rate = (x: number, n: number) => (n > 0 ? round3(x / n) : null);
const smoothed = (x: number, n: number) => (x + QUALITY_PSEUDO_COUNT * QUALITY_PRIOR) / (n + QUALITY_PSEUDO_COUNT);

export function standingOf(score: number | null): Standing {
  if (score === null) return 'new';
  if (score < STANDING_BLOCK_BELOW) return 'blocked';
  if (score < STANDING_WARN_BELOW) return 'warning';
  return 'good';
}

/** The raw rates (what the scorecard shows) and the smoothed score (what matching uses). */
export function qualityScore(c: QualityCounts): QualityResult {
  const score =
    c.due === 0 && c.submitted === 0
      ? null
      : round3(
          QUALITY_WEIGHTS.onTime * smoothed(c.onTime, c.due) +
            QUALITY_WEIGHTS.completeness * smoothed(c.completenessSum, c.submitted) +
            QUALITY_WEIGHTS.acceptance * smoothed(c.firstTimeAccepted, c.reviewed),
        );
  return {
    onTimeRate: rate(c.onTime, c.due),
    completeness: rate(c.completenessSum, c.submitted),
    acceptanceRate: rate(c.firstTimeAccepted, c.reviewed),
    qualityScore: score,
    standing: standingOf(score),
  };
}

/**
 * The matching's `outcome` input: the share of finished courses (in one target group) whose latest
 * recorded outcome is a job or education, smoothed the same way (prior 0.5, K = 4).
 */
export function outcomeScore(jobOrEducation: number, courses: number): number {
  return round3(smoothed(jobOrEducation, courses));
}
