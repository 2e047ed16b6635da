import 'reflect-metadata';
import { AddressInfo } from 'node:net';

import { AppConfig } from '../src/core/config/app-config';
import { createApp } from '../src/create-app';

/**
 * Directory search latency over the demo marketplace, measured over HTTP as a caseworker's
 * browser sees it: four mentor searches to one supplier search, each kind with its own filters.
 * Embedded PGlite by default; DATABASE_URL (an empty database) for PostgreSQL. Prints one JSON line.
 */
const SEARCHES = 300;
const QUERIES = [
  'competence=youth_crime&minLevel=3',
  'competence=psychiatric&minLevel=2&language=da',
  'language=ar',
  'q=politibetjent',
  'near=2650&radiusKm=15&sort=distance',
  'freeCapacity=10&sort=-freeCapacity',
  'certificate=criminal_record&competence=substance_abuse',
  'region=Region%20Hovedstaden&competence=anxiety_stress',
  'municipality=0167&sort=experience',
  'q=psykiatrien&near=2300',
];
/** What the supplier search filters on (GET /api/suppliers): competence and level, language, area, name or CVR. */
const SUPPLIER_QUERIES = [
  'competence=youth_crime&minLevel=3',
  'competence=psychiatric&minLevel=2&municipality=0167',
  'language=ar&region=Region%20Hovedstaden',
  'q=mentor',
  'municipality=0751&competence=substance_abuse&sort=capacity',
  'region=Region%20Syddanmark&language=da',
  'q=35121005',
  'organisationType=company&competence=autism_adhd&minLevel=2',
];

async function main() {
  const env = AppConfig.fromEnv();
  const config = AppConfig.fromEnv(undefined, { DATA_DIR: env.databaseUrl ? env.dataDir : 'memory://', LOG_LEVEL: 'error', SERVE_WEB_APP: 'false', SEED_DEMO_DATA: 'true', PORT: '0' });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'sagsbehandler@hvidovre.demo', password: 'mentor-demo-2026' }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const headers = { Authorization: `Bearer ${accessToken}` };
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`, { headers });
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as { total: number };
    };
    for (const q of QUERIES) await get(`/api/mentors?${q}`); // warm-up
    for (const q of SUPPLIER_QUERIES) await get(`/api/suppliers?${q}`);
    const ms: number[] = [];
    let results = 0;
    for (let i = 0; i < SEARCHES; i++) {
      // Each kind cycles through its own list, so every query of both lists is measured.
      const supplierSearches = Math.floor((i + 1) / 5);
      const path =
        i % 5 === 4
          ? `/api/suppliers?${SUPPLIER_QUERIES[(supplierSearches - 1) % SUPPLIER_QUERIES.length]}&pageSize=20`
          : `/api/mentors?${QUERIES[(i - supplierSearches) % QUERIES.length]}&page=${1 + (i % 2)}&pageSize=20`;
      const started = process.hrtime.bigint();
      results += (await get(path)).total;
      ms.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    ms.sort((a, b) => a - b);
    const pct = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))] * 10) / 10;
    const mentors = (await get('/api/mentors?pageSize=1')).total;
    console.log(JSON.stringify({ bench: 'directory', database: config.databaseDriver, mentors, searches: SEARCHES, p50_ms: pct(50), p95_ms: pct(95), max_ms: pct(100), avg_results: Math.round(results / SEARCHES) }));
  } finally {
    await app.close();
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
