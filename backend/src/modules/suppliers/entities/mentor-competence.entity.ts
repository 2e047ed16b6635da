import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';

import { CompetenceLevel } from '@mentor/contracts';

import { CompetenceEntity } from '../../reference/entities/competence.entity';
import { MentorEntity } from './mentor.entity';

/** A competence a mentor holds, at a level 1–3. Indexed by (code, level) for the matching prefilter. */
@Entity('mentor_competence')
@Index('ix_mentor_competence_code_level', ['code', 'level'])
export class MentorCompetenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  mentorId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'smallint' })
  level: CompetenceLevel;

  @ManyToOne(() => MentorEntity, (m) => m.competences, { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_mentor_competence_mentor' })
  mentor?: Relation<MentorEntity>;

  @ManyToOne(() => CompetenceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'code', foreignKeyConstraintName: 'fk_mentor_competence_competence' })
  competence?: CompetenceEntity;
}
