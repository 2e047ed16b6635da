import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../../core/context/request-context';
import { JobName, JobPayloads } from '../../../core/queue/job-catalogue';
import { JobHandler } from '../../../core/queue/job-handler.decorator';
import { TenderLifecycleService } from '../tender-lifecycle.service';

/**
 * Closes a tender at its bid deadline (delayed job, id close-tender.<tenderId>). Idempotent: a
 * tender already closed or cancelled is left alone; one whose deadline is not reached (a clock
 * ahead of the database's, an early delivery) is scheduled again for the deadline, so it does not
 * wait for the every-minute sweep.
 */
@Injectable()
@JobHandler(JobName.CloseTender)
export class CloseTenderJob {
  constructor(private readonly lifecycle: TenderLifecycleService) {}

  async handle({ tenderId }: JobPayloads[JobName.CloseTender]): Promise<void> {
    await RequestContext.runAsSystem(async () => {
      await this.lifecycle.closeOrReschedule(tenderId);
    });
  }
}
