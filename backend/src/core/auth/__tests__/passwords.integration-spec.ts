import { ApiError, Page, SentMail } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../audit/entities/audit-event.entity';
import { PasswordResetEntity } from '../entities/password-reset.entity';

describe('forgotten and changed passwords', () => {
  let t: TestApp;
  let platform: string;
  beforeAll(async () => {
    t = await TestApp.start();
    platform = await t.login('admin@platform.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  const mailsTo = async (to: string) => (await t.request<Page<SentMail>>('GET', '/api/admin/mails?pageSize=100', { token: platform })).body.items.filter((m) => m.to === to && m.template === 'password-reset');
  const linkToken = (mail: SentMail) => /\/reset-password\/([\w-]+)/.exec(mail.text)![1];
  const requestReset = (email: string) => t.request('POST', '/api/auth/password-reset', { body: { email } });
  const confirm = (token: string, password: string) => t.request<ApiError>('POST', '/api/auth/password-reset/confirm', { body: { token, password } });
  const loginStatus = async (email: string, password: string) => (await t.request('POST', '/api/auth/login', { body: { email, password } })).status;

  it('answers the same for an unknown address and mails a one-hour link to a known one', async () => {
    const unknown = await requestReset('nobody@nowhere.demo');
    const known = await requestReset('indkob@albertslund.demo');
    expect(unknown.status).toBe(204);
    expect(known.status).toBe(204);
    expect(unknown.body).toEqual(known.body);
    expect(await mailsTo('nobody@nowhere.demo')).toHaveLength(0);
    const [mail] = await mailsTo('indkob@albertslund.demo');
    expect(mail.subject).toBe('Nulstil din adgangskode til Mentormarkedet');
    expect(mail.text).toContain('60 minutter');
    // Only the token's hash is stored.
    const rows = await t.dataSource.getRepository(PasswordResetEntity).find();
    expect(rows.some((r) => r.tokenHash.includes(linkToken(mail)))).toBe(false);
    const row = rows.find((r) => r.usedAt === null)!;
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(59 * 60_000);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  });

  it('sets the new password once, ends every session and every other link', async () => {
    const email = 'sagsbehandler@albertslund.demo';
    const session = await t.login(email);
    await requestReset(email);
    await requestReset(email);
    const [second, first] = await mailsTo(email);
    const tooShort = await confirm(linkToken(second), 'short');
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.fields?.map((f) => f.field)).toEqual(['password']);

    expect((await confirm(linkToken(second), 'a-brand-new-password')).status).toBe(204);
    expect(await loginStatus(email, 'mentor-demo-2026')).toBe(401);
    expect(await loginStatus(email, 'a-brand-new-password')).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token: session })).status).toBe(401);

    for (const mail of [second, first]) {
      const again = await confirm(linkToken(mail), 'yet-another-password');
      expect(again.status).toBe(400);
      expect(again.body.fields?.map((f) => f.field)).toEqual(['token']);
      expect((again.body.message as string[])[0]).toMatch(/Ask for a new one/);
    }
    expect(await loginStatus(email, 'a-brand-new-password')).toBe(200);
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ action: 'user.password_reset' });
    expect(audit.municipalityCode).toBe('0165');
  });

  it('refuses an expired link', async () => {
    const email = 'admin@hvidovre.demo';
    await requestReset(email);
    const [mail] = await mailsTo(email);
    await t.dataSource.query(`UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`);
    const res = await confirm(linkToken(mail), 'a-brand-new-password');
    expect(res.status).toBe(400);
    expect(await loginStatus(email, 'mentor-demo-2026')).toBe(200);
  });

  it('mails no link to someone still invited, who has no password to reset', async () => {
    const admin = await t.login('leverandor@brobyg.demo');
    const invited = await t.request('POST', '/api/users', { token: admin, body: { email: 'ny-kollega@brobyg.demo', name: 'Ny Kollega', role: 'supplier_admin' } });
    expect(invited.status).toBe(201);
    expect((await requestReset('ny-kollega@brobyg.demo')).status).toBe(204);
    expect(await mailsTo('ny-kollega@brobyg.demo')).toHaveLength(0);
  });

  it('changes the password with the current one; other sessions end, this one stays', async () => {
    const email = 'indkob@hvidovre.demo';
    const here = await t.login(email);
    const elsewhere = await t.login(email);
    const wrong = await t.request<ApiError>('PUT', '/api/auth/password', { token: here, body: { currentPassword: 'not-it', newPassword: 'a-changed-password' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields?.map((f) => f.field)).toEqual(['currentPassword']);
    const same = await t.request<ApiError>('PUT', '/api/auth/password', { token: here, body: { currentPassword: 'mentor-demo-2026', newPassword: 'mentor-demo-2026' } });
    expect(same.body.fields?.map((f) => f.field)).toEqual(['newPassword']);
    expect(await loginStatus(email, 'mentor-demo-2026')).toBe(200);

    const ok = await t.request('PUT', '/api/auth/password', { token: here, body: { currentPassword: 'mentor-demo-2026', newPassword: 'a-changed-password' } });
    expect(ok.status).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { token: here })).status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { token: elsewhere })).status).toBe(401);
    expect(await loginStatus(email, 'mentor-demo-2026')).toBe(401);
    expect(await loginStatus(email, 'a-changed-password')).toBe(200);
  });
});
