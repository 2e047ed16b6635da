import { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set for municipality roles: the 4-digit municipality code. */
  municipalityCode?: string;
  /** Set for supplier roles. */
  supplierId?: string;
  /** The supplier's name, for the page header (supplier roles; from login and /api/auth/me). */
  supplierName?: string;
  /** Set for the mentor role: the mentor record this user is. */
  mentorId?: string;
}

export interface LoginResponse {
  accessToken: string;
  /** When the token and the session cookie stop being valid (ISO 8601, UTC). */
  expiresAt: string;
  user: User;
}

/** The name of the httpOnly session cookie the web app uses. */
export const SESSION_COOKIE = 'mm_session';

/** The password rule of every password a user chooses (registration, invitation, reset, change). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
