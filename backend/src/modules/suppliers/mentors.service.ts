import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In, QueryFailedError, SelectQueryBuilder } from 'typeorm';

import { Mentor, Page } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { Actor, RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { PostcodeEntity } from '../reference/entities/postcode.entity';
import { findPostcode, greatCircleKm, greatCircleSql } from '../reference/utils/postcodes.util';
import { UserEntity } from '../users/entities/user.entity';
import { UsersService } from '../users/users.service';
import { MentorCertificateEntity } from './entities/mentor-certificate.entity';
import { MentorCompetenceEntity } from './entities/mentor-competence.entity';
import { MENTOR_SEARCH_VECTOR, MentorEntity } from './entities/mentor.entity';
import { SupplierEntity } from './entities/supplier.entity';
import { CreateMentorDto, MentorInputDto, MentorQuery, UpdateMentorDto } from './suppliers.dto';
import { SupplierException, SupplierExceptionCode } from './suppliers.exception';
import { municipalitiesOfRegion, regionOfMunicipality } from './utils/area.util';
import { prefixTerms, prefixTsQuerySql } from './utils/free-text.util';
import { syncMatchColumns } from './utils/match-columns.util';
import { toMentor } from './utils/mentor.mapper';

const today = () => new Date().toISOString().slice(0, 10);

/** The SQLSTATEs of a delete that another row still refers to. */
const REFERENCED = new Set(['23503', '23001']);

/**
 * Mentors: supplier admins keep their own; municipal users and the platform admin read the
 * active mentors of every supplier (the directory is deliberately shared across tenants, read
 * only); a mentor reads their own record.
 */
@Injectable()
export class MentorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {}

  async search(query: MentorQuery, supplierId?: string): Promise<Page<Mentor>> {
    const actor = RequestContext.actor()!;
    if (supplierId) await this.visibleSupplier(actor, supplierId);
    const qb = this.visibleMentors(actor, query.includeInactive === true);
    if (supplierId ?? query.supplierId) qb.andWhere('m.supplierId = :supplierId', { supplierId: supplierId ?? query.supplierId });
    const near = query.near ? findPostcode(query.near)! : undefined;
    applyMentorFilters(qb, query, near);

    const total = await qb.clone().getCount();
    const [sortKey, direction] = query.sort?.startsWith('-') ? [query.sort.slice(1), 'DESC' as const] : [query.sort ?? (near ? 'distance' : 'name'), 'ASC' as const];
    if (sortKey === 'distance' && near) qb.orderBy(greatCircleSql('mp', 'nearLat', 'nearLon'), 'ASC', 'NULLS LAST');
    else if (sortKey === 'freeCapacity') qb.orderBy('(m.weekly_capacity_hours - m.hours_in_use)', direction);
    else if (sortKey === 'experience') qb.orderBy('m.years_of_experience', direction);
    else qb.orderBy('m.name', direction);
    qb.addOrderBy('m.id', 'ASC');
    const rows = await qb.offset(query.offset).limit(query.pageSize).getMany();
    const items = await this.toMentors(this.dataSource.manager, rows, near);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Mentor> {
    const mentor = await this.visibleMentors(RequestContext.actor()!, true).andWhere('m.id = :id', { id: asUuid(id) }).getOne();
    if (!mentor) throw notFound(id);
    return (await this.toMentors(this.dataSource.manager, [mentor]))[0];
  }

  async create(supplierId: string, dto: CreateMentorDto): Promise<Mentor> {
    checkMentorInput(dto);
    return this.dataSource.transaction(async (manager) => {
      // The supplier must be the caller's own: another supplier's id answers 404.
      await this.tenant.repository(SupplierEntity, manager).get(supplierId, {}, 'Supplier');
      const repo = this.tenant.repository(MentorEntity, manager);
      const { inviteToLogin, competences, certificates, ...fields } = dto;
      const mentor = await repo.save(repo.create({ ...fields, background: fields.background ?? '', hoursInUse: 0, active: true }));
      await this.replaceDetails(manager, mentor.id, competences, certificates);
      await syncMatchColumns(manager, [mentor.id]);
      await this.audit.record(manager, { action: 'mentor.created', entityType: 'mentor', entityId: mentor.id, details: { competences: competences.map((c) => `${c.code}:${c.level}`) } });
      if (inviteToLogin) await this.users.createInvitedUser(manager, { email: mentor.email, name: mentor.name, role: 'mentor', mentorId: mentor.id });
      return (await this.toMentors(manager, [await this.load(manager, mentor.id)]))[0];
    });
  }

  async update(id: string, dto: UpdateMentorDto): Promise<Mentor> {
    return this.dataSource.transaction(async (manager) => {
      const repo = this.tenant.repository(MentorEntity, manager);
      const mentor = await repo.get(id, { lock: { mode: 'pessimistic_write' } }, 'Mentor');
      const { competences, certificates, ...fields } = dto;
      checkMentorInput({ competences, certificates });
      if (fields.weeklyCapacityHours !== undefined && fields.weeklyCapacityHours < mentor.hoursInUse) {
        throw new SupplierException(
          SupplierExceptionCode.CAPACITY_BELOW_USE,
          `weeklyCapacityHours: the mentor's running courses use ${mentor.hoursInUse} hours a week; capacity cannot go below that. End or move courses first.`,
        );
      }
      const changed = Object.entries(fields).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify((mentor as unknown as Record<string, unknown>)[k])).map(([k]) => k);
      if (changed.length) await manager.update(MentorEntity, { id: mentor.id }, Object.fromEntries(changed.map((k) => [k, fields[k as keyof typeof fields]])));
      // The mentor's own login follows the record: its address, and whether it may log in.
      if (changed.includes('email')) await this.users.changeMentorLoginEmail(manager, mentor.id, fields.email!);
      if (changed.includes('active')) await this.users.setMentorLoginActive(manager, mentor.id, fields.active!);
      if (competences || certificates) await this.replaceDetails(manager, mentor.id, competences, certificates);
      if (competences || certificates || changed.includes('postcode')) await syncMatchColumns(manager, [mentor.id]);
      const all = [...changed, ...(competences ? ['competences'] : []), ...(certificates ? ['certificates'] : [])];
      if (all.length) await this.audit.record(manager, { action: 'mentor.updated', entityType: 'mentor', entityId: mentor.id, details: { changed: all, ...(fields.active !== undefined ? { active: fields.active } : {}) } });
      return (await this.toMentors(manager, [await this.load(manager, mentor.id)]))[0];
    });
  }

  /** Deletes a mentor nothing refers to; a mentor with courses, a login or other history is deactivated instead. */
  async remove(id: string): Promise<{ outcome: 'deleted' | 'deactivated' }> {
    return this.dataSource.transaction(async (manager) => {
      const mentor = await this.tenant.repository(MentorEntity, manager).get(id, { lock: { mode: 'pessimistic_write' } }, 'Mentor');
      const inUse = mentor.hoursInUse > 0 || (await manager.existsBy(UserEntity, { mentorId: mentor.id }));
      if (!inUse) {
        try {
          // A savepoint: if any table still refers to the mentor (a course, a bid), keep it and deactivate.
          await manager.transaction(async (inner) => {
            await inner.delete(MentorEntity, { id: mentor.id });
          });
          await this.audit.record(manager, { action: 'mentor.deleted', entityType: 'mentor', entityId: mentor.id, details: {} });
          return { outcome: 'deleted' as const };
        } catch (err) {
          // 23503 foreign_key_violation; 23001 restrict_violation, which PostgreSQL 16+ raises for ON DELETE RESTRICT.
          if (!(err instanceof QueryFailedError) || !REFERENCED.has((err.driverError as { code?: string })?.code ?? '')) throw err;
        }
      }
      await manager.update(MentorEntity, { id: mentor.id }, { active: false });
      await this.users.setMentorLoginActive(manager, mentor.id, false);
      await this.audit.record(manager, { action: 'mentor.deactivated', entityType: 'mentor', entityId: mentor.id, details: { reason: 'deleted while in use' } });
      return { outcome: 'deactivated' as const };
    });
  }

  /** Mails the mentor an invitation to a login of their own. */
  async invite(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const mentor = await this.tenant.repository(MentorEntity, manager).get(id, {}, 'Mentor');
      if (!mentor.active) throw new SupplierException(SupplierExceptionCode.MENTOR_INACTIVE, 'The mentor is deactivated; activate the mentor before inviting.');
      const existing = await manager.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.mentorId = :id', { id: mentor.id }).getOne();
      if (existing?.passwordHash) throw new SupplierException(SupplierExceptionCode.MENTOR_HAS_LOGIN, `${mentor.name} already has a login (${existing.email}).`);
      // A pending invitation is replaced by a fresh one (a new link, a new expiry).
      if (existing) await manager.delete(UserEntity, { id: existing.id });
      await this.users.createInvitedUser(manager, { email: mentor.email, name: mentor.name, role: 'mentor', mentorId: mentor.id });
    });
  }

  /** The mentors the caller may see, as a query to add filters to. */
  private visibleMentors(actor: Actor, includeInactive: boolean): SelectQueryBuilder<MentorEntity> {
    const qb = this.dataSource.getRepository(MentorEntity).createQueryBuilder('m').innerJoinAndSelect('m.supplier', 's');
    if (actor.role === 'mentor') return qb.andWhere('m.id = :self', { self: actor.mentorId });
    if (actor.supplierId) {
      qb.andWhere('m.supplierId = :own', { own: actor.supplierId });
      return includeInactive ? qb : qb.andWhere('m.active = true');
    }
    // Municipal users and the platform admin: the shared directory of active mentors.
    return qb.andWhere('m.active = true');
  }

  private async visibleSupplier(actor: Actor, supplierId: string): Promise<void> {
    const visible = actor.supplierId ? actor.supplierId === supplierId : await this.dataSource.getRepository(SupplierEntity).existsBy({ id: asUuid(supplierId) });
    if (!visible) throw new NotFoundException(`Supplier ${supplierId} was not found.`);
  }

  private async load(manager: EntityManager, id: string): Promise<MentorEntity> {
    return manager.getRepository(MentorEntity).findOneOrFail({ where: { id }, relations: { supplier: true } });
  }

  private async replaceDetails(manager: EntityManager, mentorId: string, competences?: MentorInputDto['competences'], certificates?: MentorInputDto['certificates']) {
    if (competences) {
      await manager.delete(MentorCompetenceEntity, { mentorId });
      if (competences.length) await manager.insert(MentorCompetenceEntity, competences.map((c) => ({ mentorId, code: c.code, level: c.level })));
      await manager.update(MentorEntity, { id: mentorId }, { competenceProfile: competenceProfile(competences) });
    }
    if (certificates) {
      await manager.delete(MentorCertificateEntity, { mentorId });
      if (certificates.length) await manager.insert(MentorCertificateEntity, certificates.map((c) => ({ mentorId, kind: c.kind, name: c.name || null, issuedOn: c.issuedOn, expiresOn: c.expiresOn })));
    }
  }

  /** Maps a page of mentors, loading competences, certificates and login status in one query each. */
  async toMentors(manager: EntityManager, rows: MentorEntity[], near?: { lat: number; lon: number }): Promise<Mentor[]> {
    if (!rows.length) return [];
    const ids = rows.map((m) => m.id);
    // One query at a time: `manager` may be a transaction's, whose connection runs them in turn anyway.
    const competences = await manager.find(MentorCompetenceEntity, { where: { mentorId: In(ids) } });
    const certificates = await manager.find(MentorCertificateEntity, { where: { mentorId: In(ids) } });
    const accounts = await manager.getRepository(UserEntity).createQueryBuilder('u').select(['u.mentorId', 'u.passwordHash']).where('u.mentorId IN (:...ids)', { ids }).getMany();
    const day = today();
    return rows.map((m) => {
      m.competences = competences.filter((c) => c.mentorId === m.id);
      m.certificates = certificates.filter((c) => c.mentorId === m.id);
      const account = accounts.find((a) => a.mentorId === m.id);
      const origin = near && m.postcode ? findPostcode(m.postcode) : undefined;
      return toMentor(m, {
        supplierName: m.supplier?.name ?? '',
        account: !account ? 'none' : account.passwordHash ? 'active' : 'invited',
        today: day,
        ...(near && origin ? { distanceKm: greatCircleKm(near, origin) } : {}),
      });
    });
  }
}

