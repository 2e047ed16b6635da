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
