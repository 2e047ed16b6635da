import { Injectable, OnApplicationBootstrap } from '@nestjs/common';

import { JobName, JobPayloads } from '../queue/job-catalogue';
import { JobHandler } from '../queue/job-handler.decorator';
import { QueueService } from '../queue/queue.service';
import { MailService } from './mail.service';

/** Every minute: re-enqueues mails whose enqueue was lost. Job ids make a double enqueue harmless. */
@Injectable()
@JobHandler(JobName.RelayMailOutbox)
export class RelayMailOutboxJob implements OnApplicationBootstrap {
  constructor(
    private readonly mail: MailService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.RelayMailOutbox, {}, { key: 'relay-mail-outbox', every: 60_000 });
  }

  async handle(_payload: JobPayloads[JobName.RelayMailOutbox]): Promise<void> {
    for (const mailId of await this.mail.stuckMailIds(120_000)) {
      await this.queue.enqueue(JobName.SendMail, { mailId }, { jobId: `mail-${mailId}` });
    }
  }
}