/** The directory filters, as SQL on `m` (mentor) and `s` (supplier). */
export function applyMentorFilters(qb: SelectQueryBuilder<MentorEntity>, query: MentorQuery, near?: { lat: number; lon: number }): void {
  if (query.competence) {
    qb.andWhere('EXISTS (SELECT 1 FROM mentor_competence mc WHERE mc.mentor_id = m.id AND mc.code = :competence AND mc.level >= :minLevel)', {
      competence: query.competence,
      minLevel: query.minLevel ?? 1,
    });
  } else if (query.minLevel) {
    qb.andWhere('EXISTS (SELECT 1 FROM mentor_competence mc WHERE mc.mentor_id = m.id AND mc.level >= :minLevel)', { minLevel: query.minLevel });
  }
  if (query.language) qb.andWhere(':language = ANY(m.languages)', { language: query.language });
  if (query.municipality) {
    qb.andWhere('(:municipality = ANY(s.municipalities_served) OR :municipalityRegion = ANY(s.regions_served))', {
      municipality: query.municipality,
      municipalityRegion: regionOfMunicipality(query.municipality),
    });
  }
  if (query.region) {
    qb.andWhere('(:region = ANY(s.regions_served) OR s.municipalities_served && CAST(:regionCodes AS varchar[]))', {
      region: query.region,
      regionCodes: municipalitiesOfRegion(query.region),
    });
  }
  if (query.freeCapacity !== undefined) qb.andWhere('(m.weekly_capacity_hours - m.hours_in_use) >= :freeCapacity', { freeCapacity: query.freeCapacity });
  if (query.certificate) {
    qb.andWhere('EXISTS (SELECT 1 FROM mentor_certificate c WHERE c.mentor_id = m.id AND c.kind = :certificate AND c.issued_on <= :validOn AND c.expires_on >= :validOn)', {
      certificate: query.certificate,
      validOn: query.validOn ?? today(),
    });
  }
  if (query.q) {
    const terms = prefixTerms(query.q);
    const params = Object.fromEntries(terms.map((term, i) => [`ft${i}`, term]));
    // MENTOR_SEARCH_VECTOR is the GIN index's expression (ix_mentor_search), so prefix queries use it.
    const text = terms.length ? `${MENTOR_SEARCH_VECTOR} @@ (${prefixTsQuerySql(terms.length, (i) => `ft${i}`)}) OR ` : '';
    qb.andWhere(`(${text}m.name ILIKE :qLike)`, { ...params, qLike: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  }
  if (near) {
    qb.leftJoin(PostcodeEntity, 'mp', 'mp.postcode = m.postcode').setParameters({ nearLat: near.lat, nearLon: near.lon });
    if (query.radiusKm) qb.andWhere(`${greatCircleSql('mp', 'nearLat', 'nearLon')} <= :radiusKm`, { radiusKm: query.radiusKm });
  }
}

/** Business rules class-validator cannot express; each 400 names the field. */
export function checkMentorInput(dto: Pick<Partial<MentorInputDto>, 'competences' | 'certificates'>): void {
  const codes = (dto.competences ?? []).map((c) => c.code);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate) throw new SupplierException(SupplierExceptionCode.DUPLICATE_COMPETENCE, `competences.${codes.lastIndexOf(duplicate)}.code: ${duplicate} is listed twice; give each competence once with one level.`);
  (dto.certificates ?? []).forEach((c, i) => {
    // The same rule as the editor's: a certificate valid for no day at all is a typing mistake.
    if (c.expiresOn <= c.issuedOn) throw new SupplierException(SupplierExceptionCode.CERTIFICATE_DATES, `certificates.${i}.expiresOn: the certificate must expire (${c.expiresOn}) after it was issued (${c.issuedOn}).`);
  });
}

/** The denormalised "code:level,…" form of a mentor's competences (see MentorEntity.competenceProfile). */
export function competenceProfile(competences: { code: string; level: number }[]): string {
  return [...competences].sort((a, b) => a.code.localeCompare(b.code)).map((c) => `${c.code}:${c.level}`).join(',');
}

function asUuid(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id : '00000000-0000-0000-0000-000000000000';
}

function notFound(id: string) {
  return new NotFoundException(`Mentor ${id} was not found.`);
}
