import { defaultPercents, fromPercents, normalise, percentSum, toPercents } from './weights';

describe('matching weights as percentages', () => {
  it('shows the default weights of the matching model', () => {
    expect(defaultPercents()).toEqual({ competence: 40, quality: 20, outcome: 10, distance: 10, price: 10, capacity: 5, preference: 5 });
    expect(percentSum(defaultPercents())).toBe(100);
  });

  it('converts to fractions that sum to 1 and back', () => {
    const weights = fromPercents(defaultPercents());
    expect(weights.competence).toBe(0.4);
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(toPercents(weights)).toEqual(defaultPercents());
  });

  it('sums what is typed, treating blanks as 0', () => {
    expect(percentSum({ competence: 50, quality: null, outcome: 12.5, distance: undefined })).toBe(62.5);
  });

  it('normalises to exactly 100 by the largest remainder', () => {
    expect(normalise({ competence: 1, quality: 1, outcome: 1 })).toEqual({ competence: 34, quality: 33, outcome: 33, distance: 0, price: 0, capacity: 0, preference: 0 });
    expect(percentSum(normalise({ competence: 80, quality: 40, outcome: 20, distance: 20, price: 20, capacity: 10, preference: 10 }))).toBe(100);
    expect(normalise({ competence: 80, quality: 40, outcome: 20, distance: 20, price: 20, capacity: 10, preference: 10 })).toEqual(defaultPercents());
    expect(percentSum(normalise({}))).toBe(0);
  });
});
