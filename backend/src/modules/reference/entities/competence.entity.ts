import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A competence of the shared taxonomy; seeded from @mentor/contracts, kept by the platform admin. */
@Entity('competence')
export class CompetenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  labelDa: string;

  @Column({ type: 'varchar', length: 100 })
  labelEn: string;

  @Column({ type: 'text', default: '' })
  descriptionDa: string;

  @Column({ type: 'text', default: '' })
  descriptionEn: string;

  @Column({ type: 'int' })
  sortOrder: number;
}
