import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { JobName, JobPayloads } from '../queue/job-catalogue';
import { JobHandler } from '../queue/job-handler.decorator';
import { QueueService } from '../queue/queue.service';
import { MailService } from './mail.service';

/**
 * Every minute (or, with a shorter MAIL_RELAY_AFTER_SECONDS, every half of it): re-enqueues mails
 * whose enqueue was lost. Job ids make a double enqueue harmless.
 */
@Injectable()
@JobHandler(JobName.RelayMailOutbox)
export class RelayMailOutboxJob implements OnApplicationBootstrap {
  constructor(
    private readonly mail: MailService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = Math.min(60_000, Math.max(1000, (this.config.mailRelayAfterSeconds * 1000) / 2));
    await this.queue.repeat(JobName.RelayMailOutbox, {}, { key: 'relay-mail-outbox', every });
  }

  async handle(_payload: JobPayloads[JobName.RelayMailOutbox]): Promise<void> {
    for (const mailId of await this.mail.stuckMailIds(this.config.mailRelayAfterSeconds * 1000)) {
      await this.queue.enqueue(JobName.SendMail, { mailId }, { jobId: `mail-${mailId}` });
    }
  }
}
