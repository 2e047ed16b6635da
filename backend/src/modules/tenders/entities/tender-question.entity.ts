import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { SupplierEntity } from '../../suppliers/entities/supplier.entity';
import { TenderEntity } from './tender.entity';

/**
 * A supplier's question about a tender. The asker is stored (to show the asker its own pending
 * questions) but never shown to anyone else, the officer included.
 */
@Entity('tender_question')
@Index('ix_tender_question_tender', ['tenderId', 'askedAt'])
export class TenderQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tenderId: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_tender_question_tender' })
  tender?: TenderEntity;

  @Column({ type: 'uuid' })
  askedBySupplierId: string;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asked_by_supplier_id', foreignKeyConstraintName: 'fk_tender_question_supplier' })
  askedBySupplier?: SupplierEntity;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  askedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId: string | null;
}
