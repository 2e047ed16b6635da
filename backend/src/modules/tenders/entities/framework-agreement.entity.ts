import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { AgreementStatus, TargetGroup } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { SupplierEntity } from '../../suppliers/entities/supplier.entity';
import { LotEntity } from './lot.entity';
import { TenderEntity } from './tender.entity';

/**
 * A framework agreement between a municipality and a supplier for one lot: what matching filters
 * on ("in force for this municipality and target group on this date"), hence the lookup index and
 * the lot's target groups copied onto the row.
 */
@TenantOwned({ municipality: 'municipalityCode', supplier: 'supplierId' })
@Entity('framework_agreement')
@Index('uq_framework_agreement_lot_supplier', ['lotId', 'supplierId'], { unique: true })
@Index('ix_framework_agreement_lookup', ['municipalityCode', 'status', 'validFrom', 'validTo'])
@Index('ix_framework_agreement_supplier', ['supplierId', 'status'])
@Index('ix_framework_agreement_tender', ['tenderId', 'rank'])
export class FrameworkAgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  tenderId: string;

  @ManyToOne(() => TenderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tender_id', foreignKeyConstraintName: 'fk_framework_agreement_tender' })
  tender?: TenderEntity;

  @Column({ type: 'uuid' })
  lotId: string;

  @ManyToOne(() => LotEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lot_id', foreignKeyConstraintName: 'fk_framework_agreement_lot' })
  lot?: LotEntity;

  @Column({ type: 'uuid' })
  bidId: string;

  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_framework_agreement_supplier' })
  supplier?: SupplierEntity;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column({ type: 'varchar', array: true, length: 40 })
  targetGroups: TargetGroup[];

  @Column(numericColumn({ precision: 10, scale: 2 }))
  hourlyRate: number;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'int' })
  hourCeiling: number;

  @Column(numericColumn({ precision: 10, scale: 2, default: 0 }))
  hoursUsed: number;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date' })
  validTo: string;

  @Column({ type: 'date', nullable: true })
  standstillEndsOn: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: AgreementStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
