import { ApiError, LoginResponse, User } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../audit/entities/audit-event.entity';
import { DEMO_ACCOUNTS } from '../../database/seed/demo-accounts';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a.role] as const))('demo account %s logs in as %s', async (email, role) => {
    const res = await t.request<LoginResponse>('POST', '/api/auth/login', { body: { email, password: 'mentor-demo-2026' } });
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe(role);
    expect(res.body.user.email).toBe(email);
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(res.body.user).not.toHaveProperty('passwordHash');
    const me = await t.request<User>('GET', '/api/auth/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('gives each user exactly one tenant, matching the role', async () => {
    const token = await t.login('sagsbehandler@hvidovre.demo');
    const me = (await t.request<User>('GET', '/api/auth/me', { token })).body;
    expect(me.municipalityCode).toBe('0167');
    expect(me.supplierId).toBeUndefined();
    const mentor = (await t.request<User>('GET', '/api/auth/me', { token: await t.login('mentor@nordmentor.demo') })).body;
    expect(mentor.supplierId).toEqual(expect.any(String));
    expect(mentor.mentorId).toEqual(expect.any(String));
    expect(mentor.municipalityCode).toBeUndefined();
  });

  it('answers a wrong password and an unknown e-mail with the same 401', async () => {
    const wrong = await t.request<ApiError>('POST', '/api/auth/login', { body: { email: 'sagsbehandler@hvidovre.demo', password: 'not-the-password' } });
    const unknown = await t.request<ApiError>('POST', '/api/auth/login', { body: { email: 'nobody@hvidovre.demo', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: 'Wrong e-mail or password.' });
  });

  it('names each bad field in a 400 and refuses unknown fields', async () => {
    const res = await t.request<ApiError>('POST', '/api/auth/login', { body: { email: 'not-an-email', password: '', remember: true } });
    expect(res.status).toBe(400);
    expect(res.body.fields?.map((f) => f.field).sort()).toEqual(['email', 'password', 'remember']);
    expect((res.body.message as string[]).join(' ')).toMatch(/email must be an e-mail address/);
  });

  it('sets an httpOnly SameSite cookie that works instead of the bearer token', async () => {
    const res = await t.request<LoginResponse>('POST', '/api/auth/login', { body: { email: 'indkob@hvidovre.demo', password: 'mentor-demo-2026' } });
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^mm_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0];
    const me = await t.request<User>('GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('indkob@hvidovre.demo');
  });

  it('refuses a cookie-authenticated state change from another origin', async () => {
    const res = await t.request<LoginResponse>('POST', '/api/auth/login', { body: { email: 'indkob@hvidovre.demo', password: 'mentor-demo-2026' } });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const forged = await t.request('POST', '/api/auth/logout', { cookie, headers: { Origin: 'https://evil.example' } });
    expect(forged.status).toBe(403);
    expect((await t.request('GET', '/api/auth/me', { cookie })).status).toBe(200);
  });

  it('ends the session on logout, for the bearer token as well as the cookie', async () => {
    const token = await t.login('admin@hvidovre.demo');
    expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(200);
    const out = await t.request('POST', '/api/auth/logout', { token });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/mm_session=;/);
    const after = await t.request<ApiError>('GET', '/api/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/Log in/);
  });

  it('rejects a tampered token', async () => {
    const token = await t.login('admin@hvidovre.demo');
    const [h, p, s] = token.split('.');
    const signature = Buffer.from(s, 'base64url');
    signature[0] ^= 0x01;
    const tampered = [h, p, signature.toString('base64url')].join('.');
    expect(tampered).not.toBe(token);
    expect((await t.request('GET', '/api/auth/me', { token: tampered })).status).toBe(401);
    expect((await t.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('writes the login and logout to the audit log in the tenant', async () => {
    const token = await t.login('sagsbehandler@albertslund.demo');
    const me = (await t.request<User>('GET', '/api/auth/me', { token })).body;
    expect((await t.request('POST', '/api/auth/logout', { token })).status).toBe(204);
    const events = await t.dataSource.getRepository(AuditEventEntity).find({ where: { actorUserId: me.id }, order: { occurredAt: 'ASC' } });
    const actions = events.map((e) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.logout');
    expect(events.every((e) => e.municipalityCode === '0165' && e.actorRole === 'caseworker' && e.requestId)).toBe(true);
  });

  it('does not let a deactivated user log in', async () => {
    const admin = await t.login('admin@hvidovre.demo');
    const users = await t.request<{ items: { id: string; email: string }[] }>('GET', '/api/users?q=indkob', { token: admin });
    const officer = users.body.items.find((u) => u.email === 'indkob@hvidovre.demo')!;
    const officerToken = await t.login('indkob@hvidovre.demo');
    expect((await t.request('PATCH', `/api/users/${officer.id}`, { token: admin, body: { active: false } })).status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token: officerToken })).status).toBe(401);
    const again = await t.request('POST', '/api/auth/login', { body: { email: 'indkob@hvidovre.demo', password: 'mentor-demo-2026' } });
    expect(again.status).toBe(401);
    expect((await t.request('PATCH', `/api/users/${officer.id}`, { token: admin, body: { active: true } })).status).toBe(200);
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'indkob@hvidovre.demo', password: 'mentor-demo-2026' } })).status).toBe(200);
  });
});

describe('login rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 with Retry-After after the limit, for the right password too', async () => {
    const body = { email: 'admin@hvidovre.demo', password: 'wrong-password' };
    for (let i = 0; i < 3; i++) expect((await t.request('POST', '/api/auth/login', { body })).status).toBe(401);
    const limited = await t.request<ApiError>('POST', '/api/auth/login', { body: { ...body, password: 'mentor-demo-2026' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.message).toMatch(/Too many login attempts/);
    // Another account from the same address is not locked out by this one.
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'indkob@hvidovre.demo', password: 'mentor-demo-2026' } })).status).toBe(200);
  });
});
