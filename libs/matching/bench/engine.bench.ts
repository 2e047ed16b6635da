/**
 * Micro-benchmark of rankCandidates: ns per candidate for 10,000 and 100,000 random candidates
 * (warm-up, then the median of several timed runs). Prints one JSON line per size:
 * `ns_per_candidate` ranks a CandidatePool (columns, what the API hands the engine: it fills the
 * pool straight from its query), `objects_ns_per_candidate` the same candidates as MatchCandidate
 * objects, and `pool_build_ns_per_candidate` what CandidatePool.from costs to turn the objects
 * into a pool (the API does not pay it). Run with `npm run bench:engine`.
 */
import { COMPETENCE_CODES } from '@mentor/contracts';

import { CandidatePool, MatchCandidate, MatchRequestProfile, rankCandidates } from '../src';

const SIZES = [10_000, 100_000];
/** Warm-up until the optimising compiler has settled: at least this many runs and this long. */
const WARM_UP_MIN_RUNS = 20;
const WARM_UP_MIN_MS = 1500;
const TIMED_RUNS = 21;
const LANGUAGES = ['da', 'en', 'ar', 'tr', 'so', 'pl', 'uk'];
const GENDERS = ['female', 'male', 'other'] as const;

/** mulberry32: a small seeded generator, so every run measures the same candidates. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCandidates(count: number, random: () => number): MatchCandidate[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const candidates: MatchCandidate[] = [];
  for (let i = 0; i < count; i++) {
    const competences: Record<string, 1 | 2 | 3> = {};
    for (const code of COMPETENCE_CODES) {
      // The request's needs are common among mentors so that most candidates get scored.
      const common = code === 'youth_crime' || code === 'substance_abuse' || code === 'youth_education';
      if (random() < (common ? 0.85 : 0.25)) competences[code] = (1 + Math.floor(random() * 3)) as 1 | 2 | 3;
    }
    if (competences['youth_crime'] === 1 && random() < 0.7) competences['youth_crime'] = 2;
    const languages = ['da'];
    if (random() < 0.4) languages.push(pick(LANGUAGES));
    const capacity = 10 + Math.floor(random() * 28);
    const supplier = Math.floor(random() * 40);
    candidates.push({
      mentorId: `m-${i.toString().padStart(6, '0')}`,
      supplierId: `s-${supplier}`,
      mentorName: `Mentor ${i}`,
      supplierName: `Supplier ${supplier}`,
      supplierRank: 1 + (supplier % 5),
      hourlyRate: 420 + Math.round(random() * 280),
      competences,
      languages,
      gender: pick(GENDERS),
      weeklyCapacityHours: capacity,
      hoursInUse: Math.floor(random() * capacity * 0.8),
      distanceKm: Math.round(random() * 500) / 10,
      maxTravelKm: random() < 0.8 ? 40 : 60,
      certificatesValidOnStart: random() < 0.95 ? ['criminal_record'] : [],
      active: random() < 0.97,
      mentorQuality: random() < 0.7 ? random() : null,
      supplierQuality: random() < 0.9 ? random() : null,
      supplierOutcome: random() < 0.8 ? random() : null,
    });
  }
  return candidates;
}

const PROFILE: MatchRequestProfile = {
  needs: [
    { code: 'youth_crime', severity: 3 },
    { code: 'substance_abuse', severity: 2 },
    { code: 'youth_education', severity: 1 },
  ],
  languages: ['da', 'ar'],
  requireLanguage: true,
  genderPreference: 'male',
  hoursPerWeek: 5,
  startDate: '2026-03-02',
  previousMentorId: 'm-000042',
  requiredCertificates: ['criminal_record'],
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median ns per candidate of ranking `candidates`, after a warm-up. */
function measure(candidates: readonly MatchCandidate[] | CandidatePool): { ns: number; eligible: number; sink: number } {
  let eligible = 0;
  let sink = 0;
  const warmUpStarted = Date.now();
  for (let i = 0; i < WARM_UP_MIN_RUNS || Date.now() - warmUpStarted < WARM_UP_MIN_MS; i++) {
    const result = rankCandidates(PROFILE, candidates, { allocation: 'objective_criteria', limit: 20 });
    eligible = result.eligible;
    sink += result.items.length;
  }
  const samples: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = rankCandidates(PROFILE, candidates, { allocation: 'objective_criteria', limit: 20 });
    samples.push(Number(process.hrtime.bigint() - started));
    sink += result.items[0]?.score ?? 0;
  }
  return { ns: Math.round((median(samples) / candidates.length) * 10) / 10, eligible, sink };
}

function run(): void {
  const random = seededRandom(20260302);
  let sink = 0;
  for (const size of SIZES) {
    const candidates = generateCandidates(size, random);
    const builds: number[] = [];
    let pool = CandidatePool.from(candidates);
    for (let i = 0; i < 5; i++) {
      const started = process.hrtime.bigint();
      pool = CandidatePool.from(candidates);
      builds.push(Number(process.hrtime.bigint() - started));
    }
    const pooled = measure(pool);
    const objects = measure(candidates);
    if (pooled.eligible !== objects.eligible) throw new Error('the pool and the objects disagree');
    sink += pooled.sink + objects.sink;
    console.log(
      JSON.stringify({
        candidates: size,
        ns_per_candidate: pooled.ns,
        objects_ns_per_candidate: objects.ns,
        pool_build_ns_per_candidate: Math.round((median(builds) / size) * 10) / 10,
        eligible: pooled.eligible,
        runs: TIMED_RUNS,
      }),
    );
  }
  // Keeps the optimiser from discarding the work.
  if (sink < 0) console.log(sink);
}

run();
