import { ApiError, Assignment, LoginResponse, Match, Mentor, Page, SentMail, Supplier, SupplierProfile, User } from '@mentor/contracts';

import { aRunningCourse } from '../../../../test/course.fixture';
import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { MailMessageEntity } from '../../../core/mail/entities/mail-message.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { MENTOR_SEARCH_VECTOR, MentorEntity } from '../entities/mentor.entity';
import { SupplierEntity } from '../entities/supplier.entity';
import { prefixTsQuerySql } from '../utils/free-text.util';

const registration = (overrides: Record<string, unknown> = {}) => ({
  cvr: '10150817',
  name: 'Testmentor ApS',
  address: 'Testvej 1',
  postcode: '2650',
  email: 'kontakt@testmentor.dk',
  phone: '12 34 56 78',
  organisationType: 'company',
  municipalitiesServed: ['0167', '0165'],
  description: 'Mentorer til unge',
  admin: { name: 'Tina Test', email: 'tina@testmentor.dk', password: 'a-long-password-1' },
  ...overrides,
});

const mentorInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Per Politi',
  email: 'per@testmentor.dk',
  phone: '22 33 44 55',
  gender: 'male',
  languages: ['da', 'ar'],
  yearsOfExperience: 12,
  postcode: '2650',
  weeklyCapacityHours: 20,
  maxTravelKm: 40,
  background: 'Tidligere politibetjent i SSP',
  competences: [
    { code: 'youth_crime', level: 3 },
    { code: 'substance_abuse', level: 2 },
  ],
  certificates: [{ kind: 'criminal_record', issuedOn: '2026-01-10', expiresOn: '2028-01-10' }],
  ...overrides,
});

