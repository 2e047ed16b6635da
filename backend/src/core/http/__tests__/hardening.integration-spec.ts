import { ApiError, CitizenCase, Offer, Page } from '@mentor/contracts';

import { ApiResponse, TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../audit/entities/audit-event.entity';
import { MailMessageEntity } from '../../mail/entities/mail-message.entity';
import { PurgeOldMailsJob } from '../../mail/purge-old-mails.job';

describe('platform hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends browser protections on every answer and never lets the API be cached', async () => {
    const res = await t.request('GET', '/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Plain http (the default PUBLIC_URL): no HSTS, which would lock a local install out of http.
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('audit-logs every case a caseworker sees in the list and on the case page', async () => {
    const token = await t.login('sagsbehandler@hvidovre.demo');
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const before = await audit.countBy({ action: 'case.read' });
    const list = await t.request<Page<CitizenCase>>('GET', '/api/cases?pageSize=5', { token });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(await audit.countBy({ action: 'case.read' })).toBe(before + list.body.items.length);
    const listed = await audit.find({ where: { action: 'case.read' }, order: { occurredAt: 'DESC' }, take: list.body.items.length });
    expect(listed.map((e) => e.entityId).sort()).toEqual(list.body.items.map((c) => c.id).sort());
    expect(listed.every((e) => e.purpose === 'Sagsliste' && e.actorRole === 'caseworker' && e.municipalityCode === '0167')).toBe(true);
    // Health data never goes into the log itself.
    expect(JSON.stringify(listed.map((e) => e.details))).not.toMatch(/psychiatric|substance|youth_crime/);

    const one = await t.request<CitizenCase>('GET', `/api/cases/${list.body.items[0].id}`, { token });
    expect(one.status).toBe(200);
    const [read] = await audit.find({ where: { action: 'case.read', entityId: one.body.id }, order: { occurredAt: 'DESC' }, take: 1 });
    expect(read.details).toEqual({ view: 'case' });
    expect(read.purpose).toBe('Sagsbehandling');
  });

  it("audit-logs a supplier's read of the citizen profile on its offers, under the case", async () => {
    const token = await t.login('leverandor@nordmentor.demo');
    const audit = t.dataSource.getRepository(AuditEventEntity);
    const offers = await t.request<Page<Offer>>('GET', '/api/offers?pageSize=3', { token });
    expect(offers.status).toBe(200);
    expect(offers.body.items.length).toBeGreaterThan(0);
    const events = await audit.find({ where: { action: 'case.read', actorRole: 'supplier_admin' }, order: { occurredAt: 'DESC' }, take: offers.body.items.length });
    expect(events.map((e) => (e.details as { offerId: string }).offerId).sort()).toEqual(offers.body.items.map((o) => o.id).sort());
    expect(events.every((e) => e.entityType === 'case' && e.entityId && e.purpose === 'Mentortilbud')).toBe(true);
  });

  it('refuses to change or delete audit events in the database itself', async () => {
    const [event] = await t.dataSource.getRepository(AuditEventEntity).find({ take: 1 });
    await expect(t.dataSource.query('UPDATE audit_event SET action = $1 WHERE id = $2', ['tampered', event.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event WHERE id = $1', [event.id])).rejects.toThrow(/append-only/);
    expect((await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ id: event.id })).action).toBe(event.action);
  });

  it('deletes delivered mails past MAIL_RETENTION_DAYS and keeps queued and recent ones', async () => {
    const mails = t.dataSource.getRepository(MailMessageEntity);
    const old = new Date(Date.now() - 31 * 86_400_000);
    const base = { subject: 's', template: 'test', html: '<p>x</p>', text: 'x', attempts: 1 };
    const sent = await mails.save(mails.create({ ...base, to: 'old-sent@example.dk', status: 'sent' }));
    const queued = await mails.save(mails.create({ ...base, to: 'old-queued@example.dk', status: 'queued' }));
    const recent = await mails.save(mails.create({ ...base, to: 'recent@example.dk', status: 'sent' }));
    await mails.update({ id: sent.id }, { createdAt: old });
    await mails.update({ id: queued.id }, { createdAt: old });
    await t.app.get(PurgeOldMailsJob).handle({});
    expect(await mails.existsBy({ id: sent.id })).toBe(false);
    expect(await mails.existsBy({ id: queued.id })).toBe(true);
    expect(await mails.existsBy({ id: recent.id })).toBe(true);
  });
});

describe('platform hardening with real mail delivery and tight public limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    // SMTP on a closed port, workers off: nothing is delivered; only the mailbox's absence is tested.
    t = await TestApp.start({ MAIL_DRIVER: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: '9', PUBLIC_RATE_LIMIT: '2', RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps no readable mailbox when mails go to their recipients (their links are theirs alone)', async () => {
    const res = await t.request<ApiError>('GET', '/api/admin/mails', { token: await t.login('admin@platform.demo') });
    expect(res.status).toBe(404);
    expect(res.body.message).toMatch(/MAIL_DRIVER=log/);
  });

  it('limits public form submissions per client address with a 429 and Retry-After', async () => {
    const responses: ApiResponse<ApiError>[] = [];
    for (let i = 0; i < 3; i++) responses.push(await t.request<ApiError>('POST', '/api/suppliers/register', { body: { cvr: '1' } }));
    expect(responses.map((r) => r.status)).toEqual([400, 400, 429]);
    const limited = responses[2];
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(limited.body.message).toMatch(/Too many submissions/);
    // Each form has its own budget: the invitation form still answers (a 400 for the bad token).
    const invitation = await t.request('POST', '/api/auth/invitations/accept', { body: { token: 'x', password: 'y' } });
    expect(invitation.status).toBe(400);
  });
});
