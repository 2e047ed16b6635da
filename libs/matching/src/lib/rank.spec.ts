import { aCandidate, aProfile } from '../testing/builders';
import { DEFAULT_WEIGHTS, MatchCandidate, MatchRequestProfile } from './model';
import { rankCandidates } from './rank';

// Golden scenarios. Unless a candidate says otherwise, the builder defaults give quality 0.8,
// outcome 0.6, distance 0.75 (10 of 40 km), capacity 0.75 (5 of 20 h), price 1 (all at 500 kr.)
// and preference 1, so the non-competence part of the score is
// 0.2·0.8 + 0.1·0.6 + 0.1·0.75 + 0.1·1 + 0.05·0.75 + 0.05·1 = 0.4825.
const REST = 0.4825;

describe('rankCandidates: golden scenarios', () => {
  describe('a youth-crime case', () => {
    const profile = aProfile({
      needs: [
        { code: 'youth_crime', severity: 3 },
        { code: 'substance_abuse', severity: 1 },
      ],
      languages: ['da'],
      requiredCertificates: ['criminal_record'],
    });
    const candidates = [
      aCandidate({ mentorId: 'm-social', mentorName: 'Socialrådgiver', competences: { youth_crime: 2, substance_abuse: 1 }, distanceKm: 5 }),
      aCandidate({ mentorId: 'm-police-2', mentorName: 'Tidl. politibetjent', competences: { youth_crime: 3, substance_abuse: 1 } }),
      aCandidate({ mentorId: 'm-youth-worker', competences: { youth_crime: 1, substance_abuse: 3 } }),
      aCandidate({ mentorId: 'm-police-1', mentorName: 'Tidl. politikommissær', competences: { youth_crime: 3, substance_abuse: 2 } }),
      aCandidate({ mentorId: 'm-police-uncertified', competences: { youth_crime: 3, substance_abuse: 3 }, certificatesValidOnStart: [] }),
    ];

    it('ranks the former police officers with youth_crime at level 3 first', () => {
      const result = rankCandidates(profile, candidates, { allocation: 'objective_criteria' });
      expect(result.items.map((m) => [m.mentorId, m.rank])).toEqual([
        ['m-police-1', 1],
        ['m-police-2', 2],
        ['m-social', 3],
      ]);
      // police-1: 0.4 · (3·3/3 + 1·2/3)/4 = 0.4 · 11/12
      expect(result.items[0].score).toBeCloseTo(0.4 * (11 / 12) + REST, 12);
      // police-2: 0.4 · (3·3/3 + 1·1/3)/4 = 0.4 · 10/12
      expect(result.items[1].score).toBeCloseTo(0.4 * (10 / 12) + REST, 12);
      expect(result.items[1].components.competence).toBeCloseTo(0.8333333333, 9);
      // social worker: 0.4 · (3·2/3 + 1·1/3)/4 = 0.4 · 7/12, and 5 km: distance 0.875 instead of 0.75
      expect(result.items[2].score).toBeCloseTo(0.4 * (7 / 12) + REST + 0.1 * 0.125, 12);
      expect(result.items[2].components.distance).toBe(0.875);
    });

    it('says which filters removed whom', () => {
      const result = rankCandidates(profile, candidates, { allocation: 'objective_criteria' });
      expect(result.candidates).toBe(5);
      expect(result.eligible).toBe(3);
      expect(result.filtered).toEqual({ inactive: 0, capacity: 0, language: 0, certificates: 1, severeNeeds: 1, distance: 0 });
    });

    it('carries what the UI shows with each match', () => {
      const [first] = rankCandidates(profile, candidates, { allocation: 'objective_criteria' }).items;
      expect(first).toMatchObject({
        mentorId: 'm-police-1',
        supplierId: 's-1',
        mentorName: 'Tidl. politikommissær',
        distanceKm: 10,
        hourlyRate: 500,
        supplierRank: 1,
        freeCapacityHours: 20,
        weights: DEFAULT_WEIGHTS,
      });
      expect(first).not.toHaveProperty('supplierName');
      expect(first.details.needs).toEqual([
        { code: 'youth_crime', severity: 3, level: 3 },
        { code: 'substance_abuse', severity: 1, level: 2 },
      ]);
    });
  });

  describe('a psychiatric case with a severe need', () => {
    const profile = aProfile({
      needs: [
        { code: 'psychiatric', severity: 3 },
        { code: 'anxiety_stress', severity: 2 },
      ],
      hoursPerWeek: 4,
    });
    const candidates = [
      aCandidate({ mentorId: 'm-psy-1a', competences: { psychiatric: 1, anxiety_stress: 3 } }),
      aCandidate({ mentorId: 'm-psy-2', competences: { psychiatric: 2 } }),
      aCandidate({ mentorId: 'm-anxiety', competences: { anxiety_stress: 3 } }),
      aCandidate({ mentorId: 'm-psy-3', competences: { psychiatric: 3, anxiety_stress: 2 } }),
      aCandidate({ mentorId: 'm-psy-1b', competences: { psychiatric: 1 } }),
    ];

    it('removes the mentors below level 2 in the severe need, however good they are otherwise', () => {
      const result = rankCandidates(profile, candidates, { allocation: 'objective_criteria' });
      expect(result.items.map((m) => m.mentorId)).toEqual(['m-psy-3', 'm-psy-2']);
      expect(result.filtered['severeNeeds']).toBe(3);
      // (3·3/3 + 2·2/3)/5 = 13/15 and (3·2/3 + 2·0)/5 = 2/5
      expect(result.items[0].components.competence).toBeCloseTo(13 / 15, 12);
      expect(result.items[1].components.competence).toBeCloseTo(2 / 5, 12);
      // a 4-hour request leaves 16 of 20 hours free
      expect(result.items[0].components.capacity).toBeCloseTo(0.8, 12);
    });
  });

  describe('cascade against objective criteria on the same candidates', () => {
    const profile = aProfile({ needs: [{ code: 'family', severity: 2 }] });
    const candidates = [
      aCandidate({ mentorId: 'm-c1', supplierId: 's-3', supplierRank: 3, competences: { family: 3 }, mentorQuality: 1 }),
      aCandidate({ mentorId: 'm-a1', supplierId: 's-1', supplierRank: 1, competences: { family: 1 } }),
      aCandidate({ mentorId: 'm-b1', supplierId: 's-2', supplierRank: 2, competences: { family: 3 } }),
      aCandidate({ mentorId: 'm-a2', supplierId: 's-1', supplierRank: 1, competences: { family: 2 } }),
    ];

    it('objective criteria: the score alone decides', () => {
      const result = rankCandidates(profile, candidates, { allocation: 'objective_criteria' });
      expect(result.items.map((m) => m.mentorId)).toEqual(['m-c1', 'm-b1', 'm-a2', 'm-a1']);
    });

    it('cascade: the award rank orders suppliers, the score orders mentors within one', () => {
      const result = rankCandidates(profile, candidates, { allocation: 'cascade' });
      expect(result.items.map((m) => m.mentorId)).toEqual(['m-a2', 'm-a1', 'm-b1', 'm-c1']);
      expect(result.items.map((m) => m.rank)).toEqual([1, 2, 3, 4]);
    });

    it('gives each mentor the same score under both models', () => {
      const byId = (allocation: 'cascade' | 'objective_criteria') =>
        Object.fromEntries(rankCandidates(profile, candidates, { allocation }).items.map((m) => [m.mentorId, m.score]));
      expect(byId('cascade')).toEqual(byId('objective_criteria'));
    });
  });

  describe('price', () => {
    const cheap = aCandidate({ mentorId: 'm-cheap', supplierId: 's-cheap', hourlyRate: 400 });
    const dear = aCandidate({ mentorId: 'm-dear', supplierId: 's-dear', hourlyRate: 500 });

    it('gives the cheapest supplier 1 and the dearer one lowest ÷ own rate', () => {
      const result = rankCandidates(aProfile(), [dear, cheap], { allocation: 'objective_criteria' });
      expect(result.items.map((m) => [m.mentorId, m.components.price])).toEqual([
        ['m-cheap', 1],
        ['m-dear', 0.8],
      ]);
      // 0.1 weight × (1 − 0.8)
      expect(result.items[0].score - result.items[1].score).toBeCloseTo(0.02, 12);
    });

    it('compares only with the candidates being scored', () => {
      const result = rankCandidates(aProfile(), [dear, { ...cheap, active: false }], { allocation: 'objective_criteria' });
      expect(result.items.map((m) => [m.mentorId, m.components.price])).toEqual([['m-dear', 1]]);
    });
  });
});

