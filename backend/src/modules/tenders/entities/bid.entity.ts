import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { BidStatus } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { SupplierEntity } from '../../suppliers/entities/supplier.entity';
import { LotEntity } from './lot.entity';
import { TenderEntity } from './tender.entity';

/** What a bid says; stored only sealed until the deadline, and in `opened` after it. */
export interface BidContent {
  hourlyRate: number;
  answers: { criterionId: string; text: string }[];
  mentorIds: string[];
}

/**
 * A sealed bid on one lot. Until the tender is opened the content exists only encrypted: once to
 * the tender's key (`sealed`, opened at the deadline) and once for the bidder (`bidderCopy`). The
 * plain columns say who bid on which lot and when, which only the bidder is ever shown before the
 * deadline (the tenant scope limits bids to their supplier; the buyer reads them after opening).
 */
@TenantOwned({ supplier: 'supplierId' })
@Entity('bid')
@Index('uq_bid_supplier_lot', ['lotId', 'supplierId'], { unique: true, where: `status = 'submitted'` })
@Index('ix_bid_tender', ['tenderId', 'lotId'])
@Index('ix_bid_supplier', ['supplierId', 'submittedAt'])
export class BidEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tenderId: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_bid_tender' })
  tender?: TenderEntity;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => LotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_bid_lot' })
  lot?: LotEntity;

  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_bid_supplier' })
  supplier?: SupplierEntity;

  @Column({ type: 'varchar', length: 20, default: 'submitted' })
  status: BidStatus;

  /** Server time of the latest submission or update. */
  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  /** SHA-256 of the canonical bid of the latest submission (the receipt). */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** Content sealed to the tender's public key (bid-seal.util.ts). */
  @Column({ type: 'text', nullable: true, select: false })
  sealed: string | null;

  /** Content encrypted for the bidder alone, so it can read its bid back before the deadline. */
  @Column({ type: 'text', nullable: true, select: false })
  bidderCopy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** Set by openBids after the deadline. */
  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column(numericColumn({ precision: 10, scale: 2, nullable: true }))
  hourlyRate: number | null;

  @Column({ type: 'jsonb', nullable: true })
  answers: BidContent['answers'] | null;

  @Column({ type: 'uuid', array: true, nullable: true })
  mentorIds: string[] | null;
}
