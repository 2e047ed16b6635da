import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { AllocationModel, PriceModel, TenderStatus } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';

/**
 * A procurement (udbud) of mentor hours by one municipality. Published tenders are deliberately
 * readable by every supplier (the service reads them with explicit conditions); everything else
 * is the owning municipality's.
 */
@TenantOwned({ municipality: 'municipalityCode' })
@Entity('tender')
@Index('ix_tender_municipality', ['municipalityCode', 'status', 'createdAt'])
@Index('ix_tender_status_deadline', ['status', 'bidDeadline'])
@Check('ck_tender_status', `status IN ('draft', 'published', 'closed', 'evaluated', 'awarded', 'in_force', 'cancelled')`)
@Check('ck_tender_price_weight', 'price_weight BETWEEN 0 AND 100')
export class TenderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code', foreignKeyConstraintName: 'fk_tender_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: TenderStatus;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'int' })
  priceWeight: number;

  @Column({ type: 'varchar', length: 20 })
  priceModel: PriceModel;

  @Column(numericColumn({ precision: 6, scale: 3, nullable: true }))
  linearSlope: number | null;

  @Column({ type: 'varchar', length: 30 })
  allocationModel: AllocationModel;

  @Column(numericColumn({ precision: 14, scale: 2, nullable: true }))
  estimatedValue: number | null;

  @Column({ type: 'timestamptz' })
  questionDeadline: Date;

  @Column({ type: 'timestamptz' })
  bidDeadline: Date;

  @Column({ type: 'int', default: 10 })
  standstillDays: number;

  @Column({ type: 'date' })
  agreementStart: string;

  @Column({ type: 'date' })
  agreementEnd: string;

  /** X25519 public key (SPKI, base64url) that bids are sealed to; set at publication. */
  @Column({ type: 'text', nullable: true })
  sealPublicKey: string | null;

  /** The matching private key, encrypted under the sealed-bids key; unwrapped only by openBids. */
  @Column({ type: 'text', nullable: true, select: false })
  sealPrivateKeyEnc: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** When the bids were decrypted (at closing): from then on the buyer may read them. */
  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  evaluatedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  awardedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  standstillEndsOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  inForceAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
