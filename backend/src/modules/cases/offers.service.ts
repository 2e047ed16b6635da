import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { Assignment, Offer, Page, TARGET_GROUPS } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { AppConfig } from '../../core/config/app-config';
import { RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { afterCommit } from '../../core/database/after-commit';
import { PageQuery } from '../../core/http/page-query';
import { MailService } from '../../core/mail/mail.service';
import { JobName } from '../../core/queue/job-catalogue';
import { QueueService } from '../../core/queue/queue.service';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { findPostcode } from '../reference/utils/postcodes.util';
import { MentorEntity } from '../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { UserEntity } from '../users/entities/user.entity';
import { CaseException, CaseExceptionCode } from './cases.exception';
import { CourseEvents } from './course-events';
import { AssignmentEntity } from './entities/assignment.entity';
import { CitizenCaseEntity } from './entities/citizen-case.entity';
import { MentorRequestEntity } from './entities/mentor-request.entity';
import { MunicipalitySettingsEntity } from './entities/municipality-settings.entity';
import { OfferEntity } from './entities/offer.entity';
import { MatchingService } from './matching.service';
import { toAssignment } from './utils/assignment.mapper';
import { offerAnswerBy } from './utils/working-days.util';

const DEFAULT_ANSWER_WORKING_DAYS = 3;

/**
 * Offers: the caseworker offers a request to one mentor's supplier; the supplier accepts (the
 * course is created and capacity reserved in the same transaction) or declines; a decline or an
 * expired deadline offers the next match by itself in auto mode.
 */
@Injectable()
export class OffersService {
  private readonly logger = new Logger(OffersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly matching: MatchingService,
    private readonly mail: MailService,
    private readonly queue: QueueService,
    private readonly config: AppConfig,
    private readonly courseEvents: CourseEvents,
  ) {}

  /** The caseworker's choice: offer the request to this mentor, who must be a current match. */
  async send(requestId: string, mentorId: string, overrideReason?: string): Promise<Offer> {
    const offer = await this.dataSource.transaction(async (manager) => {
      const request = await this.tenant.repository(MentorRequestEntity, manager).get(requestId, { lock: { mode: 'pessimistic_write' } }, 'Request');
      return this.offerTo(manager, request, mentorId, undefined, overrideReason);
    });
    return (await this.toOffers([offer]))[0];
  }

  async list(query: PageQuery & { status?: string; requestId?: string }): Promise<Page<Offer>> {
    const repo = this.tenant.repository(OfferEntity);
    const where = { ...(query.status ? { status: query.status as OfferEntity['status'] } : {}), ...(query.requestId ? { requestId: query.requestId } : {}) };
    const [rows, total] = await repo.findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, skip: query.offset, take: query.pageSize });
    return { items: await this.toOffers(rows, { auditRead: true }), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Offer> {
    return (await this.toOffers([await this.tenant.repository(OfferEntity).get(id, {}, 'Offer')], { auditRead: true }))[0];
  }

  async forRequest(requestId: string): Promise<Offer[]> {
    await this.tenant.repository(MentorRequestEntity).get(requestId, {}, 'Request');
    return this.toOffers(await this.tenant.repository(OfferEntity).find({ where: { requestId }, order: { createdAt: 'ASC' } }), { auditRead: true });
  }

  /** The supplier accepts: the course starts, the mentor's capacity is reserved under a row lock. */
  async accept(id: string): Promise<Assignment> {
    const assignment = await this.dataSource.transaction(async (manager) => {
      const offer = await this.tenant.repository(OfferEntity, manager).get(id, { lock: { mode: 'pessimistic_write' } }, 'Offer');
      this.assertPending(offer);
      // Requests and cases belong to the municipality: read them as the system, for this offer only.
      const request = await manager.findOneByOrFail(MentorRequestEntity, { id: offer.requestId });
      // Lock the mentor row: two accepts for the same mentor serialise here and see each other's reservation.
      const mentor = await manager.getRepository(MentorEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id: offer.mentorId }).getOneOrFail();
      const free = mentor.weeklyCapacityHours - mentor.hoursInUse;
      if (!mentor.active || free < request.hoursPerWeek) {
        throw new CaseException(CaseExceptionCode.NO_CAPACITY, `${mentor.name} has ${Math.max(0, free)} free hours a week; the course needs ${request.hoursPerWeek}. Decline the offer, or free capacity first.`);
      }
      await manager.update(MentorEntity, { id: mentor.id }, { hoursInUse: Math.round((mentor.hoursInUse + request.hoursPerWeek) * 100) / 100 });
      await manager.update(OfferEntity, { id: offer.id }, { status: 'accepted', respondedAt: new Date() });
      await manager.update(MentorRequestEntity, { id: request.id }, { status: 'accepted' });
      const row = await manager.save(
        manager.create(AssignmentEntity, {
          caseId: request.caseId,
          requestId: request.id,
          offerId: offer.id,
          mentorId: mentor.id,
          supplierId: offer.supplierId,
          municipalityCode: offer.municipalityCode,
          agreementId: offer.agreementId,
          hoursPerWeek: request.hoursPerWeek,
          startDate: request.startDate,
          endDate: request.endDate,
          status: 'active',
          endedReason: null,
          previousAssignmentId: request.previousAssignmentId,
        }),
      );
      await this.audit.record(manager, { action: 'offer.accepted', entityType: 'offer', entityId: offer.id, municipalityCode: offer.municipalityCode, supplierId: offer.supplierId, details: { assignmentId: row.id, mentorId: mentor.id } });
      await this.audit.record(manager, { action: 'assignment.created', entityType: 'assignment', entityId: row.id, municipalityCode: offer.municipalityCode, supplierId: offer.supplierId, details: { hoursPerWeek: request.hoursPerWeek, reserved: true } });
      await this.courseEvents.emit(manager, { kind: 'started', assignmentId: row.id });
      await this.notifyCaseworker(manager, offer, request, 'accepteret', '', `Forløbet starter ${request.startDate}, og mentoraftalen kan ses på sagen.`);
      afterCommit(manager, () => void this.queue.cancel(JobName.ExpireOffer, `offer-expire.${offer.id}`).catch(() => undefined));
      return row;
    });
    return toAssignment(assignment, { mentorName: '', supplierName: '', goals: [] });
  }

  async decline(id: string, reason: string): Promise<Offer> {
    await this.dataSource.transaction(async (manager) => {
      const offer = await this.tenant.repository(OfferEntity, manager).get(id, { lock: { mode: 'pessimistic_write' } }, 'Offer');
      this.assertPending(offer);
      await manager.update(OfferEntity, { id: offer.id }, { status: 'declined', respondedAt: new Date(), declineReason: reason });
      await this.audit.record(manager, { action: 'offer.declined', entityType: 'offer', entityId: offer.id, municipalityCode: offer.municipalityCode, supplierId: offer.supplierId, details: { reason } });
      // The cascade reads the municipality's request and sends on its behalf: the system does it.
      await RequestContext.runAsSystem(() => this.moveOn(manager, offer, 'afvist', reason));
      afterCommit(manager, () => void this.queue.cancel(JobName.ExpireOffer, `offer-expire.${offer.id}`).catch(() => undefined));
    });
    return this.get(id);
  }

  /** The caseworker takes back a pending offer (e.g. the citizen's situation changed). */
  async withdraw(id: string): Promise<Offer> {
    await this.dataSource.transaction(async (manager) => {
      const offer = await this.tenant.repository(OfferEntity, manager).get(id, { lock: { mode: 'pessimistic_write' } }, 'Offer');
      this.assertPending(offer);
      await manager.update(OfferEntity, { id: offer.id }, { status: 'withdrawn', respondedAt: new Date() });
      await manager.update(MentorRequestEntity, { id: offer.requestId }, { status: 'open' });
      await this.audit.record(manager, { action: 'offer.withdrawn', entityType: 'offer', entityId: offer.id, supplierId: offer.supplierId, details: {} });
    });
    return this.get(id);
  }

  /** The deadline job: expires a still-pending offer and moves on. Idempotent. */
  async expire(offerId: string, now = new Date()): Promise<void> {
    await RequestContext.runAsSystem(() =>
      this.dataSource.transaction(async (manager) => {
        const offer = await manager.getRepository(OfferEntity).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id: offerId }).getOne();
        if (!offer || offer.status !== 'pending' || offer.answerBy > now) return;
        await manager.update(OfferEntity, { id: offer.id }, { status: 'expired', respondedAt: now });
        await this.audit.record(manager, { action: 'offer.expired', entityType: 'offer', entityId: offer.id, municipalityCode: offer.municipalityCode, supplierId: offer.supplierId, details: {} });
        await this.moveOn(manager, offer, 'udløbet uden svar', '');
      }),
    );
  }

  private assertPending(offer: OfferEntity) {
    if (offer.status !== 'pending') throw new CaseException(CaseExceptionCode.OFFER_NOT_PENDING, `The offer is ${offer.status}; only a pending offer can be answered or withdrawn.`);
    if (offer.answerBy <= new Date()) throw new CaseException(CaseExceptionCode.OFFER_EXPIRED, `The answer deadline passed at ${offer.answerBy.toISOString()}; the offer has expired.`);
  }

  /** After a decline or expiry: in auto mode the next match gets the offer; either way the caseworker hears of it. */
  private async moveOn(manager: EntityManager, offer: OfferEntity, outcome: string, reason: string) {
    const request = await manager.getRepository(MentorRequestEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: offer.requestId }).getOneOrFail();
    let next = 'Vælg en ny mentor på sagen.';
    if (request.allocation === 'auto') {
      const tried = await manager.find(OfferEntity, { where: { requestId: request.id }, select: { mentorId: true } });
      // The cascade never overrides a block: a blocked supplier is skipped, the caseworker may still choose it.
      const matches = await this.matching.matches(request.id, { limit: 50, exclude: tried.map((o) => o.mentorId), manager });
      const candidate = matches.items.find((m) => m.standing !== 'blocked');
      if (candidate) {
        const nextOffer = await this.offerTo(manager, request, candidate.mentorId, tried.map((o) => o.mentorId));
        next = `Tilbuddet er sendt videre til næste match: ${candidate.mentorName} (${candidate.supplierName}), svar senest ${nextOffer.answerBy.toISOString().slice(0, 10)}.`;
      } else {
        await manager.update(MentorRequestEntity, { id: request.id }, { status: 'exhausted' });
        next = 'Der er ingen flere mentorer, der opfylder kravene. Justér anmodningen eller vælg manuelt.';
      }
    } else {
      await manager.update(MentorRequestEntity, { id: request.id }, { status: 'open' });
    }
    await this.notifyCaseworker(manager, offer, request, outcome, reason, next);
  }

  /** Creates a pending offer in `manager`'s transaction, mails the supplier and schedules the deadline. */
  private async offerTo(manager: EntityManager, request: MentorRequestEntity, mentorId: string, alreadyTried?: string[], overrideReason?: string): Promise<OfferEntity> {
    if (!['open', 'offered'].includes(request.status)) {
      throw new CaseException(CaseExceptionCode.REQUEST_NOT_OPEN, `The request is ${request.status}; only an open request can be offered.`);
    }
    if (await manager.existsBy(OfferEntity, { requestId: request.id, status: 'pending' })) {
      throw new CaseException(CaseExceptionCode.REQUEST_NOT_OPEN, 'The request already has a pending offer; wait for the answer or withdraw it first.');
    }
    const tried = alreadyTried ?? (await manager.find(OfferEntity, { where: { requestId: request.id }, select: { mentorId: true } })).map((o) => o.mentorId);
    const matches = await this.matching.matches(request.id, { limit: 1000, exclude: tried, manager });
    const match = matches.items.find((m) => m.mentorId === mentorId);
    if (!match) {
      throw new CaseException(CaseExceptionCode.NOT_A_CANDIDATE, `mentorId: the mentor is not among the current matches for this request (already offered, no agreement in force, no capacity, or a hard requirement not met).`);
    }
    if (match.standing === 'blocked') {
      if (!overrideReason?.trim()) {
        throw new CaseException(CaseExceptionCode.QUALITY_BLOCKED, `${match.supplierName}'s reporting quality is below 0.3, which blocks new offers. To offer anyway, give overrideReason: why this mentor is the right choice.`);
      }
      await this.audit.record(manager, { action: 'offer.quality_override', entityType: 'request', entityId: request.id, municipalityCode: request.municipalityCode, supplierId: match.supplierId, details: { mentorId, reason: overrideReason.trim() } });
    }
    const settings = await manager.findOneBy(MunicipalitySettingsEntity, { municipalityCode: request.municipalityCode });
    const answerBy = offerAnswerBy(new Date(), settings?.offerAnswerWorkingDays ?? DEFAULT_ANSWER_WORKING_DAYS);
    const offer = await manager.save(
      manager.create(OfferEntity, {
        requestId: request.id,
        municipalityCode: request.municipalityCode,
        supplierId: match.supplierId,
        mentorId: match.mentorId,
        agreementId: match.agreementId,
        status: 'pending',
        answerBy,
        respondedAt: null,
        declineReason: null,
        rank: match.rank + tried.length,
        score: match.score,
      }),
    );
    await manager.update(MentorRequestEntity, { id: request.id }, { status: 'offered' });
    request.status = 'offered';
    await this.audit.record(manager, { action: 'offer.sent', entityType: 'offer', entityId: offer.id, municipalityCode: request.municipalityCode, supplierId: match.supplierId, details: { requestId: request.id, mentorId, score: match.score } });
    const citizenCase = await manager.findOneByOrFail(CitizenCaseEntity, { id: request.caseId });
    const municipality = await manager.findOneByOrFail(MunicipalityEntity, { code: request.municipalityCode });
    const admins = await manager.find(UserEntity, { where: { supplierId: match.supplierId, role: 'supplier_admin', active: true } });
    for (const admin of admins) {
      await this.mail.queueMail(manager, admin.email, 'offer-received', {
        supplierName: match.supplierName,
        municipalityName: municipality.name,
        targetGroup: TARGET_GROUPS.find((t) => t.code === citizenCase.targetGroup)?.labelDa ?? citizenCase.targetGroup,
        hoursPerWeek: request.hoursPerWeek,
        weeks: request.weeks,
        answerBy: answerBy.toISOString().slice(0, 10),
        link: `${this.config.publicUrl}/supplier/offers/${offer.id}`,
      });
    }
    afterCommit(manager, () => {
      this.queue
        .enqueue(JobName.ExpireOffer, { offerId: offer.id }, { jobId: `offer-expire.${offer.id}`, delayMs: Math.max(0, answerBy.getTime() - Date.now()) })
        .catch((err: Error) => this.logger.warn(`Offer ${offer.id}: the deadline job was not scheduled (${err.message}); the sweep will expire it.`));
    });
    return offer;
  }

  private async notifyCaseworker(manager: EntityManager, offer: OfferEntity, request: MentorRequestEntity, outcome: string, reason: string, next: string) {
    const citizenCase = await manager.getRepository(CitizenCaseEntity).findOneOrFail({ where: { id: request.caseId }, relations: { caseworker: true } });
    const mentor = await manager.findOneByOrFail(MentorEntity, { id: offer.mentorId });
    const supplier = await manager.findOneByOrFail(SupplierEntity, { id: offer.supplierId });
    if (!citizenCase.caseworker?.active) return;
    await this.mail.queueMail(manager, citizenCase.caseworker.email, 'offer-answered', {
      caseReference: citizenCase.reference,
      mentorName: mentor.name,
      supplierName: supplier.name,
      outcome,
      reason,
      next,
      link: `${this.config.publicUrl}/cases/${citizenCase.id}`,
    });
  }

  /**
   * Offers as both sides see them: the pseudonymous profile, never the identity. With `auditRead`
   * each offer shown is recorded as a read of its case before the offers are returned.
   */
  async toOffers(rows: OfferEntity[], options: { auditRead?: boolean } = {}): Promise<Offer[]> {
    if (!rows.length) return [];
    const manager = this.dataSource.manager;
    const [requests, mentors, suppliers] = await Promise.all([
      manager.find(MentorRequestEntity, { where: { id: In([...new Set(rows.map((r) => r.requestId))]) }, relations: { case: true } }),
      manager.find(MentorEntity, { where: { id: In([...new Set(rows.map((r) => r.mentorId))]) }, select: { id: true, name: true } }),
      manager.find(SupplierEntity, { where: { id: In([...new Set(rows.map((r) => r.supplierId))]) }, select: { id: true, name: true } }),
    ]);
    if (options.auditRead) {
      const caseIds = new Map(requests.map((r) => [r.id, r.caseId]));
      await this.audit.recordReads(
        rows.map((o) => ({ action: 'case.read', entityType: 'case', entityId: caseIds.get(o.requestId) ?? null, purpose: 'Mentortilbud', municipalityCode: o.municipalityCode, supplierId: o.supplierId, details: { view: 'offer', offerId: o.id } })),
      );
    }
    return rows.map((o) => {
      const request = requests.find((r) => r.id === o.requestId)!;
      const c = request.case!;
      return {
        id: o.id,
        requestId: o.requestId,
        mentorId: o.mentorId,
        mentorName: mentors.find((m) => m.id === o.mentorId)?.name ?? '',
        supplierId: o.supplierId,
        supplierName: suppliers.find((s) => s.id === o.supplierId)?.name ?? '',
        status: o.status,
        answerBy: o.answerBy.toISOString(),
        ...(o.respondedAt ? { respondedAt: o.respondedAt.toISOString() } : {}),
        ...(o.declineReason ? { declineReason: o.declineReason } : {}),
        rank: o.rank,
        score: o.score,
        profile: {
          targetGroup: c.targetGroup,
          needs: c.needs,
          hoursPerWeek: request.hoursPerWeek,
          weeks: request.weeks,
          startDate: request.startDate,
          goals: request.goals,
          languages: c.languages,
          postcode: c.postcode,
          town: findPostcode(c.postcode)?.name ?? '',
          legalBasis: request.legalBasis,
          mentorType: request.mentorType,
        },
        createdAt: o.createdAt.toISOString(),
      };
    });
  }
}
