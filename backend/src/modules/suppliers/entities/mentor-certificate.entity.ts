import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';

import { MentorEntity } from './mentor.entity';

/** A certificate (criminal record check, child certificate …) with its validity. */
@Entity('mentor_certificate')
@Index('ix_mentor_certificate_kind_expiry', ['kind', 'expiresOn'])
export class MentorCertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_mentor_certificate_mentor')
  @Column({ type: 'uuid' })
  mentorId: string;

  @ManyToOne(() => MentorEntity, (m) => m.certificates, { onDelete: 'CASCADE', orphanedRowAction: 'delete' })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'fk_mentor_certificate_mentor' })
  mentor?: Relation<MentorEntity>;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** What the certificate is, in the supplier's words: required for kind `other`, optional otherwise. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  name: string | null;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'date' })
  expiresOn: string;
}
