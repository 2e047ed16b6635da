import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CERTIFICATE_KINDS, COMPETENCE_CODES, CompetenceCode, CompetenceLevel, Gender, GENDERS, Match, MatchComponents, MatchList, Standing } from '@mentor/contracts';
import { AllocationModel, CandidatePool, DEFAULT_WEIGHTS, explain, MATCHING_ENGINE_VERSION, MatchNeed, MatchRequestProfile, MatchWeights, rankCandidates } from '@mentor/matching';

import { TenantScope } from '../../core/context/tenant-scope';
import { findPostcode } from '../reference/utils/postcodes.util';
import { CitizenCaseEntity } from './entities/citizen-case.entity';
import { MentorRequestEntity } from './entities/mentor-request.entity';
import { MunicipalitySettingsEntity } from './entities/municipality-settings.entity';

/** One agreement in force per supplier, as the prefilter's `suppliers` column lists them (by idx). */
export interface SupplierRow {
  idx: number;
  supplier_id: string;
  agreement_id: string;
  rank: number;
  hourly_rate: number;
  allocation_model: AllocationModel;
  supplier_quality: number | null;
  supplier_standing: Standing | null;
  supplier_outcome: number | null;
}

/**
 * The prefilter's one row: the counts, the agreements, the distance per postcode and the survivors
 * (their match_fields and their supplier, in the same order).
 */
export interface PrefilterRow {
  total: string;
  n_excluded: string;
  n_capacity: string;
  n_language: string;
  n_certificates: string;
  n_severe_needs: string;
  n_distance: string;
  suppliers: SupplierRow[] | null;
  distances: Record<string, number> | null;
  /** The distance of a mentor without a known postcode. */
  unknown_postcode_km: number;
  /** Per survivor its mentor.match_fields, separated by ';'. */
  survivors: string | null;
  /** Per survivor the idx of its supplier, comma-separated. */
  supplier_idx: string | null;
}

function parseCompetences(value: string | null): Record<string, CompetenceLevel> {
  const out: Record<string, CompetenceLevel> = {};
  if (!value) return out;
  for (const pair of value.split(',')) {
    const i = pair.indexOf(':');
    out[pair.slice(0, i)] = Number(pair.slice(i + 1)) as CompetenceLevel;
  }
  return out;
}

/**
 * Ranks mentors for a request: the hard filters of DESIGN.md run as one SQL statement (the
 * survivors, and how many each filter removed), then the pure engine in libs/matching scores the
 * survivors with a top-k scan and explains every component.
 */
