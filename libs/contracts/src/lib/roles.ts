/** Every role a user can hold. A user holds exactly one. */
export const ROLES = [
  'platform_admin',
  'municipality_admin',
  'procurement_officer',
  'caseworker',
  'supplier_admin',
  'mentor',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose tenant is a municipality. */
export const MUNICIPALITY_ROLES: readonly Role[] = ['municipality_admin', 'procurement_officer', 'caseworker'];
/** Roles whose tenant is a supplier. */
export const SUPPLIER_ROLES: readonly Role[] = ['supplier_admin', 'mentor'];

export type TenantKind = 'municipality' | 'supplier' | 'platform';

export function tenantKindOf(role: Role): TenantKind {
  if (MUNICIPALITY_ROLES.includes(role)) return 'municipality';
  if (SUPPLIER_ROLES.includes(role)) return 'supplier';
  return 'platform';
}

/** The administrator role of each tenant kind: a tenant must always keep one who can log in. */
export const TENANT_ADMIN_ROLES: readonly Role[] = ['municipality_admin', 'supplier_admin'];

/**
 * The roles an administrator may give when inviting a colleague: municipality admins any
 * municipality role, supplier admins another supplier admin (a mentor's login is created from the
 * mentor record instead), the platform admin another platform admin; nobody else any.
 */
export function grantableRoles(inviter: Role): readonly Role[] {
  switch (inviter) {
    case 'municipality_admin':
      return MUNICIPALITY_ROLES;
    case 'supplier_admin':
      return ['supplier_admin'];
    case 'platform_admin':
      return ['platform_admin'];
    default:
      return [];
  }
}
