import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { TenderEntity } from './tender.entity';

/** A named quality criterion with its weight; price is the tender's `priceWeight`. */
@Entity('award_criterion')
@Index('uq_award_criterion_position', ['tenderId', 'position'], { unique: true })
export class AwardCriterionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tenderId: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_award_criterion_tender' })
  tender?: TenderEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'int' })
  weight: number;
}
