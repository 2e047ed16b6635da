import { Injectable } from '@nestjs/common';

import { RequestContext } from '../../../core/context/request-context';
import { JobName, JobPayloads } from '../../../core/queue/job-catalogue';
import { JobHandler } from '../../../core/queue/job-handler.decorator';
import { TenderLifecycleService } from '../tender-lifecycle.service';

/** Puts a tender's agreements in force when its standstill ends (id agreements-in-force.<tenderId>); idempotent, and again later when it ran early. */
@Injectable()
@JobHandler(JobName.AgreementsInForce)
export class AgreementsInForceJob {
  constructor(private readonly lifecycle: TenderLifecycleService) {}

  async handle({ tenderId }: JobPayloads[JobName.AgreementsInForce]): Promise<void> {
    await RequestContext.runAsSystem(async () => {
      await this.lifecycle.putInForceOrReschedule(tenderId);
    });
  }
}
