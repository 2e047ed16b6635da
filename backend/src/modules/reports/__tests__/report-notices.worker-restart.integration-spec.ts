import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { TestApp } from '../../../../test/create-test-app';
import { TEST_DRIVERS } from '../../../../test/test-drivers';
import { JobName } from '../../../core/queue/job-catalogue';
import { QueueService } from '../../../core/queue/queue.service';
import { copenhagenDate } from '../../tenders/utils/danish-holidays.util';

// Real worker processes against PostgreSQL and Redis: the TEST_DRIVERS=services pass only.
const d = TEST_DRIVERS === 'services' ? describe : describe.skip;
const WORKER = resolve(__dirname, '../../../../../dist/backend/backend/src/worker.js');
/** Reports needing a reminder: enough batches that the first worker dies with some of them done. */
const N = 3000;

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000, everyMs = 25): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(value)}).`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The reminder batches run in a separate worker process (`npm run worker`) on BullMQ. The first
 * worker is killed (SIGKILL, no shutdown) in the middle of the batches; a second worker and the
 * next sweep finish the work. Every report gets exactly one reminder notice and exactly one mail,
 * and every mail is sent: nothing lost, nothing twice.
 */
d('report reminders across a worker restart', () => {
  let t: TestApp;
  const workers: ChildProcess[] = [];
  const output: string[] = [];

  const startWorker = (extraEnv: Record<string, string> = {}) => {
    const child = spawn(process.execPath, [WORKER], {
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: t.config.databaseUrl!,
        REDIS_URL: t.config.redisUrl!,
        QUEUE_PREFIX: t.config.queuePrefix,
        SECRET_KEY: t.config.secretKey,
        DATA_DIR: 'memory://',
        MAIL_DRIVER: 'log',
        LOG_LEVEL: 'log',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: build the backend first (npm run build).`);
    t = await TestApp.start({ RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await t?.close();
  });

  const counts = async () => {
    const [row] = await t.dataSource.query<{ notices: string; mails: string; sent: string }[]>(
      `SELECT (SELECT count(*) FROM report_notice n JOIN report r ON r.id = n.report_id WHERE r.period < '1300') AS notices,
              (SELECT count(*) FROM mail_message WHERE template = 'report-reminder' AND subject ~ ' 1[0-2][0-9][0-9] skal') AS mails,
              (SELECT count(*) FROM mail_message WHERE template = 'report-reminder' AND subject ~ ' 1[0-2][0-9][0-9] skal' AND status = 'sent') AS sent`,
    );
    return { notices: Number(row.notices), mails: Number(row.mails), sent: Number(row.sent) };
  };

  it('sends every reminder exactly once when the worker is killed mid-batch', async () => {
    const today = copenhagenDate(new Date());
    const [course] = await t.dataSource.query(
      "SELECT a.id, a.case_id, a.mentor_id, a.supplier_id FROM assignment a JOIN app_user u ON u.mentor_id = a.mentor_id WHERE u.email = 'mentor@nordmentor.demo' AND a.status = 'active' LIMIT 1",
    );
    // N reports of made-up months (years 1000–1249, so they cannot clash with real ones), all due tomorrow.
    await t.dataSource.query(
      `INSERT INTO report (assignment_id, case_id, mentor_id, supplier_id, municipality_code, kind, period, period_start, period_end, due_on, status)
       SELECT $1, $2, $3, $4, '0167', 'monthly', (1000 + g / 12)::text || '-' || lpad((g % 12 + 1)::text, 2, '0'), $5::date, $5::date, $5::date, 'due'
       FROM generate_series(0, $6 - 1) g`,
      [course.id, course.case_id, course.mentor_id, course.supplier_id, addDays(today, 1), N],
    );

    // The first worker's start runs the sweep; kill it as soon as the first batches have committed.
    const first = startWorker();
    const atKill = await waitFor(counts, (c) => c.notices > 0, 'the first committed batch');
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const afterKill = await counts();
    expect(afterKill.notices).toBeLessThan(N);
    expect(afterKill.notices).toBeGreaterThanOrEqual(atKill.notices);
    // Notices and their mails are committed together: never one without the other.
    expect(afterKill.mails).toBe(afterKill.notices);

    // A second worker, and the next sweep (the hourly one, enqueued here at once), finish the rest.
    // Mails committed just before the kill whose send job was never enqueued are the outbox
    // relay's: it runs every minute for mails two minutes old; here every 2 s for mails 4 s old.
    startWorker({ MAIL_RELAY_AFTER_SECONDS: '4' });
    await t.app.get(QueueService).enqueue(JobName.ReportNoticeSweep, { today }, { jobId: 'test-sweep-after-restart' });
    const final = await waitFor(counts, (c) => c.notices === N && c.sent === N, 'every reminder to be sent', 120_000, 250);
    expect(final).toEqual({ notices: N, mails: N, sent: N });
    const [dupes] = await t.dataSource.query<{ n: string }[]>(
      "SELECT count(*) AS n FROM (SELECT subject FROM mail_message WHERE template = 'report-reminder' AND subject ~ ' 1[0-2][0-9][0-9] skal' GROUP BY subject HAVING count(*) > 1) d",
    );
    expect(Number(dupes.n)).toBe(0);
    // The workers really ran the batches (not the API process, which runs no workers here).
    expect(output.join('')).toMatch(/Report notices for \d{4}-\d{2}-\d{2}: \d+ enqueued/);
  }, 180_000);
});
