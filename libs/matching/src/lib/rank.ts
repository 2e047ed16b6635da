import {
  capacityComponent,
  clamp01,
  distanceComponent,
  effectiveMaxTravelKm,
  isKnownScore,
  levelOf,
  outcomeComponent,
  priceComponent,
  qualityComponent,
  qualitySource,
  scoreComponents,
  speaksAny,
} from './components';
import { countsToRecord } from './filters';
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
import { CandidatePool } from './pool';
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
 * The candidates come as MatchCandidate objects or as a CandidatePool (columns); both give the
 * same result. The hot path allocates nothing per candidate: reused typed-array columns, a heap
 * of k entries, and result objects for the top k only. A pool is the fast one at scale: no
 * object, keyed lookup or string comparison per candidate. Under cascade, a candidate behind k
 * others with a better award rank is counted but not scored: it cannot reach the top k.
 *
 * @throws RangeError on invalid weights, allocation model or limit (a caller bug, not user input).
 */
export function rankCandidates(
  profile: MatchRequestProfile,
  candidates: readonly MatchCandidate[] | CandidatePool,
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
  const counts = columns.counts.fill(0);
  const cascade = allocation === 'cascade';
  const plan = planFor(profile);
  const view = candidates instanceof CandidatePool ? poolView(plan, candidates) : null;
  let eligibleCount: number;
  let lowestRate: number;
  let heap: TopK;
  try {
    const scored =
      view !== null
        ? filterAndScorePool(plan, view, weights, cascade, limit, columns)
        : filterAndScore(plan, candidates as readonly MatchCandidate[], weights, cascade, limit, columns);
    eligibleCount = columns.eligible;
    lowestRate = columns.lowestRate;
    heap = new TopK(Math.min(limit, eligibleCount), candidates);
    if (heap.capacity > 0) offerAll(columns, scored, lowestRate, weights.price, heap);
  } finally {
    if (!reentrant) scratchInUse = false;
  }

  const items: MatchResult[] = [];
  const slots = heap.sortedSlots();
  for (let r = 0; r < slots.length; r++) {
    const index = heap.itemAt(slots[r]);
    const score = heap.scoreAt(slots[r]);
    items.push(
      view !== null
        ? buildPoolResult(profile, plan, view, index, score, r + 1, weights, lowestRate)
        : buildResult(profile, (candidates as readonly MatchCandidate[])[index], score, r + 1, weights, lowestRate),
    );
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
  /** Removed candidates per filter, in the order of FILTER_NAMES. */
  counts: Int32Array;
  /** How many candidates passed every filter (the columns hold those scored, which may be fewer). */
  eligible: number;
  /** The lowest positive hourly rate among the eligible candidates (Infinity when none). */
  lowestRate: number;
}

let scratch: Scratch = allocateScratch(1024);
let scratchInUse = false;

function allocateScratch(size: number): Scratch {
  return { indices: new Int32Array(size), bases: new Float64Array(size), rates: new Float64Array(size), keys: new Float64Array(size), counts: new Int32Array(FILTER_NAMES.length), eligible: 0, lowestRate: Infinity };
}

function scratchFor(n: number): Scratch {
  if (scratch.indices.length < n) scratch = allocateScratch(Math.max(n, 2 * scratch.indices.length));
  return scratch;
}

/**
 * What the hot loop needs from the request, worked out once per ranking instead of once per
 * candidate: the needs as parallel arrays, the divisor of the competence component, which
 * preference parts apply and how many there are.
 */
interface RequestPlan {
  needCodes: string[];
  /** Each need's weight in the competence component (a severity ≤ 0 weighs nothing). */
  needWeights: number[];
  /** Whether the need is severe (severity 3): then a level below 2 is a hard filter. */
  severeNeeds: boolean[];
  /** 3 × Σ severity, the competence component's divisor; 0 when no need weighs anything. */
  competenceDivisor: number;
  hoursPerWeek: number;
  languages: readonly string[];
  /** The language filter applies: languages are given and one of them is required. */
  languageRequired: boolean;
  requiredCertificates: readonly string[];
  genderPreference: string | undefined;
  previousMentorId: string | undefined;
  /** How many preference parts apply (gender, language, continuity); 0 → the component is 1. */
  preferenceParts: number;
}

function planFor(profile: MatchRequestProfile): RequestPlan {
  const needCodes: string[] = [];
  const needWeights: number[] = [];
  const severeNeeds: boolean[] = [];
  let total = 0;
  for (const need of profile.needs) {
    const severity = need.severity > 0 ? need.severity : 0;
    needCodes.push(need.code);
    needWeights.push(severity);
    severeNeeds.push(need.severity >= 3);
    total += severity;
  }
  const languages = profile.languages;
  const genderPreference = profile.genderPreference;
  const previousMentorId = profile.previousMentorId;
  return {
    needCodes,
    needWeights,
    severeNeeds,
    competenceDivisor: total > 0 ? 3 * total : 0,
    hoursPerWeek: profile.hoursPerWeek,
    languages,
    languageRequired: profile.requireLanguage && languages.length > 0,
    requiredCertificates: profile.requiredCertificates,
    genderPreference,
    previousMentorId,
    preferenceParts: (genderPreference !== undefined ? 1 : 0) + (languages.length > 0 ? 1 : 0) + (previousMentorId !== undefined ? 1 : 0),
  };
}

// The passes are separate functions so V8 optimises each loop on its own; one function with
// several hot loops gets on-stack-replaced per loop and deoptimised at the next one on every call.

/**
 * The one pass over the candidate objects: the hard filters of failedFilterIndex, and for the
 * eligible ones the score without price (price needs the lowest rate, known only at the end).
 * It reads each property of a candidate once, looks each need up once for both the severe-need
 * filter and the competence component, and asks once whether the mentor speaks a preferred
 * language for both the language filter and the preference: at 100,000 candidates, reading the
 * objects costs more than the arithmetic. The sums run in the order of baseScore, so the scores
 * are bit-identical to scoreCandidate's (the property tests hold the two paths together).
 */
function filterAndScore(plan: RequestPlan, candidates: readonly MatchCandidate[], weights: Readonly<MatchWeights>, cascade: boolean, limit: number, columns: Scratch): number {
  const { indices, bases, rates, keys, counts } = columns;
  const { needCodes, needWeights, severeNeeds, competenceDivisor, hoursPerWeek, languages, languageRequired, requiredCertificates } = plan;
  const { genderPreference, previousMentorId, preferenceParts } = plan;
  const needCount = needCodes.length;
  const languagePart = languages.length > 0;
  const wCompetence = weights.competence;
  const wQuality = weights.quality;
  const wOutcome = weights.outcome;
  const wDistance = weights.distance;
  const wCapacity = weights.capacity;
  const wPreference = weights.preference;
  // The lowest positive rate among the eligible, for the price term (the only one that needs them all).
  let lowestRate = Infinity;
  let eligible = 0;
  let lastKey = -Infinity;
  let m = 0;
  next: for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    // inactive
    if (candidate.active !== true) {
      counts[0]++;
      continue;
    }
    // capacity: free weekly hours must cover the requested hours (NaN fails)
    const weeklyCapacityHours = candidate.weeklyCapacityHours;
    const free = weeklyCapacityHours - candidate.hoursInUse;
    if (!(free >= hoursPerWeek)) {
      counts[1]++;
      continue;
    }
    // language: asked once, for the filter and for the preference
    const speaks = languagePart && speaksAny(languages, candidate.languages);
    if (languageRequired && !speaks) {
      counts[2]++;
      continue;
    }
    // certificates: every required certificate valid on the start date
    if (requiredCertificates.length > 0 && !holdsAll(requiredCertificates, candidate.certificatesValidOnStart)) {
      counts[3]++;
      continue;
    }
    // severeNeeds, and the competence sum on the way: each need is looked up once
    const competences = candidate.competences;
    let weighted = 0;
    for (let j = 0; j < needCount; j++) {
      const level = competences[needCodes[j]];
      if (severeNeeds[j] && !(level >= 2)) {
        counts[4]++;
        continue next;
      }
      // as levelOf: 0 when absent, anything above 3 counts as 3
      weighted += needWeights[j] * (typeof level !== 'number' ? 0 : level > 3 ? 3 : level > 0 ? level : 0);
    }
    // distance: within the mentor's travel limit (NaN fails)
    const distanceKm = candidate.distanceKm;
    const maxTravelKm = effectiveMaxTravelKm(candidate.maxTravelKm);
    if (!(distanceKm <= maxTravelKm)) {
      counts[5]++;
      continue;
    }
    eligible++;
    const rate = candidate.hourlyRate;
    if (rate > 0 && rate < lowestRate) lowestRate = rate;
    const key = cascade ? rankKey(candidate.supplierRank) : 0;
    if (key > lastKey) {
      if (m >= limit) continue; // cannot reach the top k: see filterAndScorePool
      lastKey = key;
    }
    // preference: the mean of the parts that apply
    let preference = 1;
    if (preferenceParts > 0) {
      let met = speaks ? 1 : 0;
      if (genderPreference !== undefined && candidate.gender === genderPreference) met++;
      if (previousMentorId !== undefined && candidate.mentorId === previousMentorId) met++;
      preference = met / preferenceParts;
    }
    indices[m] = i;
    bases[m] =
      wCompetence * (competenceDivisor > 0 ? clamp01(weighted / competenceDivisor) : 1) +
      wQuality * qualityComponent(candidate.mentorQuality, candidate.supplierQuality) +
      wOutcome * outcomeComponent(candidate.supplierOutcome) +
      wDistance * clamp01(1 - distanceKm / maxTravelKm) +
      wCapacity * capacityOfFree(weeklyCapacityHours, free, hoursPerWeek) +
      wPreference * preference;
    rates[m] = rate;
    keys[m] = key;
    m++;
  }
  columns.eligible = eligible;
  columns.lowestRate = lowestRate;
  return m;
}

