/**
 * The typed job catalogue: every job the backend runs, its payload and its retry policy. Adding a
 * job means adding a name, a payload type and a definition here, then one `@JobHandler` class;
 * the boot check fails until that handler exists.
 */
export enum JobName {
  SendMail = 'mail.send',
  PurgeExpiredSessions = 'auth.purge-expired-sessions',
  RelayMailOutbox = 'mail.relay-outbox',
  PurgeOldMails = 'mail.purge-old',
  CloseTender = 'tenders.close',
  AgreementsInForce = 'tenders.agreements-in-force',
  TenderSweep = 'tenders.sweep',
  ExpireOffer = 'offers.expire',
  OfferSweep = 'offers.sweep',
  FinishCourses = 'courses.finish',
  OpenReportMonth = 'reports.open-month',
  ReportNoticeSweep = 'reports.notice-sweep',
  SendReportNotices = 'reports.send-notices',
  RecomputeScores = 'reports.recompute-scores',
}

/**
 * Payloads hold ids (and at most small flags), never personal data or rendered content: in the
 * BullMQ mode they are stored in Redis, which must never hold citizen data. Handlers load what
 * they need from the database by id.
 */
export interface JobPayloads {
  [JobName.SendMail]: { mailId: string };
  [JobName.PurgeExpiredSessions]: Record<string, never>;
  [JobName.RelayMailOutbox]: Record<string, never>;
  [JobName.PurgeOldMails]: Record<string, never>;
  [JobName.CloseTender]: { tenderId: string };
  [JobName.AgreementsInForce]: { tenderId: string };
  [JobName.TenderSweep]: Record<string, never>;
  [JobName.ExpireOffer]: { offerId: string };
  [JobName.OfferSweep]: Record<string, never>;
  [JobName.FinishCourses]: Record<string, never>;
  /** month 'YYYY-MM'; absent: the current month (Copenhagen). */
  [JobName.OpenReportMonth]: { month?: string };
  /** today 'YYYY-MM-DD' for tests and benchmarks; absent: today (Copenhagen). */
  [JobName.ReportNoticeSweep]: { today?: string };
  [JobName.SendReportNotices]: { kind: 'reminder' | 'overdue' | 'escalation'; reportIds: string[] };
  [JobName.RecomputeScores]: Record<string, never>;
}

export interface JobBackoff {
  /** exponential: delayMs, 2×delayMs, 4×delayMs … after each failure; fixed: delayMs every time. */
  type: 'exponential' | 'fixed';
  delayMs: number;
}

export interface JobDefinition {
  description: string;
  /** Total runs, the first one included: 1 means no retry. */
  attempts: number;
  backoff: JobBackoff;
  /** How many completed jobs BullMQ keeps for inspection (default 100). */
  removeOnComplete?: number;
  /** Jobs of this name one BullMQ worker process runs at once (default 4): higher for I/O-bound jobs. */
  concurrency?: number;
}

export type JobDefinitions = Record<JobName, JobDefinition>;

/** Retries and backoff live here only, so both drivers and every caller agree. */
export const JOB_DEFINITIONS: JobDefinitions = {
  [JobName.SendMail]: {
    description: 'Sends one already rendered mail from the mail outbox, by id',
    // SMTP outages are usually short: 10 s, 20 s … about 5 minutes in total before giving up.
    attempts: 6,
    backoff: { type: 'exponential', delayMs: 10_000 },
    removeOnComplete: 1000,
    // Waiting on the mail server, not the CPU.
    concurrency: 16,
  },
  [JobName.PurgeExpiredSessions]: {
    description: 'Deletes login sessions past their expiry',
    // Repeats anyway; a failed run is retried a little later, then left to the next tick.
    attempts: 3,
    backoff: { type: 'fixed', delayMs: 60_000 },
    removeOnComplete: 20,
  },
  [JobName.RelayMailOutbox]: {
    description: 'Enqueues outbox mails whose enqueue was lost (crash between commit and enqueue, Redis down)',
    // Runs every minute; a failed run is simply the next run's work.
    attempts: 1,
    backoff: { type: 'fixed', delayMs: 0 },
    removeOnComplete: 10,
  },
  [JobName.PurgeOldMails]: {
    description: 'Daily: deletes sent and failed mails older than MAIL_RETENTION_DAYS (mails can hold personal data)',
    attempts: 3,
    backoff: { type: 'fixed', delayMs: 60_000 },
    removeOnComplete: 20,
  },
  [JobName.CloseTender]: {
    description: 'Closes a tender at its bid deadline and opens the sealed bids (job id close-tender.<tenderId>)',
    // Idempotent; the every-minute sweep closes it anyway if every attempt fails.
    attempts: 5,
    backoff: { type: 'exponential', delayMs: 5_000 },
    removeOnComplete: 200,
  },
  [JobName.AgreementsInForce]: {
    description: "Puts a tender's framework agreements in force when its standstill period ends (job id agreements-in-force.<tenderId>)",
    attempts: 5,
    backoff: { type: 'exponential', delayMs: 5_000 },
    removeOnComplete: 200,
  },
  [JobName.TenderSweep]: {
    description: 'Every minute and at start: closes tenders past their deadline and starts agreements past their standstill (catches up after downtime)',
    attempts: 1,
    backoff: { type: 'fixed', delayMs: 0 },
    removeOnComplete: 10,
  },
  [JobName.ExpireOffer]: {
    description: "Expires an offer at its answer deadline and, in auto mode, offers the next match",
    // Idempotent: an offer answered in the meantime is left alone.
    attempts: 5,
    backoff: { type: 'exponential', delayMs: 30_000 },
    removeOnComplete: 500,
  },
  [JobName.OfferSweep]: {
    description: 'Every minute: expires pending offers whose deadline passed while their own job was lost (downtime, Redis down)',
    attempts: 1,
    backoff: { type: 'fixed', delayMs: 0 },
    removeOnComplete: 10,
  },
  [JobName.FinishCourses]: {
    description: 'Every hour and at start: ends courses whose planned end date has passed (frees capacity, opens follow-ups and surveys)',
    attempts: 1,
    backoff: { type: 'fixed', delayMs: 0 },
    removeOnComplete: 10,
  },
  [JobName.OpenReportMonth]: {
    description: "On the 1st of each month and at start: makes sure every running course has the month's report (set-based, idempotent)",
    attempts: 3,
    backoff: { type: 'exponential', delayMs: 60_000 },
    removeOnComplete: 20,
  },
  [JobName.ReportNoticeSweep]: {
    description: 'Every hour and at start: finds reports due for a reminder, an overdue notice or an escalation and enqueues them in batches',
    attempts: 1,
    backoff: { type: 'fixed', delayMs: 0 },
    removeOnComplete: 20,
  },
  [JobName.SendReportNotices]: {
    description: 'Records one batch of report notices and queues their mails in the same transaction: each notice happens exactly once',
    // Idempotent (unique notice per report and kind); the next sweep retries anything left.
    attempts: 5,
    backoff: { type: 'exponential', delayMs: 10_000 },
    removeOnComplete: 500,
  },
  [JobName.RecomputeScores]: {
    description: 'Nightly: recomputes reporting quality (mentors, suppliers) and outcome scores, and the month of the scorecard history',
    attempts: 3,
    backoff: { type: 'exponential', delayMs: 60_000 },
    removeOnComplete: 20,
  },
};

export const ALL_JOB_NAMES: readonly JobName[] = Object.values(JobName);

export function isJobName(value: unknown): value is JobName {
  return typeof value === 'string' && (ALL_JOB_NAMES as readonly string[]).includes(value);
}
