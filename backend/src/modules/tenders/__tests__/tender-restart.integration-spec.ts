import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';

import { Tender } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { createTestDatabase, TEST_DRIVERS } from '../../../../test/test-drivers';
import { TenderDriver } from './tender-fixtures';

const OFFICER = 'indkob@hvidovre.demo';
const NORD = 'leverandor@nordmentor.demo';

/**
 * A tender whose deadline passes while the application is down closes on the next start (the
 * bootstrap sweep), and its bids open with the same SECRET_KEY.
 */
describe('automatic close after a restart', () => {
  let dataDir: string | undefined;
  let db: { url: string; drop: () => Promise<void> } | undefined;

  afterAll(async () => {
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('closes a published tender whose deadline passed during downtime', async () => {
    const env: Record<string, string> = { SECRET_KEY: `restart-${randomUUID()}-0123456789abcdef` };
    if (TEST_DRIVERS === 'services') {
      db = await createTestDatabase();
      env['DATABASE_URL'] = db.url;
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'mm-restart-'));
      env['DATA_DIR'] = dataDir;
    }

    const first = await TestApp.start(env);
    let tender: Tender;
    try {
      const d = await new TenderDriver(first).init([OFFICER, NORD]);
      tender = await d.published(OFFICER);
      await d.bid(NORD, tender, 0, 515);
    } finally {
      await first.close();
    }

    // While it is down, the deadline passes.
    const sql = `UPDATE tender SET bid_deadline = now() - interval '1 hour', question_deadline = now() - interval '2 hours' WHERE id = '${tender.id}'`;
    if (db) {
      const client = new Client({ connectionString: db.url });
      await client.connect();
      await client.query(sql);
      await client.end();
    } else {
      const pg = await PGlite.create(join(dataDir as string, 'pglite'));
      await pg.query(sql);
      await pg.close();
    }

    const second = await TestApp.start(env);
    try {
      const token = await second.login(OFFICER);
      const after = await second.request<Tender>('GET', `/api/tenders/${tender.id}`, { token });
      expect(after.body).toMatchObject({ status: 'closed', bidCount: 1 });
      // Closed as of the deadline, the legal moment; the audit entry keeps when it really happened.
      expect(after.body.closedAt).toBe(after.body.bidDeadline);
      const [closed] = await second.dataSource.query<{ details: { closedAsOf: string; processedAt: string; lateSeconds: number } }[]>(
        `SELECT details FROM audit_event WHERE entity_id = $1 AND action = 'tender.closed'`,
        [tender.id],
      );
      expect(closed.details.closedAsOf).toBe(after.body.bidDeadline);
      expect(Date.parse(closed.details.processedAt)).toBeGreaterThan(Date.parse(after.body.bidDeadline));
      expect(closed.details.lateSeconds).toBeGreaterThanOrEqual(3600);
      const bids = await second.request<{ hourlyRate: number }[]>('GET', `/api/tenders/${tender.id}/bids`, { token });
      expect(bids.body.map((b) => b.hourlyRate)).toEqual([515]);
    } finally {
      await second.close();
    }
  });
});