@Injectable()
export class MatchingService {
  private indexOnly = false;
  private visibilityCheckedUntil = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
  ) {}

  /**
   * `manager`: the caller's transaction, so the ranking sees its uncommitted changes (and, on the
   * single-connection embedded database, does not wait for the connection the transaction holds).
   */
  async matches(requestId: string, options: { limit?: number; lang?: 'da' | 'en'; exclude?: string[]; manager?: EntityManager } = {}): Promise<MatchList> {
    const { limit = 20, lang = 'da' } = options;
    const loaded = await this.loadCandidates(requestId, options);
    const ranked = rankCandidates(loaded.profile, loaded.candidates, { weights: loaded.weights, allocation: loaded.allocation, limit });
    const filtered = { ...loaded.filtered };
    for (const [name, n] of Object.entries(ranked.filtered)) if (n) filtered[name] = (filtered[name] ?? 0) + n;
    // Names, profiles, languages and competences for the top k only: the prefilter carries what scoring needs.
    const ids = ranked.items.map((r) => r.mentorId);
    const details: { id: string; name: string; supplier_name: string; background: string; years_of_experience: number; gender: Gender; languages: string[]; competence_profile: string }[] = ids.length
      ? await (options.manager ?? this.dataSource.manager).query(
          'SELECT m.id, m.name, s.name AS supplier_name, m.background, m.years_of_experience, m.gender, m.languages, m.competence_profile FROM mentor m JOIN supplier s ON s.id = m.supplier_id WHERE m.id = ANY($1::uuid[])',
          [ids],
        )
      : [];
    const items: Match[] = ranked.items.map((r) => {
      const supplier = loaded.suppliers.get(r.supplierId)!;
      const detail = details.find((d) => d.id === r.mentorId)!;
      return {
        mentorId: r.mentorId,
        supplierId: r.supplierId,
        mentorName: detail.name,
        supplierName: detail.supplier_name,
        score: r.score,
        rank: r.rank,
        components: r.components as MatchComponents,
        weights: { ...r.weights } as MatchComponents,
        distanceKm: Math.round(r.distanceKm * 10) / 10,
        hourlyRate: r.hourlyRate,
        supplierRank: r.supplierRank,
        freeCapacityHours: r.freeCapacityHours,
        agreementId: supplier.agreement_id,
        explanation: explain(r, lang),
        gender: detail.gender,
        languages: detail.languages,
        competences: Object.entries(parseCompetences(detail.competence_profile)).map(([code, level]) => ({ code, level })).sort((a, b) => b.level - a.level),
        background: detail.background,
        yearsOfExperience: detail.years_of_experience,
        standing: supplier.supplier_standing ?? 'new',
      };
    });
    return { items, candidates: loaded.total, filtered, allocation: loaded.allocation, engineVersion: MATCHING_ENGINE_VERSION };
  }

  /**
   * The SQL half: the request's profile, the survivors of the hard filters as a candidate pool for
   * the engine, how many each filter removed, the weights, the allocation model and the agreement
   * of each supplier in play (by supplier id). `manager`: the caller's transaction, so the ranking
   * sees its uncommitted changes (and, on the single-connection embedded database, does not wait
   * for the connection the transaction holds).
   */
  async loadCandidates(requestId: string, options: { exclude?: string[]; manager?: EntityManager } = {}) {
    const { exclude: excludeMentorIds = [], manager = this.dataSource.manager } = options;
    const request = await this.tenant.repository(MentorRequestEntity, manager).get(requestId, {}, 'Request');
    const citizenCase = await this.tenant.repository(CitizenCaseEntity, manager).get(request.caseId, {}, 'Case');
    const profile: MatchRequestProfile = {
      needs: citizenCase.needs,
      languages: citizenCase.languages,
      requireLanguage: citizenCase.languages.length > 0,
      ...(citizenCase.genderPreference ? { genderPreference: citizenCase.genderPreference } : {}),
      hoursPerWeek: request.hoursPerWeek,
      startDate: request.startDate,
      requiredCertificates: request.requiredCertificates,
    };
    const params = prefilterParameters({
      municipalityCode: request.municipalityCode,
      targetGroup: citizenCase.targetGroup,
      postcode: citizenCase.postcode,
      excludeMentorIds,
      ...profile,
    });
    const [row] = await manager.query<PrefilterRow[]>(await this.prefilterSql(manager), params);
    const weights = await this.weights(request.municipalityCode, manager);
    const { pool, allocation, suppliers } = poolFromPrefilter(profile, row);
    const filtered: Record<string, number> = {
      excluded: Number(row.n_excluded),
      capacity: Number(row.n_capacity),
      language: Number(row.n_language),
      certificates: Number(row.n_certificates),
      severeNeeds: Number(row.n_severe_needs),
      distance: Number(row.n_distance),
    };
    return { profile, candidates: pool, weights, allocation, filtered, total: Number(row.total), suppliers };
  }

  /**
   * The prefilter for the state of the mentor table: the index-only walk while the visibility map
   * covers nearly all of it (as autovacuum keeps it), else the planner's own plan (a sequential
   * scan), which beats visiting the table from the index mentor by mentor. Checked at most once a
   * minute; both give the same rows.
   */
  async prefilterSql(manager: EntityManager = this.dataSource.manager): Promise<string> {
    const now = Date.now();
    if (now >= this.visibilityCheckedUntil) {
      const [table] = await manager.query<{ relpages: number; relallvisible: number }[]>("SELECT relpages, relallvisible FROM pg_class WHERE oid = 'mentor'::regclass");
      this.indexOnly = table !== undefined && table.relpages > 0 && table.relallvisible >= INDEX_ONLY_VISIBLE_SHARE * table.relpages;
      this.visibilityCheckedUntil = now + VISIBILITY_CHECK_MS;
    }
    return this.indexOnly ? CANDIDATES_SQL : CANDIDATES_SQL_PLANNED;
  }

  async weights(municipalityCode: string, manager: EntityManager = this.dataSource.manager): Promise<MatchWeights> {
    const settings = await manager.getRepository(MunicipalitySettingsEntity).findOneBy({ municipalityCode });
    return (settings?.matchingWeights as MatchWeights | null) ?? { ...DEFAULT_WEIGHTS };
  }
}

