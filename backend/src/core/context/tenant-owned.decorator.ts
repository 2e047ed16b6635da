/**
 * Marks an entity as owned by a tenant and names the columns that say which one. The tenant
 * scope (tenant-scope.ts) reads this to filter every query by the caller's tenant.
 */
export interface TenantOwnership {
  /** Property holding the owning municipality's code, for municipality users. */
  municipality?: string;
  /** Property holding the owning supplier's id, for supplier users. */
  supplier?: string;
  /** Whether the platform admin sees every tenant's rows (users: yes; citizen data: never). */
  platformAdminSeesAll?: boolean;
}

const OWNERSHIP = new WeakMap<object, TenantOwnership>();

export function TenantOwned(ownership: TenantOwnership): ClassDecorator {
  return (target) => {
    OWNERSHIP.set(target, ownership);
  };
}

export function tenantOwnershipOf(entity: object): TenantOwnership | undefined {
  return OWNERSHIP.get(entity);
}
