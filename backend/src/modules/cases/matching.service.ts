import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CompetenceLevel, Gender, Match, MatchComponents, MatchList, Standing } from '@mentor/contracts';
import { AllocationModel, DEFAULT_WEIGHTS, explain, MATCHING_ENGINE_VERSION, MatchCandidate, MatchRequestProfile, MatchWeights, rankCandidates } from '@mentor/matching';

import { TenantScope } from '../../core/context/tenant-scope';
import { findPostcode } from '../reference/utils/postcodes.util';
import { CitizenCaseEntity } from './entities/citizen-case.entity';
import { MentorRequestEntity } from './entities/mentor-request.entity';
import { MunicipalitySettingsEntity } from './entities/municipality-settings.entity';

interface CandidateRow {
  mentor_id: string;
  supplier_id: string;
  gender: Gender;
  languages: string[];
  weekly_capacity_hours: string;
  hours_in_use: string;
  max_travel_km: number;
  distance_km: number | null;
  agreement_id: string;
  supplier_rank: number;
  hourly_rate: string;
  allocation_model: AllocationModel;
  /** "code:level,code:level": cheap to build in SQL and to parse. */
  competences: string | null;
  mentor_quality: string | null;
  supplier_quality: string | null;
  supplier_standing: Standing | null;
  supplier_outcome: string | null;
}

type FilterCounts = Record<'total' | 'n_excluded' | 'n_capacity' | 'n_language' | 'n_certificates' | 'n_severe_needs' | 'n_distance', string>;

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
 * Ranks mentors for a request: the hard filters of DESIGN.md run as SQL (one query for the
 * survivors, one aggregate for how many each filter removed), then the pure engine in
 * libs/matching scores them with a top-k scan and explains every component.
 */
