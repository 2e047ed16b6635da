import {
  baseScore,
  clamp01,
  effectiveMaxTravelKm,
  isKnownScore,
  levelOf,
  priceComponent,
  qualitySource,
  scoreComponents,
  speaksAny,
} from './components';
import { countsToRecord, failedFilterIndex } from './filters';
import {
  ALLOCATION_MODELS,
  AllocationModel,
  COMPONENT_NAMES,
  DEFAULT_LIMIT,
  DEFAULT_WEIGHTS,
  FILTER_NAMES,
  MatchCandidate,
  MatchDetails,
  MatchRequestProfile,
  MatchResult,
  MatchWeights,
  NeedCoverage,
  RankOptions,
  RankResult,
  validateWeights,
} from './model';
import { TopK } from './top-k';

/**
 * Ranks the candidates for a request: hard filters, then the score of every eligible candidate,
 * keeping the best `limit` in a bounded heap (O(n log k), no full sort).
 *
 * Order: `objective_criteria` by score descending; `cascade` by the supplier's award rank
 * ascending, then score descending within it. Ties go to the lower mentorId, then supplierId
 * (plain code-unit order, independent of locale), so equal input gives equal output whatever
 * the order of the candidates.
 *
 * The hot path allocates nothing per candidate: reused typed-array columns, the heap's typed
 * arrays, and result objects for the top k only.
 *
 * @throws RangeError on invalid weights, allocation model or limit (a caller bug, not user input).
 */
export function rankCandidates(
  profile: MatchRequestProfile,
  candidates: readonly MatchCandidate[],
  options: RankOptions,
): RankResult {
  const weights = checkedWeights(options.weights ?? DEFAULT_WEIGHTS);
  const allocation = options.allocation;
  if (!ALLOCATION_MODELS.includes(allocation)) throw new RangeError(`unknown allocation model: ${String(allocation)}`);
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);

  const n = candidates.length;
  // A candidate with a getter that ranks again must not overwrite the columns in use.
  const reentrant = scratchInUse;
  const columns = reentrant ? allocateScratch(n) : scratchFor(n);
  scratchInUse = true;
  const counts = new Int32Array(FILTER_NAMES.length);
  const cascade = allocation === 'cascade';
  let eligibleCount: number;
  let lowestRate: number;
  let heap: TopK;
  try {
    eligibleCount = filterAndScore(profile, candidates, weights, cascade, columns, counts);
    lowestRate = lowestPositiveRate(columns.rates, eligibleCount);
    heap = new TopK(Math.min(limit, eligibleCount), candidates);
    offerAll(columns, eligibleCount, lowestRate, weights.price, heap);
  } finally {
    if (!reentrant) scratchInUse = false;
  }

  const items: MatchResult[] = [];
  const slots = heap.sortedSlots();
  for (let r = 0; r < slots.length; r++) {
    const candidate = candidates[heap.itemAt(slots[r])];
    items.push(buildResult(profile, candidate, heap.scoreAt(slots[r]), r + 1, weights, lowestRate));
  }
  return { items, candidates: n, filtered: countsToRecord(counts), eligible: eligibleCount };
}

/**
 * Per-candidate working columns, reused between calls so a ranking allocates no O(n) memory after
 * the first: eligible indices, base scores (all but price), hourly rates and ordering keys.
 * A ranking runs synchronously; the flag covers the odd candidate whose getter ranks again.
 */
interface Scratch {
  indices: Int32Array;
  bases: Float64Array;
  rates: Float64Array;
  keys: Float64Array;
}

let scratch: Scratch = allocateScratch(1024);
let scratchInUse = false;

function allocateScratch(size: number): Scratch {
  return { indices: new Int32Array(size), bases: new Float64Array(size), rates: new Float64Array(size), keys: new Float64Array(size) };
}

function scratchFor(n: number): Scratch {
  if (scratch.indices.length < n) scratch = allocateScratch(Math.max(n, 2 * scratch.indices.length));
  return scratch;
}

// The passes are separate functions so V8 optimises each loop on its own; one function with
// several hot loops gets on-stack-replaced per loop and deoptimised at the next one on every call.

/**
 * The one pass over the candidate objects: hard filters, and for the eligible ones the score
 * without price (price needs the lowest rate, known only at the end). Touching each object once
 * matters at 100,000 candidates, where reading the objects costs more than the arithmetic.
 */
function filterAndScore(
  profile: MatchRequestProfile,
  candidates: readonly MatchCandidate[],
  weights: Readonly<MatchWeights>,
  cascade: boolean,
  columns: Scratch,
  counts: Int32Array,
): number {
  const { indices, bases, rates, keys } = columns;
  let m = 0;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const failed = failedFilterIndex(profile, candidate);
    if (failed >= 0) {
      counts[failed]++;
      continue;
    }
    indices[m] = i;
    bases[m] = baseScore(profile, candidate, weights);
    rates[m] = candidate.hourlyRate;
    keys[m] = cascade ? rankKey(candidate.supplierRank) : 0;
    m++;
  }
  return m;
}

