import { Controller, Get, NotFoundException, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

import { Page, SentMail } from '@mentor/contracts';

import { Roles } from '../auth/roles.decorator';
import { AppConfig } from '../config/app-config';
import { PageQuery } from '../http/page-query';
import { MailMessageEntity } from './entities/mail-message.entity';

/**
 * The log driver's mailbox: the mails the platform produced, for demos, development and tests.
 * Mails carry one-time links (invitations, surveys), so the mailbox exists only with
 * MAIL_DRIVER=log outside production: with real delivery nobody but the recipient reads a mail.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/mails')
export class MailController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Recent mails, newest first (platform admin; MAIL_DRIVER=log outside production only)' })
  async list(@Query() query: PageQuery): Promise<Page<SentMail>> {
    if (this.config.mailDriver !== 'log' || this.config.isProduction) {
      throw new NotFoundException('The mailbox is only kept with MAIL_DRIVER=log outside production; mails are delivered to their recipients.');
    }
    const [rows, total] = await this.dataSource.getRepository(MailMessageEntity).findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: query.offset,
      take: query.pageSize,
    });
    const items = rows.map(
      (m): SentMail => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        template: m.template,
        text: m.text,
        html: m.html,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        ...(m.sentAt ? { sentAt: m.sentAt.toISOString() } : {}),
        ...(m.error ? { error: m.error } : {}),
      }),
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