/** The share of the mentor table's pages that must be all-visible for the index-only walk. */
const INDEX_ONLY_VISIBLE_SHARE = 0.9;
const VISIBILITY_CHECK_MS = 60_000;

/** Code i of COMPETENCE_CODES sits in bits 2i and 2i + 1 of mentor.competence_levels (see syncMatchColumns). */
const COMPETENCE_POSITION = new Map(COMPETENCE_CODES.map((code, i) => [code, i]));
/** A bit no mentor column ever has: a filter asking for it removes everyone it sees. */
const UNMATCHABLE = 1 << 30;
if (2 * COMPETENCE_CODES.length > 30) throw new Error('mentor.competence_levels packs at most 15 competence codes');

/**
 * The prefilter's parameters. Severe needs and required certificates become bit masks over
 * mentor.competence_levels and mentor.certificate_validity; a code or kind outside the taxonomy,
 * or one given twice, asks for UNMATCHABLE, so that filter removes everyone it sees, as the
 * set-based checks this replaced did.
 * $1 municipality, $2 target group, $3 start date, $4 hours per week, $5 languages,
 * $6 required certificates (bit i: CERTIFICATE_KINDS[i]), $7 severe needs (bit 2i + 1: level ≥ 2
 * in COMPETENCE_CODES[i]), $8/$9 the citizen's postcode centroid, $10 excluded mentors.
 */
export function prefilterParameters(input: {
  municipalityCode: string;
  targetGroup: string;
  startDate: string;
  hoursPerWeek: number;
  languages: readonly string[];
  requiredCertificates: readonly string[];
  needs: readonly MatchNeed[];
  postcode: string;
  excludeMentorIds: readonly string[];
}): unknown[] {
  const origin = findPostcode(input.postcode)!;
  let certificates = 0;
  for (const kind of input.requiredCertificates) {
    const i = (CERTIFICATE_KINDS as readonly string[]).indexOf(kind);
    certificates |= i < 0 || certificates & (1 << i) ? UNMATCHABLE : 1 << i;
  }
  let severe = 0;
  for (const need of input.needs) {
    if (need.severity !== 3) continue;
    const i = COMPETENCE_POSITION.get(need.code as CompetenceCode);
    severe |= i === undefined || severe & (2 << (2 * i)) ? UNMATCHABLE : 2 << (2 * i);
  }
  return [input.municipalityCode, input.targetGroup, input.startDate, input.hoursPerWeek, input.languages, certificates, severe, origin.lat, origin.lon, input.excludeMentorIds];
}

/**
 * The survivors as the engine's candidate pool, decoded from their match_fields. The pool holds
 * what the engine reads: the levels of the request's needs only, and for languages and
 * certificates what the SQL established (every survivor speaks one of the citizen's languages
 * when any are given, and holds every required certificate valid on the start date).
 */
