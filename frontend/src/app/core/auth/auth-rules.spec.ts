import { isAuthEndpoint, loginErrorKey, safeReturnUrl } from './auth-rules';

describe('loginErrorKey', () => {
  it.each([
    [401, 'login.error.invalid'],
    [400, 'login.error.invalid'],
    [429, 'login.error.tooMany'],
    [0, 'login.error.unavailable'],
    [500, 'login.error.unavailable'],
    [503, 'login.error.unavailable'],
  ])('maps %p to %s', (status, key) => {
    expect(loginErrorKey(status)).toBe(key);
  });
});

describe('safeReturnUrl', () => {
  it.each(['/cases', '/cases/42?tab=reports', '/platform/mails#x'])('keeps the app path %p', (url) => {
    expect(safeReturnUrl(url)).toBe(url);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'cases',
    '/login',
    '/login?returnUrl=%2Fcases',
    '/x\ny',
    '',
    undefined,
    42,
  ])('refuses %p', (url) => {
    expect(safeReturnUrl(url)).toBeNull();
  });
});

describe('isAuthEndpoint', () => {
  it('recognises the auth API, relative or absolute', () => {
    expect(isAuthEndpoint('/api/auth/login')).toBe(true);
    expect(isAuthEndpoint('/api/auth/me')).toBe(true);
    expect(isAuthEndpoint('http://localhost:3000/api/auth/logout')).toBe(true);
    expect(isAuthEndpoint('/api/cases')).toBe(false);
    expect(isAuthEndpoint('/api/authors')).toBe(false);
  });
});
