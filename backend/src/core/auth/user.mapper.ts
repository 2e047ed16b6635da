import { User } from '@mentor/contracts';

import { UserEntity } from '../../modules/users/entities/user.entity';

/** The API's view of a user: never the password hash or internal flags. */
export function toUser(u: UserEntity): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    ...(u.municipalityCode ? { municipalityCode: u.municipalityCode } : {}),
    ...(u.supplierId ? { supplierId: u.supplierId } : {}),
    ...(u.supplier?.name ? { supplierName: u.supplier.name } : {}),
    ...(u.mentorId ? { mentorId: u.mentorId } : {}),
  };
}
