import { Competence, HealthResponse, Municipality } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { TEST_DRIVERS } from '../../../../test/test-drivers';
import { pendingSchemaChanges } from '../../../core/database/cli/schema-diff';

describe('health, reference data, API document and schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reports the drivers in use and that both answer', async () => {
    const res = await t.request<HealthResponse>('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.database).toEqual({ driver: TEST_DRIVERS === 'services' ? 'postgres' : 'pglite', reachable: true });
    expect(res.body.queue).toEqual({ driver: TEST_DRIVERS === 'services' ? 'bullmq' : 'inline', reachable: true });
    // The demo accounts are seeded in tests, so the login page may list them.
    expect(res.body.demo).toBe(true);
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
  });

  it('serves all 98 municipalities publicly', async () => {
    const res = await t.request<Municipality[]>('GET', '/api/municipalities');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(98);
    expect(res.body).toContainEqual({ code: '0167', name: 'Hvidovre', region: 'Region Hovedstaden' });
    expect(res.body).toContainEqual({ code: '0851', name: 'Aalborg', region: 'Region Nordjylland' });
    expect(new Set(res.body.map((m) => m.region)).size).toBe(5);
  });

  it('serves the competence taxonomy with Danish and English labels', async () => {
    const res = await t.request<Competence[]>('GET', '/api/competences');
    expect(res.body).toHaveLength(13);
    expect(res.body.find((c) => c.code === 'youth_crime')).toMatchObject({ labelDa: 'Ungdomskriminalitet', labelEn: 'Youth crime' });
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health', '/api/municipalities', '/api/competences']));
    const ui = await fetch(`${t.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('answers unknown API paths and malformed JSON in the error shape', async () => {
    const missing = await t.request('GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    const res = await fetch(`${t.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ statusCode: 400, error: 'Bad Request', message: 'The request body is not valid JSON.' });
  });

  it('has migrations that describe the entities exactly on this database', async () => {
    const { up } = await pendingSchemaChanges(t.dataSource);
    expect(up).toEqual([]);
  });

  it('seeds the demo data once: a restart on the same database adds nothing', async () => {
    const { SeedService } = await import('../../../core/database/seed/seed.service');
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user');
    await t.app.get(SeedService).run();
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM app_user');
    expect(after[0].n).toBe(before[0].n);
    expect(before[0].n).toBe(9);
  });
});
