import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { CitizenCase, CitizenIdentity, CitizenIdentityView, DEFAULT_WEEKS, MentorRequest, Page, parseCpr } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { FieldCipher } from '../../core/crypto/field-cipher';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { findPostcode } from '../reference/utils/postcodes.util';
import { UserEntity } from '../users/entities/user.entity';
import { CaseQuery, CreateCaseDto, CreateRequestDto, UpdateCaseDto } from './cases.dto';
import { CaseException, CaseExceptionCode } from './cases.exception';
import { AssignmentEntity } from './entities/assignment.entity';
import { CitizenCaseEntity } from './entities/citizen-case.entity';
import { MentorRequestEntity } from './entities/mentor-request.entity';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

/**
 * Citizen cases and their mentor requests, within the caller's municipality. The identity is
 * encrypted at rest and read only through `identity()`, which logs who read it and why.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
  ) {}

  async create(dto: CreateCaseDto): Promise<CitizenCase> {
    const actor = RequestContext.actor()!;
    const cpr = parseCpr(dto.citizen.cpr)!;
    const id = randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const cprIndex = this.cipher.blindIndex('citizen-cpr-index', `${actor.municipalityCode}:${cpr.digits}`);
      const existing = await manager.getRepository(CitizenCaseEntity).createQueryBuilder('c').select(['c.id', 'c.reference']).where('c.cprIndex = :cprIndex AND c.municipalityCode = :m AND c.status = :open', { cprIndex, m: actor.municipalityCode, open: 'open' }).getOne();
      if (existing) {
        throw new CaseException(CaseExceptionCode.CASE_EXISTS, `citizen.cpr: this citizen already has an open case (${existing.reference}); add the request to that case.`, { caseId: existing.id, caseReference: existing.reference });
      }
      const repo = this.tenant.repository(CitizenCaseEntity, manager);
      const row = await repo.save(
        repo.create({
          id,
          reference: await this.nextReference(manager, actor.municipalityCode!),
          caseworkerId: actor.userId,
          status: 'open',
          identityCiphertext: this.cipher.encrypt('citizen-identity', id, { ...dto.citizen, cpr: cpr.digits } satisfies CitizenIdentity),
          cprIndex,
          birthYear: Number(cpr.birthDate.slice(0, 4)),
          targetGroup: dto.targetGroup,
          needs: dto.needs,
          languages: dto.languages,
          genderPreference: dto.genderPreference ?? null,
          postcode: dto.postcode,
          notesCiphertext: dto.notes ? this.cipher.encrypt('citizen-identity', `${id}:notes`, dto.notes) : null,
          closedAt: null,
        }),
      );
      // The audit names the case only: never the citizen's identity or health data.
      await this.audit.record(manager, { action: 'case.created', entityType: 'case', entityId: row.id, details: { targetGroup: dto.targetGroup } });
      return (await this.toCases(manager, [row]))[0];
    });
  }

  async list(query: CaseQuery): Promise<Page<CitizenCase>> {
    const actor = RequestContext.actor()!;
    const qb = this.tenant.repository(CitizenCaseEntity).createQueryBuilder('c');
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.mine === 'true') qb.andWhere('c.caseworkerId = :me', { me: actor.userId });
    if (query.targetGroup) qb.andWhere('c.targetGroup = :tg', { tg: query.targetGroup });
    if (query.reference) qb.andWhere('c.reference ILIKE :ref', { ref: `%${query.reference.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` });
    const total = await qb.clone().getCount();
    const rows = await qb.orderBy('c.createdAt', 'DESC').addOrderBy('c.id', 'ASC').offset(query.offset).limit(query.pageSize).getMany();
    const items = await this.toCases(this.dataSource.manager, rows);
    // The list shows each citizen's needs (health data): every case on the page is a read.
    await this.audit.recordReads(rows.map((r) => ({ action: 'case.read', entityType: 'case', entityId: r.id, purpose: 'Sagsliste', details: { view: 'list' } })));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<CitizenCase> {
    const row = await this.tenant.repository(CitizenCaseEntity).get(id, {}, 'Case');
    const [item] = await this.toCases(this.dataSource.manager, [row]);
    await this.audit.recordReads([{ action: 'case.read', entityType: 'case', entityId: row.id, purpose: 'Sagsbehandling', details: { view: 'case' } }]);
    return item;
  }

  /** The identity and notes, for a stated purpose; the read is audit-logged in the same transaction. */
  async identity(id: string, purpose: string): Promise<CitizenIdentityView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.tenant.repository(CitizenCaseEntity, manager).get(id, { select: { id: true, municipalityCode: true, identityCiphertext: true, notesCiphertext: true } }, 'Case');
      await this.audit.record(manager, { action: 'case.identity_read', entityType: 'case', entityId: row.id, purpose });
      const identity = this.cipher.decrypt<CitizenIdentity>('citizen-identity', row.id, row.identityCiphertext);
      const notes = row.notesCiphertext ? this.cipher.decrypt<string>('citizen-identity', `${row.id}:notes`, row.notesCiphertext) : '';
      return { ...identity, cpr: `${identity.cpr.slice(0, 6)}-${identity.cpr.slice(6)}`, notes };
    });
  }

  async update(id: string, dto: UpdateCaseDto): Promise<CitizenCase> {
    return this.dataSource.transaction(async (manager) => {
      const repo = this.tenant.repository(CitizenCaseEntity, manager);
      const row = await repo.get(id, { select: { id: true, municipalityCode: true, identityCiphertext: true, cprIndex: true, status: true }, lock: { mode: 'pessimistic_write' } }, 'Case');
      const patch: Partial<CitizenCaseEntity> = {};
      const changed: string[] = [];
      if (dto.citizen) {
        const identity = { ...this.cipher.decrypt<CitizenIdentity>('citizen-identity', row.id, row.identityCiphertext), ...Object.fromEntries(Object.entries(dto.citizen).filter(([, v]) => v !== undefined)) };
        const cpr = parseCpr(identity.cpr)!;
        patch.identityCiphertext = this.cipher.encrypt('citizen-identity', row.id, { ...identity, cpr: cpr.digits });
        patch.cprIndex = this.cipher.blindIndex('citizen-cpr-index', `${row.municipalityCode}:${cpr.digits}`);
        patch.birthYear = Number(cpr.birthDate.slice(0, 4));
        changed.push(...Object.keys(dto.citizen).map((k) => `citizen.${k}`));
      }
      for (const key of ['targetGroup', 'needs', 'languages', 'genderPreference', 'postcode'] as const) {
        if (dto[key] !== undefined) {
          (patch as Record<string, unknown>)[key] = dto[key];
          changed.push(key);
        }
      }
      if (dto.notes !== undefined) {
        patch.notesCiphertext = dto.notes ? this.cipher.encrypt('citizen-identity', `${row.id}:notes`, dto.notes) : null;
        changed.push('notes');
      }
      if (dto.status && dto.status !== row.status) {
        patch.status = dto.status;
        patch.closedAt = dto.status === 'closed' ? new Date() : null;
        changed.push('status');
      }
      if (changed.length) {
        await manager.update(CitizenCaseEntity, { id: row.id }, patch);
        await this.audit.record(manager, { action: dto.status === 'closed' ? 'case.closed' : 'case.updated', entityType: 'case', entityId: row.id, details: { changed } });
      }
      return (await this.toCases(manager, [await repo.get(row.id)]))[0];
    });
  }

  async createRequest(caseId: string, dto: CreateRequestDto, previousAssignmentId: string | null = null): Promise<MentorRequest> {
    const actor = RequestContext.actor()!;
    return this.dataSource.transaction(async (manager) => {
      const citizenCase = await this.tenant.repository(CitizenCaseEntity, manager).get(caseId, {}, 'Case');
      if (citizenCase.status !== 'open') throw new CaseException(CaseExceptionCode.CASE_CLOSED, 'The case is closed; reopen it before requesting a mentor.');
      const today = new Date().toISOString().slice(0, 10);
      if (dto.startDate < today && !previousAssignmentId) {
        throw new CaseException(CaseExceptionCode.START_IN_PAST, `startDate: ${dto.startDate} has passed; choose today or a later date.`);
      }
      const weeks = dto.weeks ?? DEFAULT_WEEKS;
      const age = new Date().getUTCFullYear() - citizenCase.birthYear;
      const repo = this.tenant.repository(MentorRequestEntity, manager);
      const request = await repo.save(
        repo.create({
          caseId: citizenCase.id,
          mentorType: dto.mentorType,
          hoursPerWeek: dto.hoursPerWeek,
          weeks,
          startDate: dto.startDate,
          endDate: addDays(dto.startDate, weeks * 7 - 1),
          legalBasis: dto.legalBasis,
          goals: dto.goals,
          allocation: dto.allocation ?? 'auto',
          // A criminal record check always; a child certificate too for citizens under 18.
          requiredCertificates: dto.requiredCertificates ?? (age < 18 ? ['criminal_record', 'child_certificate'] : ['criminal_record']),
          status: 'open',
          previousAssignmentId,
          createdBy: actor.userId,
        }),
      );
      await this.audit.record(manager, { action: 'request.created', entityType: 'request', entityId: request.id, details: { caseId, hoursPerWeek: dto.hoursPerWeek, weeks, ...(previousAssignmentId ? { extends: previousAssignmentId } : {}) } });
      return toRequest(request);
    });
  }

  async requests(caseId: string): Promise<MentorRequest[]> {
    await this.tenant.repository(CitizenCaseEntity).get(caseId, {}, 'Case');
    const rows = await this.tenant.repository(MentorRequestEntity).find({ where: { caseId }, order: { createdAt: 'DESC' } });
    return rows.map(toRequest);
  }

  async request(id: string): Promise<MentorRequest> {
    return toRequest(await this.tenant.repository(MentorRequestEntity).get(id, {}, 'Request'));
  }

  /** HVI-2026-0001: the municipality's abbreviation, the year, and a number under an advisory lock. */
  private async nextReference(manager: EntityManager, municipalityCode: string): Promise<string> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`case-reference:${municipalityCode}`]);
    const year = new Date().getUTCFullYear();
    const municipality = await manager.findOneByOrFail(MunicipalityEntity, { code: municipalityCode });
    const prefix = `${municipality.name.normalize('NFD').replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase()}-${year}-`;
    const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM citizen_case WHERE reference LIKE $1', [`${prefix}%`]);
    return `${prefix}${String(n + 1).padStart(4, '0')}`;
  }

  private async toCases(manager: EntityManager, rows: CitizenCaseEntity[]): Promise<CitizenCase[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    // One query at a time: `manager` may be a transaction's, whose connection runs them in turn anyway.
    const caseworkers = await manager.find(UserEntity, { where: { id: In([...new Set(rows.map((r) => r.caseworkerId))]) }, select: { id: true, name: true } });
    const notes = await manager.getRepository(CitizenCaseEntity).createQueryBuilder('c').select('c.id', 'id').where('c.id IN (:...ids) AND c.notesCiphertext IS NOT NULL', { ids }).getRawMany<{ id: string }>();
    const openRequests = await manager.getRepository(MentorRequestEntity).createQueryBuilder('r').select('r.caseId', 'id').addSelect('count(*)::int', 'n').where("r.caseId IN (:...ids) AND r.status IN ('open', 'offered')", { ids }).groupBy('r.caseId').getRawMany<{ id: string; n: number }>();
    const active = await manager.getRepository(AssignmentEntity).createQueryBuilder('a').select('a.caseId', 'id').addSelect('count(*)::int', 'n').where("a.caseId IN (:...ids) AND a.status = 'active'", { ids }).groupBy('a.caseId').getRawMany<{ id: string; n: number }>();
    const year = new Date().getUTCFullYear();
    return rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      municipalityCode: r.municipalityCode,
      caseworkerId: r.caseworkerId,
      caseworkerName: caseworkers.find((u) => u.id === r.caseworkerId)?.name ?? '',
      status: r.status,
      targetGroup: r.targetGroup,
      needs: r.needs,
      languages: r.languages,
      ...(r.genderPreference ? { genderPreference: r.genderPreference } : {}),
      postcode: r.postcode,
      town: findPostcode(r.postcode)?.name ?? '',
      ageYears: year - r.birthYear,
      hasNotes: notes.some((n) => n.id === r.id),
      openRequests: openRequests.find((o) => o.id === r.id)?.n ?? 0,
      activeAssignments: active.find((a) => a.id === r.id)?.n ?? 0,
      createdAt: r.createdAt.toISOString(),
    }));
  }
}

export function toRequest(r: MentorRequestEntity): MentorRequest {
  return {
    id: r.id,
    caseId: r.caseId,
    municipalityCode: r.municipalityCode,
    mentorType: r.mentorType,
    hoursPerWeek: r.hoursPerWeek,
    weeks: r.weeks,
    startDate: r.startDate,
    endDate: r.endDate,
    legalBasis: r.legalBasis,
    goals: r.goals,
    allocation: r.allocation,
    requiredCertificates: r.requiredCertificates,
    status: r.status,
    ...(r.previousAssignmentId ? { previousAssignmentId: r.previousAssignmentId } : {}),
    createdAt: r.createdAt.toISOString(),
  };
}
