import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@mentor/contracts';
import { validationMessage } from '../forms/validation-messages';
import type { TranslationKey } from '../i18n/translations';
import {
  CallFailure,
  changePasswordBody,
  changePasswordOutcome,
  forgotPasswordOutcome,
  newPasswordValidator,
  resetPasswordBody,
  resetPasswordOutcome,
  retryAfterSeconds,
} from './password-rules';

const invalid = (fields: { field: string; messages: string[] }[]): CallFailure => ({
  status: 400,
  body: { statusCode: 400, error: 'Bad Request', message: fields.flatMap((f) => f.messages), fields },
});
const NOW = Date.parse('2026-11-24T10:00:00Z');
const t = (key: TranslationKey) => `«${key}»`;

describe('the new-password rule', () => {
  it('asks for a password of PASSWORD_MIN_LENGTH to PASSWORD_MAX_LENGTH characters', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(200);
    expect(newPasswordValidator({ value: '' })).toEqual({ required: true });
    expect(newPasswordValidator({ value: 'a'.repeat(11) })).toEqual({ minlength: { requiredLength: 12, actualLength: 11 } });
    expect(newPasswordValidator({ value: 'a'.repeat(12) })).toBeNull();
    expect(newPasswordValidator({ value: 'a'.repeat(200) })).toBeNull();
    expect(newPasswordValidator({ value: 'a'.repeat(201) })).toEqual({ maxlength: { requiredLength: 200, actualLength: 201 } });
  });

  it('is worded by the shared field messages', () => {
    expect(validationMessage(newPasswordValidator({ value: 'short' }))).toEqual({ key: 'form.error.minlength', params: { length: 12 } });
  });
});

describe('the forgotten-password page', () => {
  it('shows the neutral confirmation when the API answers 204', () => {
    expect(forgotPasswordOutcome(null)).toEqual({ kind: 'sent' });
  });

  it('puts a malformed e-mail (400) next to the field', () => {
    expect(forgotPasswordOutcome(invalid([{ field: 'email', messages: ['email must be an e-mail address'] }]))).toEqual({
      kind: 'fields',
      byPath: { email: ['email must be an e-mail address'] },
      unplaced: [],
    });
  });

  it('says how long to wait when rate-limited (429 with Retry-After)', () => {
    const tooMany = (retryAfter: string | null): CallFailure => ({ status: 429, body: { statusCode: 429, error: 'Too Many Requests', message: 'Too many requests' }, retryAfter });
    expect(forgotPasswordOutcome(tooMany('120'), NOW)).toEqual({ kind: 'error', notice: { key: 'password.error.tooManyWait', params: { minutes: 2 } } });
    expect(forgotPasswordOutcome(tooMany('5'), NOW)).toEqual({ kind: 'error', notice: { key: 'password.error.tooManyWait', params: { minutes: 1 } } });
    expect(forgotPasswordOutcome(tooMany(null), NOW)).toEqual({ kind: 'error', notice: { key: 'login.error.tooMany' } });
  });

  it('does not claim a mail was sent when the API could not be reached', () => {
    expect(forgotPasswordOutcome({ status: 0, body: undefined })).toEqual({ kind: 'error', notice: { key: 'form.error.unavailable' } });
    expect(forgotPasswordOutcome({ status: 503, body: '<html>' })).toEqual({ kind: 'error', notice: { key: 'form.error.unavailable' } });
  });
});

