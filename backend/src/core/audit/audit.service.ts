import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { RequestContext } from '../context/request-context';
import { AuditEventEntity } from './entities/audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Required for reads of citizen data: why the caller looked. */
  purpose?: string;
  /** Field names and ids, never citizen identity, health data or bid content. */
  details?: Record<string, unknown>;
  /** Defaults to the caller's tenant. */
  municipalityCode?: string | null;
  supplierId?: string | null;
  /** Defaults to the caller; set explicitly where there is none yet (login). */
  actorUserId?: string | null;
  actorRole?: string | null;
}

/**
 * Writes audit events. Always through the EntityManager of the transaction that makes the change,
 * so the change and its record commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`Audit event ${entry.action} must be written inside the transaction of the change it records.`);
    }
    await manager.insert(AuditEventEntity, this.row(entry));
  }

  /**
   * Records reads of citizen data that change nothing (a case list, an offer's profile), one event
   * per record read, in one insert. Awaited before the data is returned: no record, no read.
   */
  async recordReads(entries: (AuditEntry & { purpose: string })[]): Promise<void> {
    if (entries.length) await this.dataSource.manager.insert(AuditEventEntity, entries.map((e) => this.row(e)));
  }

  private row(entry: AuditEntry) {
    const actor = RequestContext.actor();
    return {
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      purpose: entry.purpose ?? null,
      details: (entry.details ?? {}) as AuditEventEntity['details'] & object,
      actorUserId: entry.actorUserId !== undefined ? entry.actorUserId : (actor?.userId ?? null),
      actorRole: entry.actorRole !== undefined ? entry.actorRole : (actor?.role ?? (RequestContext.isSystem() ? 'system' : null)),
      municipalityCode: entry.municipalityCode !== undefined ? entry.municipalityCode : (actor?.municipalityCode ?? null),
      supplierId: entry.supplierId !== undefined ? entry.supplierId : (actor?.supplierId ?? null),
      requestId: RequestContext.requestId(),
    };
  }
}
