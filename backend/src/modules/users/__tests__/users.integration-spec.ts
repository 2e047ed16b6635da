import { ApiError, Page, SentMail } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { MailMessageEntity } from '../../../core/mail/entities/mail-message.entity';
import { MailService } from '../../../core/mail/mail.service';
import { QueueService } from '../../../core/queue/queue.service';
import { UserEntity } from '../entities/user.entity';

interface ManagedUser {
  id: string;
  email: string;
  role: string;
  active: boolean;
  invitationPending: boolean;
  municipalityCode?: string;
}

/** Waits until the mail to `to` has been delivered by the mail job (either queue driver). */
async function deliveredMail(t: TestApp, platformToken: string, to: string): Promise<SentMail> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const mails = await t.request<Page<SentMail>>('GET', '/api/admin/mails?pageSize=100', { token: platformToken });
    const mail = mails.body.items.find((m) => m.to === to && m.status === 'sent');
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail to ${to} was delivered within 20 s`);
}

describe('user administration and invitations', () => {
  let t: TestApp;
  let admin: string;
  let platform: string;
  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.login('admin@hvidovre.demo');
    platform = await t.login('admin@platform.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('invites a colleague by mail, and the link sets the password', async () => {
    const invite = await t.request<ManagedUser>('POST', '/api/users', { token: admin, body: { email: ' Ny.Kollega@Hvidovre.dk ', name: 'Ny Kollega', role: 'caseworker' } });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ email: 'ny.kollega@hvidovre.dk', role: 'caseworker', municipalityCode: '0167', active: true, invitationPending: true });

    const mail = await deliveredMail(t, platform, 'ny.kollega@hvidovre.dk');
    expect(mail.subject).toBe('Du er inviteret til Mentormarkedet');
    expect(mail.text).toContain('Anders Administrator har oprettet dig som sagsbehandler hos Hvidovre Kommune');
    expect(mail.html).toContain('Vælg adgangskode');
    const token = /\/invitation\/([\w-]+)/.exec(mail.text)![1];

    // Before accepting, the account cannot log in.
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'ny.kollega@hvidovre.dk', password: 'a-long-new-password' } })).status).toBe(401);
    const short = await t.request<ApiError>('POST', '/api/auth/invitations/accept', { body: { token, password: 'short' } });
    expect(short.status).toBe(400);
    expect(short.body.fields?.map((f) => f.field)).toEqual(['password']);

    expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token, password: 'a-long-new-password' } })).status).toBe(204);
    const login = await t.request<{ user: { email: string } }>('POST', '/api/auth/login', { body: { email: 'ny.kollega@hvidovre.dk', password: 'a-long-new-password' } });
    expect(login.status).toBe(200);
    // The link works once.
    const again = await t.request<ApiError>('POST', '/api/auth/invitations/accept', { body: { token, password: 'another-long-password' } });
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/^token: this invitation link is not valid/);

    const actions = (await t.dataSource.getRepository(AuditEventEntity).find({ where: { entityId: invite.body.id } })).map((e) => e.action).sort();
    expect(actions).toEqual(['user.activated', 'user.invited']);
  });

  it('refuses a role of another tenant kind, naming the field, and stores nothing', async () => {
    const before = await t.dataSource.getRepository(MailMessageEntity).count();
    const res = await t.request<ApiError>('POST', '/api/users', { token: admin, body: { email: 'x@hvidovre.dk', name: 'X Y', role: 'supplier_admin' } });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/^role: /);
    expect(res.body.code).toBe('ROLE_NOT_IN_TENANT');
    expect(await t.dataSource.getRepository(UserEntity).countBy({ email: 'x@hvidovre.dk' })).toBe(0);
    expect(await t.dataSource.getRepository(MailMessageEntity).count()).toBe(before);
  });

  it('answers 409 for an e-mail that already has an account, leaving no mail behind', async () => {
    const before = await t.dataSource.getRepository(MailMessageEntity).count();
    const res = await t.request<ApiError>('POST', '/api/users', { token: admin, body: { email: 'sagsbehandler@albertslund.demo', name: 'Dobbelt', role: 'caseworker' } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('EMAIL_TAKEN');
    expect(await t.dataSource.getRepository(MailMessageEntity).count()).toBe(before);
  });

  it('rolls back the user, the audit event and the mail together when the transaction fails', async () => {
    const queue = t.app.get(QueueService);
    const enqueue = jest.spyOn(queue, 'enqueue');
    // The last step (the mail) fails after the user and its audit event were written.
    const spy = jest.spyOn(t.app.get(MailService), 'queueMail').mockRejectedValueOnce(new Error('template missing'));
    const auditBefore = await t.dataSource.getRepository(AuditEventEntity).countBy({ action: 'user.invited' });
    const res = await t.request('POST', '/api/users', { token: admin, body: { email: 'rollback@hvidovre.dk', name: 'Roll Back', role: 'caseworker' } });
    expect(res.status).toBe(500);
    expect(await t.dataSource.getRepository(UserEntity).countBy({ email: 'rollback@hvidovre.dk' })).toBe(0);
    expect(await t.dataSource.getRepository(MailMessageEntity).countBy({ to: 'rollback@hvidovre.dk' })).toBe(0);
    expect(enqueue).not.toHaveBeenCalled();
    expect(await t.dataSource.getRepository(AuditEventEntity).countBy({ action: 'user.invited' })).toBe(auditBefore);
    spy.mockRestore();
    enqueue.mockRestore();
  });

  it('lets an admin rename, change role within the tenant and deactivate, but not themselves', async () => {
    const list = await t.request<Page<ManagedUser>>('GET', '/api/users?q=indkob', { token: admin });
    const officer = list.body.items[0];
    const renamed = await t.request<ManagedUser & { name: string }>('PATCH', `/api/users/${officer.id}`, { token: admin, body: { name: 'Ida I. Indkøber', role: 'caseworker' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Ida I. Indkøber', role: 'caseworker' });
    const me = (await t.request<{ id: string }>('GET', '/api/auth/me', { token: admin })).body;
    const self = await t.request<ApiError>('PATCH', `/api/users/${me.id}`, { token: admin, body: { active: false } });
    expect(self.status).toBe(409);
    const bad = await t.request<ApiError>('PATCH', `/api/users/${officer.id}`, { token: admin, body: { active: 'no', role: 'king' } });
    expect(bad.status).toBe(400);
    expect(bad.body.fields?.map((f) => f.field).sort()).toEqual(['active', 'role']);
  });

  it('pages and searches', async () => {
    const page = await t.request<Page<ManagedUser>>('GET', '/api/users?page=1&pageSize=2', { token: platform });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(9);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2 });
    const tooBig = await t.request<ApiError>('GET', '/api/users?pageSize=500', { token: platform });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.fields?.[0].field).toBe('pageSize');
  });
});
