import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';

import { Assignment, CitizenIdentity, MAX_WEEKS_PER_PERIOD, Page } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { renderDocumentHtml, renderDocumentPdf, SectionedDocument } from '../../core/documents/sectioned-document';
import { PageQuery } from '../../core/http/page-query';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { MentorEntity } from '../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { UserEntity } from '../users/entities/user.entity';
import { CaseException, CaseExceptionCode } from './cases.exception';
import { CourseEvents } from './course-events';
import { AssignmentEntity } from './entities/assignment.entity';
import { CitizenCaseEntity } from './entities/citizen-case.entity';
import { MentorRequestEntity } from './entities/mentor-request.entity';
import { toAssignment } from './utils/assignment.mapper';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
const daDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

const TASKS: Record<string, string[]> = {
  development: [
    'Støtte borgeren i at nå målene og pejlemærkerne nedenfor, med faste aftaler om møder',
    'Hjælpe med struktur i hverdagen og med at møde stabilt op i tilbud, praktik, job eller uddannelse',
    'Være bindeled til jobcentret, arbejdsplads eller uddannelsessted efter aftale med sagsbehandleren',
    'Rapportere månedligt om fremmøde, timer og fremdrift og give besked ved tegn på tilbagefald',
  ],
  retention: [
    'Støtte borgeren i at fastholde sit job eller sin uddannelse',
    'Være kontaktperson for borgeren og for arbejdspladsen eller uddannelsesstedet',
    'Hjælpe med at løse problemer, der truer fastholdelsen, tidligt',
    'Rapportere månedligt om timer og fremdrift',
  ],
};

const COMPLAINT_GUIDANCE = [
  'Borgeren kan klage over kommunens afgørelse om mentorstøtte. Klagen sendes til kommunen (jobcentret) inden 4 uger efter, at borgeren har modtaget afgørelsen.',
  'Kommunen genvurderer sagen. Fastholder kommunen afgørelsen, sendes klagen videre til Ankestyrelsen. Klagen kan gives mundtligt eller skriftligt.',
  'Klager over mentorens adfærd eller kvaliteten af støtten rettes til sagsbehandleren, som tager den op med leverandøren.',
];

