import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@mentor/contracts';
import { apiErrorMessages, fieldErrors } from '../api/api-error';
import type { ChangePasswordBody, PasswordResetConfirmBody } from '../api/password-api.service';
import { mapServerErrors } from '../forms/server-errors';
import type { TranslationKey, TranslationParams } from '../i18n/translations';

/**
 * The decisions of the forgotten-password, reset and change-password pages, framework-free so they
 * are unit-tested without Angular: what may be sent, and what an answer means for the page.
 */

/** A failed call as the pages see it: the HTTP status (0 without an answer), its body and Retry-After. */
export interface CallFailure {
  status: number;
  body: unknown;
  retryAfter?: string | null;
}

/** A page-level message: a dictionary key and its placeholders. */
export interface PasswordNotice {
  key: TranslationKey;
  params?: TranslationParams;
}

/** Server field errors placed on the form's paths; `unplaced` goes above the submit button. */
export interface FieldsOutcome {
  kind: 'fields';
  byPath: Readonly<Record<string, string[]>>;
  unplaced: readonly string[];
}

export interface ErrorOutcome {
  kind: 'error';
  notice: PasswordNotice;
}

export type ForgotPasswordOutcome = { kind: 'sent' } | FieldsOutcome | ErrorOutcome;
export type ResetPasswordOutcome = { kind: 'done' } | { kind: 'tokenInvalid' } | FieldsOutcome | ErrorOutcome;
export type ChangePasswordOutcome = { kind: 'saved' } | { kind: 'sessionEnded' } | FieldsOutcome | ErrorOutcome;

type Errors = Record<string, unknown>;

/**
 * A new password's rule as a control validator (Angular's ValidatorFn shape): required, then at
 * least PASSWORD_MIN_LENGTH and at most PASSWORD_MAX_LENGTH characters. The errors are Angular's
 * own (`minlength`, `maxlength`), so `mm-field-error` words them.
 */
export function newPasswordValidator(control: { value: unknown }): Errors | null {
  const value = typeof control.value === 'string' ? control.value : '';
  if (!value) return { required: true };
  if (value.length < PASSWORD_MIN_LENGTH) return { minlength: { requiredLength: PASSWORD_MIN_LENGTH, actualLength: value.length } };
  if (value.length > PASSWORD_MAX_LENGTH) return { maxlength: { requiredLength: PASSWORD_MAX_LENGTH, actualLength: value.length } };
  return null;
}

function acceptableNewPassword(password: string, confirm: string): boolean {
  return newPasswordValidator({ value: password }) === null && confirm === password;
}

/**
 * What `/reset-password/:token` sends, or null when nothing may be sent: a password that breaks
 * the rule, or a repetition that differs (the page then shows the field errors instead).
 */
export function resetPasswordBody(token: string, values: { password: string; confirm: string }): PasswordResetConfirmBody | null {
  if (!token || !acceptableNewPassword(values.password, values.confirm)) return null;
  return { token, password: values.password };
}

/** What `/account/password` sends, or null when nothing may be sent (see resetPasswordBody). */
export function changePasswordBody(values: { currentPassword: string; newPassword: string; confirm: string }): ChangePasswordBody | null {
  if (!values.currentPassword || !acceptableNewPassword(values.newPassword, values.confirm)) return null;
  return { currentPassword: values.currentPassword, newPassword: values.newPassword };
}

/** Retry-After as seconds from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(header: string | null | undefined, now: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The message for an answer the page has no special meaning for: rate limit, no connection, or other. */
export function failureNotice(failure: CallFailure, now: number): PasswordNotice {
  if (failure.status === 429) {
    const seconds = retryAfterSeconds(failure.retryAfter, now);
    return seconds ? { key: 'password.error.tooManyWait', params: { minutes: Math.max(1, Math.ceil(seconds / 60)) } } : { key: 'login.error.tooMany' };
  }
  if (failure.status === 0 || failure.status >= 500) return { key: 'form.error.unavailable' };
  return { key: 'form.error.server' };
}

/** A 400's fields on the form; a body without usable fields shows its messages, or a generic text. */
function fieldsOutcome(failure: CallFailure, knownPaths: readonly string[], now: number): FieldsOutcome | ErrorOutcome {
  const mapped = mapServerErrors(failure.body, knownPaths);
  if (Object.keys(mapped.byPath).length || mapped.unplaced.length) return { kind: 'fields', ...mapped };
  const messages = apiErrorMessages(failure.body);
  return messages.length ? { kind: 'fields', byPath: {}, unplaced: messages } : { kind: 'error', notice: failureNotice(failure, now) };
}

/**
 * `/forgot-password`: the API answers 204 whether or not the e-mail has an account, so success is
 * always the same neutral confirmation. Only a malformed e-mail (400) and the rate limit (429), or
 * no answer at all, are shown as problems.
 */
export function forgotPasswordOutcome(failure: CallFailure | null, now = Date.now()): ForgotPasswordOutcome {
  if (!failure) return { kind: 'sent' };
  if (failure.status === 400) return fieldsOutcome(failure, ['email'], now);
  return { kind: 'error', notice: failureNotice(failure, now) };
}

/**
 * `/reset-password/:token`: an unknown, used or expired link is a 400 on `token` (or a message
 * about the token); the page then offers a new link. A `password` error goes next to the field.
 */
export function resetPasswordOutcome(failure: CallFailure | null, now = Date.now()): ResetPasswordOutcome {
  if (!failure) return { kind: 'done' };
  if (failure.status === 404 || failure.status === 410) return { kind: 'tokenInvalid' };
  if (failure.status === 400) {
    const aboutToken = 'token' in fieldErrors(failure.body) || apiErrorMessages(failure.body).some((m) => m.startsWith('token'));
    if (aboutToken) return { kind: 'tokenInvalid' };
    return fieldsOutcome(failure, ['password'], now);
  }
  return { kind: 'error', notice: failureNotice(failure, now) };
}

/**
 * `/account/password`: `currentPassword` (wrong) and `newPassword` (too short, same as the
 * current) go next to their fields; the wrong current password in the reader's language. A 401
 * means the session ended meanwhile.
 */
export function changePasswordOutcome(failure: CallFailure | null, t: (key: TranslationKey) => string, now = Date.now()): ChangePasswordOutcome {
  if (!failure) return { kind: 'saved' };
  if (failure.status === 401) return { kind: 'sessionEnded' };
  if (failure.status !== 400) return { kind: 'error', notice: failureNotice(failure, now) };
  const outcome = fieldsOutcome(failure, ['currentPassword', 'newPassword'], now);
  if (outcome.kind !== 'fields' || !outcome.byPath['currentPassword']) return outcome;
  return { ...outcome, byPath: { ...outcome.byPath, currentPassword: [t('changePassword.error.wrongCurrent')] } };
}
