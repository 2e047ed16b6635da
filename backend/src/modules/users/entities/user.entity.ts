import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Role } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { MunicipalityEntity } from '../../reference/entities/municipality.entity';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../../suppliers/entities/supplier.entity';

/**
 * A person who logs in. Every user but the platform admin belongs to exactly one tenant: the
 * check constraint keeps role and tenant consistent whatever code writes the row.
 */
@TenantOwned({ municipality: 'municipalityCode', supplier: 'supplierId', platformAdminSeesAll: true })
@Entity('app_user')
@Check(
  'ck_app_user_tenant',
  `(role = 'platform_admin' AND municipality_code IS NULL AND supplier_id IS NULL)
   OR (role IN ('municipality_admin', 'procurement_officer', 'caseworker') AND municipality_code IS NOT NULL AND supplier_id IS NULL)
   OR (role IN ('supplier_admin', 'mentor') AND supplier_id IS NOT NULL AND municipality_code IS NULL)`,
)
@Check('ck_app_user_mentor', `(role = 'mentor') = (mentor_id IS NOT NULL)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique across the platform. */
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** scrypt hash with its parameters, see password-hasher.ts. Null until an invitation is accepted. */
  @Column({ type: 'varchar', length: 300, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 30 })
  role: Role;

  @Index('ix_app_user_municipality')
  @Column({ type: 'varchar', length: 4, nullable: true })
  municipalityCode: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_code', foreignKeyConstraintName: 'fk_app_user_municipality' })
  municipality?: MunicipalityEntity;

  @Index('ix_app_user_supplier')
  @Column({ type: 'uuid', nullable: true })
  supplierId: string | null;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_app_user_supplier' })
  supplier?: SupplierEntity;

  @Index('uq_app_user_mentor', { unique: true, where: 'mentor_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  mentorId: string | null;

  @ManyToOne(() => MentorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_app_user_mentor' })
  mentor?: MentorEntity;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** SHA-256 of the invitation token sent by mail; the token itself is never stored. */
  @Index('uq_app_user_invitation', { unique: true, where: 'invitation_token_hash IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  invitationTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  invitationExpiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