@Injectable()
export class MatchingService {
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
    // Names and profiles for the top k only: the candidate query carries what scoring needs.
    const ids = ranked.items.map((r) => r.mentorId);
    const details: { id: string; name: string; supplier_name: string; background: string; years_of_experience: number }[] = ids.length
      ? await (options.manager ?? this.dataSource.manager).query('SELECT m.id, m.name, s.name AS supplier_name, m.background, m.years_of_experience FROM mentor m JOIN supplier s ON s.id = m.supplier_id WHERE m.id = ANY($1::uuid[])', [ids])
      : [];
    const items: Match[] = ranked.items.map((r) => {
      const row = loaded.rows.get(r.mentorId)!;
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
        agreementId: row.agreement_id,
        explanation: explain(r, lang),
        gender: row.gender,
        languages: row.languages,
        competences: Object.entries(parseCompetences(row.competences)).map(([code, level]) => ({ code, level })).sort((a, b) => b.level - a.level),
        background: detail.background,
        yearsOfExperience: detail.years_of_experience,
        standing: row.supplier_standing ?? 'new',
      };
    });
    return { items, candidates: loaded.total, filtered, allocation: loaded.allocation, engineVersion: MATCHING_ENGINE_VERSION };
  }

  /**
   * The SQL half: the request's profile, the survivors of the hard filters as engine candidates,
   * how many each filter removed, the weights and the allocation model. `manager`: the caller's
   * transaction, so the ranking sees its uncommitted changes (and, on the single-connection
   * embedded database, does not wait for the connection the transaction holds).
   */
  async loadCandidates(requestId: string, options: { exclude?: string[]; manager?: EntityManager } = {}) {
    const { exclude: excludeMentorIds = [], manager = this.dataSource.manager } = options;
    const request = await this.tenant.repository(MentorRequestEntity, manager).get(requestId, {}, 'Request');
    const citizenCase = await this.tenant.repository(CitizenCaseEntity, manager).get(request.caseId, {}, 'Case');
    const origin = findPostcode(citizenCase.postcode)!;
    const params = [
      request.municipalityCode,
      citizenCase.targetGroup,
      request.startDate,
      request.hoursPerWeek,
      citizenCase.languages,
      request.requiredCertificates,
      citizenCase.needs.filter((n) => n.severity === 3).map((n) => n.code),
      origin.lat,
      origin.lon,
      excludeMentorIds,
    ];
    const rows = await manager.query<(CandidateRow & FilterCounts)[]>(CANDIDATES_SQL, params);
    // The counts ride on every survivor row; with no survivor, ask for them separately.
    const counts: Partial<FilterCounts> = rows[0] ?? (await manager.query<FilterCounts[]>(COUNTS_SQL, params))[0] ?? {};
    const weights = await this.weights(request.municipalityCode, manager);
    const profile: MatchRequestProfile = {
      needs: citizenCase.needs,
      languages: citizenCase.languages,
      requireLanguage: citizenCase.languages.length > 0,
      ...(citizenCase.genderPreference ? { genderPreference: citizenCase.genderPreference } : {}),
      hoursPerWeek: request.hoursPerWeek,
      startDate: request.startDate,
      requiredCertificates: request.requiredCertificates,
    };
    const candidates: MatchCandidate[] = rows.map((r) => ({
      mentorId: r.mentor_id,
      supplierId: r.supplier_id,
      supplierRank: r.supplier_rank,
      hourlyRate: Number(r.hourly_rate),
      competences: parseCompetences(r.competences),
      languages: r.languages,
      gender: r.gender,
      weeklyCapacityHours: Number(r.weekly_capacity_hours),
      hoursInUse: Number(r.hours_in_use),
      distanceKm: r.distance_km ?? 0,
      maxTravelKm: r.max_travel_km,
      // The SQL kept only mentors holding every required certificate on the start date.
      certificatesValidOnStart: request.requiredCertificates,
      active: true,
      // Reporting quality (mentor, else supplier) and the supplier's outcomes in this target group;
      // null (no history yet) means the engine's neutral prior.
      mentorQuality: r.mentor_quality === null ? null : Number(r.mentor_quality),
      supplierQuality: r.supplier_quality === null ? null : Number(r.supplier_quality),
      supplierOutcome: r.supplier_outcome === null ? null : Number(r.supplier_outcome),
    }));
    // One allocation model per ranking: cascade when any agreement in play was awarded by rank.
    const allocation: AllocationModel = rows.some((r) => r.allocation_model === 'cascade') || rows.length === 0 ? 'cascade' : 'objective_criteria';
    const filtered: Record<string, number> = {
      excluded: Number(counts.n_excluded ?? 0),
      capacity: Number(counts.n_capacity ?? 0),
      language: Number(counts.n_language ?? 0),
      certificates: Number(counts.n_certificates ?? 0),
      severeNeeds: Number(counts.n_severe_needs ?? 0),
      distance: Number(counts.n_distance ?? 0),
    };
    return { profile, candidates, weights, allocation, filtered, total: Number(counts.total ?? 0), rows: new Map(rows.map((r) => [r.mentor_id, r])) };
  }

  async weights(municipalityCode: string, manager: EntityManager = this.dataSource.manager): Promise<MatchWeights> {
    const settings = await manager.getRepository(MunicipalitySettingsEntity).findOneBy({ municipalityCode });
    return (settings?.matchingWeights as MatchWeights | null) ?? { ...DEFAULT_WEIGHTS };
  }
}

/**
 * The prefilter, one statement. `fa`: per supplier its best agreement in force for the municipality
 * and target group on the start date. `certs` and `severe`: set-based checks of the required
 * certificates and of severity-3 needs covered at level ≥ 2. `base`: every mentor under an agreement
 * with one flag per hard filter, computed once. Survivors come back with the count each filter
 * removed (at the first filter a mentor fails) as window aggregates over `base`.
 * $1 municipality, $2 target group, $3 start date, $4 hours per week, $5 languages,
 * $6 required certificates, $7 severe need codes, $8/$9 the citizen's postcode centroid, $10 excluded mentors.
 */
