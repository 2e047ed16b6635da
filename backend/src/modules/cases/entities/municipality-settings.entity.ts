import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { MatchComponents } from '@mentor/contracts';

/** A municipality's own settings: matching weights, the supplier's answer time for offers, report due days. */
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

  /** Day of the following month on which a monthly report falls due. */
  @Column({ type: 'smallint', default: 5 })
  reportDueDay: number;

  /** Days before the due date the mentor is reminded. */
  @Column({ type: 'smallint', default: 3 })
  reportReminderDaysBefore: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
