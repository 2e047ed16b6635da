import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { Standing } from '@mentor/contracts';

import { numericColumn } from '../../../core/database/numeric.transformer';

/**
 * Reporting quality of a mentor or a supplier over the 12 months up to the end of `month`
 * ('current' for the latest nightly figures). Platform-wide: a supplier's quality is the same
 * for every municipality. Monthly rows are the scorecard's history.
 */
@Entity('quality_score')
@Index('ix_quality_score_month', ['month'])
export class QualityScoreEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  subjectKind: 'mentor' | 'supplier';

  @PrimaryColumn({ type: 'uuid' })
  subjectId: string;

  /** 'YYYY-MM', or 'current'. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'int' })
  reportsDue: number;

  @Column({ type: 'int' })
  reportsSubmitted: number;

  @Column({ type: 'int' })
  reportsReviewed: number;

  @Column(numericColumn({ precision: 4, scale: 3, nullable: true }))
  onTimeRate: number | null;

  @Column(numericColumn({ precision: 4, scale: 3, nullable: true }))
  completeness: number | null;

  @Column(numericColumn({ precision: 4, scale: 3, nullable: true }))
  acceptanceRate: number | null;

  @Column(numericColumn({ precision: 4, scale: 3, nullable: true }))
  qualityScore: number | null;

  @Column({ type: 'varchar', length: 8 })
  standing: Standing;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
