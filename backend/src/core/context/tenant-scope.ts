import { Injectable, NotFoundException } from '@nestjs/common';
import {
  DataSource,
  DeepPartial,
  EntityManager,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';

import { Actor, RequestContext } from './request-context';
import { tenantOwnershipOf, TenantOwnership } from './tenant-owned.decorator';

type EntityClass<T> = new () => T;

/** A condition that matches no row: a caller without a tenant for this entity sees nothing. */
const NOTHING = Symbol('nothing');

/**
 * The one mechanism that scopes tenant-owned data to the caller's tenant. Services obtain
 * repositories through it; every read filters by the tenant column and every write sets it, so a
 * controller cannot forget. Another tenant's row is indistinguishable from a missing one (404).
 */
@Injectable()
export class TenantScope {
  constructor(private readonly dataSource: DataSource) {}

  /** A repository limited to the current caller's tenant (pass a transaction's manager to join it). */
  repository<T extends ObjectLiteral>(entity: EntityClass<T>, manager?: EntityManager): ScopedRepository<T> {
    const ownership = tenantOwnershipOf(entity);
    if (!ownership) throw new Error(`${entity.name} is not @TenantOwned; use an ordinary repository for shared data.`);
    const actor = RequestContext.actor();
    if (!actor && !RequestContext.isSystem()) {
      throw new Error(`Tenant data (${entity.name}) read outside a request: run jobs with RequestContext.runAsSystem and TenantScope.unscoped.`);
    }
    return new ScopedRepository((manager ?? this.dataSource.manager).getRepository(entity), ownership, actor);
  }

  /** The 404 for a row the caller may not see, worded exactly like a missing one. */
  notFound(what: string, id: string): NotFoundException {
    return new NotFoundException(`${what} ${id} was not found.`);
  }

  /** Every tenant's rows: only for system work (jobs, seed), never for a request. */
  unscoped<T extends ObjectLiteral>(entity: EntityClass<T>, manager?: EntityManager): Repository<T> {
    if (!RequestContext.isSystem()) throw new Error(`Unscoped access to ${entity.name} is only for system work (RequestContext.runAsSystem).`);
    return (manager ?? this.dataSource.manager).getRepository(entity);
  }
}

export class ScopedRepository<T extends ObjectLiteral> {
  private readonly condition: Record<string, unknown> | typeof NOTHING | null;

  constructor(
    readonly repository: Repository<T>,
    ownership: TenantOwnership,
    actor: Actor | null,
  ) {
    this.condition = conditionFor(ownership, actor);
  }

  /** The tenant condition merged into `where` (also into each alternative of an OR array). */
  scopeWhere(where?: FindOptionsWhere<T> | FindOptionsWhere<T>[]): FindOptionsWhere<T> | FindOptionsWhere<T>[] {
    if (this.condition === null) return where ?? {};
    const condition = this.condition === NOTHING ? this.impossible() : this.condition;
    const scope = (w: FindOptionsWhere<T> = {} as FindOptionsWhere<T>) => {
      // A where that names another tenant on the tenant column itself (a supplier's tenant key is
      // its own id) must match nothing, never be overwritten by the caller's tenant.
      const conflicting = Object.entries(condition).some(([k, v]) => k in w && (w as Record<string, unknown>)[k] !== v);
      return (conflicting ? { ...w, ...this.impossible() } : { ...w, ...condition }) as FindOptionsWhere<T>;
    };
    return Array.isArray(where) ? where.map(scope) : scope(where);
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scopeWhere(options.where) });
  }

  findAndCount(options: FindManyOptions<T> = {}): Promise<[T[], number]> {
    return this.repository.findAndCount({ ...options, where: this.scopeWhere(options.where) });
  }

  count(options: FindManyOptions<T> = {}): Promise<number> {
    return this.repository.count({ ...options, where: this.scopeWhere(options.where) });
  }

  findOne(options: FindOneOptions<T>): Promise<T | null> {
    return this.repository.findOne({ ...options, where: this.scopeWhere(options.where) });
  }

  /** The row with this id in the caller's tenant, or a 404 that says nothing of other tenants. */
  async get(id: string, options: Omit<FindOneOptions<T>, 'where'> = {}, what = this.label()): Promise<T> {
    if (!isUuidLike(id)) throw new NotFoundException(`${what} ${id} was not found.`);
    const row = await this.findOne({ ...options, where: { id } as unknown as FindOptionsWhere<T> });
    if (!row) throw new NotFoundException(`${what} ${id} was not found.`);
    return row;
  }

  /** A query builder already limited to the caller's tenant. */
  createQueryBuilder(alias: string): SelectQueryBuilder<T> {
    const qb = this.repository.createQueryBuilder(alias);
    if (this.condition === null) return qb;
    if (this.condition === NOTHING) return qb.andWhere('1 = 0');
    for (const [property, value] of Object.entries(this.condition)) {
      qb.andWhere(`${alias}.${property} = :__tenant_${property}`, { [`__tenant_${property}`]: value });
    }
    return qb;
  }

  /** Creates rows in the caller's tenant: the tenant columns are set here, never by the caller. */
  create(values: DeepPartial<T>): T {
    const entity = this.repository.create(values);
    if (this.condition === NOTHING) throw new NotFoundException(`No ${this.label()} can be created here.`);
    if (this.condition) Object.assign(entity, this.condition);
    return entity;
  }

  /** Saves a row that belongs to the caller's tenant; a row of another tenant is refused as 404. */
  async save(entity: T): Promise<T> {
    if (this.condition === NOTHING) throw new NotFoundException(`${this.label()} was not found.`);
    if (this.condition) {
      for (const [property, value] of Object.entries(this.condition)) {
        const current = (entity as Record<string, unknown>)[property];
        if (current !== undefined && current !== null && current !== value) throw new NotFoundException(`${this.label()} was not found.`);
        (entity as Record<string, unknown>)[property] = value;
      }
    }
    return this.repository.save(entity);
  }

  private label(): string {
    return this.repository.metadata.targetName.replace(/Entity$/, '');
  }

  private impossible(): Record<string, unknown> {
    // The nil UUID: no insert ever produces it, so this matches no row.
    return { [this.repository.metadata.primaryColumns[0].propertyName]: '00000000-0000-0000-0000-000000000000' } as Record<string, unknown>;
  }
}

function conditionFor(ownership: TenantOwnership, actor: Actor | null): Record<string, unknown> | typeof NOTHING | null {
  if (!actor) return null; // system work
  if (actor.role === 'platform_admin') return ownership.platformAdminSeesAll ? null : NOTHING;
  if (actor.municipalityCode && ownership.municipality) return { [ownership.municipality]: actor.municipalityCode };
  if (actor.supplierId && ownership.supplier) return { [ownership.supplier]: actor.supplierId };
  return NOTHING;
}

function isUuidLike(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

