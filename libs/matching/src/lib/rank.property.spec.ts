import fc from 'fast-check';

import { aCandidate } from '../testing/builders';
import { competenceComponent, scoreCandidate } from './components';
import { applyHardFilters } from './filters';
import { AllocationModel, COMPONENT_NAMES, DEFAULT_WEIGHTS, MatchCandidate, MatchNeed, MatchRequestProfile, MatchResult } from './model';
import { CandidatePool } from './pool';
import { compareMatches, rankCandidates } from './rank';

const RUNS = { numRuns: 200 };
// A small vocabulary so that needs meet competences, languages match and scores tie often.
const CODES = ['psychiatric', 'youth_crime', 'family', 'debt_finance'];
const LANGS = ['da', 'en', 'ar'];

const level = fc.constantFrom<1 | 2 | 3>(1, 2, 3);
const competences = fc.dictionary(fc.constantFrom(...CODES), level, { maxKeys: CODES.length });
const need: fc.Arbitrary<MatchNeed> = fc.record({ code: fc.constantFrom(...CODES), severity: level });
const score01 = fc.option(fc.constantFrom(0, 0.25, 0.5, 0.8, 1), { nil: null });

const profileArb: fc.Arbitrary<MatchRequestProfile> = fc.record(
  {
    needs: fc.array(need, { maxLength: 3 }),
    languages: fc.subarray(LANGS),
    requireLanguage: fc.constantFrom(false, false, true),
    genderPreference: fc.constantFrom<'female' | 'male'>('female', 'male'),
    hoursPerWeek: fc.integer({ min: 0, max: 10 }),
    startDate: fc.constant('2026-03-02'),
    previousMentorId: fc.constantFrom('m-0', 'm-3', 'm-none'),
    requiredCertificates: fc.subarray(['criminal_record', 'child_certificate']),
  },
  { requiredKeys: ['needs', 'languages', 'requireLanguage', 'hoursPerWeek', 'startDate', 'requiredCertificates'] },
);

const candidateFields = fc.record({
  supplierId: fc.constantFrom('s-1', 's-2', 's-3'),
  supplierRank: fc.integer({ min: 1, max: 3 }),
  hourlyRate: fc.constantFrom(0, 400, 450, 500, 650),
  competences: fc.oneof(competences, fc.constant({ psychiatric: 3, youth_crime: 3, family: 2, debt_finance: 2 } as Record<string, 1 | 2 | 3>)),
  languages: fc.subarray(LANGS),
  gender: fc.constantFrom<'female' | 'male' | 'other'>('female', 'male', 'other'),
  weeklyCapacityHours: fc.integer({ min: 0, max: 37 }),
  hoursInUse: fc.integer({ min: 0, max: 20 }),
  distanceKm: fc.constantFrom(0, 5, 10, 25, 40, 45),
  maxTravelKm: fc.constantFrom(0, 20, 40, 60),
  certificatesValidOnStart: fc.constantFrom<string[]>(['criminal_record', 'child_certificate'], ['criminal_record', 'child_certificate'], ['criminal_record'], []),
  // Biased towards eligible, so rankings are long enough to exercise the heap and the ties.
  active: fc.constantFrom(true, true, true, false),
  mentorQuality: score01,
  supplierQuality: score01,
  supplierOutcome: score01,
});

/** Candidates with unique mentor ids (ids are identities; equal input must mean equal ids). */
const candidatesArb: fc.Arbitrary<MatchCandidate[]> = fc
  .array(candidateFields, { maxLength: 40, size: 'max' })
  .map((list) => list.map((fields, i) => aCandidate({ ...fields, mentorId: `m-${i}` })));

/** Long rankings: every candidate passes the filters, so the heap fills up and ties are common. */
const eligibleCandidatesArb: fc.Arbitrary<MatchCandidate[]> = fc.array(candidateFields, { minLength: 10, maxLength: 60, size: 'max' }).map((list) =>
  list.map((fields, i) =>
    aCandidate({
      ...fields,
      mentorId: `m-${i}`,
      active: true,
      weeklyCapacityHours: 40,
      hoursInUse: 0,
      distanceKm: Math.min(fields.distanceKm, 20),
      maxTravelKm: 40,
      certificatesValidOnStart: ['criminal_record', 'child_certificate'],
    }),
  ),
);
const lenientProfileArb = profileArb.map((p) => ({ ...p, requireLanguage: false, needs: p.needs.map((n) => ({ ...n, severity: Math.min(n.severity, 2) as 1 | 2 })) }));

