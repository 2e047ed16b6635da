import { Assignment, CitizenCase, MatchList, MentorRequest, Offer } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';

/** A CPR number and name that occur nowhere else, so any appearance in the output is a leak. */
const CANARY_CPR = '2902129871';
const CANARY_NAME = 'Kanariefugl Testesen';

describe('citizen identity never reaches the logs', () => {
  let t: TestApp;
  const captured: string[] = [];
  const restore: (() => void)[] = [];

  beforeAll(async () => {
    // Everything the process prints: Nest's logger, TypeORM's SQL log (with parameters), console.
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        captured.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => (stream.write = original));
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        captured.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
      restore.push(() => spy.mockRestore());
    }
    t = await TestApp.start({ LOG_LEVEL: 'verbose' });
  });

  afterAll(async () => {
    await t?.close();
    restore.forEach((r) => r());
  });

  it('runs a whole course with a canary identity and finds it in no log line', async () => {
    const cw = await t.login('sagsbehandler@hvidovre.demo');
    const created = await t.request<CitizenCase>('POST', '/api/cases', {
      token: cw,
      body: { citizen: { name: CANARY_NAME, cpr: `${CANARY_CPR.slice(0, 6)}-${CANARY_CPR.slice(6)}`, phone: '+45 99 88 77 66' }, targetGroup: 'education_aid', needs: [{ code: 'youth_crime', severity: 2 }], languages: ['da'], postcode: '2650' },
    });
    expect(created.status).toBe(201);
    // A failing create with the canary (a duplicate) goes through the error path too.
    expect((await t.request('POST', '/api/cases', { token: cw, body: { citizen: { name: CANARY_NAME, cpr: CANARY_CPR, phone: '12345678' }, targetGroup: 'education_aid', needs: [], languages: ['da'], postcode: '2650' } })).status).toBe(409);
    expect((await t.request('GET', `/api/cases/${created.body.id}/identity?purpose=Opringning`, { token: cw })).status).toBe(200);
    const start = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
    const request = await t.request<MentorRequest>('POST', `/api/cases/${created.body.id}/requests`, { token: cw, body: { mentorType: 'development', hoursPerWeek: 3, startDate: start, legalBasis: 'ordinary', goals: [{ text: 'Mål', milestones: ['Pejlemærke'] }] } });
    const matches = await t.request<MatchList>('GET', `/api/requests/${request.body.id}/matches`, { token: cw });
    const offer = await t.request<Offer>('POST', `/api/requests/${request.body.id}/offers`, { token: cw, body: { mentorId: matches.body.items[0].mentorId } });
    const [admin] = await t.dataSource.query('SELECT email FROM app_user WHERE supplier_id = $1 AND role = $2 LIMIT 1', [offer.body.supplierId, 'supplier_admin']);
    if (admin) {
      const supplier = await t.login(admin.email);
      const accepted = await t.request<Assignment>('POST', `/api/offers/${offer.body.id}/accept`, { token: supplier });
      expect(accepted.status).toBe(201);
      expect((await t.request('GET', `/api/assignments/${accepted.body.id}/agreement`, { token: cw })).status).toBe(200);
    }
    const output = captured.join('\n');
    expect(output.length).toBeGreaterThan(1000); // the verbose log did capture the run
    expect(output).toMatch(/SELECT|INSERT/); // including SQL with its parameters
    for (const secret of [CANARY_CPR, `${CANARY_CPR.slice(0, 6)}-${CANARY_CPR.slice(6)}`, CANARY_NAME, '99 88 77 66']) {
      expect([secret, output.includes(secret)]).toEqual([secret, false]);
    }
  });
});
