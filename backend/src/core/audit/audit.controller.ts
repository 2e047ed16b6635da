import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';

import { Page } from '@mentor/contracts';

import { RequestContext } from '../context/request-context';
import { PageQuery } from '../http/page-query';
import { Roles } from '../auth/roles.decorator';
import { AuditEventEntity } from './entities/audit-event.entity';

class AuditQuery extends PageQuery {
  @IsOptional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

/**
 * The audit trail, newest first. Administrators see their own tenant's events; the platform admin
 * sees events with no tenant (platform changes) only, never a tenant's.
 */
@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('municipality_admin', 'supplier_admin', 'platform_admin')
  @ApiOperation({ summary: "The caller's tenant's audit trail" })
  @ApiOkResponse({ description: 'Page of audit events' })
  async list(@Query() query: AuditQuery): Promise<Page<AuditEventEntity>> {
    const actor = RequestContext.actor()!;
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (actor.municipalityCode) qb.where('e.municipalityCode = :m', { m: actor.municipalityCode });
    else if (actor.supplierId) qb.where('e.supplierId = :s', { s: actor.supplierId });
    else qb.where('e.municipalityCode IS NULL AND e.supplierId IS NULL');
    if (query.entityType) qb.andWhere('e.entityType = :t', { t: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :i', { i: query.entityId });
    qb.orderBy('e.occurredAt', query.order === 'asc' ? 'ASC' : 'DESC').addOrderBy('e.id', 'ASC');
    const [items, total] = await qb.skip(query.offset).take(query.pageSize).getManyAndCount();
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
