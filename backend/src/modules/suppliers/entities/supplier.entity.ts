import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { OrganisationType } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';

/**
 * A mentor supplier: a tenant of its own (its id is its tenant key). Municipal users read every
 * supplier through the directory; supplier users only their own.
 */
@TenantOwned({ supplier: 'id' })
@Entity('supplier')
export class SupplierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Danish company registration number: 8 digits with a modulus-11 check. */
  @Index('uq_supplier_cvr', { unique: true })
  @Column({ type: 'varchar', length: 8 })
  cvr: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  address: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 254, default: '' })
  email: string;

  @Column({ type: 'varchar', length: 30, default: '' })
  phone: string;

  @Column({ type: 'varchar', length: 30, default: 'company' })
  organisationType: OrganisationType;

  /** Municipality codes served. */
  @Column({ type: 'varchar', length: 4, array: true, default: () => "'{}'" })
  municipalitiesServed: string[];

  /** Whole regions served, on top of single municipalities. */
  @Column({ type: 'varchar', length: 50, array: true, default: () => "'{}'" })
  regionsServed: string[];

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
