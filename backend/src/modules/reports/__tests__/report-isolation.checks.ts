import { EffectsReport, Page, ReportSummary } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';

type Op = `${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} ${string}`;

/**
 * The report, outcome, survey, scorecard and effect endpoints' entries for the tenant-isolation
 * test. Works on the demo seed: Nord Mentor's running course in Hvidovre and its reports.
 */
export function reportIsolationChecks(app: () => TestApp): Record<Op, () => Promise<void>> {
  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, await app().login(email));
    return tokens.get(email)!;
  };
  const status = async (email: string, method: string, path: string, body?: unknown) => (await app().request(method, path, { token: await token(email), body })).status;
  const one = async (sql: string) => ((await app().dataSource.query<{ id: string }[]>(sql))[0] as { id: string }).id;
  const nordCourse = () => one(`SELECT a.id FROM assignment a JOIN app_user u ON u.supplier_id = a.supplier_id WHERE u.email = 'leverandor@nordmentor.demo' AND a.status = 'active' ORDER BY a.start_date LIMIT 1`);
  const nordReport = async () => one(`SELECT id FROM report WHERE assignment_id = '${await nordCourse()}' ORDER BY due_on LIMIT 1`);
  const nordSupplier = () => one(`SELECT supplier_id AS id FROM app_user WHERE email = 'leverandor@nordmentor.demo'`);
  const AL = 'sagsbehandler@albertslund.demo';
  const BRO = 'leverandor@brobyg.demo';
  return {
    'GET /api/assignments/{id}/reports': async () => {
      const id = await nordCourse();
      expect(await status(BRO, 'GET', `/api/assignments/${id}/reports`)).toBe(404);
      expect(await status(AL, 'GET', `/api/assignments/${id}/reports`)).toBe(404);
    },
    'GET /api/reports': async () => {
      const brobyg = (await app().request<Page<ReportSummary>>('GET', '/api/reports?pageSize=100', { token: await token(BRO) })).body;
      const nord = await nordSupplier();
      expect(brobyg.items.some((r) => r.supplierId === nord)).toBe(false);
      expect((await app().request<Page<ReportSummary>>('GET', '/api/reports', { token: await token(AL) })).body.items.every((r) => !r.caseReference.startsWith('HVI'))).toBe(true);
    },
    'GET /api/reports/{id}': async () => {
      const id = await nordReport();
      expect(await status(BRO, 'GET', `/api/reports/${id}`)).toBe(404);
      expect(await status(AL, 'GET', `/api/reports/${id}`)).toBe(404);
    },
    'PUT /api/reports/{id}': async () => {
      expect(await status(BRO, 'PUT', `/api/reports/${await nordReport()}`, { milestones: [], narrative: '', submit: false })).toBe(404);
    },
    'POST /api/reports/{id}/review': async () => {
      expect(await status(AL, 'POST', `/api/reports/${await nordReport()}/review`, { decision: 'accept' })).toBe(404);
    },
    'GET /api/assignments/{id}/outcomes': async () => {
      expect(await status(AL, 'GET', `/api/assignments/${await nordCourse()}/outcomes`)).toBe(404);
      expect(await status('leverandor@nordmentor.demo', 'GET', `/api/assignments/${await nordCourse()}/outcomes`)).toBe(403);
    },
    'POST /api/assignments/{id}/outcomes': async () => {
      expect(await status(AL, 'POST', `/api/assignments/${await nordCourse()}/outcomes`, { followUp: 'end', status: 'job' })).toBe(404);
    },
    'GET /api/outcomes': async () => {
      const al = (await app().request<Page<{ caseReference: string }>>('GET', '/api/outcomes', { token: await token(AL) })).body;
      expect(al.items.every((o) => !o.caseReference.startsWith('HVI'))).toBe(true);
      expect(await status(BRO, 'GET', '/api/outcomes')).toBe(403);
    },
    'GET /api/assignments/{id}/surveys': async () => {
      expect(await status(AL, 'GET', `/api/assignments/${await nordCourse()}/surveys`)).toBe(404);
    },
    'GET /api/suppliers/{id}/scorecard': async () => {
      expect(await status(BRO, 'GET', `/api/suppliers/${await nordSupplier()}/scorecard`)).toBe(404);
      expect(await status('mentor@nordmentor.demo', 'GET', `/api/suppliers/${await nordSupplier()}/scorecard`)).toBe(403);
    },
    'GET /api/insights/effects': async () => {
      const al = (await app().request<EffectsReport>('GET', '/api/insights/effects', { token: await token('indkob@albertslund.demo') })).body;
      expect(al.municipalityCode).toBe('0165');
      const [own] = await app().dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM assignment WHERE municipality_code = '0165' AND previous_assignment_id IS NULL AND start_date <= $1::date AND end_date >= $2::date`,
        [al.filters.to, al.filters.from],
      );
      expect(al.totals.courses).toBe(Number(own.n));
      expect(al.ceilings.every((c) => c.municipalityCode === '0165')).toBe(true);
      const hv = (await app().request<EffectsReport>('GET', '/api/insights/effects', { token: await token('indkob@hvidovre.demo') })).body;
      const alCourses = al.totals.courses;
      expect(hv.totals.courses).toBeGreaterThan(alCourses);
      expect(await status(BRO, 'GET', '/api/insights/effects')).toBe(403);
    },
  };
}
