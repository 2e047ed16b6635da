import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { OfferStatus } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { FrameworkAgreementEntity } from '../../tenders/entities/framework-agreement.entity';
import { MentorRequestEntity } from './mentor-request.entity';

/**
 * An offer of a request to one mentor's supplier. Both tenants see it: the municipality that made
 * it and the supplier it was made to (never another supplier).
 */
@TenantOwned({ municipality: 'municipalityCode', supplier: 'supplierId' })
@Entity('offer')
@Index('ix_offer_request', ['requestId', 'createdAt'])
@Index('ix_offer_supplier_status', ['supplierId', 'status', 'answerBy'])
// At most one pending offer per request: the cascade moves it along, never forks it.
@Index('uq_offer_pending_request', ['requestId'], { unique: true, where: "status = 'pending'" })
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => MentorRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_offer_request' })
  request?: Relation<MentorRequestEntity>;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column({ type: 'uuid' })
  supplierId: string;

  @Index('ix_offer_mentor')
  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_offer_mentor' })
  mentor?: Relation<MentorEntity>;

  @Column({ type: 'uuid' })
  agreementId: string;

  @ManyToOne(() => FrameworkAgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'fk_offer_agreement' })
  agreement?: Relation<FrameworkAgreementEntity>;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: OfferStatus;

  @Column({ type: 'timestamptz' })
  answerBy: Date;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  /** Place in the ranking when offered, and its score. */
  @Column({ type: 'smallint' })
  rank: number;

  @Column({ type: 'double precision' })
  score: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
