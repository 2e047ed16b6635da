import { CompetenceLevel, Gender } from '@mentor/contracts';

import { levelOf } from './components';
import { MatchCandidate } from './model';

/** Language codes and certificate kinds a pool can tell apart: one bit each in a 32-bit mask. */
const MAX_CODES = 32;

/**
 * Candidates in columns: one typed array per number, a bit mask per candidate for languages and
 * for certificates, and one column of levels per competence code. rankCandidates reads a pool
 * without an object, a string comparison or a keyed property lookup per candidate, which is
 * what makes ranking 100,000 candidates cheap; a list of MatchCandidate objects ranks the same.
 *
 * A database layer fills the columns straight from its query (see MatchingService in the API);
 * `CandidatePool.from` builds one from objects. Every column holds `length` entries; `active`
 * starts as 1 (active) for everyone, the rest as 0, NaN or empty.
 *
 * What a pool holds about a candidate is what the engine reads: the levels of the competences
 * a caller put in (a caller that knows the request may put in only the needs' codes), the
 * languages and certificate kinds as bits, and NaN for an unknown quality or outcome.
 *
 * Fill a pool before ranking it: the index by mentor id (for the continuity preference) is built
 * once, on the first ranking that names a previous mentor, and not rebuilt after.
 */
export class CandidatePool {
  readonly mentorId: string[];
  readonly supplierId: string[];
  /** Optional display names, carried into the results when present. */
  mentorName: (string | undefined)[] | undefined;
  supplierName: (string | undefined)[] | undefined;
  readonly supplierRank: Float64Array;
  readonly hourlyRate: Float64Array;
  readonly weeklyCapacityHours: Float64Array;
  readonly hoursInUse: Float64Array;
  readonly distanceKm: Float64Array;
  readonly maxTravelKm: Float64Array;
  /** NaN when unknown (MatchCandidate's null). */
  readonly mentorQuality: Float64Array;
  readonly supplierQuality: Float64Array;
  readonly supplierOutcome: Float64Array;
  /** 1 when active. */
  readonly active: Uint8Array;
  readonly gender: Gender[];
  /** Bit i set: speaks `languageCodes[i]`. */
  readonly languages: Uint32Array;
  /** Bit i set: holds a certificate of kind `certificateKinds[i]` valid on the start date. */
  readonly certificates: Uint32Array;
  readonly languageCodes: string[] = [];
  readonly certificateKinds: string[] = [];
  private readonly levels = new Map<string, Uint8Array>();
  /** mentorId → index, built on the first lookup; -2 marks an id held by several candidates. */
  private idIndex: Map<string, number> | undefined;

  constructor(readonly length: number) {
    this.mentorId = new Array<string>(length);
    this.supplierId = new Array<string>(length);
    this.mentorName = undefined;
    this.supplierName = undefined;
    this.supplierRank = new Float64Array(length);
    this.hourlyRate = new Float64Array(length);
    this.weeklyCapacityHours = new Float64Array(length);
    this.hoursInUse = new Float64Array(length);
    this.distanceKm = new Float64Array(length);
    this.maxTravelKm = new Float64Array(length);
    this.mentorQuality = new Float64Array(length).fill(NaN);
    this.supplierQuality = new Float64Array(length).fill(NaN);
    this.supplierOutcome = new Float64Array(length).fill(NaN);
    this.active = new Uint8Array(length).fill(1);
    this.gender = new Array<Gender>(length);
    this.languages = new Uint32Array(length);
    this.certificates = new Uint32Array(length);
  }

