import { Logger } from '@nestjs/common';

import { JOB_DEFINITIONS, JobBackoff, JobDefinitions, JobName, JobPayloads } from './job-catalogue';
import {
  assertValidEnqueueOptions,
  assertValidJobId,
  describeJobFailure,
  EnqueueOptions,
  JobHandlerFn,
  nextCronTime,
  parseRepeatOptions,
  PermanentJobError,
  QueueDriver,
  RepeatOptions,
  RepeatSchedule,
} from './queue-driver';

export interface InlineQueueOptions {
  /** How many jobs run at the same time, over all job names. */
  concurrency?: number;
  /** Tests pass short backoffs; everything else uses the catalogue. */
  definitions?: JobDefinitions;
}

type JobState = 'waiting' | 'delayed' | 'active' | 'backoff';

interface InlineJob {
  name: JobName;
  id: string;
  payload: unknown;
  /** Attempts started so far. */
  attempt: number;
  state: JobState;
  dueAt: number;
  timer?: LongTimer;
}

interface InlineSchedule {
  name: JobName;
  key: string;
  payload: unknown;
  schedule: RepeatSchedule;
  timer?: LongTimer;
  /** Key of the job of the last tick, to skip a tick while the previous one has not finished. */
  lastJobKey?: string;
}

/** setTimeout caps at ~24.8 days; a monthly cron or a far deadline needs more. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

class LongTimer {
  private handle?: NodeJS.Timeout;

  constructor(
    private readonly dueAt: number,
    private readonly fire: () => void,
  ) {
    this.arm();
  }

  cancel(): void {
    clearTimeout(this.handle);
  }

  private arm(): void {
    const wait = this.dueAt - Date.now();
    this.handle = wait > MAX_TIMEOUT_MS ? setTimeout(() => this.arm(), MAX_TIMEOUT_MS) : setTimeout(this.fire, Math.max(0, wait));
    // A pending job must not keep a test run or a stopping process alive.
    this.handle.unref();
  }
}

/** Same formula as BullMQ's built-in backoffs, so both drivers retry on the same timetable. */
export function backoffDelayMs(backoff: JobBackoff, attemptsMade: number): number {
  return backoff.type === 'fixed' ? backoff.delayMs : Math.round(backoff.delayMs * 2 ** (attemptsMade - 1));
}

/**
 * In-process queue for development, demos and tests: no Redis, jobs live in memory and are lost
 * on restart (hence the outbox for jobs that must not be lost). Semantics follow the BullMQ driver:
 * job-id dedupe, delays, retries with the catalogue's backoff, permanent failures, schedules.
 */
export class InlineQueueDriver implements QueueDriver {
  readonly name = 'inline' as const;

  private readonly logger = new Logger('InlineQueue');
  private readonly concurrency: number;
  private readonly definitions: JobDefinitions;
  /** Unfinished jobs by name + id: an id is taken while its job is in here. */
  private readonly jobs = new Map<string, InlineJob>();
  private readonly ready: InlineJob[] = [];
  private readonly schedules = new Map<string, InlineSchedule>();
  private readonly running = new Set<Promise<void>>();
  private handlers?: ReadonlyMap<JobName, JobHandlerFn<JobName>>;
  private idleWaiters: (() => void)[] = [];
  private sequence = 0;
  private closed = false;

