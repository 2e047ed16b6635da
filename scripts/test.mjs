#!/usr/bin/env node
// The whole test run behind `npm test`: lint, typecheck, unit tests, the migration check,
// integration tests on real PostgreSQL + Redis (when they answer; with CI=true they must),
// the same integration tests on the embedded drivers, then browser tests on the built app.
// `node scripts/test.mjs integration` or `browser` runs one part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const ci = process.env.CI === 'true';
const only = process.argv[2];
const results = join(root, 'tmp', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PGlite loads parts of itself with dynamic import(), which jest's VM allows only with this flag.
const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning'].filter(Boolean).join(' ');

const steps = [];
let failed = false;

function run(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: nodeOptions, ...env } });
  const ok = res.status === 0;
  steps.push({ name, status: ok ? 'passed' : 'FAILED', seconds: (Date.now() - started) / 1000 });
  if (!ok) failed = true;
  return ok;
}

function skip(name, why) {
  console.log(`\n=== ${name} === skipped: ${why}`);
  steps.push({ name, status: `skipped (${why})`, seconds: 0 });
}

function jest(name, config, env = {}) {
  const out = join(results, `${name.replace(/\W+/g, '-')}.json`);
  return run(name, process.execPath, [join(root, 'node_modules/jest/bin/jest.js'), '-c', config, '--json', `--outputFile=${out}`], env);
}

const nx = (args) => [join(root, 'node_modules/nx/dist/bin/nx.js'), ...args, '--output-style=static'];

async function postgresAnswers() {
  const { Client } = require('pg');
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function redisAnswers() {
  const Redis = require('ioredis');
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

if (!only) {
  run('lint and typecheck', process.execPath, nx(['run-many', '-t', 'lint', 'typecheck', '--parallel=2']));
  jest('unit: contracts', 'libs/contracts/jest.config.js');
  jest('unit: matching', 'libs/matching/jest.config.js', {});
  jest('unit: backend', 'backend/jest.config.js');
  jest('unit: frontend', 'frontend/jest.config.js');
}

if (!only || only === 'integration' || only === 'browser') {
  run('build', process.execPath, nx(['run-many', '-t', 'build', '-p', 'backend', 'frontend', '--parallel=2']));
}

if (!only || only === 'integration') {
  if (!only) run('migrations match the entities', process.execPath, ['dist/backend/backend/src/core/database/cli/check-migrations.js']);
  const [pg, redis] = await Promise.all([postgresAnswers(), redisAnswers()]);
  if (pg && redis) {
    jest('integration: PostgreSQL + Redis', 'backend/jest.integration.config.js', { TEST_DRIVERS: 'services', TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl });
  } else {
    const missing = [!pg && `PostgreSQL at ${databaseUrl}`, !redis && `Redis at ${redisUrl}`].filter(Boolean).join(' and ');
    if (ci) {
      console.error(`\n${missing} did not answer, and CI=true requires them. Start them (see README, "Running with PostgreSQL and Redis").`);
      steps.push({ name: 'integration: PostgreSQL + Redis', status: 'FAILED (not reachable)', seconds: 0 });
      failed = true;
    } else {
      skip('integration: PostgreSQL + Redis', `${missing} not reachable; start them to run this pass`);
    }
  }
  jest('integration: embedded (PGlite + in-process queue)', 'backend/jest.integration.config.js', { TEST_DRIVERS: 'embedded' });
}

if (!only || only === 'browser') {
  if (existsSync(chromium)) {
    jest('browser: web app in Chromium', 'e2e/jest.config.js');
  } else if (ci) {
    console.error(`\nChromium is missing at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
    steps.push({ name: 'browser: web app in Chromium', status: 'FAILED (no Chromium)', seconds: 0 });
    failed = true;
  } else {
    skip('browser: web app in Chromium', `no Chromium at ${chromium}; apt-get install -y chromium`);
  }
}

// One summary: each step, then the test counts over every jest run.
let passed = 0;
let failedTests = 0;
let skipped = 0;
for (const file of spawnSync('ls', [results]).stdout.toString().split('\n').filter(Boolean)) {
  const r = JSON.parse(readFileSync(join(results, file), 'utf8'));
  passed += r.numPassedTests;
  failedTests += r.numFailedTests;
  skipped += r.numPendingTests;
}
console.log('\n=== summary ===');
for (const s of steps) console.log(`${s.status.startsWith('passed') ? '✓' : s.status.startsWith('skipped') ? '-' : '✗'} ${s.name.padEnd(50)} ${s.seconds.toFixed(1).padStart(6)} s  ${s.status}`);
console.log(`tests: ${passed} passed, ${failedTests} failed, ${skipped} skipped`);
process.exit(failed || failedTests > 0 ? 1 : 0);
