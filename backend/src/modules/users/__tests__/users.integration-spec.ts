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
  name: string;
  role: string;
  active: boolean;
  invitationPending: boolean;
  status: string;
  invitationExpiresAt?: string;
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

/** Waits until `count` mails to `to` have been delivered; answers them oldest first. */
async function deliveredMails(t: TestApp, platformToken: string, to: string, count: number): Promise<SentMail[]> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const mails = await t.request<Page<SentMail>>('GET', '/api/admin/mails?pageSize=100', { token: platformToken });
    const sent = mails.body.items.filter((m) => m.to === to && m.status === 'sent');
    if (sent.length >= count) return sent.reverse();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Fewer than ${count} mails to ${to} were delivered within 20 s`);
}

const tokenOf = (mail: SentMail) => /\/invitation\/([\w-]+)/.exec(mail.text)![1];

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

  it('refuses an expired invitation with a clear message, and inviting the address again sends a fresh link', async () => {
    const invite = await t.request<ManagedUser>('POST', '/api/users', { token: admin, body: { email: 'udloebet@hvidovre.dk', name: 'Ulla Udløbet', role: 'caseworker' } });
    expect(invite.status).toBe(201);
    expect(invite.body.status).toBe('invited');
    const first = tokenOf((await deliveredMails(t, platform, 'udloebet@hvidovre.dk', 1))[0]);
    // A week passes.
    await t.dataSource.getRepository(UserEntity).update({ id: invite.body.id }, { invitationExpiresAt: new Date(Date.now() - 60_000) });
    const expired = await t.request<ApiError>('POST', '/api/auth/invitations/accept', { body: { token: first, password: 'a-long-new-password' } });
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('INVITATION_EXPIRED');
    expect(expired.body.message).toMatch(/^token: this invitation expired on \d{4}-\d{2}-\d{2}\. Ask your administrator to send you a new invitation\.$/);
    expect((await t.request<ManagedUser>('GET', `/api/users/${invite.body.id}`, { token: admin })).body.status).toBe('invitation_expired');

    // Inviting the same address again is not a 409: the same user gets a new link, name and role.
    const again = await t.request<ManagedUser>('POST', '/api/users', { token: admin, body: { email: 'Udloebet@hvidovre.dk', name: 'Ulla Udløbet Hansen', role: 'procurement_officer' } });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: invite.body.id, name: 'Ulla Udløbet Hansen', role: 'procurement_officer', status: 'invited', invitationPending: true });
    expect(Date.parse(again.body.invitationExpiresAt!)).toBeGreaterThan(Date.now() + 6 * 86400_000);
    expect(await t.dataSource.getRepository(UserEntity).countBy({ email: 'udloebet@hvidovre.dk' })).toBe(1);
    const second = tokenOf((await deliveredMails(t, platform, 'udloebet@hvidovre.dk', 2))[1]);
    expect(second).not.toBe(first);
    expect((await t.request<ApiError>('POST', '/api/auth/invitations/accept', { body: { token: first, password: 'a-long-new-password' } })).body.code).toBe('INVITATION_INVALID');
    expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token: second, password: 'a-long-new-password' } })).status).toBe(204);
    const login = await t.request<{ user: { role: string } }>('POST', '/api/auth/login', { body: { email: 'udloebet@hvidovre.dk', password: 'a-long-new-password' } });
    expect(login.body.user.role).toBe('procurement_officer');

    // Once accepted, the address is taken for good.
    const taken = await t.request<ApiError>('POST', '/api/users', { token: admin, body: { email: 'udloebet@hvidovre.dk', name: 'Igen', role: 'caseworker' } });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
  });

  it('resends an invitation: a new link, the old one stops working; not for a user who has a password', async () => {
    const invite = await t.request<ManagedUser>('POST', '/api/users', { token: admin, body: { email: 'gensend@hvidovre.dk', name: 'Gitte Gensend', role: 'caseworker' } });
    const first = tokenOf((await deliveredMails(t, platform, 'gensend@hvidovre.dk', 1))[0]);
    expect((await t.request('POST', `/api/users/${invite.body.id}/invitation`, { token: admin })).status).toBe(204);
    const second = tokenOf((await deliveredMails(t, platform, 'gensend@hvidovre.dk', 2))[1]);
    expect(second).not.toBe(first);
    expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token: first, password: 'a-long-new-password' } })).status).toBe(400);
    expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token: second, password: 'a-long-new-password' } })).status).toBe(204);
    const actions = (await t.dataSource.getRepository(AuditEventEntity).find({ where: { entityId: invite.body.id } })).map((e) => e.action).sort();
    expect(actions).toEqual(['user.activated', 'user.invitation_resent', 'user.invited']);

    const done = await t.request<ApiError>('POST', `/api/users/${invite.body.id}/invitation`, { token: admin });
    expect(done.status).toBe(409);
    expect(done.body.code).toBe('ALREADY_ACTIVATED');
  });

  it('answers 404 for another tenant\'s user, and never refreshes another tenant\'s invitation', async () => {
    const brobyg = await t.login('leverandor@brobyg.demo');
    const theirs = await t.request<ManagedUser>('POST', '/api/users', { token: brobyg, body: { email: 'ventende@brobyg.dk', name: 'Vera Ventende', role: 'supplier_admin' } });
    expect(theirs.status).toBe(201);
    await deliveredMails(t, platform, 'ventende@brobyg.dk', 1);
    expect((await t.request('POST', `/api/users/${theirs.body.id}/invitation`, { token: admin })).status).toBe(404);
    expect((await t.request('GET', `/api/users/${theirs.body.id}`, { token: admin })).status).toBe(404);
    expect((await t.request('PATCH', `/api/users/${theirs.body.id}`, { token: admin, body: { active: false } })).status).toBe(404);
    const mails = await t.dataSource.getRepository(MailMessageEntity).countBy({ to: 'ventende@brobyg.dk' });
    const steal = await t.request<ApiError>('POST', '/api/users', { token: admin, body: { email: 'ventende@brobyg.dk', name: 'Stjålet', role: 'caseworker' } });
    expect(steal.status).toBe(409);
    const after = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: theirs.body.id });
    expect(after).toMatchObject({ name: 'Vera Ventende', role: 'supplier_admin', active: true });
    expect(await t.dataSource.getRepository(MailMessageEntity).countBy({ to: 'ventende@brobyg.dk' })).toBe(mails);
  });

  it('logs a deactivated user out at once: an existing session token answers 401', async () => {
    const sara = await t.login('sagsbehandler@hvidovre.demo');
    const saraId = (await t.request<{ id: string }>('GET', '/api/auth/me', { token: sara })).body.id;
    const off = await t.request<ManagedUser>('PATCH', `/api/users/${saraId}`, { token: admin, body: { active: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, status: 'deactivated' });
    expect((await t.request('GET', '/api/auth/me', { token: sara })).status).toBe(401);
    expect((await t.request('GET', '/api/cases', { token: sara })).status).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { email: 'sagsbehandler@hvidovre.demo', password: 'mentor-demo-2026' } })).status).toBe(401);
    const resend = await t.request<ApiError>('POST', `/api/users/${saraId}/invitation`, { token: admin });
    expect(resend.status).toBe(409);

    const on = await t.request<ManagedUser>('PATCH', `/api/users/${saraId}`, { token: admin, body: { active: true } });
    expect(on.body.status).toBe('active');
    // The old session stays ended; a new login works.
    expect((await t.request('GET', '/api/auth/me', { token: sara })).status).toBe(401);
    expect((await t.request('GET', '/api/auth/me', { token: await t.login('sagsbehandler@hvidovre.demo') })).status).toBe(200);
  });

  it('keeps the last active administrator of a tenant, saying what to do instead', async () => {
    const anders = (await t.request<{ id: string }>('GET', '/api/auth/me', { token: admin })).body.id;
    const off = await t.request<ApiError>('PATCH', `/api/users/${anders}`, { token: platform, body: { active: false } });
    expect(off.status).toBe(409);
    expect(off.body.code).toBe('LAST_ADMIN');
    expect(off.body.message).toMatch(/^active: Anders Administrator is the last active administrator; invite another administrator .* then deactivate this one\.$/);
    const demote = await t.request<ApiError>('PATCH', `/api/users/${anders}`, { token: platform, body: { role: 'platform_admin' } });
    expect(demote.status).toBe(400); // a role of another kind of organisation
    const bo = (await t.request<Page<ManagedUser>>('GET', '/api/users?q=leverandor@brobyg', { token: platform })).body.items[0];
    const lastSupplierAdmin = await t.request<ApiError>('PATCH', `/api/users/${bo.id}`, { token: platform, body: { active: false } });
    expect(lastSupplierAdmin.status).toBe(409);
    expect(lastSupplierAdmin.body.code).toBe('LAST_ADMIN');

    // An invited administrator cannot log in yet, so does not count.
    const second = await t.request<ManagedUser>('POST', '/api/users', { token: admin, body: { email: 'admin2@hvidovre.dk', name: 'Anna Anden', role: 'municipality_admin' } });
    expect((await t.request('PATCH', `/api/users/${anders}`, { token: platform, body: { active: false } })).status).toBe(409);
    const token = tokenOf((await deliveredMails(t, platform, 'admin2@hvidovre.dk', 1))[0]);
    expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token, password: 'anna-has-a-long-password' } })).status).toBe(204);
    // With two, one may go.
    const annaOff = await t.request<ManagedUser>('PATCH', `/api/users/${second.body.id}`, { token: admin, body: { active: false } });
    expect(annaOff.status).toBe(200);
    expect(annaOff.body.status).toBe('deactivated');
    expect((await t.request('GET', '/api/auth/me', { token: admin })).status).toBe(200);
  });
});