  /** A pool of the same candidates: ranking it gives what ranking the list gives. */
  static from(candidates: readonly MatchCandidate[]): CandidatePool {
    const pool = new CandidatePool(candidates.length);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      pool.mentorId[i] = c.mentorId;
      pool.supplierId[i] = c.supplierId;
      if (c.mentorName !== undefined) (pool.mentorName ??= new Array(candidates.length))[i] = c.mentorName;
      if (c.supplierName !== undefined) (pool.supplierName ??= new Array(candidates.length))[i] = c.supplierName;
      pool.supplierRank[i] = c.supplierRank;
      pool.hourlyRate[i] = c.hourlyRate;
      pool.weeklyCapacityHours[i] = c.weeklyCapacityHours;
      pool.hoursInUse[i] = c.hoursInUse;
      pool.distanceKm[i] = c.distanceKm;
      pool.maxTravelKm[i] = c.maxTravelKm;
      pool.mentorQuality[i] = c.mentorQuality ?? NaN;
      pool.supplierQuality[i] = c.supplierQuality ?? NaN;
      pool.supplierOutcome[i] = c.supplierOutcome ?? NaN;
      pool.active[i] = c.active === true ? 1 : 0;
      pool.gender[i] = c.gender;
      for (const code of Object.keys(c.competences)) pool.competenceLevels(code)[i] = levelOf(c.competences, code);
      let languages = 0;
      for (const code of c.languages) languages |= pool.languageBit(code);
      pool.languages[i] = languages;
      let certificates = 0;
      for (const kind of c.certificatesValidOnStart) certificates |= pool.certificateBit(kind);
      pool.certificates[i] = certificates;
    }
    return pool;
  }

  /**
   * The column of levels (0 = not held, else 1–3) for a competence code, created with zeros on
   * first use: for filling the pool. A level stored here is a whole number in 0–3.
   */
  competenceLevels(code: string): Uint8Array {
    let column = this.levels.get(code);
    if (column === undefined) {
      column = new Uint8Array(this.length);
      this.levels.set(code, column);
    }
    return column;
  }

  /** The column of levels for a code, or undefined when no candidate holds it. */
  levelsOf(code: string): Uint8Array | undefined {
    return this.levels.get(code);
  }

  /** The bit for a language code, assigned on first use. */
  languageBit(code: string): number {
    return bitOf(this.languageCodes, code, 'language codes');
  }

  /** The bit for a certificate kind, assigned on first use. */
  certificateBit(kind: string): number {
    return bitOf(this.certificateKinds, kind, 'certificate kinds');
  }

  /**
   * The index of the candidate with this mentor id: -1 when there is none, -2 when several
   * candidates have it. Built once per pool, so a ranking finds the previous mentor without
   * comparing an id per candidate.
   */
  indexOfMentor(mentorId: string): number {
    if (this.idIndex === undefined) {
      const index = new Map<string, number>();
      for (let i = 0; i < this.length; i++) index.set(this.mentorId[i], index.has(this.mentorId[i]) ? -2 : i);
      this.idIndex = index;
    }
    return this.idIndex.get(mentorId) ?? -1;
  }

  /** Candidate `index` as an object: for the few results built after the ranking. */
  candidate(index: number): MatchCandidate {
    const competences: Record<string, CompetenceLevel> = {};
    for (const [code, column] of this.levels) if (column[index] > 0) competences[code] = column[index] as CompetenceLevel;
    const candidate: MatchCandidate = {
      mentorId: this.mentorId[index],
      supplierId: this.supplierId[index],
      supplierRank: this.supplierRank[index],
      hourlyRate: this.hourlyRate[index],
      competences,
      languages: codesOf(this.languageCodes, this.languages[index]),
      gender: this.gender[index],
      weeklyCapacityHours: this.weeklyCapacityHours[index],
      hoursInUse: this.hoursInUse[index],
      distanceKm: this.distanceKm[index],
      maxTravelKm: this.maxTravelKm[index],
      certificatesValidOnStart: codesOf(this.certificateKinds, this.certificates[index]),
      active: this.active[index] === 1,
      mentorQuality: orNull(this.mentorQuality[index]),
      supplierQuality: orNull(this.supplierQuality[index]),
      supplierOutcome: orNull(this.supplierOutcome[index]),
    };
    const mentorName = this.mentorName?.[index];
    const supplierName = this.supplierName?.[index];
    if (mentorName !== undefined) candidate.mentorName = mentorName;
    if (supplierName !== undefined) candidate.supplierName = supplierName;
    return candidate;
  }
}

function bitOf(codes: string[], code: string, what: string): number {
  let index = codes.indexOf(code);
  if (index < 0) {
    if (codes.length === MAX_CODES) throw new RangeError(`a candidate pool tells at most ${MAX_CODES} ${what} apart`);
    index = codes.push(code) - 1;
  }
  return (1 << index) >>> 0;
}

function codesOf(codes: readonly string[], mask: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < codes.length; i++) if ((mask >>> i) & 1) out.push(codes[i]);
  return out;
}

function orNull(value: number): number | null {
  return value === value ? value : null;
}
