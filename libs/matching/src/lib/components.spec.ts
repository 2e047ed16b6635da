import { aCandidate, aProfile } from '../testing/builders';
import {
  capacityComponent,
  competenceComponent,
  distanceComponent,
  outcomeComponent,
  preferenceComponent,
  priceComponent,
  qualityComponent,
  scoreCandidate,
  scoreComponents,
  weightedScore,
} from './components';
import { DEFAULT_WEIGHTS, MatchNeed } from './model';

describe('competence component: Σ severity × min(level, 3)/3 ÷ Σ severity', () => {
  it.each<[string, MatchNeed[], Record<string, number>, number]>([
    ['no needs → 1', [], { youth_crime: 1 }, 1],
    ['one need, level 3 → 1', [{ code: 'youth_crime', severity: 3 }], { youth_crime: 3 }, 1],
    ['one need, level 2 → 2/3', [{ code: 'youth_crime', severity: 3 }], { youth_crime: 2 }, 2 / 3],
    ['one need, level 1 → 1/3', [{ code: 'youth_crime', severity: 1 }], { youth_crime: 1 }, 1 / 3],
    ['one need, competence missing → 0', [{ code: 'youth_crime', severity: 2 }], { family: 3 }, 0],
    [
      'severe need met, light need missing → (3·1 + 1·0)/4 = 0.75',
      [
        { code: 'youth_crime', severity: 3 },
        { code: 'substance_abuse', severity: 1 },
      ],
      { youth_crime: 3 },
      0.75,
    ],
    [
      'light at level 2, moderate at level 3 → (1·2/3 + 2·1)/3 = 8/9',
      [
        { code: 'family', severity: 1 },
        { code: 'debt_finance', severity: 2 },
      ],
      { family: 2, debt_finance: 3 },
      8 / 9,
    ],
    ['a level above 3 counts as 3', [{ code: 'family', severity: 2 }], { family: 5 }, 1],
  ])('%s', (_name, needs, competences, expected) => {
    expect(competenceComponent(needs, competences)).toBeCloseTo(expected, 12);
  });
});

describe('quality component: mentor ?? supplier ?? 0.5', () => {
  it.each<[number | null, number | null, number]>([
    [0.9, 0.5, 0.9],
    [null, 0.6, 0.6],
    [null, null, 0.5],
    [0, 0.9, 0],
    [1.2, null, 1],
    [Number.NaN, 0.4, 0.4],
  ])('mentor %p, supplier %p → %p', (mentor, supplier, expected) => {
    expect(qualityComponent(mentor, supplier)).toBe(expected);
  });
});

describe('outcome component: supplierOutcome ?? 0.5', () => {
  it.each<[number | null, number]>([
    [0.3, 0.3],
    [null, 0.5],
    [0, 0],
    [-0.1, 0],
  ])('%p → %p', (outcome, expected) => {
    expect(outcomeComponent(outcome)).toBe(expected);
  });
});

describe('distance component: max(0, 1 − km / maxTravelKm)', () => {
  it.each<[number, number, number]>([
    [0, 40, 1],
    [10, 40, 0.75],
    [40, 40, 0],
    [50, 40, 0],
    [15, 60, 0.75],
    [10, 0, 0.75], // no travel limit given → the default 40 km
  ])('%p km of %p km → %p', (km, max, expected) => {
    expect(distanceComponent(km, max)).toBeCloseTo(expected, 12);
  });
});

describe('price component: lowest rate ÷ own rate', () => {
  it.each<[number, number, number]>([
    [400, 400, 1],
    [400, 500, 0.8],
    [400, 800, 0.5],
    [400, 0, 1],
    [400, -1, 0],
    [400, Number.NaN, 0],
  ])('lowest %p, own %p → %p', (lowest, own, expected) => {
    expect(priceComponent(lowest, own)).toBeCloseTo(expected, 12);
  });
});

describe('capacity component: (capacity − in use − requested) ÷ capacity', () => {
  it.each<[number, number, number, number]>([
    [20, 0, 5, 0.75],
    [20, 10, 5, 0.25],
    [20, 15, 5, 0],
    [10, 12, 5, 0],
    [0, 0, 0, 0],
  ])('capacity %p, in use %p, requested %p → %p', (capacity, inUse, requested, expected) => {
    expect(capacityComponent(capacity, inUse, requested)).toBeCloseTo(expected, 12);
  });
});

describe('preference component: mean of the parts that apply', () => {
  it.each([
    ['nothing asked → 1', aProfile(), aCandidate(), 1],
    ['gender met → 1', aProfile({ genderPreference: 'female' }), aCandidate({ gender: 'female' }), 1],
    ['gender not met → 0', aProfile({ genderPreference: 'male' }), aCandidate({ gender: 'other' }), 0],
    ['gender met, language not → 1/2', aProfile({ genderPreference: 'female', languages: ['ar'] }), aCandidate({ languages: ['da'] }), 0.5],
    ['one of two languages spoken → 1', aProfile({ languages: ['ar', 'da'] }), aCandidate({ languages: ['da'] }), 1],
    [
      'gender, language, continuity with two met → 2/3',
      aProfile({ genderPreference: 'male', languages: ['da'], previousMentorId: 'm-1' }),
      aCandidate({ mentorId: 'm-1', gender: 'female', languages: ['da'] }),
      2 / 3,
    ],
    ['another mentor than the previous → 0', aProfile({ previousMentorId: 'm-9' }), aCandidate({ mentorId: 'm-1' }), 0],
  ])('%s', (_name, profile, candidate, expected) => {
    expect(preferenceComponent(profile, candidate)).toBeCloseTo(expected, 12);
  });
});

describe('score', () => {
  it('is Σ weight × component, computed the same on every path', () => {
    const profile = aProfile({ needs: [{ code: 'youth_crime', severity: 3 }], languages: ['da'] });
    const candidate = aCandidate({ competences: { youth_crime: 2 }, hourlyRate: 500 });
    const components = scoreComponents(profile, candidate, 400);
    expect(components).toEqual({
      competence: expect.closeTo(2 / 3, 12),
      quality: 0.8,
      outcome: 0.6,
      distance: 0.75,
      price: 0.8,
      capacity: 0.75,
      preference: 1,
    });
    // 0.4·2/3 + 0.2·0.8 + 0.1·0.6 + 0.1·0.75 + 0.1·0.8 + 0.05·0.75 + 0.05·1
    const expected = 0.4 * (2 / 3) + 0.16 + 0.06 + 0.075 + 0.08 + 0.0375 + 0.05;
    expect(weightedScore(components, DEFAULT_WEIGHTS)).toBeCloseTo(expected, 12);
    expect(scoreCandidate(profile, candidate, 400, DEFAULT_WEIGHTS)).toBe(weightedScore(components, DEFAULT_WEIGHTS));
  });
});
