import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A report's history: every submission (with the content as it was then, encrypted) and every
 * review. A returned and corrected report keeps what was returned.
 */
@Entity('report_event')
@Index('ix_report_event_report', ['reportId', 'createdAt'])
export class ReportEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @Column({ type: 'varchar', length: 10 })
  action: 'submitted' | 'accepted' | 'returned';

  @Column({ type: 'uuid' })
  userId: string;

  /** The review comment (encrypted: it may speak of the citizen). */
  @Column({ type: 'text', nullable: true, select: false })
  commentCiphertext: string | null;

  /** For a submission: the content submitted, encrypted like the report's. */
  @Column({ type: 'text', nullable: true, select: false })
  contentCiphertext: string | null;

  /** For a submission: the figures submitted. */
  @Column({ type: 'jsonb', nullable: true })
  figures: { hoursUsed: number | null; meetingsHeld: number | null; meetingsMissed: number | null } | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
