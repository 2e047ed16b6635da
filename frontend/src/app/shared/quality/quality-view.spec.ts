import { OutcomeDistribution } from '@mentor/contracts';
import {
  OUTCOME_KEYS,
  STANDING_KEYS,
  jobOrEducationShare,
  needsOverride,
  outcomeCounts,
  outcomeCountsAt,
  overrideReady,
  satisfactionOf,
  standingFor,
  standingTone,
} from './quality-view';
import { da } from '../../core/i18n/da';

const dist = (followUp: OutcomeDistribution['followUp'], counts: Partial<OutcomeDistribution['counts']>, share: number | null = null): OutcomeDistribution => ({
  followUp,
  recorded: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0),
  counts: { job: 0, education: 0, job_seeking: 0, still_on_benefits: 0, other: 0, ...counts },
  jobOrEducationShare: share,
  averageBenefitChangeDkk: null,
});

describe('standing', () => {
  it('labels the standings in Danish', () => {
    expect(Object.values(STANDING_KEYS).map((k) => da[k])).toEqual(['Ny', 'God', 'Advarsel', 'Blokeret']);
    expect(Object.values(OUTCOME_KEYS).map((k) => da[k])).toEqual(['Job', 'Uddannelse', 'Jobsøgende', 'Stadig på ydelse', 'Andet']);
  });

  it('mirrors the thresholds 0.3 and 0.5', () => {
    expect(standingFor(null)).toBe('new');
    expect(standingFor(0.29)).toBe('blocked');
    expect(standingFor(0.3)).toBe('warning');
    expect(standingFor(0.49)).toBe('warning');
    expect(standingFor(0.5)).toBe('good');
  });

  it('colours the badge by standing', () => {
    expect(standingTone('blocked')).toBe('badge-error');
    expect(standingTone('warning')).toBe('badge-warning');
    expect(standingTone('good')).toBe('badge-ok');
    expect(standingTone('new')).toBe('badge-neutral');
  });

  it('asks for a reason of at least 10 characters for a blocked supplier only', () => {
    expect(needsOverride('blocked')).toBe(true);
    expect(needsOverride('warning')).toBe(false);
    expect(needsOverride(undefined)).toBe(false);
    expect(overrideReady('good', '')).toBe(true);
    expect(overrideReady('blocked', '   kort    ')).toBe(false);
    expect(overrideReady('blocked', 'Eneste mentor der taler tigrinya')).toBe(true);
  });
});

describe('outcomes', () => {
  const outcomes = [dist('6m', { job: 2, other: 1 }, 0.67), dist('end', { education: 3, job_seeking: 1 }, 0.75)];

  it('lists the counts of all five follow-ups in order, zero where nothing is recorded', () => {
    const { followUps, counts } = outcomeCounts(outcomes);
    expect(followUps).toEqual(['end', '3m', '6m', '12m', '24m']);
    expect(counts.job).toEqual([0, 0, 2, 0, 0]);
    expect(counts.education).toEqual([3, 0, 0, 0, 0]);
    expect(counts.other).toEqual([0, 0, 1, 0, 0]);
  });

  it('reads one follow-up and its job or education share', () => {
    expect(outcomeCountsAt(outcomes, 'end')).toEqual({ job: 0, education: 3, job_seeking: 1, still_on_benefits: 0, other: 0 });
    expect(outcomeCountsAt([], '24m').job).toBe(0);
    expect(jobOrEducationShare(outcomes)).toBe(0.75);
    expect(jobOrEducationShare(outcomes, '12m')).toBeNull();
  });

  it('finds a respondent group, or reports none', () => {
    expect(satisfactionOf([{ respondent: 'citizen', responses: 5, average: 4.2 }], 'citizen').average).toBe(4.2);
    expect(satisfactionOf([], 'caseworker')).toEqual({ respondent: 'caseworker', responses: 0, average: null });
  });
});
