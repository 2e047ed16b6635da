import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { FollowUp, OutcomeStatus } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';

/**
 * A follow-up of a finished course (at its end and 3, 6, 12 and 24 months after): a task for the
 * caseworker until the outcome is recorded. Owned by the municipality only: suppliers see
 * outcomes aggregated on their scorecard, never per citizen.
 */
@TenantOwned({ municipality: 'municipalityCode' })
@Entity('course_outcome')
@Index('uq_course_outcome', ['assignmentId', 'followUp'], { unique: true })
@Index('ix_course_outcome_municipality_due', ['municipalityCode', 'recordedAt', 'dueOn'])
@Index('ix_course_outcome_supplier', ['supplierId', 'targetGroup'])
export class CourseOutcomeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The course's last period (an extended course is followed up once, from its real end). */
  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'uuid' })
  supplierId: string;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column({ type: 'varchar', length: 40 })
  targetGroup: string;

  @Column({ type: 'varchar', length: 4 })
  followUp: FollowUp;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  status: OutcomeStatus | null;

  @Column({ type: 'int', nullable: true })
  benefitChangeDkk: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  recordedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
