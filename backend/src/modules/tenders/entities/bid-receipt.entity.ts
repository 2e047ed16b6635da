import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { ReceiptKind } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { BidEntity } from './bid.entity';

/**
 * Every receipt issued for a bid: its first submission, each change and the withdrawal. A change
 * overwrites the bid's hash and time and a withdrawal hides the bid, so without this an earlier
 * receipt could no longer be verified. Holds no bid content (the hash is of the canonical bid),
 * and is the bidder's alone: nothing here may reach anyone else before the deadline.
 */
@TenantOwned({ supplier: 'supplierId' })
@Entity('bid_receipt')
@Index('uq_bid_receipt_sequence', ['bidId', 'sequence'], { unique: true })
@Index('ix_bid_receipt_supplier_sha256', ['supplierId', 'sha256'])
@Index('ix_bid_receipt_tender', ['tenderId', 'supplierId'])
@Check('ck_bid_receipt_kind', `kind IN ('submitted', 'changed', 'withdrawn')`)
export class BidReceiptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bidId: string;

  @ManyToOne(() => BidEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bid_id', foreignKeyConstraintName: 'fk_bid_receipt_bid' })
  bid?: BidEntity;

  @Column({ type: 'uuid' })
  supplierId: string;

  @Column({ type: 'uuid' })
  tenderId: string;

  @Column({ type: 'uuid' })
  lotId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: ReceiptKind;

  /** 1 for the first submission, then one up per change and for the withdrawal. */
  @Column({ type: 'int' })
  sequence: number;

  /** Server time of the submission, change or withdrawal (the time inside the hashed text). */
  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;
}
