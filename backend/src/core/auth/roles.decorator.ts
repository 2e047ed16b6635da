import { SetMetadata } from '@nestjs/common';

import { Role } from '@mentor/contracts';

export const ROLES_KEY = 'mm:roles';
export const PUBLIC_KEY = 'mm:public';

/** Only these roles may call the route (403 for other logged-in users). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The route needs no login (reference data, login itself, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