export function poolFromPrefilter(profile: MatchRequestProfile, row: PrefilterRow) {
  const supplierRows = row.suppliers ?? [];
  const suppliers = new Map(supplierRows.map((s) => [s.supplier_id, s]));
  const text = row.survivors ?? '';
  const supplierIdx = new FieldReader(row.supplier_idx ?? '');
  const n = text ? countRecords(text) : 0;
  const pool = new CandidatePool(n);
  // Distances per postcode, indexed by the postcode's number (Danish postcodes are four digits).
  const unknownKm = row.unknown_postcode_km;
  const distanceByPostcode = new Float64Array(10_000).fill(unknownKm);
  for (const [postcode, km] of Object.entries(row.distances ?? {})) if (/^\d{4}$/.test(postcode)) distanceByPostcode[Number(postcode)] = km;
  // Only the request's needs are read: one column of levels each, unpacked from competence_levels.
  const needColumns: { column: Uint8Array; shift: number }[] = [];
  for (const need of profile.needs) {
    const position = COMPETENCE_POSITION.get(need.code as CompetenceCode);
    if (position !== undefined && !pool.levelsOf(need.code)) needColumns.push({ column: pool.competenceLevels(need.code), shift: 2 * position });
  }
  let languages = 0;
  for (const code of profile.languages) languages |= pool.languageBit(code);
  let certificates = 0;
  for (const kind of profile.requiredCertificates) certificates |= pool.certificateBit(kind);
  pool.languages.fill(languages);
  pool.certificates.fill(certificates);
  let cascade = n === 0;
  const fields = new FieldReader(text);
  for (let i = 0; i < n; i++) {
    pool.mentorId[i] = fields.id();
    pool.weeklyCapacityHours[i] = fields.number();
    pool.hoursInUse[i] = fields.number();
    pool.maxTravelKm[i] = fields.number();
    const levels = fields.number();
    for (const { column, shift } of needColumns) column[i] = (levels >>> shift) & 3;
    // Reporting quality (mentor, else supplier) and the supplier's outcomes in this target group;
    // NaN (no history yet) means the engine's neutral prior.
    pool.mentorQuality[i] = fields.number();
    pool.distanceKm[i] = fields.postcodeDistance(distanceByPostcode, row.distances, unknownKm);
    pool.gender[i] = fields.gender();
    const supplier = supplierRows[supplierIdx.number()];
    pool.supplierId[i] = supplier.supplier_id;
    pool.supplierRank[i] = supplier.rank;
    pool.hourlyRate[i] = supplier.hourly_rate;
    pool.supplierQuality[i] = supplier.supplier_quality ?? NaN;
    pool.supplierOutcome[i] = supplier.supplier_outcome ?? NaN;
    // One allocation model per ranking: cascade when any agreement in play was awarded by rank.
    if (supplier.allocation_model === 'cascade') cascade = true;
  }
  const allocation: AllocationModel = cascade ? 'cascade' : 'objective_criteria';
  return { pool, allocation, suppliers };
}

const UUID_LENGTH = 36;
const COMMA = 44;
const SEMICOLON = 59;

/** How many ';'-separated records a non-empty text holds. */
function countRecords(text: string): number {
  let count = 1;
  for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) count++;
  return count;
}

/**
 * Reads match_fields records ("id,12.50,4.00,40,1234,0.812,2650,female;…") field by field
 * without a string per number. A number is its digits as an integer divided by the power of ten
 * of its decimals, both exact (below 2^53 and 10^22), so the one rounding gives what Number()
 * gives; an empty field is NaN.
 */
class FieldReader {
  private pos = 0;

  constructor(private readonly text: string) {}

  id(): string {
    const id = this.text.slice(this.pos, this.pos + UUID_LENGTH);
    this.pos += UUID_LENGTH + 1;
    return id;
  }

