import { pricePoints } from '../price-score.util';
import { rankLot, RankInputBid } from '../ranking.util';

describe('pricePoints', () => {
  it.each([
    // model, price, lowest, slope, points
    ['proportional', 400, 400, null, 10],
    ['proportional', 500, 400, null, 8],
    ['proportional', 800, 400, null, 5],
    ['proportional', 1600, 400, null, 2.5],
    ['proportional', 600, 400, null, 6.666667],
    ['linear', 400, 400, 1, 10],
    ['linear', 500, 400, 1, 7.5],
    ['linear', 800, 400, 1, 0],
    ['linear', 1000, 400, 1, 0],
    ['linear', 500, 400, 0.5, 8.75],
    ['linear', 1200, 400, 0.5, 0],
    ['linear', 600, 400, 2, 0],
    ['linear', 500, 400, null, 7.5],
  ] as const)('%s price %d lowest %d slope %s → %d', (model, price, lowest, slope, points) => {
    expect(pricePoints(model, price, lowest, slope)).toBeCloseTo(points, 6);
  });

  it('refuses impossible inputs', () => {
    expect(() => pricePoints('proportional', 0, 400)).toThrow('positive');
    expect(() => pricePoints('linear', 300, 400, 1)).toThrow('lowest');
  });
});

describe('rankLot', () => {
  const t0 = new Date('2026-03-01T10:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
  const bid = (bidId: string, hourlyRate: number, minutes: number, scores: Record<string, number>): RankInputBid => ({ bidId, hourlyRate, submittedAt: at(minutes), scores: new Map(Object.entries(scores)) });
  const options = { priceModel: 'proportional' as const, linearSlope: null, priceWeight: 40, criteria: [{ id: 'q1', weight: 35 }, { id: 'q2', weight: 25 }] };

  it('sums weighted price and quality points to the total', () => {
    const [a, b] = rankLot([bid('a', 500, 0, { q1: 8, q2: 6 }), bid('b', 400, 1, { q1: 5, q2: 5 })], options);
    // a: price 40 × 8/10 = 32; quality 35 × 0.8 + 25 × 0.6 = 28 + 15 = 43; total 75
    expect(a).toMatchObject({ bidId: 'a', pricePoints: 8, priceScore: 32, qualityScore: 43, total: 75, rank: 1, complete: true });
    // b: price 40; quality 17.5 + 12.5 = 30; total 70
    expect(b).toMatchObject({ bidId: 'b', pricePoints: 10, priceScore: 40, qualityScore: 30, total: 70, rank: 2 });
  });

  it.each([
    ['equal totals: the lower price wins', [bid('x', 500, 0, { q1: 8, q2: 8 }), bid('y', 400, 5, { q1: 10, q2: 2 })], ['y', 'x']],
    ['equal totals and price: the earlier submission wins', [bid('late', 400, 9, { q1: 6, q2: 6 }), bid('early', 400, 2, { q1: 6, q2: 6 })], ['early', 'late']],
    ['all equal: bid id decides, deterministically', [bid('b2', 400, 3, { q1: 6, q2: 6 }), bid('b1', 400, 3, { q1: 6, q2: 6 })], ['b1', 'b2']],
  ])('%s', (_name, bids, order) => {
    expect(rankLot(bids, options).map((r) => r.bidId)).toEqual(order);
  });

  it('marks bids with missing scores incomplete and counts them as 0', () => {
    const [r] = rankLot([bid('a', 400, 0, { q1: 10 })], options);
    expect(r).toMatchObject({ complete: false, qualityScore: 35, total: 75 });
  });

  it('ranks with the linear model', () => {
    const rows = rankLot([bid('a', 400, 0, { q1: 5, q2: 5 }), bid('b', 600, 0, { q1: 10, q2: 10 })], { ...options, priceModel: 'linear', linearSlope: 1 });
    // b: price points 10 × (1 − 0.5) = 5 → 20; quality 60 → 80. a: 40 + 30 = 70.
    expect(rows.map((r) => [r.bidId, r.total, r.rank])).toEqual([['b', 80, 1], ['a', 70, 2]]);
  });

  it('returns nothing for a lot without bids', () => {
    expect(rankLot([], options)).toEqual([]);
  });
});
