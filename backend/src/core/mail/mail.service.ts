import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';

import { afterCommit } from '../database/after-commit';
import { JobName } from '../queue/job-catalogue';
import { QueueService } from '../queue/queue.service';
import { MailMessageEntity } from './entities/mail-message.entity';
import { MailRenderer } from './mail-renderer';
import { MailContexts, MailTemplateName } from './mail-templates';

/**
 * Mail as an outbox: `queue` renders the mail and stores it in the caller's transaction, so a
 * mail exists exactly when the change that caused it committed; the `mail.send` job (carrying
 * only the id) delivers it, and a relay job picks up any row whose enqueue was lost.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly renderer = new MailRenderer();

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueService,
  ) {}

  async queueMail<K extends MailTemplateName>(manager: EntityManager, to: string, template: K, context: MailContexts[K]): Promise<string> {
    const rendered = this.renderer.render(template, context);
    const row = await manager.save(manager.create(MailMessageEntity, { to, template, ...rendered, status: 'queued', attempts: 0 }));
    // Enqueued once the row is committed; if that enqueue is lost, the relay job sends it.
    afterCommit(manager, () => {
      this.queue.enqueue(JobName.SendMail, { mailId: row.id }, { jobId: `mail-${row.id}` }).catch((err: Error) => {
        this.logger.warn(`Mail ${row.id} will be sent by the outbox relay: enqueue failed (${err.message}).`);
      });
    });
    return row.id;
  }

  /**
   * Many mails in the caller's transaction with one insert, enqueued together after commit (the
   * reminder batches: hundreds of mails at a time).
   */
  async queueMails<K extends MailTemplateName>(manager: EntityManager, mails: { to: string; template: K; context: MailContexts[K] }[]): Promise<string[]> {
    if (!mails.length) return [];
    const rows = mails.map((m) => ({ id: randomUUID(), to: m.to, template: m.template, ...this.renderer.render(m.template, m.context), status: 'queued' as const, attempts: 0 }));
    await manager.insert(MailMessageEntity, rows);
    afterCommit(manager, () => {
      this.queue.enqueueMany(JobName.SendMail, rows.map((r) => ({ payload: { mailId: r.id }, jobId: `mail-${r.id}` }))).catch((err: Error) => {
        this.logger.warn(`${rows.length} mails will be sent by the outbox relay: enqueue failed (${err.message}).`);
      });
    });
    return rows.map((r) => r.id);
  }

  /** Ids of queued mails older than `olderThanMs`: their enqueue was lost (crash, Redis down). */
  async stuckMailIds(olderThanMs: number, limit = 500): Promise<string[]> {
    const rows = await this.dataSource.getRepository(MailMessageEntity).find({
      select: { id: true },
      where: { status: 'queued', createdAt: LessThan(new Date(Date.now() - olderThanMs)) },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((r) => r.id);
  }

  /** Deletes delivered and given-up mails created before `before`; queued ones are kept. */
  async purgeFinished(before: Date): Promise<number> {
    const result = await this.dataSource.getRepository(MailMessageEntity).delete({ status: In(['sent', 'failed']), createdAt: LessThan(before) });
    return result.affected ?? 0;
  }
}