describe('the reset-password page', () => {
  const good = 'a-long-new-password';

  it('refuses mismatched or too short passwords without anything to send to the API', () => {
    // The page calls the API only with the body this returns.
    expect(resetPasswordBody('tok-1', { password: good, confirm: `${good}!` })).toBeNull();
    expect(resetPasswordBody('tok-1', { password: good, confirm: '' })).toBeNull();
    expect(resetPasswordBody('tok-1', { password: 'short', confirm: 'short' })).toBeNull();
    expect(resetPasswordBody('', { password: good, confirm: good })).toBeNull();
    expect(resetPasswordBody('tok-1', { password: good, confirm: good })).toEqual({ token: 'tok-1', password: good });
  });

  it('maps a token field error to "ask for a new link"', () => {
    expect(resetPasswordOutcome(invalid([{ field: 'token', messages: ['token: this link is not valid or has expired'] }]))).toEqual({ kind: 'tokenInvalid' });
    // Also when the token problem comes without fields, or together with a password problem.
    expect(resetPasswordOutcome({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'token: this link has been used' } })).toEqual({ kind: 'tokenInvalid' });
    expect(
      resetPasswordOutcome(
        invalid([
          { field: 'password', messages: ['password must be at least 12 characters'] },
          { field: 'token', messages: ['token has expired'] },
        ]),
      ),
    ).toEqual({ kind: 'tokenInvalid' });
    expect(resetPasswordOutcome({ status: 404, body: undefined })).toEqual({ kind: 'tokenInvalid' });
  });

  it('puts a password field error next to the field', () => {
    expect(resetPasswordOutcome(invalid([{ field: 'password', messages: ['password must be at least 12 characters'] }]))).toEqual({
      kind: 'fields',
      byPath: { password: ['password must be at least 12 characters'] },
      unplaced: [],
    });
  });

  it('is done on 204, and reports the rate limit', () => {
    expect(resetPasswordOutcome(null)).toEqual({ kind: 'done' });
    expect(resetPasswordOutcome({ status: 429, body: undefined, retryAfter: '600' }, NOW)).toEqual({ kind: 'error', notice: { key: 'password.error.tooManyWait', params: { minutes: 10 } } });
  });
});

describe('the change-password page', () => {
  const values = { currentPassword: 'mentor-demo-2026', newPassword: 'a-long-new-password', confirm: 'a-long-new-password' };

  it('sends only a complete form whose new password follows the rule and is repeated', () => {
    expect(changePasswordBody(values)).toEqual({ currentPassword: 'mentor-demo-2026', newPassword: 'a-long-new-password' });
    expect(changePasswordBody({ ...values, currentPassword: '' })).toBeNull();
    expect(changePasswordBody({ ...values, confirm: 'a-long-new-passwort' })).toBeNull();
    expect(changePasswordBody({ ...values, newPassword: 'short', confirm: 'short' })).toBeNull();
  });

  it('maps field errors to their fields, the wrong current password in the reader’s language', () => {
    const outcome = changePasswordOutcome(
      invalid([
        { field: 'currentPassword', messages: ['currentPassword is wrong'] },
        { field: 'newPassword', messages: ['newPassword must differ from the current password'] },
      ]),
      t,
    );
    expect(outcome).toEqual({
      kind: 'fields',
      byPath: { currentPassword: ['«changePassword.error.wrongCurrent»'], newPassword: ['newPassword must differ from the current password'] },
      unplaced: [],
    });
  });

  it('lists errors of fields the form does not have above the button', () => {
    expect(changePasswordOutcome(invalid([{ field: 'password', messages: ['password is not allowed'] }]), t)).toEqual({ kind: 'fields', byPath: {}, unplaced: ['password is not allowed'] });
    expect(changePasswordOutcome({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: ['something odd'] } }, t)).toEqual({ kind: 'fields', byPath: {}, unplaced: ['something odd'] });
  });

  it('is saved on 204, and sends an ended session to the login page', () => {
    expect(changePasswordOutcome(null, t)).toEqual({ kind: 'saved' });
    expect(changePasswordOutcome({ status: 401, body: undefined }, t)).toEqual({ kind: 'sessionEnded' });
    expect(changePasswordOutcome({ status: 500, body: undefined }, t)).toEqual({ kind: 'error', notice: { key: 'form.error.unavailable' } });
  });
});

describe('retryAfterSeconds', () => {
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Tue, 24 Nov 2026 10:05:00 GMT', 300],
    ['Tue, 24 Nov 2026 09:00:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
  ] as const)('reads %p as %p seconds', (header, seconds) => {
    expect(retryAfterSeconds(header, NOW)).toBe(seconds);
  });
});
