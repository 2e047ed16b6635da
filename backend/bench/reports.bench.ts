import 'reflect-metadata';
import { randomUUID } from 'node:crypto';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AppConfig } from '../src/core/config/app-config';
import { createApp } from '../src/create-app';
import { JobName } from '../src/core/queue/job-catalogue';
import { QueueService } from '../src/core/queue/queue.service';
import { QualityService } from '../src/modules/reports/quality.service';
import { nextMonth } from '../src/modules/reports/utils/report-schedule.util';
import { copenhagenDate } from '../src/modules/tenders/utils/danish-holidays.util';

/**
 * Reporting at scale, end to end through BullMQ: a throwaway PostgreSQL database (DATABASE_URL's
 * server, default the local one) and a Redis queue prefix of its own (REDIS_URL, default the local
 * one), the demo marketplace plus N running courses (--courses, default 10000) with a year of
 * submitted reports behind them. Timed: the month job creating this month's reports, then the reminder sweep
 * and its batches until every reminder mail is sent (log driver); then recomputing every score.
 * Prints one JSON line.
 */
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const COURSES = arg('courses', 10_000);

async function main() {
  const env = AppConfig.fromEnv();
  const serverUrl = env.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `mm_bench_reports_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const config = AppConfig.fromEnv(undefined, {
    DATABASE_URL: url.toString(),
    REDIS_URL: env.redisUrl ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `bench-${randomUUID().slice(0, 8)}`,
    DATA_DIR: 'memory://',
    LOG_LEVEL: 'error',
    SERVE_WEB_APP: 'false',
    SEED_DEMO_DATA: 'true',
    PORT: '0',
  });
  const app = await createApp(config);
  try {
    await app.init();
    const ds = app.get(DataSource);
    const queue = app.get(QueueService);
    const today = copenhagenDate(new Date());
    const month = today.slice(0, 7);
    const built = Date.now();
    await buildCourses(ds, today);
    const buildSeconds = (Date.now() - built) / 1000;
    const count = async (sql: string, params: unknown[] = []) => Number((await ds.query<{ n: string }[]>(sql, params))[0].n);
    const ourReports = `SELECT count(*) AS n FROM report r JOIN citizen_case c ON c.id = r.case_id WHERE c.reference LIKE 'BENCH-%' AND r.period = $1`;
    const waitFor = async (what: string, done: () => Promise<boolean>) => {
      const until = Date.now() + 600_000;
      while (!(await done())) {
        if (Date.now() > until) throw new Error(`Timed out waiting for ${what}.`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };

    // 1. This month's schedule: the month job, through the queue.
    const t0 = Date.now();
    await queue.enqueue(JobName.OpenReportMonth, { month }, { jobId: `bench-open-${month}` });
    await waitFor('the month job', async () => (await count(ourReports, [month])) >= COURSES);
    const scheduleSeconds = (Date.now() - t0) / 1000;

    // 2. Reminders: the sweep on the day the reminder window opens, its batches, and every mail sent.
    const dueOn = (await ds.query<{ due_on: string }[]>(`SELECT min(r.due_on)::text AS due_on FROM report r JOIN citizen_case c ON c.id = r.case_id WHERE c.reference LIKE 'BENCH-%' AND r.period = $1`, [month]))[0].due_on;
    const reminderDay = new Date(Date.parse(`${dueOn}T00:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);
    const mailsBefore = await count(`SELECT count(*) AS n FROM mail_message WHERE template = 'report-reminder'`);
    const t1 = Date.now();
    await queue.enqueue(JobName.ReportNoticeSweep, { today: reminderDay }, { jobId: `bench-sweep-${reminderDay}` });
    const reminded = `SELECT count(*) AS n FROM report_notice n JOIN report r ON r.id = n.report_id JOIN citizen_case c ON c.id = r.case_id WHERE c.reference LIKE 'BENCH-%' AND r.period = $1 AND n.kind = 'reminder'`;
    await waitFor('the reminder notices', async () => (await count(reminded, [month])) >= COURSES);
    const noticesSeconds = (Date.now() - t1) / 1000;
    const expectedMails = await count(`SELECT count(*) AS n FROM mail_message WHERE template = 'report-reminder'`) - mailsBefore;
    await waitFor('the reminder mails', async () => (await count(`SELECT count(*) AS n FROM mail_message WHERE template = 'report-reminder' AND status <> 'sent'`)) === 0);
    const remindersSeconds = (Date.now() - t1) / 1000;

    // 3. Every score, as the nightly job computes them.
    const t2 = Date.now();
    const scored = await app.get(QualityService).recomputeAll(today);
    const recomputeSeconds = (Date.now() - t2) / 1000;

    console.log(
      JSON.stringify({
        courses: COURSES,
        queue: 'bullmq',
        schedule_seconds: round(scheduleSeconds),
        reminder_notices_seconds: round(noticesSeconds),
        reminders_seconds: round(remindersSeconds),
        schedule_and_reminders_seconds: round(scheduleSeconds + remindersSeconds),
        reminder_mails: expectedMails,
        recompute_seconds: round(recomputeSeconds),
        reports_scored: await count('SELECT count(*) AS n FROM report'),
        subjects_scored: scored.subjects,
        build_seconds: round(buildSeconds),
      }),
    );
  } finally {
    await app.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * N running courses in Hvidovre on the demo agreements, spread over the demo mentors (each with a
 * login, so every reminder is a mail), started in the last two months.
 */
async function buildCourses(ds: DataSource, today: string) {
  await ds.query(`
    INSERT INTO app_user (email, name, role, supplier_id, mentor_id, password_hash, active)
    SELECT 'bench-' || m.id || '@bench.demo', m.name, 'mentor', m.supplier_id, m.id, 'x', true
    FROM mentor m WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.mentor_id = m.id)`);
  const caseworker = (await ds.query(`SELECT id FROM app_user WHERE email = 'sagsbehandler@hvidovre.demo'`))[0].id;
  await ds.query(
    `INSERT INTO citizen_case (id, municipality_code, reference, caseworker_id, status, identity_ciphertext, cpr_index, birth_year, target_group, needs, languages, postcode)
     SELECT gen_random_uuid(), '0167', 'BENCH-' || g, $1, 'open', 'bench', 'bench-' || g, 1990, 'activity_ready_cash', '[]'::jsonb, ARRAY['da']::varchar[], '2650'
     FROM generate_series(1, $2::int) g`,
    [caseworker, COURSES],
  );
  await ds.query(
    `WITH c AS (SELECT id, row_number() OVER (ORDER BY reference) AS n FROM citizen_case WHERE reference LIKE 'BENCH-%'),
          m AS (SELECT m.id, m.supplier_id, fa.id AS agreement_id, row_number() OVER (ORDER BY m.id) AS n
                FROM mentor m JOIN LATERAL (SELECT id FROM framework_agreement WHERE supplier_id = m.supplier_id AND municipality_code = '0167' AND status = 'in_force' LIMIT 1) fa ON true),
          mc AS (SELECT count(*) AS k FROM m),
          r AS (
            INSERT INTO mentor_request (case_id, municipality_code, mentor_type, hours_per_week, weeks, start_date, end_date, legal_basis, goals, allocation, required_certificates, status, created_by)
            SELECT c.id, '0167', 'development', 3, 13, $1::date - (c.n % 60)::int, $1::date - (c.n % 60)::int + 90, 'ordinary', '[{"text":"Mål","milestones":["Et skridt"]}]'::jsonb, 'manual', ARRAY[]::varchar[], 'accepted', $2
            FROM c RETURNING id, case_id, start_date, end_date)
     INSERT INTO assignment (case_id, request_id, offer_id, mentor_id, supplier_id, municipality_code, agreement_id, hours_per_week, start_date, end_date, status)
     SELECT r.case_id, r.id, gen_random_uuid(), m.id, m.supplier_id, '0167', m.agreement_id, 3, r.start_date, r.end_date, 'active'
     FROM r JOIN c ON c.id = r.case_id CROSS JOIN mc JOIN m ON m.n = 1 + (c.n % mc.k)`,
    [today, caseworker],
  );
  // A year of history per course slot (as if each mentor had carried courses all year): 12 months
  // of reports, on time or late, complete or not, accepted or returned; the recomputation reads them all.
  for (let k = 1; k <= 12; k++) {
    const month = nextMonth(today.slice(0, 7), -k);
    const nextFirst = `${nextMonth(month)}-01`;
    await ds.query(
      `INSERT INTO report (assignment_id, case_id, mentor_id, supplier_id, municipality_code, kind, period, period_start, period_end, due_on, status, first_submitted_at, submitted_at, submissions, returns, hours_used, completeness, milestone_statuses)
       SELECT a.id, a.case_id, a.mentor_id, a.supplier_id, '0167', 'monthly', $1, $2::date, ($3::date - 1), ($3::date + 4),
         CASE WHEN n % 5 = 0 THEN 'returned' ELSE 'accepted' END, ($3::date + ((n + $4) % 9)::int)::timestamptz, ($3::date + ((n + $4) % 9)::int)::timestamptz, 1, CASE WHEN n % 5 = 0 THEN 1 ELSE 0 END, 10, CASE WHEN (n + $4) % 4 = 0 THEN 0.75 ELSE 1 END, '["progressing"]'::jsonb
       FROM (SELECT a.*, row_number() OVER (ORDER BY a.id) AS n FROM assignment a JOIN citizen_case c ON c.id = a.case_id WHERE c.reference LIKE 'BENCH-%') a`,
      [month, `${month}-01`, nextFirst, k],
    );
  }
  await ds.query('ANALYZE');
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
