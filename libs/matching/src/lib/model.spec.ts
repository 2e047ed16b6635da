import { DEFAULT_WEIGHTS, validateWeights } from './model';

describe('validateWeights', () => {
  it('accepts the defaults, which sum to 1', () => {
    expect(validateWeights(DEFAULT_WEIGHTS)).toEqual([]);
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('accepts a sum within 1e-9 of 1', () => {
    expect(validateWeights({ ...DEFAULT_WEIGHTS, preference: 0.05 + 5e-10 })).toEqual([]);
  });

  it.each([
    ['a weight above 1', { ...DEFAULT_WEIGHTS, competence: 1.2 }, 'competence'],
    ['a negative weight', { ...DEFAULT_WEIGHTS, price: -0.1 }, 'price'],
    ['a missing weight', { ...DEFAULT_WEIGHTS, outcome: undefined }, 'outcome'],
    ['a weight that is not a number', { ...DEFAULT_WEIGHTS, quality: '0.2' }, 'quality'],
    ['NaN', { ...DEFAULT_WEIGHTS, distance: Number.NaN }, 'distance'],
    ['an unknown component', { ...DEFAULT_WEIGHTS, seniority: 0 }, 'seniority'],
    ['weights summing to 1.05', { ...DEFAULT_WEIGHTS, capacity: 0.1 }, 'sum to 1'],
    ['weights summing to 0.99', { ...DEFAULT_WEIGHTS, competence: 0.39 }, 'sum to 1'],
  ])('reports %s, naming it', (_name, weights, mention) => {
    const problems = validateWeights(weights);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(mention);
  });

  it('reports every bad field at once', () => {
    expect(validateWeights({ ...DEFAULT_WEIGHTS, competence: 2, price: -1 })).toEqual([
      'competence: must be in [0, 1], got 2',
      'price: must be in [0, 1], got -1',
    ]);
  });

  it('refuses something that is not an object', () => {
    expect(validateWeights(null)).toEqual(['weights must be an object']);
  });
});
