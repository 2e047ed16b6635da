import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';

import {
  FieldError,
  MilestoneReport,
  Page,
  ProgressionAssessment,
  Report,
  ReportEvent,
  ReportInput,
  ReportKind,
  ReportReviewInput,
  ReportStatus,
  ReportSummary,
} from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { AppConfig } from '../../core/config/app-config';
import { Actor, RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { PageQuery } from '../../core/http/page-query';
import { FieldValidationException } from '../../core/http/validation';
import { MailService } from '../../core/mail/mail.service';
import { AssignmentEntity } from '../cases/entities/assignment.entity';
import { CitizenCaseEntity } from '../cases/entities/citizen-case.entity';
import { MentorRequestEntity } from '../cases/entities/mentor-request.entity';
import { MentorEntity } from '../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { copenhagenDate } from '../tenders/utils/danish-holidays.util';
import { UserEntity } from '../users/entities/user.entity';
import { ReportEventEntity } from './entities/report-event.entity';
import { ReportEntity } from './entities/report.entity';
import { QualityService } from './quality.service';
import { ReportException, ReportExceptionCode } from './reports.exception';
import { reportCompleteness } from './utils/report-completeness.util';

/** What the mentor writes about the citizen: stored encrypted. */
interface ReportContent {
  notes: string[];
  narrative: string;
  progression?: ProgressionAssessment;
}

const EDITABLE: ReadonlySet<ReportStatus> = new Set(['due', 'draft', 'returned']);
/** Reports whose hours count against the grant. */
const COUNTED: ReportStatus[] = ['submitted', 'accepted', 'returned'];
const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

export const reportLabel = (kind: ReportKind) => (kind === 'monthly' ? 'månedsrapporten' : 'progressionsrapporten');
export const periodLabel = (period: string) => `${MONTHS_DA[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
export const daDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The monthly and progression reports: the mentor's form (drafts, submission within the hours
 * left of the grant), the caseworker's review (accept, or return with a comment, and the mentor
 * corrects and resubmits), with every submission and review kept as history.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly mail: MailService,
    private readonly quality: QualityService,
    private readonly config: AppConfig,
  ) {}

  async list(query: PageQuery & { status?: ReportStatus; overdue?: boolean; kind?: ReportKind; assignmentId?: string }): Promise<Page<ReportSummary>> {
    const actor = RequestContext.actor()!;
    const qb = this.tenant.repository(ReportEntity).createQueryBuilder('r');
    if (actor.role === 'mentor') qb.andWhere('r.mentorId = :me', { me: actor.mentorId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.assignmentId) qb.andWhere('r.assignmentId = :assignmentId', { assignmentId: query.assignmentId });
    if (query.overdue) qb.andWhere(`r.status IN ('due', 'draft', 'returned') AND r.dueOn < :today`, { today: copenhagenDate(new Date()) });
    const total = await qb.clone().getCount();
    const rows = await qb.orderBy('r.dueOn', 'ASC').addOrderBy('r.kind', 'ASC').addOrderBy('r.id', 'ASC').offset(query.offset).limit(query.pageSize).getMany();
    return { items: await this.summaries(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async forAssignment(assignmentId: string): Promise<ReportSummary[]> {
    await this.visibleAssignment(assignmentId);
    return (await this.list(Object.assign(new PageQuery(), { page: 1, pageSize: 200, assignmentId }))).items;
  }

  /** The whole report. Its content speaks of the citizen: the read is audit-logged. */
  async get(id: string, purpose = 'Læse rapport'): Promise<Report> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.visible(id, manager);
      await this.audit.record(manager, { action: 'report.read', entityType: 'report', entityId: row.id, purpose, municipalityCode: row.municipalityCode, supplierId: row.supplierId });
      return this.toReport(manager, row);
    });
  }

  async save(id: string, input: ReportInput): Promise<Report> {
    const actor = RequestContext.actor()!;
    return this.dataSource.transaction(async (manager) => {
      const row = await this.visible(id, manager, true);
      if (!EDITABLE.has(row.status)) {
        throw new ReportException(ReportExceptionCode.NOT_EDITABLE, `The report is ${row.status}; ${row.status === 'submitted' ? 'wait for the caseworker’s review.' : 'an accepted report is final.'}`);
      }
      const today = copenhagenDate(new Date());
      if (input.submit && row.periodStart > today) {
        throw new ReportException(ReportExceptionCode.NOT_STARTED, `The report covers ${row.periodStart} to ${row.periodEnd}; it can be submitted once the period has begun (save it as a draft until then).`);
      }
      const milestones = await this.milestonesOf(manager, row);
      const grant = await this.grant(manager, row);
      this.validate(row.kind, input, milestones, grant.remaining);
      const content: ReportContent = {
        notes: milestones.map((_, i) => input.milestones[i]?.note?.trim() ?? ''),
        narrative: input.narrative?.trim() ?? '',
        ...(row.kind === 'progression' && input.progression ? { progression: input.progression } : {}),
      };
      const figures = row.kind === 'monthly' ? { hoursUsed: input.hoursUsed ?? null, meetingsHeld: input.meetingsHeld ?? null, meetingsMissed: input.meetingsMissed ?? null } : { hoursUsed: null, meetingsHeld: null, meetingsMissed: null };
      const statuses = milestones.map((_, i) => input.milestones[i]?.status ?? null);
      const contentCiphertext = this.cipher.encrypt('report-content', row.id, content);
      const now = new Date();
      const changes: Partial<ReportEntity> = { ...figures, milestoneStatuses: statuses as ReportEntity['milestoneStatuses'], contentCiphertext };
      if (input.submit) {
        Object.assign(changes, {
          status: 'submitted',
          submittedAt: now,
          firstSubmittedAt: row.firstSubmittedAt ?? now,
          submissions: row.submissions + 1,
          completeness: reportCompleteness({ kind: row.kind, milestones, statuses, notes: content.notes, ...figures, narrative: content.narrative, progression: content.progression }),
        });
      } else if (row.status === 'due') {
        changes.status = 'draft';
      }
      await manager.update(ReportEntity, { id: row.id }, changes);
      if (input.submit) {
        const eventId = randomUUID();
        await manager.insert(ReportEventEntity, { id: eventId, reportId: row.id, action: 'submitted', userId: actor.userId, contentCiphertext: this.cipher.encrypt('report-content', `${row.id}:event:${eventId}`, content), figures });
        await this.audit.record(manager, { action: 'report.submitted', entityType: 'report', entityId: row.id, municipalityCode: row.municipalityCode, supplierId: row.supplierId, details: { period: row.period, kind: row.kind, submission: row.submissions + 1, hoursUsed: figures.hoursUsed } });
        await this.updateAgreementHours(manager, row.assignmentId);
        await this.notifyCaseworker(manager, row);
        await this.quality.recomputeQuality(manager, { supplierId: row.supplierId });
      } else {
        await this.audit.record(manager, { action: 'report.draft_saved', entityType: 'report', entityId: row.id, municipalityCode: row.municipalityCode, supplierId: row.supplierId, details: { period: row.period, kind: row.kind, from: row.status } });
      }
      return this.toReport(manager, await this.reload(manager, row.id));
    });
  }

  async review(id: string, input: ReportReviewInput): Promise<Report> {
    const actor = RequestContext.actor()!;
    if (input.decision === 'return' && !input.comment?.trim()) {
      throw new FieldValidationException([{ field: 'comment', messages: ['say what to correct when returning a report'] }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await this.visible(id, manager, true);
      if (row.status !== 'submitted') {
        throw new ReportException(ReportExceptionCode.NOT_SUBMITTED, `The report is ${row.status}; only a submitted report can be reviewed.`);
      }
      const now = new Date();
      if (input.decision === 'accept') {
        await manager.update(ReportEntity, { id: row.id }, { status: 'accepted', reviewedAt: now });
      } else {
        await manager.update(ReportEntity, { id: row.id }, { status: 'returned', reviewedAt: now, returns: row.returns + 1 });
      }
      const comment = input.comment?.trim() || null;
      const eventId = randomUUID();
      await manager.insert(ReportEventEntity, { id: eventId, reportId: row.id, action: input.decision === 'accept' ? 'accepted' : 'returned', userId: actor.userId, commentCiphertext: comment ? this.cipher.encrypt('report-content', `${row.id}:event:${eventId}`, comment) : null, figures: null });
      await this.audit.record(manager, { action: input.decision === 'accept' ? 'report.accepted' : 'report.returned', entityType: 'report', entityId: row.id, details: { period: row.period, kind: row.kind } });
      if (input.decision === 'return') await this.notifyReturned(manager, row, comment!);
      await this.updateAgreementHours(manager, row.assignmentId);
      await this.quality.recomputeQuality(manager, { supplierId: row.supplierId });
      return this.toReport(manager, await this.reload(manager, row.id));
    });
  }

  /** Reads a report the caller may see (404 otherwise); `forChange` also checks who may change it. */
  private async visible(id: string, manager: EntityManager, forChange = false): Promise<ReportEntity> {
    const actor = RequestContext.actor()!;
    const row = await this.tenant.repository(ReportEntity, manager).get(id, { lock: forChange ? { mode: 'pessimistic_write' } : undefined }, 'Report');
    if (actor.role === 'mentor' && row.mentorId !== actor.mentorId) throw this.tenant.notFound('Report', id);
    return this.reload(manager, row.id);
  }

  private async visibleAssignment(assignmentId: string): Promise<AssignmentEntity> {
    const actor = RequestContext.actor()!;
    const a = await this.tenant.repository(AssignmentEntity).get(assignmentId, {}, 'Assignment');
    if (actor.role === 'mentor' && a.mentorId !== actor.mentorId) throw this.tenant.notFound('Assignment', assignmentId);
    return a;
  }

  private reload(manager: EntityManager, id: string): Promise<ReportEntity> {
    return manager.getRepository(ReportEntity).createQueryBuilder('r').addSelect('r.contentCiphertext').where('r.id = :id', { id }).getOneOrFail();
  }

  /** The agreement's milestones, in order (all goals' milestones, flattened). */
  private async milestonesOf(manager: EntityManager, row: ReportEntity): Promise<string[]> {
    return (await this.goalsOf(manager, row)).flatMap((g) => g.milestones);
  }

  private async goalsOf(manager: EntityManager, row: ReportEntity): Promise<{ text: string; milestones: string[] }[]> {
    const a = await manager.findOneOrFail(AssignmentEntity, { where: { id: row.assignmentId }, select: { id: true, requestId: true } });
    const request = await manager.findOneOrFail(MentorRequestEntity, { where: { id: a.requestId }, select: { id: true, goals: true } });
    return request.goals.map((g) => ({ text: g.text, milestones: g.milestones }));
  }

  /** Hours granted over the whole course (every linked period) and used in its other reports. */
  private async grant(manager: EntityManager, row: ReportEntity): Promise<{ granted: number; usedElsewhere: number; remaining: number }> {
    const [g] = await manager.query<{ granted: string; used: string }[]>(
      `WITH RECURSIVE back AS (
         SELECT id, previous_assignment_id FROM assignment WHERE id = $1
         UNION SELECT a.id, a.previous_assignment_id FROM assignment a JOIN back b ON a.id = b.previous_assignment_id
       ), fwd AS (
         SELECT id FROM assignment WHERE id = $1
         UNION SELECT a.id FROM assignment a JOIN fwd f ON a.previous_assignment_id = f.id
       ), chain AS (SELECT id FROM back UNION SELECT id FROM fwd)
       SELECT (SELECT coalesce(sum(a.hours_per_week * r.weeks), 0) FROM assignment a JOIN mentor_request r ON r.id = a.request_id WHERE a.id IN (SELECT id FROM chain)) AS granted,
              (SELECT coalesce(sum(rep.hours_used), 0) FROM report rep WHERE rep.assignment_id IN (SELECT id FROM chain) AND rep.id <> $2 AND rep.status = ANY($3::varchar[])) AS used`,
      [row.assignmentId, row.id, COUNTED],
    );
    const granted = round2(Number(g.granted));
    const usedElsewhere = round2(Number(g.used));
    return { granted, usedElsewhere, remaining: round2(Math.max(0, granted - usedElsewhere)) };
  }

  /** Drafts may be partial; a submission must be whole. Every problem is listed at once. */
  private validate(kind: ReportKind, input: ReportInput, milestones: string[], remaining: number): void {
    const problems: FieldError[] = [];
    const add = (field: string, message: string) => problems.push({ field, messages: [message] });
    if ((input.milestones?.length ?? 0) > milestones.length) add('milestones', `the agreement has ${milestones.length} milestones; send one entry per milestone, in order`);
    input.milestones?.forEach((m, i) => {
      if (i < milestones.length && m.milestone && m.milestone !== milestones[i]) add(`milestones.${i}.milestone`, `expected "${milestones[i]}" (the agreement's milestone ${i + 1})`);
    });
    if (kind === 'monthly') {
      if (input.hoursUsed !== undefined && input.hoursUsed !== null && input.hoursUsed > remaining) {
        add('hoursUsed', `at most ${remaining} hours remain of the grant; report the hours actually used, or ask the caseworker to extend the course`);
      }
    } else if (input.hoursUsed !== undefined || input.meetingsHeld !== undefined || input.meetingsMissed !== undefined) {
      add('hoursUsed', 'the progression report has no hours or attendance; report those in the monthly report');
    }
    if (input.submit) {
      milestones.forEach((_, i) => {
        if (!input.milestones?.[i]?.status) add(`milestones.${i}.status`, 'give the status of every milestone');
        else if (input.milestones[i].status === 'setback' && !input.milestones[i].note?.trim()) add(`milestones.${i}.note`, 'explain the setback in a note');
      });
      if (!input.narrative?.trim()) add('narrative', 'describe the month in a few sentences');
      if (kind === 'monthly') {
        for (const field of ['hoursUsed', 'meetingsHeld', 'meetingsMissed'] as const) {
          if (input[field] === undefined || input[field] === null) add(field, 'is required to submit');
        }
      } else {
        for (const field of ['competences', 'resources', 'nextSteps'] as const) {
          if (!input.progression?.[field]?.trim()) add(`progression.${field}`, 'is required in the progression report');
        }
      }
    }
    if (problems.length) throw new FieldValidationException(problems);
  }

  /** The agreement's hours used: everything reported on its courses (its ceiling is measured against this). */
  private async updateAgreementHours(manager: EntityManager, assignmentId: string): Promise<void> {
    await manager.query(
      `UPDATE framework_agreement fa SET hours_used = coalesce((
         SELECT sum(r.hours_used) FROM report r JOIN assignment a ON a.id = r.assignment_id
         WHERE a.agreement_id = fa.id AND r.status = ANY($2::varchar[])), 0)
       WHERE fa.id = (SELECT agreement_id FROM assignment WHERE id = $1)`,
      [assignmentId, COUNTED],
    );
  }

  private async notifyCaseworker(manager: EntityManager, row: ReportEntity): Promise<void> {
    const c = await manager.findOneOrFail(CitizenCaseEntity, { where: { id: row.caseId }, relations: { caseworker: true } });
    const mentor = await manager.findOneOrFail(MentorEntity, { where: { id: row.mentorId }, select: { id: true, name: true } });
    if (!c.caseworker?.active) return;
    await this.mail.queueMail(manager, c.caseworker.email, 'report-submitted', { name: c.caseworker.name, mentorName: mentor.name, caseReference: c.reference, reportLabel: reportLabel(row.kind), periodLabel: periodLabel(row.period), link: `${this.config.publicUrl}/cases/reports/${row.id}` });
  }

  private async notifyReturned(manager: EntityManager, row: ReportEntity, comment: string): Promise<void> {
    const c = await manager.findOneOrFail(CitizenCaseEntity, { where: { id: row.caseId }, select: { id: true, reference: true } });
    const mentorUser = await manager.findOneBy(UserEntity, { mentorId: row.mentorId, active: true });
    const to = mentorUser ? [mentorUser] : await manager.find(UserEntity, { where: { supplierId: row.supplierId, role: 'supplier_admin', active: true } });
    for (const user of to) {
      await this.mail.queueMail(manager, user.email, 'report-returned', { name: user.name, caseReference: c.reference, reportLabel: reportLabel(row.kind), periodLabel: periodLabel(row.period), comment, link: `${this.config.publicUrl}/mentor/reports/${row.id}` });
    }
  }

  private async summaries(rows: ReportEntity[], manager: EntityManager = this.dataSource.manager): Promise<ReportSummary[]> {
    if (!rows.length) return [];
    const cases = await manager.find(CitizenCaseEntity, { where: { id: In([...new Set(rows.map((r) => r.caseId))]) }, select: { id: true, reference: true } });
    const mentors = await manager.find(MentorEntity, { where: { id: In([...new Set(rows.map((r) => r.mentorId))]) }, select: { id: true, name: true } });
    const suppliers = await manager.find(SupplierEntity, { where: { id: In([...new Set(rows.map((r) => r.supplierId))]) }, select: { id: true, name: true } });
    const today = copenhagenDate(new Date());
    return rows.map((r) => {
      const submittedOn = r.firstSubmittedAt ? copenhagenDate(r.firstSubmittedAt) : null;
      const lateBy = submittedOn ? daysBetween(r.dueOn, submittedOn) : daysBetween(r.dueOn, today);
      return {
        id: r.id,
        assignmentId: r.assignmentId,
        caseId: r.caseId,
        caseReference: cases.find((c) => c.id === r.caseId)?.reference ?? '',
        mentorId: r.mentorId,
        mentorName: mentors.find((m) => m.id === r.mentorId)?.name ?? '',
        supplierId: r.supplierId,
        supplierName: suppliers.find((s) => s.id === r.supplierId)?.name ?? '',
        kind: r.kind,
        period: r.period,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        dueOn: r.dueOn,
        status: r.status,
        overdue: lateBy > 0,
        daysOverdue: Math.max(0, lateBy),
        ...(r.submittedAt ? { submittedAt: r.submittedAt.toISOString() } : {}),
        ...(r.hoursUsed !== null ? { hoursUsed: r.hoursUsed } : {}),
        submissions: r.submissions,
      };
    });
  }

  private async toReport(manager: EntityManager, row: ReportEntity): Promise<Report> {
    const actor = RequestContext.actor()!;
    const [summary] = await this.summaries([row], manager);
    const goals = await this.goalsOf(manager, row);
    const milestones = goals.flatMap((g) => g.milestones);
    const content: ReportContent = row.contentCiphertext ? this.cipher.decrypt<ReportContent>('report-content', row.id, row.contentCiphertext) : { notes: [], narrative: '' };
    const grant = await this.grant(manager, row);
    const events = await manager.getRepository(ReportEventEntity).createQueryBuilder('e').addSelect('e.commentCiphertext').where('e.reportId = :id', { id: row.id }).orderBy('e.createdAt', 'ASC').getMany();
    const users = events.length ? await manager.find(UserEntity, { where: { id: In([...new Set(events.map((e) => e.userId))]) }, select: { id: true, name: true } }) : [];
    const history: ReportEvent[] = events.map((e) => ({
      at: e.createdAt.toISOString(),
      action: e.action,
      byName: users.find((u) => u.id === e.userId)?.name ?? '',
      ...(e.commentCiphertext ? { comment: this.cipher.decrypt<string>('report-content', `${row.id}:event:${e.id}`, e.commentCiphertext) } : {}),
    }));
    const lastReturn = [...history].reverse().find((h) => h.action === 'returned');
    const items: MilestoneReport[] = milestones.map((m, i) => {
      const status = row.milestoneStatuses?.[i];
      return { milestone: m, ...(status ? { status } : {}), note: content.notes[i] ?? '' };
    });
    return {
      ...summary,
      ...(row.meetingsHeld !== null ? { meetingsHeld: row.meetingsHeld } : {}),
      ...(row.meetingsMissed !== null ? { meetingsMissed: row.meetingsMissed } : {}),
      milestones: items,
      narrative: content.narrative,
      ...(content.progression ? { progression: content.progression } : {}),
      ...(row.status === 'returned' && lastReturn?.comment ? { returnComment: lastReturn.comment } : {}),
      goals,
      hoursGranted: grant.granted,
      hoursUsedElsewhere: grant.usedElsewhere,
      hoursRemaining: grant.remaining,
      history,
      canEdit: this.mayEdit(actor) && EDITABLE.has(row.status),
      canReview: actor.role === 'caseworker' && row.status === 'submitted',
    };
  }

  private mayEdit(actor: Actor): boolean {
    return actor.role === 'mentor' || actor.role === 'supplier_admin';
  }
}
