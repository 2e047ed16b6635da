import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

/**
 * Which drivers an integration run uses: `services` (real PostgreSQL and Redis on 127.0.0.1,
 * TEST_DATABASE_URL / TEST_REDIS_URL override) or `embedded` (PGlite in memory, in-process queue).
 * Test infrastructure is the one other place that reads the environment.
 */
export const TEST_DRIVERS: 'services' | 'embedded' = process.env['TEST_DRIVERS'] === 'services' ? 'services' : 'embedded';
export const TEST_DATABASE_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A fresh PostgreSQL database for one test app; drop it with the returned function. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `mm_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