/** Whether every required certificate kind is among the valid ones. */
function holdsAll(required: readonly string[], valid: readonly string[]): boolean {
  for (let i = 0; i < required.length; i++) {
    let found = false;
    for (let j = 0; j < valid.length; j++) {
      if (valid[j] === required[i]) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/**
 * What a ranking of a pool looks up once: per need its column of levels, the request's languages
 * and certificates as masks over the pool's bits, and the previous mentor's index (the pool's id
 * index, so no id is compared per candidate; -2: several candidates share the id, so ids are
 * compared after all).
 */
interface PoolView {
  pool: CandidatePool;
  /** Per need, its column of levels; a column of zeros for a code nobody in the pool holds. */
  needLevels: Uint8Array[];
  languageMask: number;
  certificateMask: number;
  /** A required kind the pool has never seen: held by nobody. */
  certificateUnheld: boolean;
  previousIndex: number;
}

function poolView(plan: RequestPlan, pool: CandidatePool): PoolView {
  // Built with push, not map: map's result array has another elements kind in optimised code than
  // in the interpreter, and every change of it throws the ranking loop's optimised code away.
  const needLevels: Uint8Array[] = [];
  let zeros: Uint8Array | undefined;
  for (const code of plan.needCodes) needLevels.push(pool.levelsOf(code) ?? (zeros ??= new Uint8Array(pool.length)));
  let languageMask = 0;
  for (const code of plan.languages) if (pool.languageCodes.includes(code)) languageMask |= pool.languageBit(code);
  let certificateMask = 0;
  let certificateUnheld = false;
  for (const kind of plan.requiredCertificates) {
    if (pool.certificateKinds.includes(kind)) certificateMask |= pool.certificateBit(kind);
    else certificateUnheld = true;
  }
  return {
    pool,
    needLevels,
    languageMask,
    certificateMask,
    certificateUnheld,
    previousIndex: plan.previousMentorId === undefined ? -1 : pool.indexOfMentor(plan.previousMentorId),
  };
}

/** Stands in for the columns of needs a request does not have; never read. */
const NO_LEVELS = new Uint8Array(0);

/**
 * filterAndScore over a pool: the same filters, sums and order, reading typed columns, so the
 * loop does no keyed property lookup and compares no string but the gender (against a
 * preference, when one is given).
 */
function filterAndScorePool(plan: RequestPlan, view: PoolView, weights: Readonly<MatchWeights>, cascade: boolean, limit: number, columns: Scratch): number {
  const { indices, bases, rates, keys, counts } = columns;
  const { needWeights, severeNeeds, competenceDivisor, hoursPerWeek, languages, languageRequired, requiredCertificates } = plan;
  const { genderPreference, previousMentorId, preferenceParts } = plan;
  const { pool, needLevels, languageMask, certificateMask, certificateUnheld, previousIndex } = view;
  const needCount = needLevels.length;
  const [levels0 = NO_LEVELS, levels1 = NO_LEVELS, levels2 = NO_LEVELS] = needLevels;
  const [severe0 = false, severe1 = false, severe2 = false] = severeNeeds;
  const [weight0 = 0, weight1 = 0, weight2 = 0] = needWeights;
  const languagePart = languages.length > 0;
  const certificatesRequired = requiredCertificates.length > 0;
  const { active, weeklyCapacityHours, hoursInUse, distanceKm, maxTravelKm, mentorQuality, supplierQuality, supplierOutcome } = pool;
  const { hourlyRate, supplierRank, gender, mentorId } = pool;
  const spoken = pool.languages;
  const held = pool.certificates;
  const wCompetence = weights.competence;
  const wQuality = weights.quality;
  const wOutcome = weights.outcome;
  const wDistance = weights.distance;
  const wCapacity = weights.capacity;
  const wPreference = weights.preference;
  const n = pool.length;
  let lowestRate = Infinity;
  let eligible = 0;
  let lastKey = -Infinity;
  let m = 0;
  next: for (let i = 0; i < n; i++) {
    if (active[i] !== 1) {
      counts[0]++;
      continue;
    }
    const weekly = weeklyCapacityHours[i];
    const free = weekly - hoursInUse[i];
    if (!(free >= hoursPerWeek)) {
      counts[1]++;
      continue;
    }
    const speaks = languagePart && (spoken[i] & languageMask) !== 0;
    if (languageRequired && !speaks) {
      counts[2]++;
      continue;
    }
    if (certificatesRequired && (certificateUnheld || (held[i] & certificateMask) !== certificateMask)) {
      counts[3]++;
      continue;
    }
    let weighted = 0;
    if (needCount <= 3) {
      // Straight-line for up to three needs (nearly every request): in the same order as the loop.
      if (needCount > 0) {
        const level = levels0[i];
        if (severe0 && level < 2) {
          counts[4]++;
          continue;
        }
        weighted += weight0 * level;
      }
      if (needCount > 1) {
        const level = levels1[i];
        if (severe1 && level < 2) {
          counts[4]++;
          continue;
        }
        weighted += weight1 * level;
      }
      if (needCount > 2) {
        const level = levels2[i];
        if (severe2 && level < 2) {
          counts[4]++;
          continue;
        }
        weighted += weight2 * level;
      }
    } else {
      for (let j = 0; j < needCount; j++) {
        const level = needLevels[j][i];
        if (severeNeeds[j] && level < 2) {
          counts[4]++;
          continue next;
        }
        weighted += needWeights[j] * level;
      }
    }
    const distance = distanceKm[i];
    const maxTravel = effectiveMaxTravelKm(maxTravelKm[i]);
    if (!(distance <= maxTravel)) {
      counts[5]++;
      continue;
    }
    eligible++;
    const rate = hourlyRate[i];
    if (rate > 0 && rate < lowestRate) lowestRate = rate;
    const key = cascade ? rankKey(supplierRank[i]) : 0;
    if (key > lastKey) {
      // `limit` candidates with keys up to lastKey are scored already, so one with a later key
      // (cascade: a worse award rank) cannot reach the top k: it is counted, not scored. With
      // the pool in rank order (as the API hands it over) that is nearly everyone past the first k.
      if (m >= limit) continue;
      lastKey = key;
    }
    let preference = 1;
    if (preferenceParts > 0) {
      let met = speaks ? 1 : 0;
      if (genderPreference !== undefined && gender[i] === genderPreference) met++;
      if (i === previousIndex || (previousIndex === -2 && mentorId[i] === previousMentorId)) met++;
      // met / 1 is met: skip the division in the common case of one part (the language).
      preference = preferenceParts === 1 ? met : met / preferenceParts;
    }
    indices[m] = i;
    bases[m] =
      wCompetence * (competenceDivisor > 0 ? clamp01(weighted / competenceDivisor) : 1) +
      wQuality * qualityComponent(mentorQuality[i], supplierQuality[i]) +
      wOutcome * outcomeComponent(supplierOutcome[i]) +
      wDistance * clamp01(1 - distance / maxTravel) +
      wCapacity * capacityOfFree(weekly, free, hoursPerWeek) +
      wPreference * preference;
    rates[m] = rate;
    keys[m] = key;
    m++;
  }
  columns.eligible = eligible;
  columns.lowestRate = lowestRate;
  return m;
}

/** capacityComponent with the free hours (weekly − in use) already at hand: the same arithmetic. */
function capacityOfFree(weeklyCapacityHours: number, free: number, hoursPerWeek: number): number {
  if (!(weeklyCapacityHours > 0)) return 0;
  return clamp01((free - hoursPerWeek) / weeklyCapacityHours);
}

/** Adds the price term (as in scoreCandidate, to the bit) and offers every eligible candidate to the heap. */
function offerAll(columns: Scratch, count: number, lowestRate: number, priceWeight: number, heap: TopK): void {
  const { indices, bases, rates, keys } = columns;
  for (let j = 0; j < count; j++) {
    const key = keys[j];
    // A key after the last kept entry's cannot get in whatever its score (cascade: a worse rank).
    if (heap.full && key > heap.lastKey) continue;
    heap.offer(indices[j], key, clamp01(bases[j] + priceWeight * priceComponent(lowestRate, rates[j])));
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

/** The last weights validated, as their frozen copy: most rankings use the same weights again. */
let lastWeights: Readonly<MatchWeights> | undefined;

function checkedWeights(weights: MatchWeights): Readonly<MatchWeights> {
  if (lastWeights !== undefined && sameWeights(weights, lastWeights)) return lastWeights;
  const problems = validateWeights(weights);
  if (problems.length > 0) throw new RangeError(`invalid matching weights: ${problems.join('; ')}`);
  // One frozen copy shared by every result (immutable, so shared by later rankings too).
  const copy = {} as MatchWeights;
  for (const name of COMPONENT_NAMES) copy[name] = weights[name];
  lastWeights = Object.freeze(copy);
  return lastWeights;
}

/** Whether `weights` are exactly `valid`'s (the same components and values, nothing else). */
function sameWeights(weights: MatchWeights, valid: Readonly<MatchWeights>): boolean {
  if (weights === null || typeof weights !== 'object') return false;
  let count = 0;
  for (const name in weights) {
    if (!Object.prototype.hasOwnProperty.call(weights, name)) continue;
    if (!Object.prototype.hasOwnProperty.call(valid, name) || weights[name as keyof MatchWeights] !== valid[name as keyof MatchWeights]) return false;
    count++;
  }
  return count === COMPONENT_NAMES.length;
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

/**
 * buildResult for a pool entry, read from the columns without an object per candidate: the same
 * component functions and sums (competence and preference as in the ranking loop, which equal
 * competenceComponent and preferenceComponent), the same objects in the same order.
 */
function buildPoolResult(
  profile: MatchRequestProfile,
  plan: RequestPlan,
  view: PoolView,
  index: number,
  score: number,
  rank: number,
  weights: Readonly<MatchWeights>,
  lowestRate: number,
): MatchResult {
  const { pool } = view;
  const weekly = pool.weeklyCapacityHours[index];
  const hoursInUse = pool.hoursInUse[index];
  const distanceKm = pool.distanceKm[index];
  const maxTravelKm = pool.maxTravelKm[index];
  const hourlyRate = pool.hourlyRate[index];
  const mentorQuality = pool.mentorQuality[index];
  const supplierQuality = pool.supplierQuality[index];
  const supplierOutcome = pool.supplierOutcome[index];
  const needs: NeedCoverage[] = [];
  let weighted = 0;
  for (let j = 0; j < profile.needs.length; j++) {
    const level = view.needLevels[j][index];
    weighted += plan.needWeights[j] * level;
    needs.push({ code: profile.needs[j].code, severity: profile.needs[j].severity, level: level as NeedCoverage['level'] });
  }
  const preference: MatchDetails['preference'] = {};
  if (plan.genderPreference !== undefined) preference.gender = pool.gender[index] === plan.genderPreference;
  if (plan.languages.length > 0) preference.language = (pool.languages[index] & view.languageMask) !== 0;
  if (plan.previousMentorId !== undefined) preference.continuity = pool.mentorId[index] === plan.previousMentorId;
  const met = (preference.gender ? 1 : 0) + (preference.language ? 1 : 0) + (preference.continuity ? 1 : 0);
  const result: MatchResult = {
    mentorId: pool.mentorId[index],
    supplierId: pool.supplierId[index],
    score,
    rank,
    components: {
      competence: plan.competenceDivisor > 0 ? clamp01(weighted / plan.competenceDivisor) : 1,
      quality: qualityComponent(mentorQuality, supplierQuality),
      outcome: outcomeComponent(supplierOutcome),
      distance: distanceComponent(distanceKm, maxTravelKm),
      price: priceComponent(lowestRate, hourlyRate),
      capacity: capacityComponent(weekly, hoursInUse, profile.hoursPerWeek),
      preference: plan.preferenceParts > 0 ? met / plan.preferenceParts : 1,
    },
    weights,
    distanceKm,
    hourlyRate,
    supplierRank: pool.supplierRank[index],
    freeCapacityHours: weekly - hoursInUse,
    details: {
      needs,
      qualitySource: qualitySource(mentorQuality, supplierQuality),
      outcomeKnown: isKnownScore(supplierOutcome),
      maxTravelKm: effectiveMaxTravelKm(maxTravelKm),
      lowestHourlyRate: lowestRate,
      weeklyCapacityHours: weekly,
      hoursPerWeek: profile.hoursPerWeek,
      preference,
    },
  };
  const mentorName = pool.mentorName?.[index];
  const supplierName = pool.supplierName?.[index];
  if (mentorName !== undefined) result.mentorName = mentorName;
  if (supplierName !== undefined) result.supplierName = supplierName;
  return result;
}
