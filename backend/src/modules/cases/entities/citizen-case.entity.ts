import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { CaseNeed, TargetGroup } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { UserEntity } from '../../users/entities/user.entity';

/**
 * A citizen's case in a municipality. The identity (name, CPR, phone, address) and the notes are
 * encrypted (FieldCipher, bound to this row's id); what matching uses is the pseudonymous profile.
 */
@TenantOwned({ municipality: 'municipalityCode' })
@Entity('citizen_case')
@Index('ix_citizen_case_municipality_status', ['municipalityCode', 'status', 'createdAt'])
// One open case per citizen per municipality, found by a keyed hash of the CPR number.
@Index('uq_citizen_case_open_citizen', ['municipalityCode', 'cprIndex'], { unique: true, where: "status = 'open'" })
export class CitizenCaseEntity {
  /** Generated before insert: the identity's ciphertext is bound to it. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  /** Human-readable, per municipality: e.g. HVI-2026-0007. */
  @Index('uq_citizen_case_reference', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Index('ix_citizen_case_caseworker')
  @Column({ type: 'uuid' })
  caseworkerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caseworker_id', foreignKeyConstraintName: 'fk_citizen_case_caseworker' })
  caseworker?: UserEntity;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status: 'open' | 'closed';

  /** FieldCipher ciphertext of { name, cpr, phone, address }. */
  @Column({ type: 'text', select: false })
  identityCiphertext: string;

  /** HMAC of municipality and CPR: equal for the same citizen, useless without the key. */
  @Column({ type: 'varchar', length: 64, select: false })
  cprIndex: string;

  /** Birth year only, for age-dependent rules (child certificate under 18). */
  @Column({ type: 'smallint' })
  birthYear: number;

  @Column({ type: 'varchar', length: 40 })
  targetGroup: TargetGroup;

  @Column({ type: 'jsonb' })
  needs: CaseNeed[];

  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'varchar', length: 10, nullable: true })
  genderPreference: 'female' | 'male' | null;

  @Column({ type: 'varchar', length: 4 })
  postcode: string;

  /** FieldCipher ciphertext of the caseworker's free-text notes (may hold health information). */
  @Column({ type: 'text', nullable: true, select: false })
  notesCiphertext: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
