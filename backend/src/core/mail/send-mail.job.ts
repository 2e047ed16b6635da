import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { JobName, JOB_DEFINITIONS, JobPayloads } from '../queue/job-catalogue';
import { JobHandler } from '../queue/job-handler.decorator';
import { JobContext, PermanentJobError } from '../queue/queue-driver';
import { MailMessageEntity } from './entities/mail-message.entity';
import { MailTransport } from './mail-transport';

/** Delivers one stored mail. Idempotent: a mail already sent is not sent again. */
@Injectable()
@JobHandler(JobName.SendMail)
export class SendMailJob {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(MailTransport) private readonly transport: MailTransport,
  ) {}

  async handle({ mailId }: JobPayloads[JobName.SendMail], ctx: JobContext): Promise<void> {
    const repo = this.dataSource.getRepository(MailMessageEntity);
    const mail = await repo.findOneBy({ id: mailId });
    const lastAttempt = ctx.attempt >= JOB_DEFINITIONS[JobName.SendMail].attempts;
    if (!mail) {
      // Not committed yet (retry), or its transaction rolled back (give up after the retries).
      if (lastAttempt) return;
      throw new Error(`Mail ${mailId} is not stored (yet).`);
    }
    if (mail.status !== 'queued') return;
    try {
      await this.transport.deliver(mail);
    } catch (err) {
      const message = (err as Error).message.slice(0, 500);
      await repo.update({ id: mailId }, { attempts: ctx.attempt, error: message, status: lastAttempt ? 'failed' : 'queued' });
      if (lastAttempt) throw new PermanentJobError(`Mail ${mailId} could not be delivered: ${message}`);
      throw err;
    }
    await repo.update({ id: mailId, status: 'queued' }, { status: 'sent', sentAt: new Date(), attempts: ctx.attempt, error: null });
  }
}
