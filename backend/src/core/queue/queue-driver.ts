import { CronExpressionParser } from 'cron-parser';

import { JobName, JobPayloads } from './job-catalogue';

/** Nest injection token of the chosen `QueueDriver`. */
export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');

export interface EnqueueOptions {
  /**
   * Makes the enqueue idempotent: while a job with this id is waiting, delayed or running, a
   * second enqueue with the same id is a no-op. Once it has finished, the id may run again.
   * Letters, digits, '.', '_' and '-' only (see `assertValidJobId`).
   */
  jobId?: string;
  delayMs?: number;
}

export interface RepeatOptions {
  /** Identifies the schedule: repeating again with the same key replaces it instead of adding one. */
  key: string;
  /** Interval in ms; the first run is right away. Exactly one of `every` and `pattern`. */
  every?: number;
  /** Cron pattern, evaluated in UTC. */
  pattern?: string;
}

export interface JobContext {
  jobId: string;
  /** 1-based: 1 on the first run, 2 on the first retry … */
  attempt: number;
  reportProgress(pct: number): Promise<void>;
}

export type JobHandlerFn<N extends JobName> = (payload: JobPayloads[N], ctx: JobContext) => Promise<void>;

export interface QueueDriver {
  readonly name: 'inline' | 'bullmq';
  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], opts?: EnqueueOptions): Promise<void>;
  /** Many immediate jobs of one name at once (one bulk add on BullMQ); ids behave as in `enqueue`. */
  enqueueMany<N extends JobName>(name: N, jobs: { payload: JobPayloads[N]; jobId?: string }[]): Promise<void>;
  /** Idempotent by key: the same key replaces the schedule (and its payload). */
  repeat<N extends JobName>(name: N, payload: JobPayloads[N], opts: RepeatOptions): Promise<void>;
  /** Removes a waiting or delayed job (e.g. a deadline moved); false when absent or already running. */
  cancel(name: JobName, jobId: string): Promise<boolean>;
  startWorkers(handlers: Map<JobName, JobHandlerFn<JobName>>): Promise<void>;
  /** Inline only, for tests: resolves when no job is running, waiting, due or backing off to retry. */
  drain?(): Promise<void>;
  /** Never hangs: false when the backing store does not answer quickly. */
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Thrown by a handler for a failure that another attempt cannot fix (the mail was deleted, the
 * payload points at nothing): the job fails at once instead of retrying.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

const JOB_ID_PATTERN = /^[A-Za-z0-9._-]{1,200}$/;

/**
 * BullMQ rejects ':' (its key separator) and all-digit ids (its own generated ids). Both drivers
 * apply the same, slightly stricter rule, so an id that works in development works with Redis.
 * The narrow alphabet also keeps e-mail addresses and names out of ids.
 */
export function assertValidJobId(id: string, what = 'jobId'): void {
  if (!JOB_ID_PATTERN.test(id)) {
    throw new Error(`Invalid queue ${what} ${JSON.stringify(id)}: use 1–200 letters, digits, '.', '_' or '-' (no ':'), e.g. "close-tender.<uuid>".`);
  }
  if (/^\d+$/.test(id)) {
    throw new Error(`Invalid queue ${what} ${JSON.stringify(id)}: an id of digits only clashes with generated ids; add a prefix such as "close-tender.${id}".`);
  }
}

export function assertValidEnqueueOptions(opts: EnqueueOptions): void {
  if (opts.jobId !== undefined) assertValidJobId(opts.jobId);
  if (opts.delayMs !== undefined && !(Number.isFinite(opts.delayMs) && opts.delayMs >= 0)) {
    throw new Error(`Invalid queue delayMs ${opts.delayMs}: expected a number of milliseconds ≥ 0.`);
  }
}

export type RepeatSchedule = { every: number; pattern?: undefined } | { pattern: string; every?: undefined };

/** Checks repeat options the same way for both drivers and returns the one schedule they name. */
export function parseRepeatOptions(opts: RepeatOptions): RepeatSchedule {
  assertValidJobId(opts.key, 'repeat key');
  if ((opts.every === undefined) === (opts.pattern === undefined)) {
    throw new Error(`Repeat ${opts.key}: give exactly one of every (ms) and pattern (cron).`);
  }
  if (opts.every !== undefined) {
    if (!Number.isInteger(opts.every) || opts.every <= 0) {
      throw new Error(`Repeat ${opts.key}: every must be a whole number of milliseconds > 0, got ${opts.every}.`);
    }
    return { every: opts.every };
  }
  const pattern = opts.pattern as string;
  nextCronTime(pattern, Date.now()); // throws a clear error for a bad pattern before anything is stored
  return { pattern };
}

/** Next time (ms since epoch) strictly after `afterMs` that the UTC cron pattern matches. */
export function nextCronTime(pattern: string, afterMs: number): number {
  try {
    return CronExpressionParser.parse(pattern, { tz: 'UTC', currentDate: new Date(afterMs) }).next().getTime();
  } catch (error) {
    throw new Error(`Invalid cron pattern ${JSON.stringify(pattern)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** One wording for failed attempts in both drivers; the payload is never logged. */
export function describeJobFailure(job: { name: JobName; id: string; attempt: number; attempts: number }, error: unknown, outcome: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Job ${job.name} ${job.id} attempt ${job.attempt}/${job.attempts} failed (${outcome}): ${message}`;
}
