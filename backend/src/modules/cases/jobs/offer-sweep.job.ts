import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';

import { JobName, JobPayloads } from '../../../core/queue/job-catalogue';
import { JobHandler } from '../../../core/queue/job-handler.decorator';
import { QueueService } from '../../../core/queue/queue.service';
import { OfferEntity } from '../entities/offer.entity';
import { OffersService } from '../offers.service';

/**
 * The safety net behind each offer's own deadline job: every minute (and at start, after
 * downtime) any pending offer past its deadline is expired and, in auto mode, moved on.
 */
@Injectable()
@JobHandler(JobName.OfferSweep)
export class OfferSweepJob implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.OfferSweep, {}, { key: 'offers-sweep', every: 60_000 });
  }

  async handle(_payload: JobPayloads[JobName.OfferSweep]): Promise<void> {
    const overdue = await this.dataSource.getRepository(OfferEntity).find({ where: { status: 'pending', answerBy: LessThan(new Date()) }, select: { id: true }, order: { answerBy: 'ASC' }, take: 200 });
    for (const offer of overdue) await this.offers.expire(offer.id);
  }
}