const allocationArb = fc.constantFrom<AllocationModel>('cascade', 'objective_criteria');

/** The ranking order written out independently of the engine's heap. */
function referenceOrder(allocation: AllocationModel) {
  return (a: { mentorId: string; score: number; supplierRank: number }, b: typeof a): number => {
    if (allocation === 'cascade' && a.supplierRank !== b.supplierRank) return a.supplierRank - b.supplierRank;
    if (a.score !== b.score) return b.score - a.score;
    return a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const idsOf = (items: MatchResult[]) => items.map((m) => m.mentorId);

describe('rankCandidates: properties', () => {
  it('keeps every score and component in [0, 1]', () => {
    fc.assert(
      fc.property(profileArb, candidatesArb, allocationArb, (profile, candidates, allocation) => {
        const { items } = rankCandidates(profile, candidates, { allocation, limit: candidates.length });
        for (const item of items) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(1);
          for (const name of COMPONENT_NAMES) {
            expect(item.components[name]).toBeGreaterThanOrEqual(0);
            expect(item.components[name]).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });

  it('never lowers the competence component when a met need is added', () => {
    fc.assert(
      fc.property(fc.array(need, { maxLength: 5 }), competences, fc.constantFrom(...CODES), level, (needs, held, code, severity) => {
        const mentor = { ...held, [code]: 3 as const };
        const before = competenceComponent(needs, mentor);
        const after = competenceComponent([...needs, { code, severity }], mentor);
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      RUNS,
    );
  });

  it('never returns a mentor without enough free capacity', () => {
    fc.assert(
      fc.property(profileArb, candidatesArb, allocationArb, (profile, candidates, allocation) => {
        const { items } = rankCandidates(profile, candidates, { allocation, limit: candidates.length });
        const full = new Set(
          candidates.filter((c) => c.weeklyCapacityHours - c.hoursInUse < profile.hoursPerWeek).map((c) => c.mentorId),
        );
        for (const item of items) {
          expect(full.has(item.mentorId)).toBe(false);
          expect(item.freeCapacityHours).toBeGreaterThanOrEqual(profile.hoursPerWeek);
        }
      }),
      RUNS,
    );
  });

  it.each([
    ['any candidates', profileArb, candidatesArb],
    ['long lists of eligible candidates', lenientProfileArb, eligibleCandidatesArb],
  ])('gives the same output for the same candidates in any order (%s)', (_name, profiles, candidateLists) => {
    fc.assert(
      fc.property(profiles, candidateLists, allocationArb, fc.integer(), fc.integer({ min: 0, max: 10 }), (profile, candidates, allocation, seed, limit) => {
        const a = rankCandidates(profile, candidates, { allocation, limit });
        const b = rankCandidates(profile, shuffled(candidates, seed), { allocation, limit });
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it.each([
    ['any candidates', profileArb, candidatesArb],
    ['long lists of eligible candidates', lenientProfileArb, eligibleCandidatesArb],
  ])('returns as top k exactly the first k of a full sort in the same order (%s)', (_name, profiles, candidateLists) => {
    fc.assert(
      fc.property(profiles, candidateLists, allocationArb, fc.integer({ min: 0, max: 45 }), (profile, candidates, allocation, k) => {
        // The reference: filter, score each candidate on its own, sort everything.
        const { kept } = applyHardFilters(profile, candidates);
        const rates = kept.map((c) => c.hourlyRate).filter((r) => r > 0);
        const lowest = rates.length > 0 ? Math.min(...rates) : Infinity;
        const full = kept
          .map((c) => ({ mentorId: c.mentorId, supplierRank: c.supplierRank, score: scoreCandidate(profile, c, lowest, DEFAULT_WEIGHTS) }))
          .sort(referenceOrder(allocation));

        const { items } = rankCandidates(profile, candidates, { allocation, limit: k });
        expect(idsOf(items)).toEqual(full.slice(0, k).map((m) => m.mentorId));
        expect(items.map((m) => m.score)).toEqual(full.slice(0, k).map((m) => m.score));
        expect(items.map((m) => m.rank)).toEqual(items.map((_, i) => i + 1));
        expect([...items].reverse().sort(compareMatches(allocation))).toEqual(items);
      }),
      RUNS,
    );
  });

  it('accounts for every candidate: Σ filtered + eligible = candidates', () => {
    fc.assert(
      fc.property(profileArb, candidatesArb, allocationArb, (profile, candidates, allocation) => {
        const result = rankCandidates(profile, candidates, { allocation });
        const removed = Object.values(result.filtered).reduce((a, b) => a + b, 0);
        expect(result.candidates).toBe(candidates.length);
        expect(removed + result.eligible).toBe(candidates.length);
        const { kept, removed: byFilter } = applyHardFilters(profile, candidates);
        expect(kept).toHaveLength(result.eligible);
        expect(byFilter).toEqual(result.filtered);
        expect(result.items).toHaveLength(Math.min(20, result.eligible));
      }),
      RUNS,
    );
  });

  it('scores each result as Σ weight × component', () => {
    fc.assert(
      fc.property(profileArb, candidatesArb, (profile, candidates) => {
        for (const item of rankCandidates(profile, candidates, { allocation: 'objective_criteria' }).items) {
          const sum = COMPONENT_NAMES.reduce((total, name) => total + item.weights[name] * item.components[name], 0);
          expect(item.score).toBeCloseTo(Math.min(1, sum), 12);
        }
      }),
      RUNS,
    );
  });
});

describe('rankCandidates on a CandidatePool', () => {
  const weightsArb = fc.constantFrom(DEFAULT_WEIGHTS, { competence: 0.2, quality: 0.1, outcome: 0.1, distance: 0.2, price: 0.2, capacity: 0.1, preference: 0.1 });

  it.each([
    ['any candidates', profileArb, candidatesArb],
    ['long lists of eligible candidates', lenientProfileArb, eligibleCandidatesArb],
  ])('gives exactly what the same candidates as objects give (%s)', (_name, profiles, candidateLists) => {
    fc.assert(
      fc.property(profiles, candidateLists, allocationArb, weightsArb, fc.integer({ min: 0, max: 45 }), (profile, candidates, allocation, weights, limit) => {
        const named = candidates.map((c, i) => (i % 3 === 0 ? { ...c, mentorName: `Mentor ${i}`, supplierName: `Supplier ${c.supplierId}` } : c));
        const fromObjects = rankCandidates(profile, named, { allocation, weights, limit });
        expect(rankCandidates(profile, CandidatePool.from(named), { allocation, weights, limit })).toEqual(fromObjects);
      }),
      RUNS,
    );
  });

  it('finds the previous mentor when several candidates share an id, as the object path does', () => {
    fc.assert(
      fc.property(profileArb, candidatesArb, allocationArb, (profile, candidates, allocation) => {
        const shared = candidates.map((c, i) => ({ ...c, mentorId: `m-${i % 4}` }));
        expect(rankCandidates(profile, CandidatePool.from(shared), { allocation })).toEqual(rankCandidates(profile, shared, { allocation }));
      }),
      RUNS,
    );
  });

  it('counts a need, language or certificate no candidate has like the object path does', () => {
    fc.assert(
      fc.property(profileArb, candidatesArb, allocationArb, (profile, candidates, allocation) => {
        const strange: MatchRequestProfile = {
          ...profile,
          needs: [...profile.needs, { code: 'unheld_code', severity: 3 }],
          languages: [...profile.languages, 'xx'],
          requiredCertificates: [...profile.requiredCertificates, 'unheld_kind'],
        };
        for (const p of [profile, strange]) {
          expect(rankCandidates(p, CandidatePool.from(candidates), { allocation })).toEqual(rankCandidates(p, candidates, { allocation }));
        }
      }),
      RUNS,
    );
  });
});