  number(): number {
    const text = this.text;
    let pos = this.pos;
    let c = text.charCodeAt(pos);
    const negative = c === 45; // '-'
    if (negative) c = text.charCodeAt(++pos);
    let digits = 0;
    let mantissa = 0;
    // charCodeAt past the end is NaN, which ends every loop as a separator does.
    for (; c >= 48 && c <= 57; c = text.charCodeAt(++pos), digits++) mantissa = mantissa * 10 + (c - 48);
    let scale = 1;
    if (c === 46) {
      // '.'
      for (c = text.charCodeAt(++pos); c >= 48 && c <= 57; c = text.charCodeAt(++pos), digits++) {
        mantissa = mantissa * 10 + (c - 48);
        scale *= 10;
      }
    }
    this.pos = pos + 1; // past the separator
    return digits === 0 ? NaN : (negative ? -mantissa : mantissa) / scale;
  }

  /** The distance to the mentor's postcode (`unknownKm` with none or an unknown one). */
  postcodeDistance(byNumber: Float64Array, byText: Record<string, number> | null, unknownKm: number): number {
    const start = this.pos;
    let end = start;
    let value = 0;
    let numeric = true;
    for (let c = this.text.charCodeAt(end); c !== COMMA && end < this.text.length; c = this.text.charCodeAt(++end)) {
      if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
      else numeric = false;
    }
    this.pos = end + 1;
    if (end === start) return unknownKm;
    if (numeric && end - start === 4) return byNumber[value];
    return byText?.[this.text.slice(start, end)] ?? unknownKm;
  }

  /** The last field of a record: one of GENDERS, recognised without a string per mentor. */
  gender(): Gender {
    const text = this.text;
    const start = this.pos;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== SEMICOLON) end++;
    this.pos = end + 1;
    for (const gender of GENDERS) if (gender.length === end - start && text.startsWith(gender, start)) return gender;
    return text.slice(start, end) as Gender;
  }
}

/** The certificate check, one term per kind of CERTIFICATE_KINDS; the planner drops the kinds not asked for. */
const CERTIFICATES_HELD = [
  ...CERTIFICATE_KINDS.map((_kind, i) => `(($6::int & ${1 << i}) = 0 OR coalesce(m.certificate_validity[${i + 1}] @> $3::date, false))`),
  `($6::int >> ${CERTIFICATE_KINDS.length}) = 0`,
].join(' AND ');

/** The great-circle distance in km from $8/$9 (postcodes.util's greatCircleSql, with positional parameters). */
const DISTANCE_KM = (alias: string) =>
  `2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(${alias}.lat - $8) / 2), 2) + cos(radians($8)) * cos(radians(${alias}.lat)) * power(sin(radians(${alias}.lon - $9) / 2), 2))))`;

/**
 * The prefilter, one statement that returns one row. `fa`: per supplier its best agreement in
 * force for the municipality and target group on the start date, numbered in `suppliers` by
 * award rank: the scan below follows that order, so under cascade the engine's heap fills with
 * the best-ranked suppliers' mentors first and passes over the rest cheaply (any order gives the
 * same ranking).
 * `classified`: every active mentor of those suppliers with the first hard filter it fails
 * (0: none), read from the mentor row alone: free capacity; languages; certificate validity per
 * kind and severe needs as bit tests on denormalised columns; the distance from the denormalised
 * postcode centroid, computed only for mentors that passed the rest. `indexOnly` reads them
 * supplier by supplier from the partial covering index ix_mentor_match, an index-only scan that
 * never touches the wider table (the planner, costing the index's pages as random reads, would
 * pick a sequential scan); otherwise the planner joins as it sees fit. OFFSET 0 keeps `failed`
 * from being recomputed in every aggregate below. The row then carries the count per filter,
 * the agreements as JSON, the distance per postcode (the same formula on postcode.lat/lon, so
 * the same values), the distance of a mentor without a known postcode (the formula on no
 * coordinates: least() passes over the NULL, so asin(1), half the globe, as the per-mentor
 * postcode join this replaced computed it) and per survivor its match_fields and supplier.
 * The parameters are prefilterParameters'.
 */
