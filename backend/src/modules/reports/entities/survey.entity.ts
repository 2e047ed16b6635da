import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { TenantOwned } from '../../../core/context/tenant-owned.decorator';

/**
 * A satisfaction survey for a finished course, answered through a tokenised link without login.
 * Only the token's SHA-256 is stored. Answers are anonymous to the supplier: it sees averages
 * only, and only from SURVEY_ANONYMITY_MINIMUM answers on.
 */
@TenantOwned({ municipality: 'municipalityCode' })
@Entity('survey')
@Index('uq_survey_token', ['tokenHash'], { unique: true })
@Index('uq_survey_assignment_respondent', ['assignmentId', 'respondent'], { unique: true })
@Index('ix_survey_supplier', ['supplierId', 'answeredAt'])
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'uuid' })
  supplierId: string;

  @Column({ type: 'varchar', length: 4 })
  municipalityCode: string;

  @Column({ type: 'varchar', length: 40 })
  targetGroup: string;

  @Column({ type: 'varchar', length: 10 })
  respondent: 'citizen' | 'caseworker';

  /** The token itself, encrypted, so the caseworker can show the citizen's link again. */
  @Column({ type: 'text', select: false })
  tokenCiphertext: string;

  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, number> | null;

  /** Encrypted free text, for the municipality only. */
  @Column({ type: 'text', nullable: true, select: false })
  commentCiphertext: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
