import { outcomeScore, QualityCounts, qualityScore, standingOf } from '../quality-score.util';

const counts = (c: Partial<QualityCounts>): QualityCounts => ({ due: 0, onTime: 0, submitted: 0, completenessSum: 0, reviewed: 0, firstTimeAccepted: 0, ...c });

describe('reporting-quality score', () => {
  it.each<[string, Partial<QualityCounts>, number | null, string]>([
    // smoothed rate = (x + 4·0.5) / (n + 4); score = 0.4·onTime + 0.3·completeness + 0.3·acceptance
    ['nothing due yet', {}, null, 'new'],
    ['one perfect report', { due: 1, onTime: 1, submitted: 1, completenessSum: 1, reviewed: 1, firstTimeAccepted: 1 }, 0.6, 'good'],
    ['one report, late, incomplete, returned', { due: 1, onTime: 0, submitted: 1, completenessSum: 0, reviewed: 1, firstTimeAccepted: 0 }, 0.4, 'warning'],
    ['one report due and never submitted', { due: 1 }, 0.46, 'warning'],
    ['twelve perfect reports', { due: 12, onTime: 12, submitted: 12, completenessSum: 12, reviewed: 12, firstTimeAccepted: 12 }, 0.875, 'good'],
    ['twelve bad reports', { due: 12, submitted: 12, reviewed: 12 }, 0.125, 'blocked'],
    ['six of twelve on time, the rest fine', { due: 12, onTime: 6, submitted: 12, completenessSum: 12, reviewed: 12, firstTimeAccepted: 12 }, 0.725, 'good'],
    ['twelve due, four submitted late, half complete, all returned', { due: 12, onTime: 0, submitted: 4, completenessSum: 2, reviewed: 4, firstTimeAccepted: 0 }, 0.275, 'blocked'],
  ])('%s', (_name, c, score, standing) => {
    const result = qualityScore(counts(c));
    expect(result.qualityScore).toBe(score);
    expect(result.standing).toBe(standing);
  });

  it('shows the raw rates, not the smoothed ones', () => {
    expect(qualityScore(counts({ due: 4, onTime: 3, submitted: 4, completenessSum: 3.5, reviewed: 2, firstTimeAccepted: 1 }))).toMatchObject({ onTimeRate: 0.75, completeness: 0.875, acceptanceRate: 0.5 });
    expect(qualityScore(counts({ due: 2 }))).toMatchObject({ onTimeRate: 0, completeness: null, acceptanceRate: null });
  });

  it('moves towards the raw figures as reports accumulate', () => {
    const scores = [1, 3, 10, 40].map((n) => qualityScore(counts({ due: n, onTime: n, submitted: n, completenessSum: n, reviewed: n, firstTimeAccepted: n })).qualityScore!);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores[3]).toBeGreaterThan(0.9);
  });

  it.each([
    [null, 'new'],
    [0.299, 'blocked'],
    [0.3, 'warning'],
    [0.499, 'warning'],
    [0.5, 'good'],
  ])('standing of %p is %s', (score, standing) => expect(standingOf(score)).toBe(standing));

  it.each([
    [0, 0, 0.5],
    [1, 1, 0.6],
    [0, 1, 0.4],
    [6, 12, 0.5],
    [12, 16, 0.7],
  ])('outcome score of %i job/education among %i courses is %p', (x, n, expected) => expect(outcomeScore(x, n)).toBe(expected));
});
