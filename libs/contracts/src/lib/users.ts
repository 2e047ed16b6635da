import { User } from './auth';
import { Role } from './roles';

/**
 * Where a user's login stands: `invited` until the invitation link is used, `invitation_expired`
 * when the link ran out before that (send a new one), `deactivated` when an administrator (or the
 * mentor record) switched the login off.
 */
export const USER_STATUSES = ['active', 'invited', 'invitation_expired', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A user as an administrator manages them (GET /api/users). */
export interface ManagedUser extends User {
  active: boolean;
  /** Invited and has not chosen a password yet. */
  invitationPending: boolean;
  status: UserStatus;
  /** When the pending invitation's link stops working. */
  invitationExpiresAt?: string;
  lastLoginAt?: string;
}

/** POST /api/users: invites a colleague into the caller's own tenant. */
export interface UserInvitation {
  email: string;
  name: string;
  role: Role;
}

/** PATCH /api/users/:id. */
export interface UserUpdate {
  name?: string;
  role?: Role;
  /** false logs the user out at once (every session ends). */
  active?: boolean;
}

export function userStatus(u: { active: boolean; invitationPending: boolean; invitationExpiresAt?: string | null }, now: Date = new Date()): UserStatus {
  if (!u.active) return 'deactivated';
  if (!u.invitationPending) return 'active';
  return u.invitationExpiresAt && Date.parse(u.invitationExpiresAt) <= now.getTime() ? 'invitation_expired' : 'invited';
}
