import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { RequestContext } from '../../../core/context/request-context';
import { JobName, JobPayloads } from '../../../core/queue/job-catalogue';
import { JobHandler } from '../../../core/queue/job-handler.decorator';
import { QueueService } from '../../../core/queue/queue.service';
import { TenderLifecycleService } from '../tender-lifecycle.service';

/**
 * The safety net under the delayed jobs: at start (before the app answers requests) and every
 * minute, closes tenders past their deadline, starts agreements past their standstill and expires
 * ended agreements. So a deadline that passed while the process was down, or a delayed job lost
 * with an in-process queue, is caught up at once.
 */
@Injectable()
@JobHandler(JobName.TenderSweep)
export class TenderSweepJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('Tenders');

  constructor(
    private readonly lifecycle: TenderLifecycleService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.handle({});
    // The in-process queue forgets delayed jobs on restart: schedule them again (ids make it idempotent).
    await RequestContext.runAsSystem(() => this.lifecycle.rescheduleAll());
    await this.queue.repeat(JobName.TenderSweep, {}, { key: 'tenders-sweep', every: 60_000 });
  }

  async handle(_payload: JobPayloads[JobName.TenderSweep]): Promise<void> {
    const result = await RequestContext.runAsSystem(() => this.lifecycle.sweep());
    if (result.closed || result.inForce || result.expired) {
      this.logger.log(`Sweep: ${result.closed} tender(s) closed, ${result.inForce} put in force, ${result.expired} agreement(s) expired.`);
    }
  }
}
