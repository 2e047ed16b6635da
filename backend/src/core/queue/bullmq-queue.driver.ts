import { Logger } from '@nestjs/common';
import { Job, JobsOptions, JobState, Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';

import { AppConfig } from '../config/app-config';
import { JOB_DEFINITIONS, JobDefinitions, JobName, JobPayloads } from './job-catalogue';
import {
  assertValidEnqueueOptions,
  assertValidJobId,
  describeJobFailure,
  EnqueueOptions,
  JobContext,
  JobHandlerFn,
  parseRepeatOptions,
  PermanentJobError,
  QueueDriver,
  RepeatOptions,
} from './queue-driver';

export interface BullmqQueueOptions {
  /** Jobs one worker process runs at the same time, per job name. */
  concurrency?: number;
  /** Tests pass short backoffs; everything else uses the catalogue. */
  definitions?: JobDefinitions;
  /** How long `isReachable` waits for Redis to answer. */
  pingTimeoutMs?: number;
}

type JobData = JobPayloads[JobName];
type BullQueue = Queue<JobData, void, string>;

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_KEEP_COMPLETED = 100;
/** Failed jobs hold ids only; keep them a week for inspection. */
const KEEP_FAILED = { age: 7 * 24 * 3600, count: 5000 };
const CANCELLABLE: ReadonlySet<JobState | 'unknown'> = new Set<JobState | 'unknown'>(['waiting', 'delayed', 'prioritized', 'waiting-children']);
/** Repeated identical connection errors (Redis down) are logged at most this often. */
const ERROR_LOG_INTERVAL_MS = 60_000;

/** BullMQ queue names: the job name with '.' replaced by '-' ("mail.send" → "mail-send"). */
export function bullmqQueueName(name: JobName): string {
  return name.replace(/\./g, '-');
}

/**
 * BullMQ on Redis: one queue per job name under `config.queuePrefix`, so API and worker processes
 * scale apart and several installations can share one Redis. Delivery is at least once: handlers
 * must be idempotent.
 */
export class BullmqQueueDriver implements QueueDriver {
  readonly name = 'bullmq' as const;

  private readonly logger = new Logger('BullmqQueue');
  private readonly connection: Redis;
  private readonly prefix: string;
  private readonly concurrency: number;
  private readonly definitions: JobDefinitions;
  private readonly pingTimeoutMs: number;
  private readonly queues = new Map<JobName, BullQueue>();
  private readonly workers: Worker<JobData, void, string>[] = [];
  private pendingPing?: Promise<boolean>;
  private lastError = { message: '', at: 0 };
  private closing?: Promise<void>;

  constructor(config: AppConfig, options: BullmqQueueOptions = {}) {
    if (!config.redisUrl) throw new Error('The bullmq queue driver needs REDIS_URL.');
    this.prefix = config.queuePrefix;
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    this.definitions = options.definitions ?? JOB_DEFINITIONS;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 1000;
    // One connection shared by all queues and workers (workers add their own blocking one).
    // maxRetriesPerRequest null is what BullMQ workers require: commands wait for a reconnect.
    // A short disconnectTimeout: closing a connection that never connected otherwise leaves a 2 s
    // timer keeping the process alive.
    this.connection = new Redis(config.redisUrl, { maxRetriesPerRequest: null, connectionName: `${this.prefix}-queue`, disconnectTimeout: 200 });
    this.connection.on('error', (error: Error) => this.logRedisError('connection', error));
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], opts: EnqueueOptions = {}): Promise<void> {
    this.assertOpen();
    assertValidEnqueueOptions(opts);
    const queue = this.queue(name);
    if (opts.jobId !== undefined) {
      // BullMQ ignores an add while any job with that id exists, finished ones included; free the
      // id of a finished job so that, as in the inline driver, only unfinished jobs block it.
      const state = await queue.getJobState(opts.jobId);
      if (state === 'completed' || state === 'failed') await queue.remove(opts.jobId);
    }
    await queue.add(name, payload, {
      ...this.jobOptions(name),
      ...(opts.jobId !== undefined && { jobId: opts.jobId }),
      ...(opts.delayMs && { delay: opts.delayMs }),
    });
  }

  async enqueueMany<N extends JobName>(name: N, jobs: { payload: JobPayloads[N]; jobId?: string }[]): Promise<void> {
    this.assertOpen();
    if (!jobs.length) return;
    for (const job of jobs) if (job.jobId !== undefined) assertValidJobId(job.jobId);
    const queue = this.queue(name);
    // As in `enqueue`: a finished job with the same id must not block the new one. The state
    // lookups go out together (one round trip's latency), the adds in one bulk call.
    const withIds = jobs.filter((j) => j.jobId !== undefined);
    const states = await Promise.all(withIds.map((j) => queue.getJobState(j.jobId!)));
    await Promise.all(withIds.filter((_, i) => states[i] === 'completed' || states[i] === 'failed').map((j) => queue.remove(j.jobId!)));
    await queue.addBulk(jobs.map((j) => ({ name, data: j.payload, opts: { ...this.jobOptions(name), ...(j.jobId !== undefined && { jobId: j.jobId }) } })));
  }

  async repeat<N extends JobName>(name: N, payload: JobPayloads[N], opts: RepeatOptions): Promise<void> {
    this.assertOpen();
    const schedule = parseRepeatOptions(opts);
    await this.queue(name).upsertJobScheduler(
      opts.key,
      schedule.every !== undefined ? { every: schedule.every } : { pattern: schedule.pattern, tz: 'UTC' },
      { name, data: payload, opts: this.jobOptions(name) },
    );
  }

  async cancel(name: JobName, jobId: string): Promise<boolean> {
    this.assertOpen();
    assertValidJobId(jobId);
    const queue = this.queue(name);
    // Only jobs that have not started: removing a finished job is not a cancel, an active one is locked.
    if (!CANCELLABLE.has(await queue.getJobState(jobId))) return false;
    return (await queue.remove(jobId)) === 1;
  }

  async startWorkers(handlers: Map<JobName, JobHandlerFn<JobName>>): Promise<void> {
    this.assertOpen();
    if (this.workers.length) throw new Error('BullMQ workers are already started.');
    for (const [name, handler] of handlers) {
      const worker = new Worker<JobData, void, string>(bullmqQueueName(name), (job) => this.process(name, handler, job), {
        connection: this.connection,
        prefix: this.prefix,
        concurrency: this.definitions[name].concurrency ?? this.concurrency,
      });
      worker.on('error', (error) => this.logRedisError(`worker ${name}`, error));
      this.workers.push(worker);
    }
    // Not waiting for the workers to connect: a Redis outage at boot is logged, not a hung boot.
  }

  async isReachable(): Promise<boolean> {
    if (this.closing) return false;
    // One ping in flight at most: while Redis is down it waits for the reconnect, and health
    // checks must neither hang nor pile up commands behind it.
    this.pendingPing ??= this.connection.ping().then(
      () => true,
      () => false,
    );
    const ping = this.pendingPing;
    void ping.finally(() => {
      if (this.pendingPing === ping) this.pendingPing = undefined;
    });
    return withTimeout(ping, this.pingTimeoutMs, false);
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    // Workers first: close() lets running jobs finish, then queues, then the shared connection.
    await Promise.allSettled(this.workers.map((worker) => worker.close()));
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    if (this.connection.status === 'ready') {
      await withTimeout(this.connection.quit().then(() => undefined, () => undefined), 2000, undefined);
    }
    if (this.connection.status !== 'end') this.connection.disconnect();
  }

  private async process(name: JobName, handler: JobHandlerFn<JobName>, job: Job<JobData, void, string>): Promise<void> {
    const attempts = job.opts.attempts ?? 1;
    const ctx: JobContext = {
      jobId: job.id ?? '',
      // attemptsMade counts failed attempts so far, so this run is the next one.
      attempt: job.attemptsMade + 1,
      reportProgress: (pct) => job.updateProgress(Math.max(0, Math.min(100, pct))),
    };
    try {
      await handler(job.data, ctx);
    } catch (error) {
      const failure = { name, id: ctx.jobId, attempt: ctx.attempt, attempts };
      if (error instanceof PermanentJobError) {
        this.logger.error(describeJobFailure(failure, error, 'permanent, not retried'));
        throw new UnrecoverableError(error.message);
      }
      if (ctx.attempt >= attempts) this.logger.error(describeJobFailure(failure, error, 'no attempts left'));
      else this.logger.warn(describeJobFailure(failure, error, 'will retry'));
      throw error instanceof Error ? error : new Error(String(error));
    }
  }

  private jobOptions(name: JobName): Omit<JobsOptions, 'jobId' | 'delay'> {
    const definition = this.definitions[name];
    return {
      attempts: definition.attempts,
      backoff: { type: definition.backoff.type, delay: definition.backoff.delayMs },
      removeOnComplete: { count: definition.removeOnComplete ?? DEFAULT_KEEP_COMPLETED },
      removeOnFail: KEEP_FAILED,
    };
  }

  private queue(name: JobName): BullQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<JobData, void, string>(bullmqQueueName(name), { connection: this.connection, prefix: this.prefix });
      queue.on('error', (error) => this.logRedisError(`queue ${name}`, error));
      this.queues.set(name, queue);
    }
    return queue;
  }

  private logRedisError(source: string, error: Error): void {
    const now = Date.now();
    if (error.message === this.lastError.message && now - this.lastError.at < ERROR_LOG_INTERVAL_MS) return;
    this.lastError = { message: error.message, at: now };
    this.logger.error(`Redis error (${source}): ${error.message}`);
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('The BullMQ queue driver is closed.');
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
    void promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
