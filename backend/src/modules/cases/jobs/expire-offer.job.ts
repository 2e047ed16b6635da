import { Injectable } from '@nestjs/common';

import { JobName, JobPayloads } from '../../../core/queue/job-catalogue';
import { JobHandler } from '../../../core/queue/job-handler.decorator';
import { OffersService } from '../offers.service';

/** At an offer's answer deadline: expire it if still pending and, in auto mode, offer the next match. */
@Injectable()
@JobHandler(JobName.ExpireOffer)
export class ExpireOfferJob {
  constructor(private readonly offers: OffersService) {}

  async handle({ offerId }: JobPayloads[JobName.ExpireOffer]): Promise<void> {
    await this.offers.expire(offerId);
  }
}
