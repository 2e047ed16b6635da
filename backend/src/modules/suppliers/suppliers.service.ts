import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { LoginResponse, Page, Standing, Supplier, SupplierProfile } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { AuthService } from '../../core/auth/auth.service';
import { hashPassword } from '../../core/auth/password-hasher';
import { Actor, RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { findPostcode } from '../reference/utils/postcodes.util';
import { UserEntity } from '../users/entities/user.entity';
import { MentorEntity } from './entities/mentor.entity';
import { SupplierEntity } from './entities/supplier.entity';
import { MentorsService } from './mentors.service';
import { RegisterSupplierDto, SupplierQuery, UpdateSupplierDto } from './suppliers.dto';
import { SupplierException, SupplierExceptionCode } from './suppliers.exception';
import { municipalitiesOfRegion, regionOfMunicipality } from './utils/area.util';

interface Capacity {
  activeMentorCount: number;
  weeklyCapacityHours: number;
  hoursInUse: number;
}

/**
 * The supplier registry. Suppliers register themselves; municipal users and the platform admin
 * read every supplier (the directory, deliberately shared and read only); supplier users their own.
 */
@Injectable()
export class SuppliersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly mentors: MentorsService,
  ) {}

  /** Creates the supplier and its first admin in one transaction, then logs the admin in. */
  async register(dto: RegisterSupplierDto, client: { address: string; userAgent?: string }): Promise<LoginResponse & { supplier: Supplier }> {
    if (!dto.municipalitiesServed.length && !dto.regionsServed?.length) {
      throw new SupplierException(SupplierExceptionCode.NO_AREA_SERVED, 'municipalitiesServed: choose at least one municipality or region the supplier serves.');
    }
    const passwordHash = await hashPassword(dto.admin.password);
    const { supplier, admin } = await RequestContext.runAsSystem(() =>
      this.dataSource.transaction(async (manager) => {
        // Serialise registrations of the same CVR so two at once cannot both pass the check.
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`supplier-cvr:${dto.cvr}`]);
        if (await manager.existsBy(SupplierEntity, { cvr: dto.cvr })) {
          throw new SupplierException(SupplierExceptionCode.CVR_TAKEN, `cvr: CVR ${dto.cvr} is already registered. Ask that supplier's administrator to invite you instead.`);
        }
        if (await manager.existsBy(UserEntity, { email: dto.admin.email })) {
          throw new SupplierException(SupplierExceptionCode.EMAIL_TAKEN, `admin.email: ${dto.admin.email} already has an account. Log in with it, or use another address.`);
        }
        const s = await manager.save(
          manager.create(SupplierEntity, {
            cvr: dto.cvr,
            name: dto.name,
            address: dto.address,
            postcode: dto.postcode,
            email: dto.email,
            phone: dto.phone,
            organisationType: dto.organisationType,
            municipalitiesServed: dto.municipalitiesServed,
            regionsServed: dto.regionsServed ?? [],
            description: dto.description ?? '',
          }),
        );
        const u = await manager.save(
          manager.create(UserEntity, { email: dto.admin.email, name: dto.admin.name, role: 'supplier_admin', supplierId: s.id, municipalityCode: null, mentorId: null, passwordHash, active: true }),
        );
        await this.audit.record(manager, {
          action: 'supplier.registered',
          entityType: 'supplier',
          entityId: s.id,
          supplierId: s.id,
          actorUserId: u.id,
          actorRole: u.role,
          details: { cvr: s.cvr, organisationType: s.organisationType },
        });
        return { supplier: s, admin: u };
      }),
    );
    const session = await this.auth.startSession(admin, client);
    return { ...session, supplier: toSupplier(supplier, { activeMentorCount: 0, weeklyCapacityHours: 0, hoursInUse: 0 }) };
  }

  async list(query: SupplierQuery): Promise<Page<Supplier>> {
    const actor = RequestContext.actor()!;
    const qb = this.dataSource.getRepository(SupplierEntity).createQueryBuilder('s');
    if (actor.supplierId) qb.andWhere('s.id = :own', { own: actor.supplierId });
    if (query.q) {
      qb.andWhere('(s.name ILIKE :qLike OR s.cvr = :q)', { q: query.q.replace(/\s/g, ''), qLike: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (query.organisationType) qb.andWhere('s.organisationType = :type', { type: query.organisationType });
    if (query.municipality) {
      qb.andWhere('(:municipality = ANY(s.municipalities_served) OR :municipalityRegion = ANY(s.regions_served))', {
        municipality: query.municipality,
        municipalityRegion: regionOfMunicipality(query.municipality),
      });
    }
    if (query.region) {
      qb.andWhere('(:region = ANY(s.regions_served) OR s.municipalities_served && CAST(:regionCodes AS varchar[]))', { region: query.region, regionCodes: municipalitiesOfRegion(query.region) });
    }
    if (query.competence || query.minLevel) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM mentor m JOIN mentor_competence mc ON mc.mentor_id = m.id WHERE m.supplier_id = s.id AND m.active ${query.competence ? 'AND mc.code = :competence' : ''} AND mc.level >= :minLevel)`,
        { competence: query.competence, minLevel: query.minLevel ?? 1 },
      );
    }
    if (query.language) qb.andWhere('EXISTS (SELECT 1 FROM mentor m WHERE m.supplier_id = s.id AND m.active AND :language = ANY(m.languages))', { language: query.language });
    const total = await qb.clone().getCount();
    const capacityExpr = '(SELECT coalesce(sum(m.weekly_capacity_hours - m.hours_in_use), 0) FROM mentor m WHERE m.supplier_id = s.id AND m.active)';
    if (query.sort === 'capacity' || query.sort === '-capacity') qb.orderBy(capacityExpr, query.sort === 'capacity' ? 'DESC' : 'ASC');
    else if (query.sort === 'newest') qb.orderBy('s.createdAt', 'DESC');
    else qb.orderBy('s.name', query.sort === '-name' ? 'DESC' : 'ASC');
    const rows = await qb.addOrderBy('s.id', 'ASC').offset(query.offset).limit(query.pageSize).getMany();
    const capacity = await this.capacities(this.dataSource.manager, rows.map((r) => r.id));
    return { items: rows.map((s) => toSupplier(s, capacity.get(s.id))), total, page: query.page, pageSize: query.pageSize };
  }

  async profile(id: string): Promise<SupplierProfile> {
    const actor = RequestContext.actor()!;
    const supplier = await this.visible(actor, id);
    const ownView = actor.supplierId === supplier.id;
    const mentorRows = await this.dataSource.getRepository(MentorEntity).find({
      where: { supplierId: supplier.id, ...(ownView && actor.role === 'supplier_admin' ? {} : { active: true }) },
      relations: { supplier: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    const visibleMentors = actor.role === 'mentor' ? mentorRows.filter((m) => m.id === actor.mentorId) : mentorRows;
    const mentors = await this.mentors.toMentors(this.dataSource.manager, visibleMentors);
    const capacity = (await this.capacities(this.dataSource.manager, [supplier.id])).get(supplier.id);
    const [q] = await this.dataSource.query<Record<string, string | null>[]>(
      "SELECT reports_due, on_time_rate, completeness, acceptance_rate, quality_score, standing, computed_at FROM quality_score WHERE subject_kind = 'supplier' AND subject_id = $1 AND month = 'current'",
      [supplier.id],
    );
    const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));
    const scorecard: SupplierProfile['scorecard'] = q
      ? { reportsDue: Number(q['reports_due']), onTimeRate: num(q['on_time_rate']), completeness: num(q['completeness']), acceptanceRate: num(q['acceptance_rate']), qualityScore: num(q['quality_score']), standing: q['standing'] as Standing, computedAt: new Date(q['computed_at'] as string).toISOString() }
      : null;
    return { ...toSupplier(supplier, capacity), mentors, scorecard };
  }

  async update(id: string, dto: UpdateSupplierDto): Promise<Supplier> {
    return this.dataSource.transaction(async (manager) => {
      const repo = this.tenant.repository(SupplierEntity, manager);
      const supplier = await repo.get(id, { lock: { mode: 'pessimistic_write' } }, 'Supplier');
      const next = { ...supplier, ...Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) } as SupplierEntity;
      if (!next.municipalitiesServed.length && !next.regionsServed.length) {
        throw new SupplierException(SupplierExceptionCode.NO_AREA_SERVED, 'municipalitiesServed: choose at least one municipality or region the supplier serves.');
      }
      const changed = Object.keys(dto).filter((k) => dto[k as keyof UpdateSupplierDto] !== undefined && JSON.stringify(dto[k as keyof UpdateSupplierDto]) !== JSON.stringify(supplier[k as keyof SupplierEntity]));
      if (changed.length) {
        await manager.update(SupplierEntity, { id: supplier.id }, Object.fromEntries(changed.map((k) => [k, dto[k as keyof UpdateSupplierDto]])));
        await this.audit.record(manager, { action: 'supplier.updated', entityType: 'supplier', entityId: supplier.id, details: { changed } });
      }
      const capacity = (await this.capacities(manager, [supplier.id])).get(supplier.id);
      return toSupplier(next, capacity);
    });
  }

  private async visible(actor: Actor, id: string): Promise<SupplierEntity> {
    if (actor.supplierId) return this.tenant.repository(SupplierEntity).get(id, {}, 'Supplier');
    const uuid = /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
    const supplier = uuid ? await this.dataSource.getRepository(SupplierEntity).findOneBy({ id: uuid }) : null;
    if (!supplier) throw new NotFoundException(`Supplier ${id} was not found.`);
    return supplier;
  }

  private async capacities(manager: EntityManager, ids: string[]): Promise<Map<string, Capacity>> {
    if (!ids.length) return new Map();
    const rows: { supplier_id: string; n: string; capacity: string; in_use: string }[] = await manager
      .getRepository(MentorEntity)
      .createQueryBuilder('m')
      .select('m.supplier_id', 'supplier_id')
      .addSelect('count(*)', 'n')
      .addSelect('coalesce(sum(m.weekly_capacity_hours), 0)', 'capacity')
      .addSelect('coalesce(sum(m.hours_in_use), 0)', 'in_use')
      .where({ supplierId: In(ids), active: true })
      .groupBy('m.supplier_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.supplier_id, { activeMentorCount: Number(r.n), weeklyCapacityHours: Number(r.capacity), hoursInUse: Number(r.in_use) }]));
  }
}

export function toSupplier(s: SupplierEntity, capacity: Capacity = { activeMentorCount: 0, weeklyCapacityHours: 0, hoursInUse: 0 }): Supplier {
  return {
    id: s.id,
    cvr: s.cvr,
    name: s.name,
    address: s.address,
    postcode: s.postcode ?? '',
    town: s.postcode ? (findPostcode(s.postcode)?.name ?? '') : '',
    email: s.email,
    phone: s.phone,
    organisationType: s.organisationType,
    municipalitiesServed: s.municipalitiesServed,
    regionsServed: s.regionsServed,
    description: s.description,
    ...capacity,
    createdAt: s.createdAt.toISOString(),
  };
}