describe('rankCandidates: options', () => {
  const many: MatchCandidate[] = Array.from({ length: 30 }, (_, i) => aCandidate({ mentorId: `m-${String(i).padStart(2, '0')}`, distanceKm: i }));
  const profile: MatchRequestProfile = aProfile();

  it('returns 20 matches by default and `limit` when given', () => {
    expect(rankCandidates(profile, many, { allocation: 'objective_criteria' }).items).toHaveLength(20);
    const five = rankCandidates(profile, many, { allocation: 'objective_criteria', limit: 5 }).items;
    expect(five.map((m) => m.mentorId)).toEqual(['m-00', 'm-01', 'm-02', 'm-03', 'm-04']);
    expect(rankCandidates(profile, many, { allocation: 'objective_criteria', limit: 0 }).items).toEqual([]);
  });

  it('uses the weights it is given', () => {
    const weights = { competence: 0, quality: 0, outcome: 0, distance: 1, price: 0, capacity: 0, preference: 0 };
    const [first] = rankCandidates(profile, [aCandidate({ distanceKm: 30 })], { allocation: 'cascade', weights }).items;
    expect(first.score).toBe(0.25);
    expect(first.weights).toEqual(weights);
  });

  it('handles no candidates', () => {
    expect(rankCandidates(profile, [], { allocation: 'cascade' })).toEqual({
      items: [],
      candidates: 0,
      eligible: 0,
      filtered: { inactive: 0, capacity: 0, language: 0, certificates: 0, severeNeeds: 0, distance: 0 },
    });
  });

  it('is unharmed by a candidate whose getter ranks again while it runs', () => {
    const inner = Array.from({ length: 50 }, (_, i) => aCandidate({ mentorId: `inner-${i}`, distanceKm: (49 - i) * 0.8 }));
    const sneaky = aCandidate({ mentorId: 'm-sneaky' });
    Object.defineProperty(sneaky, 'hourlyRate', { get: () => (rankCandidates(profile, inner, { allocation: 'cascade' }), 500) });
    const expected = rankCandidates(profile, many, { allocation: 'objective_criteria', limit: 40 }).items.map((m) => m.mentorId);
    const result = rankCandidates(profile, [...many, sneaky], { allocation: 'objective_criteria', limit: 40 });
    expect(result.items.map((m) => m.mentorId).filter((id) => id !== 'm-sneaky')).toEqual(expected);
    expect(result.eligible).toBe(31);
  });

  it('checks weights on every call, also right after valid ones', () => {
    expect(rankCandidates(profile, many, { allocation: 'cascade', weights: { ...DEFAULT_WEIGHTS } }).items).toHaveLength(20);
    expect(() => rankCandidates(profile, many, { allocation: 'cascade', weights: { ...DEFAULT_WEIGHTS, extra: 0 } as typeof DEFAULT_WEIGHTS })).toThrow(/not a matching component/);
    const { capacity, ...missing } = DEFAULT_WEIGHTS;
    expect(capacity).toBeGreaterThan(0);
    expect(() => rankCandidates(profile, many, { allocation: 'cascade', weights: missing as typeof DEFAULT_WEIGHTS })).toThrow(/capacity/);
  });

  it.each([
    ['weights that do not sum to 1', { allocation: 'cascade' as const, weights: { ...DEFAULT_WEIGHTS, competence: 0.5 } }, /sum to 1/],
    ['an unknown allocation model', { allocation: 'lottery' as 'cascade' }, /allocation/],
    ['a negative limit', { allocation: 'cascade' as const, limit: -1 }, /limit/],
    ['a fractional limit', { allocation: 'cascade' as const, limit: 2.5 }, /limit/],
  ])('refuses %s', (_name, options, message) => {
    expect(() => rankCandidates(profile, many, options)).toThrow(message);
  });
});
