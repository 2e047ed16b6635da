import type { Role } from '@mentor/contracts';
import type { TranslationKey } from './translations';

/** The translation key of a role's name; a map rather than string building, so keys stay checked. */
export const ROLE_LABEL_KEYS: Readonly<Record<Role, TranslationKey>> = {
  platform_admin: 'role.platform_admin',
  municipality_admin: 'role.municipality_admin',
  procurement_officer: 'role.procurement_officer',
  caseworker: 'role.caseworker',
  supplier_admin: 'role.supplier_admin',
  mentor: 'role.mentor',
};
