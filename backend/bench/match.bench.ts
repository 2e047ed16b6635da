import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { MatchList, MentorRequest } from '@mentor/contracts';
import { rankCandidates } from '@mentor/matching';

import { AppConfig } from '../src/core/config/app-config';
import { RequestContext } from '../src/core/context/request-context';
import { createApp } from '../src/create-app';
import { MatchingService, prefilterParameters } from '../src/modules/cases/matching.service';
import { syncMatchColumns } from '../src/modules/suppliers/utils/match-columns.util';

/**
 * Matching latency at scale: a throwaway PostgreSQL database (DATABASE_URL's server, default the
 * local one) with 300 suppliers, N mentors (--mentors, default 10000) and agreements in force for
 * all of them, then 200 match calls over HTTP for varied requests. Prints one JSON line;
 * --explain also prints the prefilter's EXPLAIN ANALYZE.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const MENTORS = arg('mentors', 10_000);
const SUPPLIERS = 300;
const CALLS = arg('calls', 200);
const POSTCODES = ['2650', '2500', '2600', '2620', '2630', '2635', '2640', '2660', '2670', '2700', '2720', '2730', '2750', '2760', '2770', '2791', '2800', '2860', '2900', '3000', '3400', '4000', '4100', '4300', '2300', '2200', '2100', '2400', '1550', '2000'];

async function main() {
  const env = AppConfig.fromEnv();
  const serverUrl = env.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `mm_bench_match_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const config = AppConfig.fromEnv(undefined, { DATABASE_URL: url.toString(), REDIS_URL: '', DATA_DIR: 'memory://', LOG_LEVEL: 'error', SERVE_WEB_APP: 'false', SEED_DEMO_DATA: 'true', PORT: '0', LOGIN_RATE_LIMIT: '1000' });
  const app = await createApp(config);
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const ds = app.get(DataSource);
    const started = Date.now();
    await buildMarketplace(ds);
    const buildSeconds = (Date.now() - started) / 1000;

    const token = await login(base, 'sagsbehandler@hvidovre.demo');
    const requests = await makeRequests(base, token, 20);
    for (const id of requests.slice(0, 5)) await get(base, token, `/api/requests/${id}/matches`); // warm-up
    const ms: number[] = [];
    let candidates = 0;
    for (let i = 0; i < CALLS; i++) {
      const t0 = process.hrtime.bigint();
      const res = await get<MatchList>(base, token, `/api/requests/${requests[i % requests.length]}/matches`);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      candidates += res.candidates;
    }
    ms.sort((a, b) => a - b);
    const pct = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] * 10) / 10;

    // The engine alone on one request's real candidates: median of 31 runs.
    const matching = app.get(MatchingService);
    const loaded = await RequestContext.runAsSystem(() => matching.loadCandidates(requests[0]));
    const runs: number[] = [];
    for (let i = 0; i < 41; i++) {
      const t0 = process.hrtime.bigint();
      rankCandidates(loaded.profile, loaded.candidates, { weights: loaded.weights, allocation: loaded.allocation, limit: 20 });
      if (i >= 10) runs.push(Number(process.hrtime.bigint() - t0) / Math.max(1, loaded.candidates.length));
    }
    runs.sort((a, b) => a - b);

    if (args.includes('--explain')) {
      const request = await get<MentorRequest>(base, token, `/api/requests/${requests[0]}`);
      const c = await ds.query('SELECT target_group, postcode, languages, needs FROM citizen_case WHERE id = $1', [request.caseId]);
      const params = prefilterParameters({
        municipalityCode: '0167',
        targetGroup: c[0].target_group,
        startDate: request.startDate,
        hoursPerWeek: request.hoursPerWeek,
        languages: c[0].languages,
        requiredCertificates: request.requiredCertificates,
        needs: c[0].needs,
        postcode: c[0].postcode,
        excludeMentorIds: [],
      });
      const plan = await ds.query(`EXPLAIN (ANALYZE, BUFFERS) ${await matching.prefilterSql()}`, params);
      console.error(plan.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
    }
    console.log(
      JSON.stringify({
        mentors: MENTORS,
        suppliers: SUPPLIERS,
        calls: CALLS,
        p50_ms: pct(50),
        p95_ms: pct(95),
        max_ms: pct(100),
        avg_candidates_under_agreement: Math.round(candidates / CALLS),
        scored_candidates: loaded.candidates.length,
        score_ns_per_candidate: Math.round(runs[Math.floor(runs.length / 2)] * 10) / 10,
        build_seconds: buildSeconds,
      }),
    );
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

/** Suppliers, mentors with competences and certificates, and agreements in force, in bulk SQL. */
async function buildMarketplace(ds: DataSource) {
  await ds.query(`
    INSERT INTO supplier (cvr, name, address, postcode, email, phone, organisation_type, municipalities_served)
    SELECT lpad((50000000 + g)::text, 8, '0'), 'Bench Mentor ' || g, 'Benchvej ' || g, '2650', 'bench' || g || '@bench.demo', '12345678', 'company', ARRAY['0167']
    FROM generate_series(1, ${SUPPLIERS}) g`);
  await ds.query(`
    WITH s AS (SELECT id, row_number() OVER (ORDER BY cvr) AS n FROM supplier WHERE name LIKE 'Bench Mentor %')
    INSERT INTO mentor (supplier_id, name, email, phone, gender, languages, years_of_experience, postcode, weekly_capacity_hours, hours_in_use, max_travel_km, background, active)
    SELECT s.id, 'Mentor ' || g, 'm' || g || '@bench.demo', '12345678',
      (ARRAY['female','male','other'])[1 + (g % 3)],
      CASE WHEN g % 5 = 0 THEN ARRAY['da','ar'] WHEN g % 7 = 0 THEN ARRAY['da','en'] WHEN g % 11 = 0 THEN ARRAY['ar'] ELSE ARRAY['da'] END::varchar[],
      1 + (g % 25), (ARRAY[${POSTCODES.map((p) => `'${p}'`).join(',')}])[1 + (g % ${POSTCODES.length})],
      (ARRAY[5,8,10,12,15,20,25,30])[1 + (g % 8)], (ARRAY[0,0,0,5,8,10])[1 + (g % 6)], (ARRAY[20,30,40,40,50])[1 + (g % 5)],
      'Erfaren mentor', g % 50 <> 0
    FROM generate_series(1, ${MENTORS}) g JOIN s ON s.n = 1 + (g % ${SUPPLIERS})`);
  await ds.query(`
    INSERT INTO mentor_competence (mentor_id, code, level)
    SELECT m.id, c.code, 1 + floor(random() * 3)::int FROM mentor m CROSS JOIN competence c
    WHERE m.email LIKE '%@bench.demo' AND random() < 0.25`);
  await ds.query(`
    UPDATE mentor m SET competence_profile = p.profile
    FROM (SELECT mentor_id, string_agg(code || ':' || level, ',' ORDER BY code) AS profile FROM mentor_competence GROUP BY mentor_id) p
    WHERE p.mentor_id = m.id`);
  await ds.query(`
    INSERT INTO mentor_certificate (mentor_id, kind, issued_on, expires_on)
    SELECT m.id, 'criminal_record', current_date - 200, current_date + CASE WHEN random() < 0.9 THEN 500 ELSE -10 END
    FROM mentor m WHERE m.email LIKE '%@bench.demo'`);
  // Agreements in force in Hvidovre for every bench supplier, on the seeded tender's lots.
  await ds.query(`
    INSERT INTO framework_agreement (tender_id, lot_id, bid_id, supplier_id, municipality_code, target_groups, hourly_rate, rank, hour_ceiling, hours_used, valid_from, valid_to, status)
    SELECT l.tender_id, l.id, gen_random_uuid(), s.id, '0167', l.target_groups, 400 + (row_number() OVER (PARTITION BY l.id ORDER BY s.cvr) % 300), 100 + row_number() OVER (PARTITION BY l.id ORDER BY s.cvr), 5000, 0, current_date - 30, current_date + 700, 'in_force'
    FROM supplier s CROSS JOIN (SELECT DISTINCT fa.lot_id FROM framework_agreement fa WHERE fa.municipality_code = '0167' AND fa.status = 'in_force') x JOIN tender_lot l ON l.id = x.lot_id
    WHERE s.name LIKE 'Bench Mentor %'`);
  await syncMatchColumns(ds.manager, 'all');
  // As autovacuum leaves a table between writes: statistics, and the visibility map that lets the
  // prefilter read ix_mentor_match without visiting the table (a bulk load has set none of it).
  await ds.query('VACUUM ANALYZE');
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'mentor-demo-2026' }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function get<T = unknown>(base: string, token: string, path: string): Promise<T> {
  const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Varied requests: needs, severities, languages, postcodes, hours and target groups differ. */
async function makeRequests(base: string, token: string, n: number): Promise<string[]> {
  const NEEDS = [['youth_crime', 3], ['psychiatric', 3], ['substance_abuse', 2], ['anxiety_stress', 2], ['youth_education', 1], ['family', 1], ['debt_finance', 2]] as const;
  const ids: string[] = [];
  const start = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { id: string };
    };
    const needs = [NEEDS[i % NEEDS.length], NEEDS[(i + 3) % NEEDS.length]].map(([code, severity]) => ({ code, severity }));
    const c = await post('/api/cases', {
      citizen: { name: `Bench Borger ${i}`, cpr: `0101${String(70 + (i % 29)).padStart(2, '0')}-${1000 + i}`, phone: '12345678' },
      targetGroup: i % 2 ? 'education_aid' : 'activity_ready_cash',
      needs,
      languages: i % 4 === 0 ? ['ar'] : ['da'],
      postcode: POSTCODES[(i * 7) % POSTCODES.length],
    });
    const r = await post(`/api/cases/${c.id}/requests`, { mentorType: 'development', hoursPerWeek: [2, 4, 6, 8][i % 4], startDate: start, legalBasis: 'ordinary', goals: [{ text: 'Mål', milestones: ['Pejlemærke'] }] });
    ids.push(r.id);
  }
  return ids;
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