  constructor(options: InlineQueueOptions = {}) {
    this.concurrency = options.concurrency ?? 4;
    this.definitions = options.definitions ?? JOB_DEFINITIONS;
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], opts: EnqueueOptions = {}): Promise<void> {
    this.assertOpen();
    assertValidEnqueueOptions(opts);
    // Generated ids are digits only, which assertValidJobId forbids for callers: they cannot clash.
    this.add(name, opts.jobId ?? String(++this.sequence), payload, opts.delayMs ?? 0);
  }

  async enqueueMany<N extends JobName>(name: N, jobs: { payload: JobPayloads[N]; jobId?: string }[]): Promise<void> {
    for (const job of jobs) await this.enqueue(name, job.payload, job.jobId !== undefined ? { jobId: job.jobId } : {});
  }

  async repeat<N extends JobName>(name: N, payload: JobPayloads[N], opts: RepeatOptions): Promise<void> {
    this.assertOpen();
    const schedule = parseRepeatOptions(opts);
    const scheduleKey = jobKey(name, opts.key);
    const existing = this.schedules.get(scheduleKey);
    if (existing && existing.schedule.every === schedule.every && existing.schedule.pattern === schedule.pattern) {
      // Same timetable: keep the running timer (a restart-time upsert must not add a tick).
      existing.payload = roundTrip(payload);
      return;
    }
    existing?.timer?.cancel();
    const entry: InlineSchedule = { name, key: opts.key, payload: roundTrip(payload), schedule, lastJobKey: existing?.lastJobKey };
    this.schedules.set(scheduleKey, entry);
    // Like BullMQ job schedulers: an interval starts right away, a cron pattern at its next match.
    this.scheduleTick(entry, schedule.every !== undefined ? Date.now() : nextCronTime(schedule.pattern, Date.now()));
  }

  async cancel(name: JobName, jobId: string): Promise<boolean> {
    assertValidJobId(jobId);
    const job = this.jobs.get(jobKey(name, jobId));
    if (!job || job.state === 'active') return false;
    job.timer?.cancel();
    const index = this.ready.indexOf(job);
    if (index >= 0) this.ready.splice(index, 1);
    this.jobs.delete(jobKey(name, jobId));
    this.notifyIfIdle();
    return true;
  }

  async startWorkers(handlers: Map<JobName, JobHandlerFn<JobName>>): Promise<void> {
    this.assertOpen();
    if (this.handlers) throw new Error('Inline queue workers are already started.');
    this.handlers = new Map(handlers);
    this.pump();
  }

  /**
   * For tests: resolves once nothing is running, waiting, due or backing off before a retry.
   * Jobs delayed into the future and future schedule ticks are not waited for.
   */
  async drain(): Promise<void> {
    if (!this.handlers && !this.closed) throw new Error('drain() needs startWorkers() first: no job runs before it.');
    while (!this.closed && !this.isIdle()) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  async isReachable(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const schedule of this.schedules.values()) schedule.timer?.cancel();
    this.schedules.clear();
    const dropped = [...this.jobs.values()].filter((job) => job.state !== 'active');
    for (const job of dropped) {
      job.timer?.cancel();
      this.jobs.delete(jobKey(job.name, job.id));
    }
    this.ready.length = 0;
    if (dropped.length) this.logger.warn(`Closing with ${dropped.length} unstarted job(s); the inline queue keeps jobs in memory only.`);
    await Promise.allSettled([...this.running]);
    this.resolveIdleWaiters();
  }

  private add(name: JobName, id: string, payload: unknown, delayMs: number): InlineJob | undefined {
    const key = jobKey(name, id);
    if (this.jobs.has(key)) return undefined;
    // Round-trip through JSON as Redis would, so a payload that cannot survive BullMQ fails here too.
    const job: InlineJob = { name, id, payload: roundTrip(payload), attempt: 0, state: 'waiting', dueAt: Date.now() + delayMs };
    this.jobs.set(key, job);
    if (delayMs > 0) this.delay(job, 'delayed', job.dueAt);
    else this.makeReady(job);
    return job;
  }

  private delay(job: InlineJob, state: 'delayed' | 'backoff', dueAt: number): void {
    job.state = state;
    job.dueAt = dueAt;
    job.timer = new LongTimer(dueAt, () => {
      job.timer = undefined;
      this.makeReady(job);
    });
  }

  private makeReady(job: InlineJob): void {
    job.state = 'waiting';
    this.ready.push(job);
    this.pump();
  }

  private pump(): void {
    while (this.handlers && !this.closed && this.running.size < this.concurrency && this.ready.length > 0) {
      const job = this.ready.shift() as InlineJob;
      const run: Promise<void> = this.run(job, this.handlers).finally(() => {
        this.running.delete(run);
        this.pump();
      });
      this.running.add(run);
    }
    this.notifyIfIdle();
  }

  /** Never rejects: every outcome is handled here. */
  private async run(job: InlineJob, handlers: ReadonlyMap<JobName, JobHandlerFn<JobName>>): Promise<void> {
    job.state = 'active';
    job.attempt += 1;
    const { attempts, backoff } = this.definitions[job.name];
    try {
      const handler = handlers.get(job.name);
      if (!handler) throw new PermanentJobError(`no handler is registered for ${job.name}`);
      await handler(job.payload as JobPayloads[JobName], { jobId: job.id, attempt: job.attempt, reportProgress: async () => undefined });
      this.jobs.delete(jobKey(job.name, job.id));
    } catch (error) {
      const failure = { name: job.name, id: job.id, attempt: job.attempt, attempts };
      if (error instanceof PermanentJobError || job.attempt >= attempts || this.closed) {
        this.logger.error(describeJobFailure(failure, error, error instanceof PermanentJobError ? 'permanent, not retried' : 'no attempts left'));
        this.jobs.delete(jobKey(job.name, job.id));
      } else {
        const wait = backoffDelayMs(backoff, job.attempt);
        this.logger.warn(describeJobFailure(failure, error, `retrying in ${wait} ms`));
        this.delay(job, 'backoff', Date.now() + wait);
      }
    }
  }

  private scheduleTick(entry: InlineSchedule, dueAt: number): void {
    entry.timer = new LongTimer(dueAt, () => {
      if (this.closed) return;
      // Skip a tick while the previous one is unfinished: ticks must not pile up in memory.
      if (!entry.lastJobKey || !this.jobs.has(entry.lastJobKey)) {
        const job = this.add(entry.name, `repeat.${entry.key}.${dueAt}`, entry.payload, 0);
        if (job) entry.lastJobKey = jobKey(job.name, job.id);
      }
      const { every, pattern } = entry.schedule;
      // Next tick from the planned time, not from now, so the interval does not drift.
      this.scheduleTick(entry, every !== undefined ? Math.max(dueAt + every, Date.now()) : nextCronTime(pattern, Math.max(dueAt, Date.now())));
    });
  }

  private isIdle(): boolean {
    if (this.running.size > 0 || this.ready.length > 0) return false;
    const now = Date.now();
    for (const job of this.jobs.values()) {
      if (job.state === 'backoff' || (job.state === 'delayed' && job.dueAt <= now)) return false;
    }
    return true;
  }

  private notifyIfIdle(): void {
    if (this.idleWaiters.length > 0 && this.isIdle()) this.resolveIdleWaiters();
  }

  private resolveIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The inline queue is closed.');
  }
}

function jobKey(name: JobName, id: string): string {
  return `${name}\n${id}`;
}

function roundTrip(payload: unknown): unknown {
  return payload === undefined ? {} : JSON.parse(JSON.stringify(payload));
}
