import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every state change and every read of citizen data: who, when, what,
 * and why (purpose). Written in the same transaction as the change it records.
 */
@Entity('audit_event')
@Index('ix_audit_event_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_event_municipality', ['municipalityCode', 'occurredAt'])
@Index('ix_audit_event_supplier', ['supplierId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null for the system (jobs, seed). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  actorRole: string | null;

  /** The tenant the event belongs to, so each tenant sees its own trail. */
  @Column({ type: 'varchar', length: 4, nullable: true })
  municipalityCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  supplierId: string | null;

  /** Dotted verb, e.g. `auth.login`, `tender.published`, `case.identity_read`. */
  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ type: 'varchar', length: 50 })
  entityType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  /** Why the data was read (required for reads of citizen data). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  purpose: string | null;

  /** Changed fields and the like; never citizen identity or bid content. */
  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