/**
 * Courses: listed per role, the mentor agreement as HTML or PDF, extension as a new linked
 * period, and ending early, which frees the mentor's capacity in the same transaction.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly courseEvents: CourseEvents,
  ) {}

  async list(query: PageQuery & { status?: 'active' | 'ended'; caseId?: string }): Promise<Page<Assignment>> {
    const actor = RequestContext.actor()!;
    const qb = this.tenant.repository(AssignmentEntity).createQueryBuilder('a');
    // A mentor sees their own courses only, not their colleagues'.
    if (actor.role === 'mentor') qb.andWhere('a.mentorId = :me', { me: actor.mentorId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.caseId) qb.andWhere('a.caseId = :caseId', { caseId: query.caseId });
    const total = await qb.clone().getCount();
    const rows = await qb.orderBy('a.startDate', 'DESC').addOrderBy('a.id', 'ASC').offset(query.offset).limit(query.pageSize).getMany();
    return { items: await this.toAssignments(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Assignment> {
    return (await this.toAssignments([await this.visible(id)]))[0];
  }

  async agreement(id: string, format: 'html' | 'pdf'): Promise<string | Buffer> {
    const view = await this.dataSource.transaction(async (manager) => {
      const a = await this.visible(id, manager);
      // One query at a time on the transaction's connection.
      const request = await manager.findOneByOrFail(MentorRequestEntity, { id: a.requestId });
      const citizenCase = await manager.getRepository(CitizenCaseEntity).createQueryBuilder('c').addSelect('c.identityCiphertext').innerJoinAndSelect('c.caseworker', 'u').where('c.id = :id', { id: a.caseId }).getOneOrFail();
      const mentor = await manager.findOneByOrFail(MentorEntity, { id: a.mentorId });
      const supplier = await manager.findOneByOrFail(SupplierEntity, { id: a.supplierId });
      const municipality = await manager.findOneByOrFail(MunicipalityEntity, { code: a.municipalityCode });
      const identity = this.cipher.decrypt<CitizenIdentity>('citizen-identity', citizenCase.id, citizenCase.identityCiphertext);
      // The agreement names the citizen: reading it is a read of citizen data.
      await this.audit.record(manager, { action: 'case.identity_read', entityType: 'case', entityId: citizenCase.id, purpose: 'Mentoraftale', municipalityCode: a.municipalityCode, supplierId: a.supplierId, details: { assignmentId: a.id, format } });
      return mentorAgreementView(a, request, { citizenName: identity.name, caseReference: citizenCase.reference, caseworker: citizenCase.caseworker!, mentor, supplier, municipalityName: municipality.name });
    });
    return format === 'pdf' ? renderDocumentPdf(view) : renderDocumentHtml(view);
  }

  /** A new period with the same mentor, starting the day after this one ends; capacity carries over. */
  async extend(id: string, weeks: number): Promise<Assignment> {
    if (weeks > MAX_WEEKS_PER_PERIOD) throw new CaseException(CaseExceptionCode.EXTENSION_TOO_LONG, `weeks: a period lasts at most ${MAX_WEEKS_PER_PERIOD} weeks (6 months).`);
    const actor = RequestContext.actor()!;
    const row = await this.dataSource.transaction(async (manager) => {
      const a = await this.tenant.repository(AssignmentEntity, manager).get(id, { lock: { mode: 'pessimistic_write' } }, 'Assignment');
      if (a.status !== 'active') throw new CaseException(CaseExceptionCode.ASSIGNMENT_ENDED, 'The course has ended; request a new mentor on the case instead.');
      const previous = await manager.findOneByOrFail(MentorRequestEntity, { id: a.requestId });
      const startDate = addDays(a.endDate, 1);
      const endDate = addDays(startDate, weeks * 7 - 1);
      const request = await manager.save(
        manager.create(MentorRequestEntity, {
          caseId: a.caseId,
          municipalityCode: a.municipalityCode,
          mentorType: previous.mentorType,
          hoursPerWeek: a.hoursPerWeek,
          weeks,
          startDate,
          endDate,
          legalBasis: previous.legalBasis,
          goals: previous.goals,
          allocation: 'manual',
          requiredCertificates: previous.requiredCertificates,
          status: 'accepted',
          previousAssignmentId: a.id,
          createdBy: actor.userId,
        }),
      );
      // The reservation moves to the new period: the old one is closed as extended.
      await manager.update(AssignmentEntity, { id: a.id }, { status: 'ended', endedReason: 'Forlænget med en ny periode' });
      const next = await manager.save(
        manager.create(AssignmentEntity, { ...a, id: undefined, requestId: request.id, startDate, endDate, status: 'active', endedReason: null, previousAssignmentId: a.id, createdAt: undefined }),
      );
      await this.audit.record(manager, { action: 'assignment.extended', entityType: 'assignment', entityId: next.id, details: { from: a.id, weeks, startDate, endDate } });
      await this.courseEvents.emit(manager, { kind: 'extended', assignmentId: next.id, previousAssignmentId: a.id });
      return next;
    });
    return this.get(row.id);
  }

  /** Ends a course (early or on time): frees the mentor's reserved hours in the same transaction. */
  async end(id: string, reason: string, endDate: string): Promise<Assignment> {
    await this.dataSource.transaction(async (manager) => {
      const a = await this.tenant.repository(AssignmentEntity, manager).get(id, { lock: { mode: 'pessimistic_write' } }, 'Assignment');
      await this.endLocked(manager, a, reason, endDate);
    });
    return this.get(id);
  }

  /**
   * Ends every active course whose planned end date has passed (the nightly job, as the system).
   * Each in its own transaction, so one failure does not hold back the rest; returns how many.
   */
  async finishDue(today: string, limit = 500): Promise<number> {
    const due = await this.dataSource.getRepository(AssignmentEntity).find({ where: { status: 'active', endDate: LessThan(today) }, select: { id: true }, order: { endDate: 'ASC' }, take: limit });
    for (const { id } of due) {
      await this.dataSource.transaction(async (manager) => {
        const a = await manager.getRepository(AssignmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (a?.status === 'active') await this.endLocked(manager, a, 'Afsluttet efter planen', a.endDate);
      });
    }
    return due.length;
  }

  private async endLocked(manager: EntityManager, a: AssignmentEntity, reason: string, endDate: string): Promise<void> {
    if (a.status !== 'active') throw new CaseException(CaseExceptionCode.ASSIGNMENT_ENDED, 'The course has already ended.');
    if (endDate < a.startDate || endDate > a.endDate) {
      throw new CaseException(CaseExceptionCode.END_DATE, `endDate: must lie within the course (${a.startDate} to ${a.endDate}).`);
    }
    const mentor = await manager.getRepository(MentorEntity).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id: a.mentorId }).getOneOrFail();
    await manager.update(MentorEntity, { id: mentor.id }, { hoursInUse: Math.max(0, Math.round((mentor.hoursInUse - a.hoursPerWeek) * 100) / 100) });
    await manager.update(AssignmentEntity, { id: a.id }, { status: 'ended', endDate, endedReason: reason });
    await this.audit.record(manager, { action: 'assignment.ended', entityType: 'assignment', entityId: a.id, municipalityCode: a.municipalityCode, supplierId: a.supplierId, details: { endDate, reason, freedHours: a.hoursPerWeek } });
    await this.courseEvents.emit(manager, { kind: 'ended', assignmentId: a.id, reason });
  }

  private async visible(id: string, manager?: EntityManager): Promise<AssignmentEntity> {
    const actor = RequestContext.actor()!;
    const a = await this.tenant.repository(AssignmentEntity, manager).get(id, {}, 'Assignment');
    if (actor.role === 'mentor' && a.mentorId !== actor.mentorId) throw this.tenant.notFound('Assignment', id);
    return a;
  }

  private async toAssignments(rows: AssignmentEntity[]): Promise<Assignment[]> {
    if (!rows.length) return [];
    const actor = RequestContext.actor();
    const manager = this.dataSource.manager;
    const [mentors, suppliers, requests] = await Promise.all([
      manager.find(MentorEntity, { where: { id: In([...new Set(rows.map((r) => r.mentorId))]) }, select: { id: true, name: true } }),
      manager.find(SupplierEntity, { where: { id: In([...new Set(rows.map((r) => r.supplierId))]) }, select: { id: true, name: true } }),
      manager.find(MentorRequestEntity, { where: { id: In(rows.map((r) => r.requestId)) }, select: { id: true, goals: true } }),
    ]);
    // The mentor of an accepted course sees the citizen's name and phone, and that read is logged.
    const contact = new Map<string, { name: string; phone: string }>();
    if (actor?.role === 'mentor') {
      const cases = await manager.getRepository(CitizenCaseEntity).createQueryBuilder('c').select(['c.id', 'c.identityCiphertext', 'c.municipalityCode']).where('c.id IN (:...ids)', { ids: rows.map((r) => r.caseId) }).getMany();
      await this.dataSource.transaction(async (tx) => {
        for (const c of cases) {
          const identity = this.cipher.decrypt<CitizenIdentity>('citizen-identity', c.id, c.identityCiphertext);
          contact.set(c.id, { name: identity.name, phone: identity.phone });
          await this.audit.record(tx, { action: 'case.identity_read', entityType: 'case', entityId: c.id, purpose: 'Mentorens kontakt til borgeren', municipalityCode: c.municipalityCode, details: { fields: ['name', 'phone'] } });
        }
      });
    }
    return rows.map((a) =>
      toAssignment(a, {
        mentorName: mentors.find((m) => m.id === a.mentorId)?.name ?? '',
        supplierName: suppliers.find((s) => s.id === a.supplierId)?.name ?? '',
        goals: requests.find((r) => r.id === a.requestId)?.goals ?? [],
        ...(contact.has(a.caseId) && a.status === 'active' ? { citizen: contact.get(a.caseId)! } : {}),
      }),
    );
  }
}