async function waitForMail(t: TestApp, to: string): Promise<SentMail> {
  const admin = await t.login('admin@platform.demo');
  for (let i = 0; i < 200; i++) {
    const page = await t.request<Page<SentMail>>('GET', '/api/admin/mails?pageSize=100', { token: admin });
    const mail = page.body.items.find((m) => m.to === to && m.status === 'sent');
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail to ${to}`);
}

describe('supplier registry', () => {
  let t: TestApp;
  let supplierToken: string;
  let supplierId: string;
  beforeAll(async () => {
    t = await TestApp.start();
    const res = await t.request<LoginResponse & { supplier: Supplier }>('POST', '/api/suppliers/register', { body: registration() });
    expect(res.status).toBe(201);
    supplierToken = res.body.accessToken;
    supplierId = res.body.supplier.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('registration', () => {
    it('creates the supplier and its admin in one go, logged in', async () => {
      const me = await t.request<User>('GET', '/api/auth/me', { token: supplierToken });
      expect(me.body).toMatchObject({ role: 'supplier_admin', supplierId, email: 'tina@testmentor.dk' });
      const profile = await t.request<SupplierProfile>('GET', `/api/suppliers/${supplierId}`, { token: supplierToken });
      expect(profile.body).toMatchObject({ cvr: '10150817', name: 'Testmentor ApS', town: 'Hvidovre', municipalitiesServed: ['0167', '0165'], mentors: [], activeMentorCount: 0 });
      const events = await t.dataSource.getRepository(AuditEventEntity).findBy({ entityId: supplierId });
      expect(events.map((e) => e.action)).toContain('supplier.registered');
    });

    it('sets the session cookie so the web app is logged in', async () => {
      const res = await t.request('POST', '/api/suppliers/register', { body: registration({ cvr: '29641005', name: 'Cookie ApS', admin: { name: 'Cecilie', email: 'c@cookie.dk', password: 'a-long-password-1' } }) });
      expect(res.status).toBe(201);
      expect(res.headers.get('set-cookie')).toMatch(/^mm_session=.+HttpOnly/i);
    });

    it('refuses a second registration of the same CVR with 409, storing nothing', async () => {
      const before = await t.dataSource.getRepository(UserEntity).count();
      const res = await t.request<ApiError>('POST', '/api/suppliers/register', { body: registration({ admin: { name: 'Xenia', email: 'x@other.dk', password: 'a-long-password-1' } }) });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('CVR_TAKEN');
      expect(res.body.message).toMatch(/^cvr: /);
      expect(await t.dataSource.getRepository(UserEntity).count()).toBe(before);
    });

    it.each([
      [{ cvr: '10150818' }, 'cvr'], // check digit one off
      [{ cvr: '1015081' }, 'cvr'],
      [{ cvr: '01234567' }, 'cvr'],
      [{ postcode: '0000' }, 'postcode'],
      [{ postcode: '26500' }, 'postcode'],
      [{ municipalitiesServed: ['9999'] }, 'municipalitiesServed'],
      [{ organisationType: 'charity' }, 'organisationType'],
      [{ email: 'not-mail' }, 'email'],
      [{ phone: 'call me' }, 'phone'],
      [{ admin: { name: 'A', email: 'bad', password: 'short' } }, 'admin.email'],
    ])('answers 400 naming the field for %p', async (override, field) => {
      const suppliersBefore = await t.dataSource.getRepository(SupplierEntity).count();
      const res = await t.request<ApiError>('POST', '/api/suppliers/register', { body: registration({ cvr: '35121005', ...override }) });
      expect(res.status).toBe(400);
      expect(res.body.fields?.map((f) => f.field)).toContain(field);
      expect(await t.dataSource.getRepository(SupplierEntity).count()).toBe(suppliersBefore);
    });

    it('requires at least one municipality or region', async () => {
      const res = await t.request<ApiError>('POST', '/api/suppliers/register', { body: registration({ cvr: '35121005', municipalitiesServed: [] }) });
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^municipalitiesServed: /);
    });
  });

  describe('mentors', () => {
    let mentor: Mentor;
    beforeAll(async () => {
      const res = await t.request<Mentor>('POST', `/api/suppliers/${supplierId}/mentors`, { token: supplierToken, body: mentorInput() });
      expect(res.status).toBe(201);
      mentor = res.body;
    });

    it('stores every field, with town, free capacity and account status', async () => {
      expect(mentor).toMatchObject({
        supplierId,
        supplierName: 'Testmentor ApS',
        town: 'Hvidovre',
        languages: ['da', 'ar'],
        weeklyCapacityHours: 20,
        hoursInUse: 0,
        freeCapacityHours: 20,
        active: true,
        account: 'none',
        competences: [
          { code: 'youth_crime', level: 3 },
          { code: 'substance_abuse', level: 2 },
        ],
        certificateWarnings: [],
      });
    });

    it.each([
      [{ competences: [{ code: 'astrology', level: 2 }] }, 'competences.0.code'],
      [{ competences: [{ code: 'youth_crime', level: 4 }] }, 'competences.0.level'],
      [{ competences: [{ code: 'youth_crime', level: 0 }] }, 'competences.0.level'],
      [{ weeklyCapacityHours: 0 }, 'weeklyCapacityHours'],
      [{ weeklyCapacityHours: 61 }, 'weeklyCapacityHours'],
      [{ weeklyCapacityHours: 'ten' }, 'weeklyCapacityHours'],
      [{ postcode: '1234' }, 'postcode'],
      [{ languages: ['xx'] }, 'languages'],
      [{ gender: 'unknown' }, 'gender'],
      [{ certificates: [{ kind: 'criminal_record', issuedOn: '2026-02-30', expiresOn: '2027-01-01' }] }, 'certificates.0.issuedOn'],
      [{ competences: [] }, 'competences'],
      [{ certificates: [{ kind: 'other', issuedOn: '2026-01-01', expiresOn: '2027-01-01' }] }, 'certificates.0.name'],
      [{ certificates: [{ kind: 'other', name: '   ', issuedOn: '2026-01-01', expiresOn: '2027-01-01' }] }, 'certificates.0.name'],
      [{ certificates: [{ kind: 'other', name: 'x'.repeat(121), issuedOn: '2026-01-01', expiresOn: '2027-01-01' }] }, 'certificates.0.name'],
    ])('answers 400 naming the field for %p, storing nothing', async (override, field) => {
      const before = await t.dataSource.getRepository(MentorEntity).countBy({ supplierId });
      const res = await t.request<ApiError>('POST', `/api/suppliers/${supplierId}/mentors`, { token: supplierToken, body: mentorInput({ email: 'bad@x.dk', ...override }) });
      expect(res.status).toBe(400);
      expect(res.body.fields?.map((f) => f.field)).toContain(field);
      expect(await t.dataSource.getRepository(MentorEntity).countBy({ supplierId })).toBe(before);
    });

    it('refuses a competence listed twice and a certificate that expires before issue, naming the field', async () => {
      const dup = await t.request<ApiError>('POST', `/api/suppliers/${supplierId}/mentors`, {
        token: supplierToken,
        body: mentorInput({ competences: [{ code: 'family', level: 1 }, { code: 'family', level: 3 }] }),
      });
      expect(dup.status).toBe(400);
      expect(dup.body.message).toMatch(/^competences\.1\.code: /);
      expect(dup.body.fields?.map((f) => f.field)).toEqual(['competences.1.code']);
      const dates = await t.request<ApiError>('POST', `/api/suppliers/${supplierId}/mentors`, {
        token: supplierToken,
        body: mentorInput({ certificates: [{ kind: 'criminal_record', issuedOn: '2026-05-01', expiresOn: '2026-01-01' }] }),
      });
      expect(dates.body.message).toMatch(/^certificates\.0\.expiresOn: /);
    });

    it('requires a competence and a certificate that expires after its issue, on a change as on creation', async () => {
      const none = await t.request<ApiError>('PATCH', `/api/mentors/${mentor.id}`, { token: supplierToken, body: { competences: [] } });
      expect(none.status).toBe(400);
      expect(none.body.fields?.map((f) => f.field)).toEqual(['competences']);
      expect(none.body.message).toEqual(['competences must hold at least one competence: a mentor without competences can never be matched']);
      const sameDay = await t.request<ApiError>('POST', `/api/suppliers/${supplierId}/mentors`, {
        token: supplierToken,
        body: mentorInput({ certificates: [{ kind: 'criminal_record', issuedOn: '2026-05-01', expiresOn: '2026-05-01' }] }),
      });
      expect(sameDay.status).toBe(400);
      expect(sameDay.body.fields?.map((f) => f.field)).toEqual(['certificates.0.expiresOn']);
      const patchSameDay = await t.request<ApiError>('PATCH', `/api/mentors/${mentor.id}`, { token: supplierToken, body: { certificates: [{ kind: 'first_aid', issuedOn: '2026-05-01', expiresOn: '2026-05-01' }] } });
      expect(patchSameDay.body.message).toMatch(/^certificates\.0\.expiresOn: the certificate must expire/);
      const kept = await t.request<Mentor>('GET', `/api/mentors/${mentor.id}`, { token: supplierToken });
      expect(kept.body.competences).toHaveLength(2);
      expect(kept.body.certificates).toEqual([{ kind: 'criminal_record', issuedOn: '2026-01-10', expiresOn: '2028-01-10' }]);
    });

    it('warns of certificates that expire within 60 days or have expired', async () => {
      const today = new Date();
      const inDays = (d: number) => new Date(today.getTime() + d * 86400_000).toISOString().slice(0, 10);
      const res = await t.request<Mentor>('PATCH', `/api/mentors/${mentor.id}`, {
        token: supplierToken,
        body: {
          certificates: [
            { kind: 'criminal_record', issuedOn: inDays(-700), expiresOn: inDays(20) },
            { kind: 'child_certificate', issuedOn: inDays(-800), expiresOn: inDays(-3) },
            { kind: 'first_aid', issuedOn: inDays(-10), expiresOn: inDays(400) },
          ],
        },
      });
      expect(res.status).toBe(200);
      expect(res.body.certificateWarnings).toEqual([
        { kind: 'child_certificate', expiresOn: inDays(-3), status: 'expired' },
        { kind: 'criminal_record', expiresOn: inDays(20), status: 'expiring' },
      ]);
    });

    it('names certificates of kind other, and warns only from the latest certificate of each kind', async () => {
      const today = new Date();
      const inDays = (d: number) => new Date(today.getTime() + d * 86400_000).toISOString().slice(0, 10);
      const res = await t.request<Mentor>('PATCH', `/api/mentors/${mentor.id}`, {
        token: supplierToken,
        body: {
          certificates: [
            { kind: 'criminal_record', issuedOn: inDays(-900), expiresOn: inDays(-170) },
            { kind: 'criminal_record', issuedOn: inDays(-170), expiresOn: inDays(560) },
            { kind: 'other', name: ' Psykisk førstehjælp ', issuedOn: inDays(-800), expiresOn: inDays(-5) },
            { kind: 'other', name: 'Kørekort til minibus', issuedOn: inDays(-100), expiresOn: inDays(900) },
          ],
        },
      });
      expect(res.status).toBe(200);
      expect(res.body.certificates).toEqual([
        { kind: 'criminal_record', issuedOn: inDays(-900), expiresOn: inDays(-170) },
        { kind: 'criminal_record', issuedOn: inDays(-170), expiresOn: inDays(560) },
        { kind: 'other', name: 'Kørekort til minibus', issuedOn: inDays(-100), expiresOn: inDays(900) },
        { kind: 'other', name: 'Psykisk førstehjælp', issuedOn: inDays(-800), expiresOn: inDays(-5) },
      ]);
      // The renewed criminal record check replaces the expired one; the other kind has its own name.
      expect(res.body.certificateWarnings).toEqual([{ kind: 'other', name: 'Psykisk førstehjælp', expiresOn: inDays(-5), status: 'expired' }]);
    });

    it('keeps another supplier out: 404 for reading, editing, deleting and adding', async () => {
      const other = await t.login('leverandor@nordmentor.demo');
      expect((await t.request('GET', `/api/mentors/${mentor.id}`, { token: other })).status).toBe(404);
      expect((await t.request('PATCH', `/api/mentors/${mentor.id}`, { token: other, body: { name: 'Hijack' } })).status).toBe(404);
      expect((await t.request('DELETE', `/api/mentors/${mentor.id}`, { token: other })).status).toBe(404);
      expect((await t.request('POST', `/api/mentors/${mentor.id}/invite`, { token: other })).status).toBe(404);
      expect((await t.request('POST', `/api/suppliers/${supplierId}/mentors`, { token: other, body: mentorInput({ email: 'intruder@x.dk' }) })).status).toBe(404);
      expect((await t.request('GET', `/api/suppliers/${supplierId}`, { token: other })).status).toBe(404);
      expect((await t.request('PATCH', `/api/suppliers/${supplierId}`, { token: other, body: { name: 'Hijack' } })).status).toBe(404);
      const list = await t.request<Page<Mentor>>('GET', '/api/mentors?pageSize=100', { token: other });
      expect(list.body.items.some((m) => m.supplierId === supplierId)).toBe(false);
      expect((await t.request<Mentor>('GET', `/api/mentors/${mentor.id}`, { token: supplierToken })).body.name).toBe('Per Politi');
    });

    it('invites the mentor to a login of their own; the link sets the password', async () => {
      expect((await t.request('POST', `/api/mentors/${mentor.id}/invite`, { token: supplierToken })).status).toBe(204);
      expect((await t.request<Mentor>('GET', `/api/mentors/${mentor.id}`, { token: supplierToken })).body.account).toBe('invited');
      const mail = await waitForMail(t, 'per@testmentor.dk');
      expect(mail.text).toContain('som mentor hos Testmentor ApS');
      const token = /\/invitation\/([\w-]+)/.exec(mail.text)![1];
      expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token, password: 'per-has-a-long-password' } })).status).toBe(204);
      const login = await t.request<LoginResponse>('POST', '/api/auth/login', { body: { email: 'per@testmentor.dk', password: 'per-has-a-long-password' } });
      expect(login.body.user).toMatchObject({ role: 'mentor', mentorId: mentor.id, supplierId });
      // The mentor reads their own record and nobody else's.
      expect((await t.request('GET', `/api/mentors/${mentor.id}`, { token: login.body.accessToken })).status).toBe(200);
      const own = await t.request<Page<Mentor>>('GET', '/api/mentors', { token: login.body.accessToken });
      expect(own.body.items.map((m) => m.id)).toEqual([mentor.id]);
      expect((await t.request('PATCH', `/api/mentors/${mentor.id}`, { token: login.body.accessToken, body: { name: 'x' } })).status).toBe(403);
      const again = await t.request<ApiError>('POST', `/api/mentors/${mentor.id}/invite`, { token: supplierToken });
      expect(again.status).toBe(409);
      expect((await t.request<Mentor>('GET', `/api/mentors/${mentor.id}`, { token: supplierToken })).body.account).toBe('active');
    });

    it('deactivates instead of deleting a mentor that has a login, and deletes one with nothing attached', async () => {
      const perSession = await t.login('per@testmentor.dk', 'per-has-a-long-password');
      const kept = await t.request<{ outcome: string }>('DELETE', `/api/mentors/${mentor.id}`, { token: supplierToken });
      expect(kept.body).toEqual({ outcome: 'deactivated' });
      expect(await t.dataSource.getRepository(MentorEntity).findOneBy({ id: mentor.id })).toMatchObject({ active: false });
      // The mentor's login goes with the record: the open session ends at once, and logging in fails.
      expect(await t.dataSource.getRepository(UserEntity).findOneBy({ mentorId: mentor.id })).toMatchObject({ active: false });
      expect((await t.request('GET', '/api/auth/me', { token: perSession })).status).toBe(401);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'per@testmentor.dk', password: 'per-has-a-long-password' } })).status).toBe(401);
      const fresh = await t.request<Mentor>('POST', `/api/suppliers/${supplierId}/mentors`, { token: supplierToken, body: mentorInput({ email: 'temp@testmentor.dk', name: 'Tina Temp' }) });
      const gone = await t.request<{ outcome: string }>('DELETE', `/api/mentors/${fresh.body.id}`, { token: supplierToken });
      expect(gone.body).toEqual({ outcome: 'deleted' });
      expect(await t.dataSource.getRepository(MentorEntity).findOneBy({ id: fresh.body.id })).toBeNull();
      // Reactivate for the directory tests: the login comes back with the mentor.
      expect((await t.request<Mentor>('PATCH', `/api/mentors/${mentor.id}`, { token: supplierToken, body: { active: true } })).body.active).toBe(true);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'per@testmentor.dk', password: 'per-has-a-long-password' } })).status).toBe(200);
    });

    it('switches the login off and on with the mentor (PATCH active), ending its sessions', async () => {
      const session = await t.login('per@testmentor.dk', 'per-has-a-long-password');
      const off = await t.request<Mentor>('PATCH', `/api/mentors/${mentor.id}`, { token: supplierToken, body: { active: false } });
      expect(off.body.active).toBe(false);
      expect((await t.request('GET', `/api/mentors/${mentor.id}`, { token: session })).status).toBe(401);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'per@testmentor.dk', password: 'per-has-a-long-password' } })).status).toBe(401);
      // The login cannot be switched on apart from its mentor.
      const loginId = (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ mentorId: mentor.id })).id;
      const alone = await t.request<ApiError>('PATCH', `/api/users/${loginId}`, { token: supplierToken, body: { active: true } });
      expect(alone.status).toBe(409);
      expect(alone.body.code).toBe('MENTOR_INACTIVE');
      const on = await t.request<Mentor>('PATCH', `/api/mentors/${mentor.id}`, { token: supplierToken, body: { active: true } });
      expect(on.body).toMatchObject({ active: true, account: 'active' });
      const again = await t.login('per@testmentor.dk', 'per-has-a-long-password');
      expect((await t.request('GET', `/api/mentors/${mentor.id}`, { token: again })).status).toBe(200);
      const actions = (await t.dataSource.getRepository(AuditEventEntity).findBy({ entityId: loginId, action: 'user.updated' })).map((e) => e.details['active']);
      expect(actions).toEqual(expect.arrayContaining([false, true]));
    });

    it("moves the login to the mentor's new e-mail, and refuses an address another login has", async () => {
      const moved = await t.request<Mentor>('PATCH', `/api/mentors/${mentor.id}`, { token: supplierToken, body: { email: 'Per.Politi@testmentor.dk' } });
      expect(moved.status).toBe(200);
      expect(moved.body.email).toBe('per.politi@testmentor.dk');
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'per.politi@testmentor.dk', password: 'per-has-a-long-password' } })).status).toBe(200);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'per@testmentor.dk', password: 'per-has-a-long-password' } })).status).toBe(401);

      const taken = await t.request<ApiError>('PATCH', `/api/mentors/${mentor.id}`, { token: supplierToken, body: { email: 'sagsbehandler@hvidovre.demo', name: 'Per P. Politi' } });
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('EMAIL_TAKEN');
      expect(taken.body.fields?.map((f) => f.field)).toEqual(['email']);
      // Nothing of the refused change was kept, not even the name sent with it.
      expect((await t.request<Mentor>('GET', `/api/mentors/${mentor.id}`, { token: supplierToken })).body).toMatchObject({ email: 'per.politi@testmentor.dk', name: 'Per Politi' });
      expect(await t.dataSource.getRepository(UserEntity).findOneBy({ mentorId: mentor.id })).toMatchObject({ email: 'per.politi@testmentor.dk' });
    });

    it('sends a pending invitation again to the new address when the e-mail changes; the old link stops working', async () => {
      const ivan = await t.request<Mentor>('POST', `/api/suppliers/${supplierId}/mentors`, { token: supplierToken, body: mentorInput({ name: 'Ivan Inviteret', email: 'ivan@testmentor.dk', inviteToLogin: true }) });
      expect(ivan.body.account).toBe('invited');
      const oldToken = /\/invitation\/([\w-]+)/.exec((await waitForMail(t, 'ivan@testmentor.dk')).text)![1];
      expect((await t.request('PATCH', `/api/mentors/${ivan.body.id}`, { token: supplierToken, body: { email: 'ivan.i@testmentor.dk' } })).status).toBe(200);
      const newToken = /\/invitation\/([\w-]+)/.exec((await waitForMail(t, 'ivan.i@testmentor.dk')).text)![1];
      expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token: oldToken, password: 'ivan-has-a-long-password' } })).status).toBe(400);
      expect((await t.request('POST', '/api/auth/invitations/accept', { body: { token: newToken, password: 'ivan-has-a-long-password' } })).status).toBe(204);
      expect((await t.request('POST', '/api/auth/login', { body: { email: 'ivan.i@testmentor.dk', password: 'ivan-has-a-long-password' } })).status).toBe(200);
    });

    it('keeps nothing of a failed invitation when the mentor was created in the same request', async () => {
      // The e-mail already has a login, so the invitation fails and the mentor must not remain.
      const before = await t.dataSource.getRepository(MentorEntity).countBy({ supplierId });
      const mails = await t.dataSource.getRepository(MailMessageEntity).count();
      const res = await t.request<ApiError>('POST', `/api/suppliers/${supplierId}/mentors`, { token: supplierToken, body: mentorInput({ email: 'sagsbehandler@hvidovre.demo', inviteToLogin: true }) });
      expect(res.status).toBe(409);
      expect(await t.dataSource.getRepository(MentorEntity).countBy({ supplierId })).toBe(before);
      expect(await t.dataSource.getRepository(MailMessageEntity).count()).toBe(mails);
    });
  });

  describe('directory', () => {
    let caseworker: string;
    beforeAll(async () => {
      caseworker = await t.login('sagsbehandler@hvidovre.demo');
    });

    it('has the demo marketplace: at least 12 suppliers and 60 active mentors', async () => {
      const suppliers = await t.request<Page<Supplier>>('GET', '/api/suppliers?pageSize=1', { token: caseworker });
      expect(suppliers.body.total).toBeGreaterThanOrEqual(12);
      const mentors = await t.request<Page<Mentor>>('GET', '/api/mentors?pageSize=1', { token: caseworker });
      expect(mentors.body.total).toBeGreaterThanOrEqual(60);
    });

    it('filters by competence with a minimum level, and language', async () => {
      const res = await t.request<Page<Mentor>>('GET', '/api/mentors?competence=youth_crime&minLevel=3&language=ar&pageSize=100', { token: caseworker });
      expect(res.body.total).toBe(res.body.items.length);
      expect(res.body.items.length).toBeGreaterThan(0);
      for (const m of res.body.items) {
        expect(m.competences.find((c) => c.code === 'youth_crime')!.level).toBe(3);
        expect(m.languages).toContain('ar');
      }
      expect(res.body.items.map((m) => m.name)).toContain('Per Politi');
    });

    it('finds former police officers by free text on the background', async () => {
      const res = await t.request<Page<Mentor>>('GET', '/api/mentors?q=politibetjent&pageSize=100', { token: caseworker });
      expect(res.body.total).toBeGreaterThanOrEqual(4);
      expect(res.body.items.every((m) => /politi/i.test(m.background ?? '') || /politi/i.test(m.name))).toBe(true);
    });

    it('matches free-text words by their beginning: "politi" finds the politibetjente', async () => {
      // Inflected forms still find the word through its Danish stem.
      const plural = await t.request<Page<Mentor>>('GET', '/api/mentors?q=politibetjente&pageSize=100', { token: caseworker });
      const whole = await t.request<Page<Mentor>>('GET', '/api/mentors?q=politibetjent&pageSize=100', { token: caseworker });
      const prefix = await t.request<Page<Mentor>>('GET', '/api/mentors?q=politi&pageSize=100', { token: caseworker });
      expect(prefix.status).toBe(200);
      expect(prefix.body.total).toBeGreaterThanOrEqual(whole.body.total);
      expect(prefix.body.items.map((m) => m.id)).toEqual(expect.arrayContaining(whole.body.items.map((m) => m.id)));
      expect(plural.body.total).toBe(whole.body.total);
      const startsWithPoliti = (m: Mentor) => /(^|[^\p{L}])politi/iu.test(`${m.name} ${m.background ?? ''}`);
      expect(prefix.body.items.every(startsWithPoliti)).toBe(true);
      // Every word must match (AND), each as a prefix; "tidl" is longer than the Danish stem of "tidligere" ("tid").
      const both = await t.request<Page<Mentor>>('GET', '/api/mentors?q=tidl%20politibe&pageSize=100', { token: caseworker });
      expect(both.body.total).toBeGreaterThanOrEqual(4);
      expect(both.body.items.every((m) => startsWithPoliti(m) && /(^|[^\p{L}])tidl/iu.test(`${m.name} ${m.background ?? ''}`))).toBe(true);
      expect((await t.request<Page<Mentor>>('GET', '/api/mentors?q=politi%20xyzzy', { token: caseworker })).body.total).toBe(0);
      // A word inside another word is not a prefix.
      expect((await t.request<Page<Mentor>>('GET', '/api/mentors?q=betjent', { token: caseworker })).body.items.some((m) => /politibetjent/i.test(m.background ?? ''))).toBe(false);
    });

    it('serves the prefix search from the GIN index', async () => {
      const plan = await t.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await manager.query(
          `EXPLAIN SELECT m.id FROM mentor m WHERE ${MENTOR_SEARCH_VECTOR} @@ (${prefixTsQuerySql(1, () => 'ft0').replace(/:ft0/g, '$1')})`,
          ["'politi':*"],
        );
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('ix_mentor_search');
    });

    it.each(["politi' & !", '\\:*|()', "'; DROP TABLE mentor; --", '!!!'])('treats tsquery syntax in %p as text, never as an error', async (q) => {
      const res = await t.request<Page<Mentor>>('GET', `/api/mentors?q=${encodeURIComponent(q)}`, { token: caseworker });
      expect(res.status).toBe(200);
    });

    it('filters by free capacity, by valid certificate, and by region served', async () => {
      const free = await t.request<Page<Mentor>>('GET', '/api/mentors?freeCapacity=20&pageSize=100', { token: caseworker });
      expect(free.body.items.every((m) => m.freeCapacityHours >= 20)).toBe(true);
      const certified = await t.request<Page<Mentor>>('GET', '/api/mentors?certificate=criminal_record&pageSize=100', { token: caseworker });
      const today = new Date().toISOString().slice(0, 10);
      expect(certified.body.items.every((m) => m.certificates.some((c) => c.kind === 'criminal_record' && c.issuedOn <= today && c.expiresOn >= today))).toBe(true);
      const all = await t.request<Page<Mentor>>('GET', '/api/mentors?pageSize=100', { token: caseworker });
      expect(certified.body.total).toBeLessThan(all.body.total);
      const nord = await t.request<Page<Mentor>>('GET', '/api/mentors?region=Region%20Nordjylland&pageSize=100', { token: caseworker });
      expect(nord.body.total).toBeGreaterThan(0);
      expect(new Set(nord.body.items.map((m) => m.supplierName))).toEqual(new Set(['Nordjysk Mentorordning']));
    });

    it('measures great-circle distance from a postcode, filters by radius and sorts nearest first', async () => {
      const res = await t.request<Page<Mentor>>('GET', '/api/mentors?near=2650&radiusKm=10&sort=distance&pageSize=100', { token: caseworker });
      expect(res.body.items.length).toBeGreaterThan(0);
      const distances = res.body.items.map((m) => m.distanceKm!);
      expect(distances.every((d) => d <= 10)).toBe(true);
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
      const aarhus = await t.request<Page<Mentor>>('GET', '/api/mentors?near=8000&radiusKm=15&pageSize=100', { token: caseworker });
      expect(aarhus.body.items.every((m) => m.supplierName === 'Jysk Mentorcenter ApS')).toBe(true);
    });

    it('sorts and pages with a stable order', async () => {
      const first = await t.request<Page<Mentor>>('GET', '/api/mentors?sort=-freeCapacity&page=1&pageSize=10', { token: caseworker });
      const second = await t.request<Page<Mentor>>('GET', '/api/mentors?sort=-freeCapacity&page=2&pageSize=10', { token: caseworker });
      const caps = [...first.body.items, ...second.body.items].map((m) => m.freeCapacityHours);
      expect([...caps].sort((a, b) => b - a)).toEqual(caps);
      const ids = new Set([...first.body.items, ...second.body.items].map((m) => m.id));
      expect(ids.size).toBe(20);
    });

    it('searches suppliers by competence, language and municipality served', async () => {
      const res = await t.request<Page<Supplier>>('GET', '/api/suppliers?competence=psychiatric&minLevel=3&municipality=0167&pageSize=100', { token: caseworker });
      expect(res.body.items.map((s) => s.name)).toEqual(expect.arrayContaining(['Nord Mentor ApS', 'Psykiatrimentor Danmark ApS']));
      expect(res.body.items.map((s) => s.name)).not.toContain('Jysk Mentorcenter ApS');
      const byCvr = await t.request<Page<Supplier>>('GET', '/api/suppliers?q=35121005', { token: caseworker });
      expect(byCvr.body.items.map((s) => s.name)).toEqual(['Nord Mentor ApS']);
    });

    it('shows a supplier only its own profile in the supplier list', async () => {
      const own = await t.request<Page<Supplier>>('GET', '/api/suppliers?pageSize=100', { token: supplierToken });
      expect(own.body.items.map((s) => s.id)).toEqual([supplierId]);
    });

    it('answers 400 naming the filter for a bad query', async () => {
      const res = await t.request<ApiError>('GET', '/api/mentors?competence=astrology&near=0000&minLevel=7', { token: caseworker });
      expect(res.status).toBe(400);
      expect(res.body.fields?.map((f) => f.field).sort()).toEqual(['competence', 'minLevel', 'near']);
    });

    it.each([
      ['/api/mentors?supplierId=abc', 'supplierId'],
      ['/api/mentors?supplierId=00000000-0000-0000-0000-00000000000g', 'supplierId'],
      [`/api/suppliers/{id}/mentors?supplierId=abc`, 'supplierId'],
      ['/api/mentors?freeCapacity=61', 'freeCapacity'],
    ])('answers 400 naming the field for %s, not a database error', async (path, field) => {
      const res = await t.request<ApiError>('GET', path.replace('{id}', supplierId), { token: caseworker });
      expect(res.status).toBe(400);
      expect(res.body.fields?.map((f) => f.field)).toEqual([field]);
    });

    it('filters by a supplier id, and by the most free capacity a mentor can have', async () => {
      const own = await t.request<Page<Mentor>>('GET', `/api/mentors?supplierId=${supplierId}&pageSize=100`, { token: caseworker });
      expect(own.body.total).toBeGreaterThan(0);
      expect(own.body.items.every((m) => m.supplierId === supplierId)).toBe(true);
      expect((await t.request('GET', '/api/mentors?freeCapacity=60', { token: caseworker })).status).toBe(200);
    });
  });

  describe('a mentor with courses', () => {
    it('is deactivated instead of deleted, and the course is kept, while it runs and after it ended', async () => {
      const cw = await t.login('sagsbehandler@hvidovre.demo');
      // A mentor without a login of their own, so only the course can be what keeps them.
      const withoutLogin = async (m: Match) => !(await t.dataSource.getRepository(UserEntity).existsBy({ mentorId: m.mentorId }));
      const course = await aRunningCourse(t, { caseworker: cw, cpr: '010190-9501', pick: withoutLogin });
      const mentorId = course.match.mentorId;
      const mentors = t.dataSource.getRepository(MentorEntity);
      expect((await mentors.findOneByOrFail({ id: mentorId })).hoursInUse).toBeGreaterThan(0);

      const running = await t.request<{ outcome: string }>('DELETE', `/api/mentors/${mentorId}`, { token: course.supplierToken });
      expect(running.body).toEqual({ outcome: 'deactivated' });
      expect(await mentors.findOneByOrFail({ id: mentorId })).toMatchObject({ active: false });
      const kept = await t.request<Assignment>('GET', `/api/assignments/${course.assignment.id}`, { token: cw });
      expect(kept.status).toBe(200);
      expect(kept.body).toMatchObject({ mentorId, status: 'active' });

      // Ended, the course reserves no hours, but it still refers to the mentor: deactivated again.
      expect((await t.request('PATCH', `/api/mentors/${mentorId}`, { token: course.supplierToken, body: { active: true } })).status).toBe(200);
      const ended = await t.request<Assignment>('POST', `/api/assignments/${course.assignment.id}/end`, { token: cw, body: { reason: 'Borgeren er i job', endDate: course.assignment.startDate } });
      expect(ended.body.status).toBe('ended');
      expect((await mentors.findOneByOrFail({ id: mentorId })).hoursInUse).toBe(0);
      const after = await t.request<{ outcome: string }>('DELETE', `/api/mentors/${mentorId}`, { token: course.supplierToken });
      expect(after.body).toEqual({ outcome: 'deactivated' });
      expect(await mentors.findOneByOrFail({ id: mentorId })).toMatchObject({ active: false });
      expect((await t.request<Assignment>('GET', `/api/assignments/${course.assignment.id}`, { token: cw })).body).toMatchObject({ mentorId, status: 'ended' });
      const events = await t.dataSource.getRepository(AuditEventEntity).findBy({ entityId: mentorId, action: 'mentor.deactivated' });
      expect(events).toHaveLength(2);
      expect(await t.dataSource.getRepository(AuditEventEntity).countBy({ entityId: mentorId, action: 'mentor.deleted' })).toBe(0);
    });
  });

  it('looks up postcodes publicly', async () => {
    expect((await t.request('GET', '/api/postcodes/2650')).body).toMatchObject({ postcode: '2650', name: 'Hvidovre' });
    const missing = await t.request<ApiError>('GET', '/api/postcodes/0000');
    expect(missing.status).toBe(404);
    const search = await t.request<{ postcode: string; name: string }[]>('GET', '/api/postcodes?q=hvidovre');
    expect(search.body.map((p) => p.postcode)).toContain('2650');
  });
});