function candidatesSql(indexOnly: boolean): string {
  return `
  WITH fa AS MATERIALIZED (
    SELECT DISTINCT ON (fa.supplier_id) fa.supplier_id, fa.id AS agreement_id, fa.rank, fa.hourly_rate, t.allocation_model,
      sq.quality_score AS supplier_quality, sq.standing AS supplier_standing, os.score AS supplier_outcome
    FROM framework_agreement fa JOIN tender t ON t.id = fa.tender_id
      LEFT JOIN quality_score sq ON sq.subject_kind = 'supplier' AND sq.subject_id = fa.supplier_id AND sq.month = 'current'
      LEFT JOIN outcome_score os ON os.supplier_id = fa.supplier_id AND os.target_group = $2
    WHERE fa.municipality_code = $1 AND fa.status = 'in_force' AND $2 = ANY(fa.target_groups)
      AND fa.valid_from <= $3::date AND fa.valid_to >= $3::date
    ORDER BY fa.supplier_id, fa.rank, fa.hourly_rate
  ),
  suppliers AS MATERIALIZED (
    SELECT (row_number() OVER (ORDER BY fa.rank, fa.supplier_id))::int - 1 AS idx, fa.* FROM fa
  ),
  classified AS (
    SELECT s.idx, m.match_fields,
      CASE
        WHEN cardinality($10::uuid[]) > 0 AND m.id = ANY($10::uuid[]) THEN 1
        WHEN NOT (m.weekly_capacity_hours - m.hours_in_use >= $4) THEN 2
        WHEN NOT (cardinality($5::varchar[]) = 0 OR m.languages && $5::varchar[]) THEN 3
        WHEN NOT (${CERTIFICATES_HELD}) THEN 4
        WHEN (m.competence_levels & $7::int) <> $7::int THEN 5
        WHEN NOT (coalesce(${DISTANCE_KM('m')}, 0) <= m.max_travel_km) THEN 6
        ELSE 0
      END AS failed
    FROM suppliers s
    ${
      indexOnly
        ? `CROSS JOIN LATERAL (
      SELECT m.id, m.weekly_capacity_hours, m.hours_in_use, m.languages, m.certificate_validity, m.competence_levels, m.lat, m.lon, m.max_travel_km, m.match_fields
      FROM mentor m WHERE m.supplier_id = s.supplier_id AND m.active OFFSET 0
    ) m`
        : 'JOIN mentor m ON m.supplier_id = s.supplier_id AND m.active'
    }
    OFFSET 0
  )
  SELECT count(*) AS total,
    count(*) FILTER (WHERE failed = 1) AS n_excluded,
    count(*) FILTER (WHERE failed = 2) AS n_capacity,
    count(*) FILTER (WHERE failed = 3) AS n_language,
    count(*) FILTER (WHERE failed = 4) AS n_certificates,
    count(*) FILTER (WHERE failed = 5) AS n_severe_needs,
    count(*) FILTER (WHERE failed = 6) AS n_distance,
    (SELECT json_agg(s ORDER BY s.idx) FROM suppliers s) AS suppliers,
    (SELECT json_object_agg(p.postcode, ${DISTANCE_KM('p')}) FROM postcode p) AS distances,
    (SELECT ${DISTANCE_KM('x')} FROM (SELECT NULL::float8 AS lat, NULL::float8 AS lon) x) AS unknown_postcode_km,
    string_agg(match_fields, ';') FILTER (WHERE failed = 0) AS survivors,
    string_agg(idx::text, ',') FILTER (WHERE failed = 0) AS supplier_idx
  FROM classified`;
}

export const CANDIDATES_SQL = candidatesSql(true);
/** The same prefilter joining the mentors as the planner sees fit (for a table not vacuumed yet). */
export const CANDIDATES_SQL_PLANNED = candidatesSql(false);