export const CANDIDATES_SQL = `
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
  certs AS MATERIALIZED (
    -- Each required kind sets its bit; a mentor qualifies when every bit is set (hash aggregate, no DISTINCT sort).
    SELECT c.mentor_id FROM mentor_certificate c
    WHERE c.kind = ANY($6::varchar[]) AND c.issued_on <= $3::date AND c.expires_on >= $3::date
    GROUP BY c.mentor_id HAVING bit_or(1 << array_position($6::varchar[], c.kind)) = (1 << (cardinality($6::varchar[]) + 1)) - 2
  ),
  severe AS MATERIALIZED (
    SELECT mc.mentor_id FROM mentor_competence mc
    WHERE mc.code = ANY($7::varchar[]) AND mc.level >= 2
    GROUP BY mc.mentor_id HAVING count(*) = cardinality($7::varchar[])
  ),
  base AS MATERIALIZED (
    SELECT m.id, m.supplier_id, m.gender, m.languages, m.weekly_capacity_hours, m.hours_in_use, m.max_travel_km, m.competence_profile, m.reporting_quality,
      fa.agreement_id, fa.rank, fa.hourly_rate, fa.allocation_model, fa.supplier_quality, fa.supplier_standing, fa.supplier_outcome, d.distance_km,
      m.id = ANY($10::uuid[]) AS excluded,
      (m.weekly_capacity_hours - m.hours_in_use) >= $4 AS capacity_ok,
      (cardinality($5::varchar[]) = 0 OR m.languages && $5::varchar[]) AS language_ok,
      (cardinality($6::varchar[]) = 0 OR certs.mentor_id IS NOT NULL) AS certificates_ok,
      (cardinality($7::varchar[]) = 0 OR severe.mentor_id IS NOT NULL) AS severe_ok,
      coalesce(d.distance_km, 0) <= m.max_travel_km AS distance_ok
    FROM fa
    JOIN mentor m ON m.supplier_id = fa.supplier_id AND m.active
    LEFT JOIN postcode mp ON mp.postcode = m.postcode
    CROSS JOIN LATERAL (SELECT 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(mp.lat - $8) / 2), 2) + cos(radians($8)) * cos(radians(mp.lat)) * power(sin(radians(mp.lon - $9) / 2), 2)))) AS distance_km) d
    LEFT JOIN certs ON certs.mentor_id = m.id
    LEFT JOIN severe ON severe.mentor_id = m.id
  ),
  counts AS (
    SELECT count(*) AS total,
      count(*) FILTER (WHERE excluded) AS n_excluded,
      count(*) FILTER (WHERE NOT excluded AND NOT capacity_ok) AS n_capacity,
      count(*) FILTER (WHERE NOT excluded AND capacity_ok AND NOT language_ok) AS n_language,
      count(*) FILTER (WHERE NOT excluded AND capacity_ok AND language_ok AND NOT certificates_ok) AS n_certificates,
      count(*) FILTER (WHERE NOT excluded AND capacity_ok AND language_ok AND certificates_ok AND NOT severe_ok) AS n_severe_needs,
      count(*) FILTER (WHERE NOT excluded AND capacity_ok AND language_ok AND certificates_ok AND severe_ok AND NOT distance_ok) AS n_distance
    FROM base
  )
  SELECT f.id AS mentor_id, f.supplier_id, f.gender, f.languages, f.weekly_capacity_hours, f.hours_in_use, f.max_travel_km,
    f.distance_km, f.agreement_id, f.rank AS supplier_rank, f.hourly_rate, f.allocation_model, f.competence_profile AS competences,
    f.reporting_quality AS mentor_quality, f.supplier_quality, f.supplier_standing, f.supplier_outcome,
    counts.*
  FROM base f CROSS JOIN counts
  WHERE NOT f.excluded AND f.capacity_ok AND f.language_ok AND f.certificates_ok AND f.severe_ok AND f.distance_ok`;

/** The same counts when nothing survives (the candidate query then returns no row to carry them). */
export const COUNTS_SQL = CANDIDATES_SQL.replace(/\n {2}SELECT f\.id AS mentor_id[\s\S]*$/, `
  SELECT * FROM counts`);
