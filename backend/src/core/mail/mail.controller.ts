import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';

import { Page, SentMail } from '@mentor/contracts';

import { Roles } from '../auth/roles.decorator';
import { PageQuery } from '../http/page-query';
import { MailMessageEntity } from './entities/mail-message.entity';

/** The last mails the platform produced, for the platform admin, demos and tests. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/mails')
export class MailController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('platform_admin')
  @ApiOperation({ summary: 'Recent mails, newest first (platform admin)' })
  async list(@Query() query: PageQuery): Promise<Page<SentMail>> {
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
