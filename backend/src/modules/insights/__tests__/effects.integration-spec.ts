import { CitizenCase, EffectsReport, MentorRequest, Scorecard } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';

/**
 * The effect figures and the scorecard against a small fixture computed by hand. The fixture lives
 * in 2031, so the demo seed's history (all in the past) does not touch the period asked about.
 *
 *   course  target group          weeks×h/wk  status  reports (due → first submitted, state)
 *   A1      activity_ready_cash   13×5 = 65   ended   r1 02-05 → 02-04 accepted (20 h, complete)
 *                                                     r2 03-05 → 03-07 accepted after a return (20 h, half complete)
 *                                                     r3 04-05 → never (due)
 *   A2      activity_ready_cash   13×4 = 52   active  r4 03-05 → 03-01 submitted, not reviewed (16 h)
 *   A3      education_aid         13×2 = 26   ended   r5 04-05 → 04-05 returned (8 h)
 *   outcomes: A1 end job (−12,000 DKK), A1 3m education, A3 end job_seeking (0 DKK)
 *   surveys:  A1 citizen 5,4,3,4 · A1 caseworker 4,4,4 · A3 citizen 5,5,5,5
 */
describe('effect figures and scorecard against a hand-computed fixture', () => {
  let t: TestApp;
  let supplierId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const cw = await t.login('sagsbehandler@hvidovre.demo');
    const [mentor] = await t.dataSource.query("SELECT m.id, m.supplier_id FROM mentor m JOIN app_user u ON u.mentor_id = m.id WHERE u.email = 'mentor@nordmentor.demo'");
    supplierId = mentor.supplier_id;
    const [agreement] = await t.dataSource.query("SELECT id FROM framework_agreement WHERE supplier_id = $1 AND municipality_code = '0167' LIMIT 1", [supplierId]);
    const course = async (n: number, targetGroup: string, start: string, end: string, hours: number, status: string) => {
      const c = await t.request<CitizenCase>('POST', '/api/cases', { token: cw, body: { citizen: { name: `Effekt Borger ${n}`, cpr: `0101${80 + n}-9${n}11`, phone: '12345678' }, targetGroup, needs: [], languages: ['da'], postcode: '2650' } });
      expect(c.status).toBe(201);
      const r = await t.request<MentorRequest>('POST', `/api/cases/${c.body.id}/requests`, { token: cw, body: { mentorType: 'development', hoursPerWeek: hours, weeks: 13, startDate: start, legalBasis: 'ordinary', allocation: 'manual', goals: [{ text: 'Mål', milestones: ['Første skridt'] }] } });
      expect(r.status).toBe(201);
      const [a] = await t.dataSource.query(
        `INSERT INTO assignment (case_id, request_id, offer_id, mentor_id, supplier_id, municipality_code, agreement_id, hours_per_week, start_date, end_date, status)
         VALUES ($1, $2, gen_random_uuid(), $3, $4, '0167', $5, $6, $7, $8, $9) RETURNING id, case_id`,
        [c.body.id, r.body.id, mentor.id, supplierId, agreement.id, hours, start, end, status],
      );
      return a as { id: string; case_id: string };
    };
    const a1 = await course(1, 'activity_ready_cash', '2031-01-06', '2031-04-06', 5, 'ended');
    const a2 = await course(2, 'activity_ready_cash', '2031-02-03', '2031-05-04', 4, 'active');
    const a3 = await course(3, 'education_aid', '2031-03-03', '2031-06-01', 2, 'ended');
    const report = (a: { id: string; case_id: string }, period: string, due: string, submitted: string | null, status: string, returns: number, hours: number | null, completeness: number | null) =>
      t.dataSource.query(
        `INSERT INTO report (assignment_id, case_id, mentor_id, supplier_id, municipality_code, kind, period, period_start, period_end, due_on, status, first_submitted_at, submitted_at, submissions, returns, hours_used, completeness)
         VALUES ($1, $2, $3, $4, '0167', 'monthly', $5, $6, $6, $7, $8, $9::timestamptz, $9::timestamptz, $10, $11, $12, $13)`,
        [a.id, a.case_id, mentor.id, supplierId, period, `${period}-01`, due, status, submitted, submitted ? 1 + returns : 0, returns, hours, completeness],
      );
    await report(a1, '2031-01', '2031-02-05', '2031-02-04T10:00:00Z', 'accepted', 0, 20, 1);
    await report(a1, '2031-02', '2031-03-05', '2031-03-07T10:00:00Z', 'accepted', 1, 20, 0.5);
    await report(a1, '2031-03', '2031-04-05', null, 'due', 0, null, null);
    await report(a2, '2031-02', '2031-03-05', '2031-03-01T10:00:00Z', 'submitted', 0, 16, 1);
    await report(a3, '2031-03', '2031-04-05', '2031-04-05T10:00:00Z', 'returned', 1, 8, 1);
    const outcome = (a: { id: string; case_id: string }, tg: string, followUp: string, status: string, benefit: number | null, recorded: string) =>
      t.dataSource.query(
        `INSERT INTO course_outcome (assignment_id, case_id, supplier_id, municipality_code, target_group, follow_up, due_on, status, benefit_change_dkk, recorded_at)
         VALUES ($1, $2, $3, '0167', $4, $5, $6::date, $7, $8, $6::timestamptz + interval '12 hours')`,
        [a.id, a.case_id, supplierId, tg, followUp, recorded, status, benefit],
      );
    await outcome(a1, 'activity_ready_cash', 'end', 'job', -12000, '2031-04-10');
    await outcome(a1, 'activity_ready_cash', '3m', 'education', null, '2031-07-10');
    await outcome(a3, 'education_aid', 'end', 'job_seeking', 0, '2031-06-05');
    const survey = (a: { id: string }, tg: string, respondent: string, answers: Record<string, number>) =>
      t.dataSource.query(
        `INSERT INTO survey (token_hash, token_ciphertext, assignment_id, supplier_id, municipality_code, target_group, respondent, answers, answered_at, expires_at)
         VALUES (md5(random()::text) || md5(random()::text), 'x', $1, $2, '0167', $3, $4, $5, '2031-06-15T12:00:00Z', '2031-08-01T00:00:00Z')`,
        [a.id, supplierId, tg, respondent, JSON.stringify(answers)],
      );
    await survey(a1, 'activity_ready_cash', 'citizen', { listened: 5, helped: 4, closer: 3, overall: 4 });
    await survey(a1, 'activity_ready_cash', 'caseworker', { cooperation: 4, reporting: 4, overall: 4 });
    await survey(a3, 'education_aid', 'citizen', { listened: 5, helped: 5, closer: 5, overall: 5 });
  });
  afterAll(async () => {
    await t?.close();
  });

  const period = 'from=2031-01-01&to=2031-12-31';

  it('gives the municipality its figures per supplier and target group, with totals', async () => {
    const res = await t.request<EffectsReport>('GET', `/api/insights/effects?${period}&supplierId=${supplierId}`, { token: await t.login('indkob@hvidovre.demo') });
    expect(res.status).toBe(200);
    const row = (tg: string) => res.body.rows.find((r) => r.targetGroup === tg)!;
    expect(res.body.rows.map((r) => r.targetGroup).sort()).toEqual(['activity_ready_cash', 'education_aid']);
    expect(row('activity_ready_cash')).toMatchObject({ courses: 2, activeCourses: 1, hoursGranted: 117, hoursUsed: 56, onTimeRate: 0.5, acceptanceRate: 0.5, citizenSatisfaction: 4, caseworkerSatisfaction: 4 });
    expect(row('activity_ready_cash').outcomes.find((o) => o.followUp === 'end')).toMatchObject({ recorded: 1, jobOrEducationShare: 1, averageBenefitChangeDkk: -12000, counts: { job: 1, education: 0 } });
    expect(row('activity_ready_cash').outcomes.find((o) => o.followUp === '3m')).toMatchObject({ recorded: 1, jobOrEducationShare: 1, averageBenefitChangeDkk: null });
    expect(row('education_aid')).toMatchObject({ courses: 1, activeCourses: 0, hoursGranted: 26, hoursUsed: 8, onTimeRate: 1, acceptanceRate: 0, citizenSatisfaction: 5, caseworkerSatisfaction: null });
    expect(res.body.totals).toMatchObject({ courses: 3, activeCourses: 1, hoursGranted: 143, hoursUsed: 64, onTimeRate: 0.6, acceptanceRate: 0.333, citizenSatisfaction: 4.5 });
    expect(res.body.totals.outcomes.find((o) => o.followUp === 'end')).toMatchObject({ recorded: 2, jobOrEducationShare: 0.5, averageBenefitChangeDkk: -6000 });
    expect(res.body.byTargetGroup.map((g) => [g.targetGroup, g.courses])).toEqual([['activity_ready_cash', 2], ['education_aid', 1]]);
    // Filters narrow the rows.
    const one = await t.request<EffectsReport>('GET', `/api/insights/effects?${period}&supplierId=${supplierId}&targetGroup=education_aid`, { token: await t.login('indkob@hvidovre.demo') });
    expect(one.body.rows.map((r) => r.targetGroup)).toEqual(['education_aid']);
    const bad = await t.request<{ fields: { field: string }[] }>('GET', '/api/insights/effects?from=2031-13-01&targetGroup=nobody', { token: await t.login('indkob@hvidovre.demo') });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f) => f.field).sort()).toEqual(['from', 'targetGroup']);
  });

  it('exports the same rows as CSV for a spreadsheet', async () => {
    const res = await fetch(`${t.baseUrl}/api/insights/effects?${period}&supplierId=${supplierId}&format=csv`, { headers: { Authorization: `Bearer ${await t.login('indkob@hvidovre.demo')}` } });
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="effekt-/);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(';').slice(0, 4)).toEqual(['leverandør', 'målgruppe', 'forløb', 'igangværende']);
    expect(lines[1].split(';')).toEqual(['Nord Mentor ApS', 'activity_ready_cash', '2', '1', '117', '56', '0,5', '0,5', '1', '1', '1', '1', '0', '', '0', '', '0', '', '4', '4']);
  });

  it("gives the supplier its scorecard, keeping satisfaction below three answers anonymous", async () => {
    const res = await t.request<Scorecard>('GET', `/api/suppliers/${supplierId}/scorecard?${period}`, { token: await t.login('leverandor@nordmentor.demo') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ reportsDue: 5, onTimeRate: 0.6, acceptanceRate: 0.333, courses: { active: 1, ended: 2 }, hours: { granted: 143, used: 64 } });
    // completeness: (1 + 0.5 + 1 + 1) / 4 submitted
    expect(res.body.completeness).toBe(0.875);
    // smoothed: 0.4·(3+2)/(5+4) + 0.3·(3.5+2)/(4+4) + 0.3·(1+2)/(3+4)
    expect(res.body.qualityScore).toBe(Math.round((0.4 * (5 / 9) + 0.3 * (5.5 / 8) + 0.3 * (3 / 7)) * 1000) / 1000);
    expect(res.body.satisfaction).toEqual([
      { respondent: 'citizen', responses: 2, average: null },
      { respondent: 'caseworker', responses: 1, average: null },
    ]);
    expect(res.body.outcomes.find((o) => o.followUp === 'end')).toMatchObject({ recorded: 2, jobOrEducationShare: 0.5 });
  });
});
