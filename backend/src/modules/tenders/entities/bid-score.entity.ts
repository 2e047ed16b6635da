import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { AwardCriterionEntity } from './award-criterion.entity';
import { BidEntity } from './bid.entity';

/** An evaluator's score (0–10) of one quality answer, with the justification the report quotes. */
@TenantOwned({ municipality: 'municipalityCode' })
@Entity('bid_score')
@Index('uq_bid_score_criterion', ['bidId', 'criterionId'], { unique: true })
@Index('ix_bid_score_tender', ['tenderId'])
export class BidScoreEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tenderId: string;

  @Column({ type: 'uuid' })
  bidId: string;

  @ManyToOne(() => BidEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bid_id', foreignKeyConstraintName: 'fk_bid_score_bid' })
  bid?: BidEntity;

  @Column({ type: 'uuid' })
  criterionId: string;

  @ManyToOne(() => AwardCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id', foreignKeyConstraintName: 'fk_bid_score_criterion' })
  criterion?: AwardCriterionEntity;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column(numericColumn({ precision: 4, scale: 2 }))
  score: number;

  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'uuid', nullable: true })
  scoredByUserId: string | null;

  @Column({ type: 'timestamptz' })
  scoredAt: Date;
}
