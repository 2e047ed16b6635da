import { EntityManager, In } from 'typeorm';

import { UserEntity } from '../users/entities/user.entity';

/** Active procurement officers of a municipality (they run its tenders). */
export async function officerEmails(manager: EntityManager, municipalityCode: string): Promise<string[]> {
  const rows = await manager.find(UserEntity, { select: { email: true }, where: { role: 'procurement_officer', municipalityCode, active: true } });
  return rows.map((r) => r.email);
}

/** Active supplier admins, of the given suppliers or of every supplier. */
export async function supplierAdmins(manager: EntityManager, supplierIds?: string[]): Promise<{ email: string; supplierId: string }[]> {
  if (supplierIds && supplierIds.length === 0) return [];
  const rows = await manager.find(UserEntity, {
    select: { email: true, supplierId: true },
    where: { role: 'supplier_admin', active: true, ...(supplierIds ? { supplierId: In(supplierIds) } : {}) },
    order: { email: 'ASC' },
  });
  return rows.map((r) => ({ email: r.email, supplierId: r.supplierId as string }));
}
