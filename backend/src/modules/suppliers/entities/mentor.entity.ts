import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Gender } from '@mentor/contracts';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';
import { numericColumn } from '../../../core/database/numeric.transformer';
import { MentorCertificateEntity } from './mentor-certificate.entity';
import { MentorCompetenceEntity } from './mentor-competence.entity';
import { SupplierEntity } from './supplier.entity';

/** mentor.match_fields: id, weekly capacity, hours in use, max travel, competence levels, reporting quality ('' for none), postcode ('' for none), gender. */
export const MATCH_FIELDS =
  "id::text || ',' || weekly_capacity_hours::text || ',' || hours_in_use::text || ',' || max_travel_km::text || ',' || competence_levels::text || ',' || coalesce(reporting_quality::text, '') || ',' || coalesce(postcode, '') || ',' || gender";

/**
 * The mentor's free text for search: name and background as Danish stems and as written, so a
 * word's beginning matches whichever form it was typed in. The GIN index ix_mentor_search is on
 * exactly this expression (the migration creates it); a query must use it verbatim to be served.
 */
export const MENTOR_SEARCH_VECTOR =
  "(to_tsvector('danish'::regconfig, m.name || ' ' || m.background) || to_tsvector('simple'::regconfig, m.name || ' ' || m.background))";

/**
 * A mentor employed by a supplier. Capacity is in hours per week; `hoursInUse` is what running
 * courses reserve, changed only under a row lock in the same transaction as the course.
 */
@TenantOwned({ supplier: 'supplierId' })
@Entity('mentor')
@Index('ix_mentor_supplier_active', ['supplierId', 'active'])
// GIN index on MENTOR_SEARCH_VECTOR, created in the migrations.
@Index('ix_mentor_search', { synchronize: false })
// The matching prefilter's index, created in the migration: the active mentors by supplier, with
// every column the prefilter reads INCLUDEd, so it runs as an index-only scan.
@Index('ix_mentor_match', { synchronize: false })
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

  // What the matching prefilter reads from the mentor row instead of joining postcode,
  // mentor_competence and mentor_certificate for every mentor under agreement. Not loaded with
  // the entity. syncMatchColumns (utils/match-columns.util.ts) recomputes lat/lon,
  // competenceLevels and certificateValidity after every write to the postcode, competences or
  // certificates, in the same transaction; matchFields is generated, so it keeps itself in step.

  /** The postcode's centroid (postcode.lat/lon); null without a known postcode. */
  @Column({ type: 'double precision', nullable: true, select: false })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true, select: false })
  lon: number | null;

  /**
   * The competence levels, 2 bits per code of COMPETENCE_CODES (code i in bits 2i and 2i + 1,
   * 0 = not held): a severe need at level ≥ 2 is one bit test, and the engine reads the levels
   * of the needs from one integer. The codes' order is therefore fixed: add new codes at the end.
   */
  @Column({ type: 'integer', default: 0, select: false })
  competenceLevels: number;

  /**
   * Per certificate kind of CERTIFICATE_KINDS (kind i at element i + 1), the dates on which the
   * mentor holds a valid certificate of that kind; a missing element means none.
   */
  @Column({ type: 'datemultirange', array: true, default: () => "'{}'", select: false })
  certificateValidity: string[];

  /**
   * What the matching engine reads about the mentor, as one comma-separated text (MATCH_FIELDS):
   * the prefilter hands it over for every mentor that passes instead of converting eight columns
   * to text each time. Generated, so it is always in step with the columns it is made of.
   */
  @Column({ type: 'text', generatedType: 'STORED', asExpression: MATCH_FIELDS, select: false })
  matchFields: string;

  @OneToMany(() => MentorCompetenceEntity, (c) => c.mentor, { cascade: true })
  competences?: MentorCompetenceEntity[];

  @OneToMany(() => MentorCertificateEntity, (c) => c.mentor, { cascade: true })
  certificates?: MentorCertificateEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
