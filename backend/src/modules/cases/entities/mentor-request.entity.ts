import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { Goal, LegalBasis, MentorRequestStatus, MentorType } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { CitizenCaseEntity } from './citizen-case.entity';

/** A request for a mentor on a case: one period of at most 26 weeks. */
@TenantOwned({ municipality: 'municipalityCode' })
@Entity('mentor_request')
export class MentorRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_mentor_request_case')
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CitizenCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_mentor_request_case' })
  case?: Relation<CitizenCaseEntity>;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column({ type: 'varchar', length: 12 })
  mentorType: MentorType;

  @Column(numericColumn({ precision: 5, scale: 2 }))
  hoursPerWeek: number;

  @Column({ type: 'smallint' })
  weeks: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'varchar', length: 30 })
  legalBasis: LegalBasis;

  @Column({ type: 'jsonb' })
  goals: Goal[];

  /** auto: a decline or expiry offers the next match by itself; manual: the caseworker chooses. */
  @Column({ type: 'varchar', length: 6, default: 'auto' })
  allocation: 'auto' | 'manual';

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  requiredCertificates: string[];

  @Column({ type: 'varchar', length: 12, default: 'open' })
  status: MentorRequestStatus;

  /** For an extension: the course this period continues. */
  @Column({ type: 'uuid', nullable: true })
  previousAssignmentId: string | null;

  @Column({ type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
