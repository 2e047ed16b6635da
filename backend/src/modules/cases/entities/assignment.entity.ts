import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { FrameworkAgreementEntity } from '../../tenders/entities/framework-agreement.entity';
import { CitizenCaseEntity } from './citizen-case.entity';
import { MentorRequestEntity } from './mentor-request.entity';

/**
 * A course (forløb): an accepted offer. While active it reserves `hoursPerWeek` of the mentor's
 * capacity (mentor.hours_in_use), changed in the same transaction as the course.
 */
@TenantOwned({ municipality: 'municipalityCode', supplier: 'supplierId' })
@Entity('assignment')
@Index('ix_assignment_supplier_status', ['supplierId', 'status'])
@Index('ix_assignment_municipality_status', ['municipalityCode', 'status'])
@Index('ix_assignment_mentor_status', ['mentorId', 'status'])
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_assignment_case')
  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CitizenCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_assignment_case' })
  case?: Relation<CitizenCaseEntity>;

  @Index('uq_assignment_request', { unique: true })
  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => MentorRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_assignment_request' })
  request?: Relation<MentorRequestEntity>;

  @Column({ type: 'uuid' })
  offerId: string;

  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_assignment_mentor' })
  mentor?: Relation<MentorEntity>;

  @Column({ type: 'uuid' })
  supplierId: string;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => FrameworkAgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_assignment_agreement' })
  agreement?: Relation<FrameworkAgreementEntity>;

  @Column(numericColumn({ precision: 5, scale: 2 }))
  hoursPerWeek: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status: 'active' | 'ended';

  @Column({ type: 'varchar', length: 500, nullable: true })
  endedReason: string | null;

  /** For an extension: the period this one continues. */
  @Column({ type: 'uuid', nullable: true })
  previousAssignmentId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