/** The mentor agreement (mentoraftale): every field § 78 requires, plus milestones and the reporting duty. */
export function mentorAgreementView(
  a: AssignmentEntity,
  request: MentorRequestEntity,
  ctx: { citizenName: string; caseReference: string; caseworker: UserEntity; mentor: MentorEntity; supplier: SupplierEntity; municipalityName: string },
): SectionedDocument {
  const weeks = request.weeks;
  const legal = { ordinary: 'Mentorstøtte efter lov om en aktiv beskæftigelsesindsats', psychiatric_discharge: 'Ret til mentorstøtte efter udskrivning fra psykiatrisk indlæggelse', education_start: 'Ret til mentorstøtte ved start på uddannelse' }[request.legalBasis];
  return {
    title: 'Mentoraftale',
    subtitle: `Sag ${ctx.caseReference}`,
    issuer: `${ctx.municipalityName} Kommune`,
    reference: a.id.slice(0, 8).toUpperCase(),
    generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    sections: [
      { heading: 'Parter', rows: [['Borger', ctx.citizenName], ['Kommune', `${ctx.municipalityName} Kommune, sagsbehandler ${ctx.caseworker.name} (${ctx.caseworker.email})`], ['Leverandør', `${ctx.supplier.name}, CVR ${ctx.supplier.cvr}`]] },
      { heading: 'Mentor', rows: [['Navn', ctx.mentor.name], ['Telefon', ctx.mentor.phone], ['E-mail', ctx.mentor.email]] },
      { heading: 'Mål og pejlemærker', groups: request.goals.map((g) => ({ title: g.text, items: g.milestones })) },
      { heading: 'Mentorens opgaver', list: TASKS[request.mentorType] ?? TASKS['development'] },
      {
        heading: 'Varighed og timer',
        rows: [
          ['Periode', `${daDate(a.startDate)} – ${daDate(a.endDate)} (${weeks} uger)`],
          ['Timer', `${a.hoursPerWeek} timer om ugen, i alt højst ${Math.round(a.hoursPerWeek * weeks * 10) / 10} timer`],
          ['Type', request.mentorType === 'retention' ? 'Fastholdelsesmentor' : 'Udviklingsmentor'],
          ['Grundlag', legal],
        ],
        paragraphs: ['En periode varer højst 6 måneder. Forlængelse kræver en ny vurdering og aftales som en ny periode.'],
      },
      {
        heading: 'Afrapportering',
        paragraphs: [
          'Mentoren afrapporterer i Mentormarkedet hver måned senest den 5. i den følgende måned: brugte timer, fremmøde, status for hvert pejlemærke og en kort beskrivelse af forløbet.',
          'Ved forløbets afslutning udarbejdes en progressionsrapport med borgerens kompetencer, ressourcer og næste skridt. Sagsbehandleren godkender eller returnerer rapporterne.',
        ],
      },
      { heading: 'Klagevejledning', paragraphs: COMPLAINT_GUIDANCE },
    ],
  };
}
