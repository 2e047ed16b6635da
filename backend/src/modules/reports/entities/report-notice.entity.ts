import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A reminder or escalation sent for a report. The unique key makes each notice happen once:
 * it is inserted in the same transaction as its mails (the mail outbox), so a crash either
 * leaves both or neither, and a retry finds the notice and sends nothing.
 */
@Entity('report_notice')
@Index('uq_report_notice', ['reportId', 'kind'], { unique: true })
export class ReportNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  /** `reminder` before the due date; `overdue` the day after; `escalation` a week after. */
  @Column({ type: 'varchar', length: 12 })
  kind: ReportNoticeKind;

  @Column({ type: 'smallint' })
  recipients: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export type ReportNoticeKind = 'reminder' | 'overdue' | 'escalation';
