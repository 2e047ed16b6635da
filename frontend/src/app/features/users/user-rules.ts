import { ManagedUser, Role, UserStatus, grantableRoles, tenantKindOf } from '@mentor/contracts';
import type { TranslationKey } from '../../core/i18n/translations';

/**
 * What the user administration page shows and offers, kept apart from Angular so it is tested:
 * labels and badge tones per status, the roles an admin may give, and which actions a row offers.
 */
export const USER_STATUS_KEYS: Readonly<Record<UserStatus, TranslationKey>> = {
  active: 'users.status.active',
  invited: 'users.status.invited',
  invitation_expired: 'users.status.invitation_expired',
  deactivated: 'users.status.deactivated',
};

export const USER_STATUS_TONES: Readonly<Record<UserStatus, 'ok' | 'info' | 'warning' | 'neutral'>> = {
  active: 'ok',
  invited: 'info',
  invitation_expired: 'warning',
  deactivated: 'neutral',
};

/** The roles the invitation form offers: what the API lets this admin give (mentors come from the mentor editor). */
export function invitableRoles(inviter: Role | undefined): readonly Role[] {
  return inviter ? grantableRoles(inviter) : [];
}

/** The role to preselect: the only one when there is one; otherwise none, so an admin role is never given by accident. */
export function defaultInviteRole(inviter: Role | undefined): Role | '' {
  const roles = invitableRoles(inviter);
  return roles.length === 1 ? roles[0] : '';
}

/** The portal heading above the page: the supplier portal or the municipality. */
export function sectionKeyFor(role: Role | undefined): TranslationKey {
  return role && tenantKindOf(role) === 'supplier' ? 'nav.section.supplierPortal' : 'nav.section.municipality';
}

export interface UserActions {
  /** A pending invitation (perhaps expired) can be sent again. */
  resend: boolean;
  deactivate: boolean;
  reactivate: boolean;
}

/** Nobody deactivates themselves; the API also keeps the last active administrator (409 with what to do). */
export function actionsFor(user: Pick<ManagedUser, 'id' | 'status'>, currentUserId: string | undefined): UserActions {
  const self = user.id === currentUserId;
  return {
    resend: user.status === 'invited' || user.status === 'invitation_expired',
    deactivate: user.status !== 'deactivated' && !self,
    reactivate: user.status === 'deactivated' && !self,
  };
}
