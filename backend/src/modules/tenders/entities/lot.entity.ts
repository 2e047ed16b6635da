import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { TargetGroup } from '@mentor/contracts';

import { TenderEntity } from './tender.entity';

/** A lot (delaftale) of a tender: read through its tender, whose access rules apply. */
@Entity('tender_lot')
@Index('uq_tender_lot_number', ['tenderId', 'number'], { unique: true })
export class LotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tenderId: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_tender_lot_tender' })
  tender?: TenderEntity;

  /** 1, 2, … in the order the officer gave them. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', array: true, length: 40 })
  targetGroups: TargetGroup[];

  @Column({ type: 'varchar', array: true, length: 40 })
  requiredCompetences: string[];

  @Column({ type: 'int' })
  estimatedHoursPerYear: number;

  @Column({ type: 'int' })
  maxSuppliers: number;

  @Column({ type: 'int' })
  hourCeiling: number;
}
