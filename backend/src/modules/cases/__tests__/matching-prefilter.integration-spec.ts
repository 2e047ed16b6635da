import { CitizenCase, MatchList, MentorRequest } from '@mentor/contracts';
import { AllocationModel, applyHardFilters, MatchCandidate, MatchRequestProfile, rankCandidates } from '@mentor/matching';

import { TestApp } from '../../../../test/create-test-app';
import { syncMatchColumns } from '../../suppliers/utils/match-columns.util';
import { CANDIDATES_SQL, CANDIDATES_SQL_PLANNED, MatchingService, PrefilterRow, prefilterParameters } from '../matching.service';

const nextMonday = () => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
};

/**
 * The prefilter reads denormalised columns of the mentor row (postcode centroid, packed competence
 * levels, certificate validity per kind, match_fields). These tests rank the same requests the
 * long way, from the normalised tables (mentor_competence, mentor_certificate, postcode) and the
 * engine's own hard filters, and expect exactly the same answer, before and after the supplier
 * changes mentors through the API.
 */
describe('the matching prefilter', () => {
  let t: TestApp;
  let cw: string;
  const requests: MentorRequest[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    cw = await t.login('sagsbehandler@hvidovre.demo');
    const scenarios = [
      { case: { needs: [{ code: 'youth_crime', severity: 3 }, { code: 'youth_education', severity: 1 }], languages: ['da'], postcode: '2650' }, request: {} },
      {
        case: { needs: [{ code: 'psychiatric', severity: 3 }, { code: 'anxiety_stress', severity: 3 }, { code: 'family', severity: 1 }], languages: ['ar', 'da'], genderPreference: 'female', postcode: '2300' },
        request: { hoursPerWeek: 8, requiredCertificates: ['criminal_record', 'child_certificate'] },
      },
      { case: { needs: [], languages: [], postcode: '8000', targetGroup: 'activity_ready_cash' }, request: { hoursPerWeek: 2.5, requiredCertificates: [] } },
      { case: { needs: [{ code: 'substance_abuse', severity: 2 }], languages: ['en'], postcode: '2500' }, request: { requiredCertificates: ['first_aid'] } },
    ];
    for (const [i, s] of scenarios.entries()) {
      const c = await t.request<CitizenCase>('POST', '/api/cases', {
        token: cw,
        body: { citizen: { name: `Prefilter Borger ${i}`, cpr: `1${i}1290-1111`, phone: '12345678' }, targetGroup: 'education_aid', ...s.case },
      });
      expect(c.status).toBe(201);
      const r = await t.request<MentorRequest>('POST', `/api/cases/${c.body.id}/requests`, {
        token: cw,
        body: { mentorType: 'development', hoursPerWeek: 4, weeks: 13, startDate: nextMonday(), legalBasis: 'ordinary', goals: [{ text: 'Mål', milestones: ['Pejlemærke'] }], ...s.request },
      });
      expect(r.status).toBe(201);
      requests.push(r.body);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('removes, counts and ranks exactly as the engine does on the normalised tables', async () => {
    for (const request of requests) await expectSameAsReference(request);
  });

  it('keeps the columns in step when a supplier changes certificates, competences and postcodes', async () => {
    const [request] = requests;
    const top = (await matches(request.id)).items.slice(0, 3);
    expect(top).toHaveLength(3);
    await asSupplierOf(top[0].supplierId, (token) => patchMentor(token, top[0].mentorId, { certificates: [{ kind: 'criminal_record', issuedOn: '2020-01-01', expiresOn: '2021-01-01' }] }));
    await asSupplierOf(top[1].supplierId, (token) => patchMentor(token, top[1].mentorId, { competences: [{ code: 'youth_crime', level: 1 }] }));
    await asSupplierOf(top[2].supplierId, (token) => patchMentor(token, top[2].mentorId, { postcode: '9990' }));
    const after = (await matches(request.id, 100)).items.map((m) => m.mentorId);
    for (const { mentorId } of top) expect(after).not.toContain(mentorId);
    for (const r of requests) await expectSameAsReference(r);
  });

  it('puts a mentor without a known postcode where the distance formula does, however far they travel', async () => {
    const [first, second] = (await matches(requests[2].id)).items;
    // Postcodes the API would refuse, written as a write path does: the row, then syncMatchColumns.
    await t.dataSource.query('UPDATE mentor SET postcode = NULL, max_travel_km = 30000 WHERE id = $1', [first.mentorId]);
    await t.dataSource.query("UPDATE mentor SET postcode = '9999', max_travel_km = 30000 WHERE id = $1", [second.mentorId]);
    await syncMatchColumns(t.dataSource.manager, [first.mentorId, second.mentorId]);
    const far = (await matches(requests[2].id, 100)).items.filter((m) => m.mentorId === first.mentorId || m.mentorId === second.mentorId);
    expect(far.map((m) => m.distanceKm)).toEqual([20015.1, 20015.1]);
    for (const r of requests) await expectSameAsReference(r);
  });

  it('answers the same through the index-only walk and through the planner\'s own plan', async () => {
    let survived = 0;
    for (const request of requests) {
      const [c] = await t.dataSource.query('SELECT target_group, needs, languages, postcode FROM citizen_case WHERE id = $1', [request.caseId]);
      const params = prefilterParameters({ ...request, targetGroup: c.target_group, needs: c.needs, languages: c.languages, postcode: c.postcode, excludeMentorIds: [] });
      const [indexOnly] = await t.dataSource.query(CANDIDATES_SQL, params);
      const [planned] = await t.dataSource.query(CANDIDATES_SQL_PLANNED, params);
      const survivors = (row: PrefilterRow) => (row.survivors?.split(';') ?? []).map((fields, i) => `${fields}|${row.supplier_idx!.split(',')[i]}`).sort();
      expect(survivors(indexOnly)).toEqual(survivors(planned));
      expect({ ...indexOnly, survivors: null, supplier_idx: null }).toEqual({ ...planned, survivors: null, supplier_idx: null });
      survived += survivors(indexOnly).length;
    }
    expect(survived).toBeGreaterThan(0);
  });

  async function matches(requestId: string, limit = 20): Promise<MatchList> {
    const res = await t.request<MatchList>('GET', `/api/requests/${requestId}/matches?limit=${limit}`, { token: cw });
    expect(res.status).toBe(200);
    return res.body;
  }

  async function expectSameAsReference(request: MentorRequest) {
    const actual = await matches(request.id, 100);
    const expected = await reference(request);
    expect(actual.candidates).toBe(expected.candidates);
    expect(actual.allocation).toBe(expected.allocation);
    expect(actual.filtered).toEqual({ excluded: 0, ...expected.filtered });
    expect(actual.items.map((m) => [m.mentorId, m.score, m.components, m.distanceKm, m.freeCapacityHours])).toEqual(
      expected.items.map((m) => [m.mentorId, m.score, m.components, Math.round(m.distanceKm * 10) / 10, m.freeCapacityHours]),
    );
  }

  /** The request ranked from the normalised tables, with the engine's hard filters doing all the removing. */
  async function reference(request: MentorRequest) {
    const [c] = await t.dataSource.query('SELECT target_group, needs, languages, gender_preference, postcode FROM citizen_case WHERE id = $1', [request.caseId]);
    const profile: MatchRequestProfile = {
      needs: c.needs,
      languages: c.languages,
      requireLanguage: c.languages.length > 0,
      ...(c.gender_preference ? { genderPreference: c.gender_preference } : {}),
      hoursPerWeek: request.hoursPerWeek,
      startDate: request.startDate,
      requiredCertificates: request.requiredCertificates,
    };
    const rows: Record<string, unknown>[] = await t.dataSource.query(
      `WITH fa AS (
         SELECT DISTINCT ON (fa.supplier_id) fa.supplier_id, fa.rank, fa.hourly_rate, t.allocation_model, sq.quality_score AS supplier_quality, os.score AS supplier_outcome
         FROM framework_agreement fa JOIN tender t ON t.id = fa.tender_id
           LEFT JOIN quality_score sq ON sq.subject_kind = 'supplier' AND sq.subject_id = fa.supplier_id AND sq.month = 'current'
           LEFT JOIN outcome_score os ON os.supplier_id = fa.supplier_id AND os.target_group = $2
         WHERE fa.municipality_code = $1 AND fa.status = 'in_force' AND $2 = ANY(fa.target_groups) AND fa.valid_from <= $3::date AND fa.valid_to >= $3::date
         ORDER BY fa.supplier_id, fa.rank, fa.hourly_rate)
       SELECT m.id, m.supplier_id, m.gender, m.languages, m.weekly_capacity_hours, m.hours_in_use, m.max_travel_km, m.reporting_quality,
         fa.rank, fa.hourly_rate, fa.allocation_model, fa.supplier_quality, fa.supplier_outcome,
         (SELECT coalesce(json_object_agg(mc.code, mc.level), '{}') FROM mentor_competence mc WHERE mc.mentor_id = m.id) AS competences,
         ARRAY(SELECT DISTINCT c.kind FROM mentor_certificate c WHERE c.mentor_id = m.id AND c.issued_on <= $3::date AND c.expires_on >= $3::date) AS certificates,
         2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(p.lat - $4) / 2), 2) + cos(radians($4)) * cos(radians(p.lat)) * power(sin(radians(p.lon - $5) / 2), 2)))) AS distance_km
       FROM fa JOIN mentor m ON m.supplier_id = fa.supplier_id AND m.active LEFT JOIN postcode p ON p.postcode = m.postcode`,
      [request.municipalityCode, c.target_group, request.startDate, ...(await origin(c.postcode))],
    );
    const candidates: (MatchCandidate & { allocation: AllocationModel })[] = rows.map((r) => ({
      mentorId: r['id'] as string,
      supplierId: r['supplier_id'] as string,
      supplierRank: r['rank'] as number,
      hourlyRate: Number(r['hourly_rate']),
      competences: r['competences'] as MatchCandidate['competences'],
      languages: r['languages'] as string[],
      gender: r['gender'] as MatchCandidate['gender'],
      weeklyCapacityHours: Number(r['weekly_capacity_hours']),
      hoursInUse: Number(r['hours_in_use']),
      distanceKm: (r['distance_km'] as number | null) ?? 0,
      maxTravelKm: r['max_travel_km'] as number,
      certificatesValidOnStart: r['certificates'] as string[],
      active: true,
      mentorQuality: r['reporting_quality'] === null ? null : Number(r['reporting_quality']),
      supplierQuality: r['supplier_quality'] === null ? null : Number(r['supplier_quality']),
      supplierOutcome: r['supplier_outcome'] === null ? null : Number(r['supplier_outcome']),
      allocation: r['allocation_model'] as AllocationModel,
    }));
    const { kept } = applyHardFilters(profile, candidates);
    const allocation: AllocationModel = kept.length === 0 || kept.some((k) => k.allocation === 'cascade') ? 'cascade' : 'objective_criteria';
    const weights = await t.app.get(MatchingService).weights(request.municipalityCode);
    const ranked = rankCandidates(profile, candidates, { weights, allocation, limit: 100 });
    const { inactive, ...filtered } = ranked.filtered;
    expect(inactive).toBe(0);
    return { candidates: candidates.length, allocation, filtered, items: ranked.items };
  }

  async function origin(postcode: string): Promise<[number, number]> {
    const [p] = await t.dataSource.query('SELECT lat, lon FROM postcode WHERE postcode = $1', [postcode]);
    return [p.lat, p.lon];
  }

  async function patchMentor(token: string, mentorId: string, body: Record<string, unknown>) {
    const res = await t.request('PATCH', `/api/mentors/${mentorId}`, { token, body });
    expect(res.status).toBe(200);
  }

  async function asSupplierOf(supplierId: string, fn: (token: string) => Promise<void>) {
    const [admin] = await t.dataSource.query('SELECT email FROM app_user WHERE supplier_id = $1 AND role = $2 LIMIT 1', [supplierId, 'supplier_admin']);
    if (admin) return fn(await t.login(admin.email));
    const email = `prefilter-${supplierId.slice(0, 8)}@test.demo`;
    const hash = (await t.dataSource.query("SELECT password_hash FROM app_user WHERE email = 'leverandor@nordmentor.demo'"))[0].password_hash;
    await t.dataSource.query("INSERT INTO app_user (email, name, role, supplier_id, password_hash, active) VALUES ($1, 'Test Admin', 'supplier_admin', $2, $3, true)", [email, supplierId, hash]);
    return fn(await t.login(email));
  }
});
