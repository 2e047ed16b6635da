import { Column, Entity, PrimaryColumn } from 'typeorm';

import { numericColumn } from '../../../core/database/numeric.transformer';

/**
 * The matching's `outcome` input: per supplier and target group, the smoothed share of finished
 * courses whose latest recorded outcome is a job or education. Recomputed nightly and whenever
 * an outcome is recorded.
 */
@Entity('outcome_score')
export class OutcomeScoreEntity {
  @PrimaryColumn({ type: 'uuid' })
  supplierId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  targetGroup: string;

  @Column({ type: 'int' })
  courses: number;

  @Column({ type: 'int' })
  jobOrEducation: number;

  @Column(numericColumn({ precision: 4, scale: 3 }))
  score: number;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
