import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { JobName, JobPayloads } from '../queue/job-catalogue';
import { JobHandler } from '../queue/job-handler.decorator';
import { QueueService } from '../queue/queue.service';
import { MailService } from './mail.service';

/**
 * Daily: the outbox keeps a mail only as long as it is useful for support. Mails name citizens'
 * caseworkers, suppliers and courses, so they are not kept for ever.
 */
@Injectable()
@JobHandler(JobName.PurgeOldMails)
export class PurgeOldMailsJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(PurgeOldMailsJob.name);

  constructor(
    private readonly mail: MailService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.PurgeOldMails, {}, { key: 'purge-old-mails', pattern: '37 3 * * *' });
  }

  async handle(_payload: JobPayloads[JobName.PurgeOldMails]): Promise<void> {
    const removed = await this.mail.purgeFinished(new Date(Date.now() - this.config.mailRetentionDays * 86_400_000));
    if (removed) this.logger.log(`Deleted ${removed} mails older than ${this.config.mailRetentionDays} days.`);
  }
}
