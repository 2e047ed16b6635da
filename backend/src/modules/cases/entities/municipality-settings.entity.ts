import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { MatchComponents } from '@mentor/contracts';

/** A municipality's own settings: matching weights and the supplier's answer time for offers. */
@Entity('municipality_settings')
export class MunicipalitySettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  municipalityCode: string;

  /** Null: the default weights of DESIGN.md. */
  @Column({ type: 'jsonb', nullable: true })
  matchingWeights: MatchComponents | null;

  /** Working days a supplier has to answer an offer. */
  @Column({ type: 'smallint', default: 3 })
  offerAnswerWorkingDays: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
