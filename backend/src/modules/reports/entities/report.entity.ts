import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { MilestoneStatus, ReportKind, ReportStatus } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';

/**
 * A monthly or progression report of a course period. Figures that quality and effect are
 * computed from (hours, attendance, milestone statuses, dates) are plain columns; what the mentor
 * writes about the citizen (milestone notes, narrative, progression assessment) is encrypted in
 * `contentCiphertext` with the application key and read only through the audit-logged report page.
 */
@TenantOwned({ municipality: 'municipalityCode', supplier: 'supplierId' })
@Entity('report')
@Index('uq_report_assignment_kind_period', ['assignmentId', 'kind', 'period'], { unique: true })
@Index('ix_report_municipality_status_due', ['municipalityCode', 'status', 'dueOn'])
@Index('ix_report_supplier_due', ['supplierId', 'dueOn'])
@Index('ix_report_mentor_due', ['mentorId', 'dueOn'])
@Index('ix_report_status_due', ['status', 'dueOn'])
export class ReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  mentorId: string;

  @Column({ type: 'uuid' })
  supplierId: string;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column({ type: 'varchar', length: 12 })
  kind: ReportKind;

  /** 'YYYY-MM'. */
  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'date' })
  periodStart: string;

  @Column({ type: 'date' })
  periodEnd: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 10, default: 'due' })
  status: ReportStatus;

  @Column(numericColumn({ precision: 6, scale: 2, nullable: true }))
  hoursUsed: number | null;

  @Column({ type: 'smallint', nullable: true })
  meetingsHeld: number | null;

  @Column({ type: 'smallint', nullable: true })
  meetingsMissed: number | null;

  /** Status per milestone, in the agreement's order (the notes are in the ciphertext). */
  @Column({ type: 'jsonb', nullable: true })
  milestoneStatuses: MilestoneStatus[] | null;

  /** Encrypted `{ notes: string[], narrative, progression? }`; null until first saved. */
  @Column({ type: 'text', nullable: true, select: false })
  contentCiphertext: string | null;

  /** Share in [0, 1] of the completeness checks the last submission met. */
  @Column(numericColumn({ precision: 4, scale: 3, nullable: true }))
  completeness: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstSubmittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'smallint', default: 0 })
  submissions: number;

  @Column({ type: 'smallint', default: 0 })
  returns: number;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