/** The lowest positive hourly rate among the eligible candidates (Infinity when none). */
function lowestPositiveRate(rates: Float64Array, count: number): number {
  let lowest = Infinity;
  for (let j = 0; j < count; j++) {
    const rate = rates[j];
    if (rate > 0 && rate < lowest) lowest = rate;
  }
  return lowest;
}

/** Adds the price term (as in scoreCandidate, to the bit) and offers every eligible candidate to the heap. */
function offerAll(columns: Scratch, count: number, lowestRate: number, priceWeight: number, heap: TopK): void {
  const { indices, bases, rates, keys } = columns;
  for (let j = 0; j < count; j++) {
    heap.offer(indices[j], keys[j], clamp01(bases[j] + priceWeight * priceComponent(lowestRate, rates[j])));
  }
}

/** Orders two results the way rankCandidates does (negative when a ranks first). */
export function compareMatches(allocation: AllocationModel): (a: MatchResult, b: MatchResult) => number {
  const cascade = allocation === 'cascade';
  return (a, b) => {
    if (cascade) {
      const ka = rankKey(a.supplierRank);
      const kb = rankKey(b.supplierRank);
      if (ka !== kb) return ka < kb ? -1 : 1;
    }
    if (a.score !== b.score) return a.score > b.score ? -1 : 1;
    return compareIds(a, b);
  };
}

function compareIds(a: { mentorId: string; supplierId: string }, b: { mentorId: string; supplierId: string }): number {
  if (a.mentorId !== b.mentorId) return a.mentorId < b.mentorId ? -1 : 1;
  if (a.supplierId !== b.supplierId) return a.supplierId < b.supplierId ? -1 : 1;
  return 0;
}

/** A missing award rank sorts last rather than poisoning the comparisons with NaN. */
function rankKey(supplierRank: number): number {
  return supplierRank === supplierRank ? supplierRank : Infinity;
}

function checkedWeights(weights: MatchWeights): Readonly<MatchWeights> {
  const problems = validateWeights(weights);
  if (problems.length > 0) throw new RangeError(`invalid matching weights: ${problems.join('; ')}`);
  // One frozen copy shared by every result of this call.
  const copy = {} as MatchWeights;
  for (const name of COMPONENT_NAMES) copy[name] = weights[name];
  return Object.freeze(copy);
}

function buildResult(
  profile: MatchRequestProfile,
  candidate: MatchCandidate,
  score: number,
  rank: number,
  weights: Readonly<MatchWeights>,
  lowestRate: number,
): MatchResult {
  const result: MatchResult = {
    mentorId: candidate.mentorId,
    supplierId: candidate.supplierId,
    score,
    rank,
    components: scoreComponents(profile, candidate, lowestRate),
    weights,
    distanceKm: candidate.distanceKm,
    hourlyRate: candidate.hourlyRate,
    supplierRank: candidate.supplierRank,
    freeCapacityHours: candidate.weeklyCapacityHours - candidate.hoursInUse,
    details: buildDetails(profile, candidate, lowestRate),
  };
  if (candidate.mentorName !== undefined) result.mentorName = candidate.mentorName;
  if (candidate.supplierName !== undefined) result.supplierName = candidate.supplierName;
  return result;
}

function buildDetails(profile: MatchRequestProfile, candidate: MatchCandidate, lowestRate: number): MatchDetails {
  const needs: NeedCoverage[] = profile.needs.map((need) => ({
    code: need.code,
    severity: need.severity,
    level: levelOf(candidate.competences, need.code) as NeedCoverage['level'],
  }));
  const preference: MatchDetails['preference'] = {};
  if (profile.genderPreference !== undefined) preference.gender = candidate.gender === profile.genderPreference;
  if (profile.languages.length > 0) preference.language = speaksAny(profile.languages, candidate.languages);
  if (profile.previousMentorId !== undefined) preference.continuity = candidate.mentorId === profile.previousMentorId;
  return {
    needs,
    qualitySource: qualitySource(candidate.mentorQuality, candidate.supplierQuality),
    outcomeKnown: isKnownScore(candidate.supplierOutcome),
    maxTravelKm: effectiveMaxTravelKm(candidate.maxTravelKm),
    lowestHourlyRate: lowestRate,
    weeklyCapacityHours: candidate.weeklyCapacityHours,
    hoursPerWeek: profile.hoursPerWeek,
    preference,
  };
}
