import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, ILike, In, Not } from 'typeorm';

import { Page, Question, Role, Tender, TenderStatus, TenderTransitionResult } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { AppConfig } from '../../core/config/app-config';
import { KeyService } from '../../core/crypto/key.service';
import { Actor, RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { afterCommit } from '../../core/database/after-commit';
import { MailService } from '../../core/mail/mail.service';
import { JobName } from '../../core/queue/job-catalogue';
import { QueueService } from '../../core/queue/queue.service';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { AwardCriterionEntity } from './entities/award-criterion.entity';
import { BidEntity } from './entities/bid.entity';
import { FrameworkAgreementEntity } from './entities/framework-agreement.entity';
import { LotEntity } from './entities/lot.entity';
import { TenderQuestionEntity } from './entities/tender-question.entity';
import { TenderEntity } from './entities/tender.entity';
import { toQuestion, toTender } from './tender.mapper';
import { officerEmails, supplierAdmins } from './tender-recipients';
import { closeJobId, inForceInstant, inForceJobId, publicationChanges, TenderLifecycleService } from './tender-lifecycle.service';
import { TenderClock } from './tender-clock';
import { AnswerDto, CancelTenderDto, CreateTenderDto, QuestionDto, TenderQuery, UpdateTenderDto } from './tenders.dto';
import { TenderException, TenderExceptionCode } from './tenders.exception';
import { addCalendarDays, copenhagenDate } from './utils/danish-holidays.util';

/** A bid period shorter than this is allowed but warned about (the usual minimum is 10 days or more). */
export const SHORT_BID_PERIOD_DAYS = 10;

const MUNICIPAL_ROLES: readonly Role[] = ['municipality_admin', 'procurement_officer', 'caseworker'];

export const isMunicipal = (actor: Actor) => MUNICIPAL_ROLES.includes(actor.role) && !!actor.municipalityCode;

type Transition = 'edit' | 'publish' | 'close' | 'evaluate' | 'award' | 'cancel' | 'ask' | 'answer';

/** Which states allow which change: the 409 message names them. */
export const ALLOWED_FROM: Record<Transition, { from: TenderStatus[]; what: string }> = {
  edit: { from: ['draft'], what: 'edited' },
  publish: { from: ['draft'], what: 'published' },
  close: { from: ['published'], what: 'closed' },
  evaluate: { from: ['closed'], what: 'marked as evaluated' },
  // From closed the award completes the evaluation first (when every answer is scored).
  award: { from: ['closed', 'evaluated'], what: 'awarded' },
  // Awarded: during the standstill, before any agreement is concluded.
  cancel: { from: ['draft', 'published', 'closed', 'evaluated', 'awarded'], what: 'cancelled' },
  ask: { from: ['published'], what: 'asked questions' },
  answer: { from: ['published'], what: 'answered' },
};

export function assertTransition(tender: Pick<TenderEntity, 'id' | 'status'>, transition: Transition): void {
  const rule = ALLOWED_FROM[transition];
  if (rule.from.includes(tender.status)) return;
  const hint =
    tender.status === 'cancelled'
      ? ' A cancelled tender cannot change any more.'
      : tender.status === 'in_force' && transition === 'cancel'
        ? ' Its framework agreements are in force: an agreement in force is terminated on its own terms, not cancelled with the tender.'
        : tender.status === 'in_force' || tender.status === 'awarded'
          ? ' It has been awarded; its agreements follow from the award.'
          : '';
  throw new TenderException(
    TenderExceptionCode.INVALID_STATE,
    `Tender ${tender.id} is ${tender.status}: it can be ${rule.what} only when it is ${rule.from.join(' or ')}.${hint}`,
  );
}

/** Tender create/update/lifecycle, questions and answers, and the read rules every other part uses. */
@Injectable()
export class TendersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly queue: QueueService,
    private readonly keys: KeyService,
    private readonly config: AppConfig,
    private readonly clock: TenderClock,
    private readonly lifecycle: TenderLifecycleService,
  ) {}

  // ---- reading ---------------------------------------------------------------------------

  /**
   * The tender as the caller may see it, or 404. Municipal users see their own municipality's
   * tenders in every state; suppliers and the platform admin see every tender once published
   * (deliberately shared data, hence the plain repository with an explicit status condition).
   */
  async readable(id: string, manager: EntityManager = this.dataSource.manager): Promise<TenderEntity> {
    const actor = RequestContext.actor();
    if (actor && isMunicipal(actor)) return this.tenant.repository(TenderEntity, manager).get(id, {}, 'Tender');
    if (!isUuid(id)) throw new NotFoundException(`Tender ${id} was not found.`);
    const tender = await manager.findOne(TenderEntity, { where: { id, status: Not('draft') } });
    if (!tender) throw new NotFoundException(`Tender ${id} was not found.`);
    return tender;
  }

  /** The caller's own municipality's tender, locked for a change (officers only reach this). */
  async owned(id: string, manager: EntityManager): Promise<TenderEntity> {
    return this.tenant.repository(TenderEntity, manager).get(id, { lock: { mode: 'pessimistic_write' } }, 'Tender');
  }

  async list(query: TenderQuery): Promise<Page<Tender>> {
    const actor = RequestContext.actor()!;
    const where: FindOptionsWhere<TenderEntity> = {};
    if (query.q) where.title = ILike(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    let rows: TenderEntity[];
    let total: number;
    if (isMunicipal(actor)) {
      if (query.status) where.status = query.status;
      [rows, total] = await this.tenant.repository(TenderEntity).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    } else {
      // Published tenders are shared with every supplier: drafts never leave their municipality.
      where.status = query.status ? (query.status === 'draft' ? In([]) : query.status) : Not('draft');
      [rows, total] = await this.dataSource.getRepository(TenderEntity).findAndCount({ where, order: { bidDeadline: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    }
    return { items: await this.toDtos(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Tender> {
    return (await this.toDtos([await this.readable(id)]))[0];
  }

  async toDtos(rows: TenderEntity[], manager: EntityManager = this.dataSource.manager): Promise<Tender[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [lots, criteria, municipalities] = await Promise.all([
      manager.find(LotEntity, { where: { tenderId: In(ids) } }),
      manager.find(AwardCriterionEntity, { where: { tenderId: In(ids) } }),
      manager.find(MunicipalityEntity, { where: { code: In([...new Set(rows.map((r) => r.municipalityCode))]) } }),
    ]);
    // Counts only for opened tenders: before the deadline nobody learns how many bids there are.
    const openedIds = rows.filter((r) => r.openedAt).map((r) => r.id);
    const counts = new Map<string, number>();
    if (openedIds.length) {
      const raw = await manager
        .createQueryBuilder(BidEntity, 'b')
        .select('b.tenderId', 'tenderId')
        .addSelect('COUNT(*)', 'n')
        .where('b.tenderId IN (:...ids) AND b.status = :s', { ids: openedIds, s: 'submitted' })
        .groupBy('b.tenderId')
        .getRawMany<{ tenderId: string; n: string }>();
      for (const r of raw) counts.set(r.tenderId, Number(r.n));
    }
    return rows.map((t) =>
      toTender(t, {
        lots: lots.filter((l) => l.tenderId === t.id),
        criteria: criteria.filter((c) => c.tenderId === t.id),
        municipalityName: municipalities.find((m) => m.code === t.municipalityCode)?.name ?? t.municipalityCode,
        bidCount: counts.get(t.id) ?? 0,
        lightRegimeThresholdDkk: this.config.lightRegimeThresholdDkk,
      }),
    );
  }

  // ---- create and edit ---------------------------------------------------------------------

  async create(dto: CreateTenderDto): Promise<Tender> {
    const actor = RequestContext.actor()!;
    assertConsistent(dto);
    return this.dataSource.transaction(async (manager) => {
      const repo = this.tenant.repository(TenderEntity, manager);
      const tender = await repo.save(
        repo.create({
          status: 'draft',
          title: dto.title,
          description: dto.description,
          priceWeight: dto.priceWeight,
          priceModel: dto.priceModel,
          linearSlope: dto.priceModel === 'linear' ? (dto.linearSlope ?? null) : null,
          allocationModel: dto.allocationModel,
          estimatedValue: dto.estimatedValue ?? null,
          questionDeadline: new Date(dto.questionDeadline),
          bidDeadline: new Date(dto.bidDeadline),
          standstillDays: dto.standstillDays ?? 10,
          agreementStart: dto.agreementStart,
          agreementEnd: dto.agreementEnd,
          createdByUserId: actor.userId,
        }),
      );
      await this.saveParts(manager, tender.id, dto);
      await this.audit.record(manager, { action: 'tender.created', entityType: 'tender', entityId: tender.id, details: { lots: dto.lots.length, criteria: dto.criteria.length } });
      return (await this.toDtos([tender], manager))[0];
    });
  }

  async update(id: string, dto: UpdateTenderDto): Promise<Tender> {
    return this.dataSource.transaction(async (manager) => {
      const tender = await this.owned(id, manager);
      assertTransition(tender, 'edit');
      const [lots, criteria] = await Promise.all([manager.find(LotEntity, { where: { tenderId: id } }), manager.find(AwardCriterionEntity, { where: { tenderId: id } })]);
      const merged: CreateTenderDto = {
        title: dto.title ?? tender.title,
        description: dto.description ?? tender.description,
        priceWeight: dto.priceWeight ?? tender.priceWeight,
        priceModel: dto.priceModel ?? tender.priceModel,
        linearSlope: dto.linearSlope ?? tender.linearSlope ?? undefined,
        allocationModel: dto.allocationModel ?? tender.allocationModel,
        estimatedValue: dto.estimatedValue ?? tender.estimatedValue ?? undefined,
        questionDeadline: dto.questionDeadline ?? tender.questionDeadline.toISOString(),
        bidDeadline: dto.bidDeadline ?? tender.bidDeadline.toISOString(),
        standstillDays: dto.standstillDays ?? tender.standstillDays,
        agreementStart: dto.agreementStart ?? tender.agreementStart,
        agreementEnd: dto.agreementEnd ?? tender.agreementEnd,
        lots: dto.lots ?? lots.sort((a, b) => a.number - b.number),
        criteria: dto.criteria ?? criteria.sort((a, b) => a.position - b.position),
      };
      assertConsistent(merged);
      await manager.update(
        TenderEntity,
        { id },
        {
          title: merged.title,
          description: merged.description,
          priceWeight: merged.priceWeight,
          priceModel: merged.priceModel,
          linearSlope: merged.priceModel === 'linear' ? (merged.linearSlope ?? null) : null,
          allocationModel: merged.allocationModel,
          estimatedValue: merged.estimatedValue ?? null,
          questionDeadline: new Date(merged.questionDeadline),
          bidDeadline: new Date(merged.bidDeadline),
          standstillDays: merged.standstillDays,
          agreementStart: merged.agreementStart,
          agreementEnd: merged.agreementEnd,
        },
      );
      if (dto.lots) await manager.delete(LotEntity, { tenderId: id });
      if (dto.criteria) await manager.delete(AwardCriterionEntity, { tenderId: id });
      await this.saveParts(manager, id, { lots: dto.lots, criteria: dto.criteria });
      const changed = Object.keys(dto).filter((k) => dto[k as keyof UpdateTenderDto] !== undefined);
      await this.audit.record(manager, { action: 'tender.updated', entityType: 'tender', entityId: id, details: { changed } });
      return (await this.toDtos([await manager.findOneByOrFail(TenderEntity, { id })], manager))[0];
    });
  }

  private async saveParts(manager: EntityManager, tenderId: string, parts: Partial<Pick<CreateTenderDto, 'lots' | 'criteria'>>): Promise<void> {
    if (parts.lots) {
      await manager.insert(
        LotEntity,
        parts.lots.map((l, i) => ({
          tenderId,
          number: i + 1,
          title: l.title,
          description: l.description ?? '',
          targetGroups: l.targetGroups,
          requiredCompetences: l.requiredCompetences,
          estimatedHoursPerYear: l.estimatedHoursPerYear,
          maxSuppliers: l.maxSuppliers,
          hourCeiling: l.hourCeiling,
        })),
      );
    }
    if (parts.criteria?.length) {
      await manager.insert(
        AwardCriterionEntity,
        parts.criteria.map((c, i) => ({ tenderId, position: i + 1, name: c.name, weight: c.weight, description: c.description ?? '' })),
      );
    }
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  async publish(id: string): Promise<TenderTransitionResult> {
    const now = this.clock.now();
    const warnings: string[] = [];
    const tender = await this.dataSource.transaction(async (manager) => {
      const tender = await this.owned(id, manager);
      assertTransition(tender, 'publish');
      if (tender.bidDeadline <= now) {
        throw new TenderException(TenderExceptionCode.TIMELINE, `bidDeadline: ${tender.bidDeadline.toISOString()} has passed; set a bid deadline in the future before publishing.`);
      }
      if (tender.questionDeadline <= now) {
        throw new TenderException(TenderExceptionCode.TIMELINE, `questionDeadline: ${tender.questionDeadline.toISOString()} has passed; set a question deadline in the future before publishing.`);
      }
      const lotCount = await manager.count(LotEntity, { where: { tenderId: id } });
      if (lotCount === 0) throw new TenderException(TenderExceptionCode.INVALID_INPUT, 'lots: a tender needs at least one lot to be published.');
      const days = (tender.bidDeadline.getTime() - now.getTime()) / 86_400_000;
      if (days < SHORT_BID_PERIOD_DAYS) {
        warnings.push(`bidDeadline: the bid period is ${days.toFixed(1)} days, shorter than ${SHORT_BID_PERIOD_DAYS}; suppliers may not manage to bid.`);
      }
      // Optional in the API: without it the tender is published, but nobody has checked the threshold.
      if (tender.estimatedValue === null) {
        warnings.push(
          `estimatedValue: not given, so the light-regime threshold check could not be made; if the total value exceeds ${this.config.lightRegimeThresholdDkk} DKK, an EU notice (TED) is needed.`,
        );
      } else if (tender.estimatedValue > this.config.lightRegimeThresholdDkk) {
        warnings.push(`estimatedValue: ${tender.estimatedValue} DKK exceeds the light-regime threshold of ${this.config.lightRegimeThresholdDkk} DKK; an EU notice (TED) is needed.`);
      }
      await manager.update(TenderEntity, { id }, publicationChanges(this.keys.key('sealed-bids'), tender.id, now));
      await this.audit.record(manager, {
        action: 'tender.published',
        entityType: 'tender',
        entityId: id,
        details: { bidDeadline: tender.bidDeadline.toISOString(), warnings: warnings.length, thresholdChecked: tender.estimatedValue !== null },
      });
      afterCommit(manager, () => void this.lifecycle.scheduleClose(tender).catch(() => undefined));
      return manager.findOneByOrFail(TenderEntity, { id });
    });
    return { tender: (await this.toDtos([tender]))[0], warnings };
  }

  /** Manual close by the officer: only once the deadline has passed (the job normally does it). */
  async close(id: string): Promise<TenderTransitionResult> {
    const now = this.clock.now();
    const tender = await this.dataSource.transaction(async (manager) => {
      const t = await this.owned(id, manager);
      assertTransition(t, 'close');
      if (now < t.bidDeadline) {
        throw new TenderException(
          TenderExceptionCode.INVALID_STATE,
          `Tender ${id} is published and its bid deadline ${t.bidDeadline.toISOString()} has not passed: bids are sealed and may still change until then; it closes by itself at the deadline.`,
        );
      }
      return t;
    });
    await this.lifecycle.closeIfDue(tender.id, now);
    return { tender: await this.get(id), warnings: [] };
  }

  /**
   * Cancels with a reason. After the award only during the standstill: the agreements, not yet
   * concluded, are cancelled with the tender. Once the standstill has ended they are in force (or
   * about to be, within the minute) and are terminated on their own terms instead: 409.
   */
  async cancel(id: string, dto: CancelTenderDto): Promise<TenderTransitionResult> {
    const now = this.clock.now();
    const tender = await this.dataSource.transaction(async (manager) => {
      const t = await this.owned(id, manager);
      assertTransition(t, 'cancel');
      if (t.status === 'awarded' && t.standstillEndsOn && now >= inForceInstant(t.standstillEndsOn)) {
        throw new TenderException(
          TenderExceptionCode.INVALID_STATE,
          `Tender ${id} is awarded and its standstill ended on ${t.standstillEndsOn}: its framework agreements are coming into force and can no longer be cancelled with the tender; terminate them on their own terms instead.`,
        );
      }
      await manager.update(TenderEntity, { id }, { status: 'cancelled', cancelledAt: now, cancelReason: dto.reason });
      let agreementsCancelled = 0;
      if (t.status === 'awarded') {
        const result = await manager.update(FrameworkAgreementEntity, { tenderId: id, status: 'standstill' }, { status: 'cancelled' });
        agreementsCancelled = result.affected ?? 0;
        afterCommit(manager, () => void this.queue.cancel(JobName.AgreementsInForce, inForceJobId(id)).catch(() => undefined));
      }
      await this.audit.record(manager, {
        action: 'tender.cancelled',
        entityType: 'tender',
        entityId: id,
        details: { from: t.status, reason: dto.reason, ...(t.status === 'awarded' ? { agreementsCancelled } : {}) },
      });
      // Once opened the bidders (agreement holders included) are known and told; before, every
      // supplier is told (the tender was public), so the recipient list says nothing about who bid.
      // A draft was never public.
      let recipients: string[] = [];
      if (t.openedAt) {
        const bidders = await manager.find(BidEntity, { select: { supplierId: true }, where: { tenderId: id, status: 'submitted' } });
        recipients = (await supplierAdmins(manager, [...new Set(bidders.map((b) => b.supplierId))])).map((r) => r.email);
      } else if (t.status === 'published') {
        recipients = (await supplierAdmins(manager)).map((r) => r.email);
      }
      const municipalityName = `${(await manager.findOneBy(MunicipalityEntity, { code: t.municipalityCode }))?.name ?? t.municipalityCode} Kommune`;
      for (const to of recipients) {
        await this.mail.queueMail(manager, to, 'tender-cancelled', { tenderTitle: t.title, municipalityName, reason: dto.reason, agreementsCancelled: agreementsCancelled > 0, link: `${this.config.publicUrl}/tenders/${id}` });
      }
      afterCommit(manager, () => void this.queue.cancel(JobName.CloseTender, closeJobId(id)).catch(() => undefined));
      return manager.findOneByOrFail(TenderEntity, { id });
    });
    return { tender: (await this.toDtos([tender]))[0], warnings: [] };
  }

  // ---- questions ---------------------------------------------------------------------------

  async listQuestions(tenderId: string): Promise<Question[]> {
    const actor = RequestContext.actor()!;
    const tender = await this.readable(tenderId);
    const rows = await this.dataSource.getRepository(TenderQuestionEntity).find({ where: { tenderId: tender.id }, order: { askedAt: 'ASC', id: 'ASC' } });
    const visible = isMunicipal(actor) ? rows : rows.filter((q) => q.answer !== null || (actor.supplierId !== null && q.askedBySupplierId === actor.supplierId));
    return visible.map((q) => toQuestion(q, actor.supplierId));
  }

  async ask(tenderId: string, dto: QuestionDto): Promise<Question> {
    const actor = RequestContext.actor()!;
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const tender = await this.readable(tenderId, manager);
      assertTransition(tender, 'ask');
      if (now >= tender.questionDeadline) {
        throw new TenderException(TenderExceptionCode.QUESTION_DEADLINE_PASSED, `The question deadline passed at ${tender.questionDeadline.toISOString()}; questions can no longer be asked.`);
      }
      const q = await manager.save(manager.create(TenderQuestionEntity, { tenderId, askedBySupplierId: actor.supplierId as string, text: dto.text, answer: null, answeredAt: null, answeredByUserId: null }));
      // Recorded in the supplier's own trail: the buyer's audit log must not name the asker.
      await this.audit.record(manager, { action: 'tender.question_asked', entityType: 'tender_question', entityId: q.id, details: { tenderId } });
      for (const to of await officerEmails(manager, tender.municipalityCode)) {
        await this.mail.queueMail(manager, to, 'tender-question-asked', { tenderTitle: tender.title, question: dto.text, link: `${this.config.publicUrl}/tenders/${tenderId}/questions` });
      }
      return toQuestion(q, actor.supplierId);
    });
  }

  async answer(tenderId: string, questionId: string, dto: AnswerDto): Promise<Question> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const tender = await this.owned(tenderId, manager);
      const q = isUuid(questionId) ? await manager.findOne(TenderQuestionEntity, { where: { id: questionId, tenderId } }) : null;
      if (!q) throw new NotFoundException(`Question ${questionId} was not found.`);
      assertTransition(tender, 'answer');
      const first = q.answer === null;
      await manager.update(TenderQuestionEntity, { id: q.id }, { answer: dto.answer, answeredAt: now, answeredByUserId: RequestContext.actor()!.userId });
      await this.audit.record(manager, { action: first ? 'tender.question_answered' : 'tender.answer_changed', entityType: 'tender', entityId: tenderId, details: { questionId: q.id } });
      const municipalityName = `${(await manager.findOneBy(MunicipalityEntity, { code: tender.municipalityCode }))?.name ?? tender.municipalityCode} Kommune`;
      // Every supplier, not only bidders or askers: a selective list would tell who is interested.
      for (const { email } of await supplierAdmins(manager)) {
        await this.mail.queueMail(manager, email, 'tender-question-answered', {
          tenderTitle: tender.title,
          municipalityName,
          question: q.text,
          answer: dto.answer,
          link: `${this.config.publicUrl}/tenders/${tenderId}/questions`,
        });
      }
      return toQuestion({ ...q, answer: dto.answer, answeredAt: now }, null);
    });
  }
}

/** The rules between fields that class-validator cannot express; 400 naming the field. */
export function assertConsistent(dto: CreateTenderDto): void {
  const fail = (code: TenderExceptionCode, message: string) => {
    throw new TenderException(code, message);
  };
  const criteriaWeight = dto.criteria.reduce((s, c) => s + c.weight, 0);
  if (dto.priceWeight + criteriaWeight !== 100) {
    fail(TenderExceptionCode.WEIGHTS, `criteria[].weight: the price weight ${dto.priceWeight} and the criteria weights ${criteriaWeight} sum to ${dto.priceWeight + criteriaWeight}; they must sum to 100.`);
  }
  const names = dto.criteria.map((c) => c.name.trim().toLowerCase());
  if (new Set(names).size !== names.length) fail(TenderExceptionCode.INVALID_INPUT, 'criteria[].name: each quality criterion needs its own name.');
  if (dto.priceModel === 'linear' && dto.linearSlope === undefined) fail(TenderExceptionCode.INVALID_INPUT, 'linearSlope: required with the linear price model (1 means a price twice the lowest scores 0).');
  const question = Date.parse(dto.questionDeadline);
  const bid = Date.parse(dto.bidDeadline);
  if (!(question < bid)) fail(TenderExceptionCode.TIMELINE, `questionDeadline: must be before the bid deadline ${dto.bidDeadline}.`);
  const earliestStart = addCalendarDays(copenhagenDate(new Date(bid)), (dto.standstillDays ?? 10) + 1);
  if (dto.agreementStart < earliestStart) {
    fail(TenderExceptionCode.TIMELINE, `agreementStart: must be after the bid deadline plus the standstill period (${dto.standstillDays ?? 10} days): ${earliestStart} at the earliest.`);
  }
  if (!(dto.agreementEnd > dto.agreementStart)) fail(TenderExceptionCode.TIMELINE, `agreementEnd: must be after agreementStart ${dto.agreementStart}.`);
  const titles = dto.lots.map((l) => l.title.trim().toLowerCase());
  if (new Set(titles).size !== titles.length) fail(TenderExceptionCode.INVALID_INPUT, 'lots[].title: each lot needs its own title.');
}

export function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
