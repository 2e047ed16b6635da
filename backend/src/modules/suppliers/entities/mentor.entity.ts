import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Gender } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { MentorCertificateEntity } from './mentor-certificate.entity';
import { MentorCompetenceEntity } from './mentor-competence.entity';
import { SupplierEntity } from './supplier.entity';

/**
 * A mentor employed by a supplier. Capacity is in hours per week; `hoursInUse` is what running
 * courses reserve, changed only under a row lock in the same transaction as the course.
 */
@TenantOwned({ supplier: 'supplierId' })
@Entity('mentor')
@Index('ix_mentor_supplier_active', ['supplierId', 'active'])
// GIN index on to_tsvector('danish', name || ' ' || background), created in the migration.
@Index('ix_mentor_search', { synchronize: false })
export class MentorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_mentor_supplier')
  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_mentor_supplier' })
  supplier?: SupplierEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 30, default: '' })
  phone: string;

  @Column({ type: 'varchar', length: 10, default: 'other' })
  gender: Gender;

  /** ISO 639-1 codes. */
  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'smallint', default: 0 })
  yearsOfExperience: number;

  @Column({ type: 'varchar', length: 4, nullable: true })
  postcode: string | null;

  @Column(numericColumn({ precision: 5, scale: 2, default: 0 }))
  weeklyCapacityHours: number;

  @Column(numericColumn({ precision: 5, scale: 2, default: 0 }))
  hoursInUse: number;

  @Column({ type: 'smallint', default: 40 })
  maxTravelKm: number;

  /** Free text: e.g. former police officer, social worker, psychologist. */
  @Column({ type: 'text', default: '' })
  background: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * The competences as "code:level,…", kept in step with mentor_competence by every write. The
   * matching query reads it instead of aggregating the competence table for thousands of mentors.
   */
  @Column({ type: 'varchar', length: 400, default: '' })
  competenceProfile: string;

  /**
   * The mentor's reporting-quality score (quality_score, month 'current'), copied here by the
   * score recomputation so the matching query reads it without a join; null with no reports yet.
   */
  @Column(numericColumn({ precision: 4, scale: 3, nullable: true }))
  reportingQuality: number | null;

  @OneToMany(() => MentorCompetenceEntity, (c) => c.mentor, { cascade: true })
  competences?: MentorCompetenceEntity[];

  @OneToMany(() => MentorCertificateEntity, (c) => c.mentor, { cascade: true })
  certificates?: MentorCertificateEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
