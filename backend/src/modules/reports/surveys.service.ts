import { Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

import { CourseSurveys, Survey, SURVEY_QUESTIONS, SurveyAnswerInput } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { AppConfig } from '../../core/config/app-config';
import { TenantScope } from '../../core/context/tenant-scope';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { FieldValidationException } from '../../core/http/validation';
import { MailService } from '../../core/mail/mail.service';
import { AssignmentEntity } from '../cases/entities/assignment.entity';
import { CitizenCaseEntity } from '../cases/entities/citizen-case.entity';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { SurveyEntity } from './entities/survey.entity';
import { ReportException, ReportExceptionCode } from './reports.exception';

/** How long a survey link works. */
const SURVEY_VALID_DAYS = 60;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The satisfaction survey of a finished course, for the citizen and the caseworker: a tokenised
 * link (only its hash is looked up), no login, one answer. The supplier sees averages only.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly cipher: FieldCipher,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Creates the two surveys of an ended course and mails the caseworker theirs (idempotent). */
  async open(manager: EntityManager, a: AssignmentEntity): Promise<void> {
    if (await manager.existsBy(SurveyEntity, { assignmentId: a.id })) return;
    const citizenCase = await manager.findOneOrFail(CitizenCaseEntity, { where: { id: a.caseId }, relations: { caseworker: true } });
    const municipality = await manager.findOneByOrFail(MunicipalityEntity, { code: a.municipalityCode });
    const expiresAt = new Date(Date.now() + SURVEY_VALID_DAYS * 86_400_000);
    for (const respondent of ['citizen', 'caseworker'] as const) {
      const id = randomUUID();
      const token = randomBytes(24).toString('base64url');
      await manager.insert(SurveyEntity, { id, tokenHash: hash(token), tokenCiphertext: this.cipher.encrypt('survey-token', id, token), assignmentId: a.id, supplierId: a.supplierId, municipalityCode: a.municipalityCode, targetGroup: citizenCase.targetGroup, respondent, expiresAt });
      if (respondent === 'caseworker' && citizenCase.caseworker) {
        await this.mail.queueMail(manager, citizenCase.caseworker.email, 'survey-invitation', {
          name: citizenCase.caseworker.name,
          caseReference: citizenCase.reference,
          municipalityName: municipality.name,
          link: this.link(token),
          expiresOn: expiresAt.toISOString().slice(0, 10),
        });
      }
    }
  }

  /** The case page's view: the citizen's link to hand over (and the caseworker's own). */
  async forCourse(assignmentId: string): Promise<CourseSurveys> {
    const a = await this.tenant.repository(AssignmentEntity).get(assignmentId, {}, 'Assignment');
    const rows = await this.dataSource.getRepository(SurveyEntity).createQueryBuilder('s').addSelect('s.tokenCiphertext').where('s.assignmentId = :id AND s.municipalityCode = :m', { id: a.id, m: a.municipalityCode }).getMany();
    const out: CourseSurveys = {};
    for (const s of rows) {
      out[s.respondent] = { link: this.link(this.cipher.decrypt<string>('survey-token', s.id, s.tokenCiphertext)), answered: !!s.answeredAt, expiresAt: s.expiresAt.toISOString() };
    }
    return out;
  }

  async get(token: string): Promise<Survey> {
    const s = await this.byToken(token);
    const municipality = await this.dataSource.manager.findOneByOrFail(MunicipalityEntity, { code: s.municipalityCode });
    return {
      respondent: s.respondent,
      municipalityName: municipality.name,
      questions: SURVEY_QUESTIONS[s.respondent].map((q) => ({ code: q.code, text: q.da })),
      answered: !!s.answeredAt,
      expiresAt: s.expiresAt.toISOString(),
    };
  }

  async answer(token: string, input: SurveyAnswerInput): Promise<void> {
    const s = await this.byToken(token);
    const questions = SURVEY_QUESTIONS[s.respondent];
    const answers = input.answers ?? {};
    const problems = [
      ...questions.filter((q) => ![1, 2, 3, 4, 5].includes(answers[q.code] as number)).map((q) => ({ field: `answers.${q.code}`, messages: ['answer with a whole number from 1 to 5'] })),
      ...Object.keys(answers).filter((code) => !questions.some((q) => q.code === code)).map((code) => ({ field: `answers.${code}`, messages: ['is not a question of this survey'] })),
    ];
    if (problems.length) throw new FieldValidationException(problems);
    await this.dataSource.transaction(async (manager) => {
      // One answer per link, even when two arrive at once: the update only applies while unanswered.
      const result = await manager
        .createQueryBuilder()
        .update(SurveyEntity)
        .set({ answers: answers as Record<string, number>, answeredAt: new Date(), commentCiphertext: input.comment?.trim() ? this.cipher.encrypt('survey-token', `${s.id}:comment`, input.comment.trim()) : null })
        .where('id = :id AND answered_at IS NULL', { id: s.id })
        .execute();
      if (!result.affected) throw new ReportException(ReportExceptionCode.SURVEY_ANSWERED, 'This survey has already been answered. Thank you!');
      // Anonymous: the respondent has no account; the event names the survey and its course only.
      await this.audit.record(manager, { action: 'survey.answered', entityType: 'survey', entityId: s.id, actorUserId: null, actorRole: s.respondent, municipalityCode: s.municipalityCode, supplierId: s.supplierId, details: { assignmentId: s.assignmentId } });
    });
  }

  private async byToken(token: string): Promise<SurveyEntity> {
    const s = await this.dataSource.manager.findOneBy(SurveyEntity, { tokenHash: hash(token) });
    if (!s || s.expiresAt < new Date()) throw new NotFoundException('This survey link is unknown or has expired. Ask your caseworker for a new one.');
    return s;
  }

  private link(token: string): string {
    return `${this.config.publicUrl}/survey/${token}`;
  }
}
