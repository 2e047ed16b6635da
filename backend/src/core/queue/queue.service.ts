import { Inject, Injectable } from '@nestjs/common';

import { JobName, JobPayloads } from './job-catalogue';
import { EnqueueOptions, QUEUE_DRIVER, QueueDriver, RepeatOptions } from './queue-driver';

/**
 * What other modules inject to schedule work. Payloads are ids only (see JobPayloads); a job that
 * must not be lost goes through the outbox rather than straight here.
 */
@Injectable()
export class QueueService {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}

  get driverName(): 'inline' | 'bullmq' {
    return this.driver.name;
  }

  /** With `jobId`, a second enqueue while the first job is unfinished is a no-op. */
  enqueue<N extends JobName>(name: N, payload: JobPayloads[N], opts?: EnqueueOptions): Promise<void> {
    return this.driver.enqueue(name, payload, opts);
  }

  /** Many immediate jobs of one name in one go (one round trip to Redis with BullMQ). */
  enqueueMany<N extends JobName>(name: N, jobs: { payload: JobPayloads[N]; jobId?: string }[]): Promise<void> {
    return this.driver.enqueueMany(name, jobs);
  }

  /** Idempotent by `opts.key`: call it at every boot. */
  repeat<N extends JobName>(name: N, payload: JobPayloads[N], opts: RepeatOptions): Promise<void> {
    return this.driver.repeat(name, payload, opts);
  }

  /** Removes a job that has not started yet; false when there was none (or it is running). */
  cancel(name: JobName, jobId: string): Promise<boolean> {
    return this.driver.cancel(name, jobId);
  }

  /** For /api/health: never hangs. */
  isReachable(): Promise<boolean> {
    return this.driver.isReachable();
  }

  /** For tests on the inline driver: waits until the enqueued work has run. */
  async drain(): Promise<void> {
    if (!this.driver.drain) throw new Error(`drain() is only available on the inline queue, not on ${this.driver.name}.`);
    await this.driver.drain();
  }
}
