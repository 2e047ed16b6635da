import type { TranslationKey } from '../i18n/translations';

/** The message for a failed login. Never says whether the e-mail exists. */
export function loginErrorKey(status: number): TranslationKey {
  if (status === 429) return 'login.error.tooMany';
  if (status === 400 || status === 401 || status === 403 || status === 404) return 'login.error.invalid';
  return 'login.error.unavailable';
}

/**
 * A returnUrl from the query string, or null when it is not a path inside this app: only `/x…`
 * is accepted, never `//host`, `/\host` or an absolute URL (no open redirect), and not the login page.
 */
export function safeReturnUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20)) return null;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return null;
  return value;
}

/** Calls under /api/auth/ answer 401 as part of their meaning (wrong password, no session). */
export function isAuthEndpoint(url: string): boolean {
  return /^(?:https?:\/\/[^/]+)?\/api\/auth\//.test(url);
}
