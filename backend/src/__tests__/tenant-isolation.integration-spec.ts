import { Page } from '@mentor/contracts';

import { TestApp } from '../../test/create-test-app';
import { MailMessageEntity } from '../core/mail/entities/mail-message.entity';
import { reportIsolationChecks } from '../modules/reports/__tests__/report-isolation.checks';
import { tenderIsolationChecks } from '../modules/tenders/__tests__/tender-isolation.checks';

interface ListedUser {
  id: string;
  email: string;
  name: string;
  municipalityCode?: string;
  supplierId?: string;
}
interface AuditEvent {
  municipalityCode: string | null;
  supplierId: string | null;
}
type Op = `${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} ${string}`;

/**
 * Every endpoint of the API, tried with a user of another tenant. The list of endpoints comes
 * from the OpenAPI document, so a new endpoint fails this test until it is classified here.
 */
describe('tenant isolation', () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let users: ListedUser[];
  const userId = (email: string) => users.find((u) => u.email === email)!.id;

  beforeAll(async () => {
    t = await TestApp.start();
    const emails = [
      'admin@platform.demo',
      'admin@hvidovre.demo',
      'sagsbehandler@hvidovre.demo',
      'sagsbehandler@albertslund.demo',
      'leverandor@nordmentor.demo',
      'leverandor@brobyg.demo',
      'mentor@nordmentor.demo',
    ];
    tokens = Object.fromEntries(await Promise.all(emails.map(async (e) => [e, await t.login(e)] as const)));
    users = (await t.request<Page<ListedUser>>('GET', '/api/users?pageSize=100', { token: tokens['admin@platform.demo'] })).body.items;
  });
  afterAll(async () => {
    await t?.close();
  });

  const PUBLIC: Op[] = [
    'GET /api/health',
    'GET /api/municipalities',
    'GET /api/competences',
    'GET /api/postcodes',
    'GET /api/postcodes/{postcode}',
    'POST /api/auth/login',
    'POST /api/auth/invitations/accept',
    'POST /api/auth/password-reset',
    'POST /api/auth/password-reset/confirm',
    'POST /api/suppliers/register',
    'GET /api/surveys/{token}',
    'POST /api/surveys/{token}',
  ];
  const supplierOf = (email: string) => users.find((u) => u.email === email)!.supplierId!;
  /** The seeded Hvidovre youth-crime case, its request, and the running course's offer and course. */
  const hvidovre = async () => {
    const cw = tokens['sagsbehandler@hvidovre.demo'];
    const cases = await t.request<Page<{ id: string; reference: string }>>('GET', '/api/cases?reference=HVI-DEMO-0001', { token: cw });
    const caseId = cases.body.items[0].id;
    const requests = await t.request<{ id: string }[]>('GET', `/api/cases/${caseId}/requests`, { token: cw });
    const offers = await t.request<Page<{ id: string; supplierId: string }>>('GET', '/api/offers?pageSize=100', { token: cw });
    const assignments = await t.request<Page<{ id: string; supplierId: string }>>('GET', '/api/assignments?status=active', { token: cw });
    return { caseId, requestId: requests.body[0].id, offerId: offers.body.items[0].id, assignmentId: assignments.body.items[0].id };
  };
  const albertslund = () => tokens['sagsbehandler@albertslund.demo'];
  /** A mentor of Nord Mentor (the demo mentor account's own record). */
  const nordMentorId = async () => (await t.request<{ mentorId: string }>('GET', '/api/auth/me', { token: tokens['mentor@nordmentor.demo'] })).body.mentorId;
  /** Another Nord Mentor mentor, not the mentor account's. */
  const otherNordMentorId = async () => {
    const page = await t.request<Page<{ id: string }>>('GET', '/api/mentors?pageSize=100', { token: tokens['leverandor@nordmentor.demo'] });
    const own = await nordMentorId();
    return page.body.items.find((m) => m.id !== own)!.id;
  };

  /** For each endpoint: how another tenant's user is kept out. */
  const CHECKS: Record<Op, () => Promise<void>> = {
    'GET /api/auth/me': async () => {
      // Only ever the caller: there is no parameter to point at another user.
      const me = await t.request<ListedUser>('GET', '/api/auth/me', { token: tokens['sagsbehandler@albertslund.demo'] });
      expect(me.body.municipalityCode).toBe('0165');
    },
    'POST /api/auth/logout': async () => {
      // Ends the caller's own session only: another user's session keeps working.
      const mine = await t.login('sagsbehandler@albertslund.demo');
      expect((await t.request('POST', '/api/auth/logout', { token: mine })).status).toBe(204);
      expect((await t.request('GET', '/api/auth/me', { token: tokens['sagsbehandler@hvidovre.demo'] })).status).toBe(200);
    },
    'PUT /api/auth/password': async () => {
      // Only ever the caller's own password: another user's current password is refused as wrong.
      const res = await t.request<{ fields: { field: string }[] }>('PUT', '/api/auth/password', { token: tokens['sagsbehandler@albertslund.demo'], body: { currentPassword: 'not-my-password', newPassword: 'a-new-password-123' } });
      expect(res.status).toBe(400);
      expect(res.body.fields.map((f) => f.field)).toEqual(['currentPassword']);
      expect((await t.request('GET', '/api/auth/me', { token: tokens['sagsbehandler@hvidovre.demo'] })).status).toBe(200);
    },
    'GET /api/admin/mails': async () => {
      for (const email of ['admin@hvidovre.demo', 'leverandor@nordmentor.demo', 'sagsbehandler@hvidovre.demo']) {
        expect((await t.request('GET', '/api/admin/mails', { token: tokens[email] })).status).toBe(403);
      }
    },
    'GET /api/users': async () => {
      const hv = await t.request<Page<ListedUser>>('GET', '/api/users?pageSize=100', { token: tokens['admin@hvidovre.demo'] });
      expect(hv.body.items.length).toBeGreaterThan(0);
      expect(hv.body.items.every((u) => u.municipalityCode === '0167')).toBe(true);
      const nm = await t.request<Page<ListedUser>>('GET', '/api/users?q=brobyg', { token: tokens['leverandor@nordmentor.demo'] });
      expect(nm.body.total).toBe(0);
      expect((await t.request('GET', '/api/users', { token: tokens['sagsbehandler@hvidovre.demo'] })).status).toBe(403);
    },
    'POST /api/users': async () => {
      // A new user lands in the inviting admin's tenant whatever the body says.
      const res = await t.request<ListedUser>('POST', '/api/users', {
        token: tokens['leverandor@brobyg.demo'],
        body: { email: 'ny@brobyg.demo', name: 'Ny Brobygger', role: 'supplier_admin' },
      });
      expect(res.status).toBe(201);
      const brobyg = users.find((u) => u.email === 'leverandor@brobyg.demo')!.supplierId;
      expect(res.body.supplierId).toBe(brobyg);
      const sneaky = await t.request('POST', '/api/users', {
        token: tokens['leverandor@brobyg.demo'],
        body: { email: 'x@brobyg.demo', name: 'X', role: 'supplier_admin', supplierId: users.find((u) => u.email === 'leverandor@nordmentor.demo')!.supplierId },
      });
      expect(sneaky.status).toBe(400);
    },
    'GET /api/users/{id}': async () => {
      const cases: [string, string][] = [
        ['admin@hvidovre.demo', 'sagsbehandler@albertslund.demo'],
        ['admin@hvidovre.demo', 'leverandor@nordmentor.demo'],
        ['leverandor@nordmentor.demo', 'leverandor@brobyg.demo'],
        ['leverandor@brobyg.demo', 'mentor@nordmentor.demo'],
      ];
      for (const [caller, target] of cases) {
        const res = await t.request('GET', `/api/users/${userId(target)}`, { token: tokens[caller] });
        expect([caller, target, res.status]).toEqual([caller, target, 404]);
      }
      // The same request for a user of the caller's own tenant works: the 404 above is isolation.
      expect((await t.request('GET', `/api/users/${userId('sagsbehandler@hvidovre.demo')}`, { token: tokens['admin@hvidovre.demo'] })).status).toBe(200);
      // Unknown ids answer the same 404 as another tenant's.
      expect((await t.request('GET', '/api/users/00000000-0000-4000-8000-000000000000', { token: tokens['admin@hvidovre.demo'] })).status).toBe(404);
    },
    'PATCH /api/users/{id}': async () => {
      const target = userId('sagsbehandler@albertslund.demo');
      const res = await t.request('PATCH', `/api/users/${target}`, { token: tokens['admin@hvidovre.demo'], body: { name: 'Hijacked', active: false } });
      expect(res.status).toBe(404);
      const after = await t.request<ListedUser>('GET', `/api/users/${target}`, { token: tokens['admin@platform.demo'] });
      expect(after.body.name).toBe('Søren Sagsbehandler');
      expect((await t.request('GET', '/api/auth/me', { token: tokens['sagsbehandler@albertslund.demo'] })).status).toBe(200);
    },
    'POST /api/users/{id}/invitation': async () => {
      // Another tenant's pending invitation is a 404, and is not sent again.
      const pending = await t.request<ListedUser>('POST', '/api/users', { token: tokens['leverandor@brobyg.demo'], body: { email: 'afventer@brobyg.demo', name: 'Afventer Brobygger', role: 'supplier_admin' } });
      expect(pending.status).toBe(201);
      const mails = () => t.dataSource.getRepository(MailMessageEntity).countBy({ to: 'afventer@brobyg.demo' });
      const mailsBefore = await mails();
      for (const caller of ['leverandor@nordmentor.demo', 'admin@hvidovre.demo']) {
        expect((await t.request('POST', `/api/users/${pending.body.id}/invitation`, { token: tokens[caller] })).status).toBe(404);
      }
      expect((await t.request('POST', `/api/users/${pending.body.id}/invitation`, { token: tokens['sagsbehandler@hvidovre.demo'] })).status).toBe(403);
      expect(await mails()).toBe(mailsBefore);
      // The inviting tenant itself may.
      expect((await t.request('POST', `/api/users/${pending.body.id}/invitation`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(204);
    },
    'GET /api/suppliers': async () => {
      const own = await t.request<Page<{ id: string }>>('GET', '/api/suppliers?pageSize=100', { token: tokens['leverandor@brobyg.demo'] });
      expect(own.body.items.map((x) => x.id)).toEqual([supplierOf('leverandor@brobyg.demo')]);
      expect((await t.request('GET', '/api/suppliers', { token: tokens['mentor@nordmentor.demo'] })).status).toBe(403);
    },
    'GET /api/suppliers/{id}': async () => {
      expect((await t.request('GET', `/api/suppliers/${supplierOf('leverandor@nordmentor.demo')}`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
      expect((await t.request('GET', `/api/suppliers/${supplierOf('leverandor@brobyg.demo')}`, { token: tokens['mentor@nordmentor.demo'] })).status).toBe(404);
      // The directory is shared with municipalities on purpose: read only.
      expect((await t.request('GET', `/api/suppliers/${supplierOf('leverandor@nordmentor.demo')}`, { token: tokens['sagsbehandler@albertslund.demo'] })).status).toBe(200);
    },
    'PATCH /api/suppliers/{id}': async () => {
      const target = supplierOf('leverandor@nordmentor.demo');
      expect((await t.request('PATCH', `/api/suppliers/${target}`, { token: tokens['leverandor@brobyg.demo'], body: { name: 'Hijacked' } })).status).toBe(404);
      expect((await t.request('PATCH', `/api/suppliers/${target}`, { token: tokens['admin@hvidovre.demo'], body: { name: 'Hijacked' } })).status).toBe(403);
      const after = await t.request<{ name: string }>('GET', `/api/suppliers/${target}`, { token: tokens['leverandor@nordmentor.demo'] });
      expect(after.body.name).toBe('Nord Mentor ApS');
    },
    'GET /api/suppliers/{id}/mentors': async () => {
      expect((await t.request('GET', `/api/suppliers/${supplierOf('leverandor@nordmentor.demo')}/mentors`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
    },
    'POST /api/suppliers/{id}/mentors': async () => {
      const target = supplierOf('leverandor@nordmentor.demo');
      const body = { name: 'Intruder', email: 'intruder@brobyg.demo', phone: '12345678', gender: 'other', languages: ['da'], yearsOfExperience: 1, postcode: '2650', weeklyCapacityHours: 5, maxTravelKm: 40, competences: [{ code: 'family', level: 1 }], certificates: [] };
      expect((await t.request('POST', `/api/suppliers/${target}/mentors`, { token: tokens['leverandor@brobyg.demo'], body })).status).toBe(404);
      expect((await t.request('POST', `/api/suppliers/${target}/mentors`, { token: tokens['admin@hvidovre.demo'], body })).status).toBe(403);
    },
    'GET /api/mentors': async () => {
      const brobyg = await t.request<Page<{ supplierId: string }>>('GET', '/api/mentors?pageSize=100', { token: tokens['leverandor@brobyg.demo'] });
      expect(brobyg.body.items.length).toBeGreaterThan(0);
      expect(brobyg.body.items.every((m) => m.supplierId === supplierOf('leverandor@brobyg.demo'))).toBe(true);
      const mentor = await t.request<Page<{ id: string }>>('GET', '/api/mentors?pageSize=100', { token: tokens['mentor@nordmentor.demo'] });
      expect(mentor.body.items.map((m) => m.id)).toEqual([await nordMentorId()]);
    },
    'GET /api/mentors/{id}': async () => {
      const target = await otherNordMentorId();
      expect((await t.request('GET', `/api/mentors/${target}`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
      expect((await t.request('GET', `/api/mentors/${target}`, { token: tokens['mentor@nordmentor.demo'] })).status).toBe(404);
      expect((await t.request('GET', `/api/mentors/${target}`, { token: tokens['leverandor@nordmentor.demo'] })).status).toBe(200);
    },
    'PATCH /api/mentors/{id}': async () => {
      const target = await otherNordMentorId();
      expect((await t.request('PATCH', `/api/mentors/${target}`, { token: tokens['leverandor@brobyg.demo'], body: { name: 'Hijacked' } })).status).toBe(404);
      expect((await t.request('PATCH', `/api/mentors/${target}`, { token: tokens['sagsbehandler@hvidovre.demo'], body: { name: 'Hijacked' } })).status).toBe(403);
    },
    'DELETE /api/mentors/{id}': async () => {
      const target = await otherNordMentorId();
      expect((await t.request('DELETE', `/api/mentors/${target}`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
      expect((await t.request('GET', `/api/mentors/${target}`, { token: tokens['leverandor@nordmentor.demo'] })).status).toBe(200);
    },
    'POST /api/mentors/{id}/invite': async () => {
      expect((await t.request('POST', `/api/mentors/${await otherNordMentorId()}/invite`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
    },
    'POST /api/cases': async () => {
      const body = { citizen: { name: 'Iso Borger', cpr: '010101-9999', phone: '12345678' }, targetGroup: 'job_ready', needs: [], languages: ['da'], postcode: '2620' };
      const res = await t.request<{ municipalityCode: string }>('POST', '/api/cases', { token: albertslund(), body: { ...body, municipalityCode: '0167' } });
      expect(res.status).toBe(400);
      const own = await t.request<{ municipalityCode: string }>('POST', '/api/cases', { token: albertslund(), body });
      expect(own.body.municipalityCode).toBe('0165');
      expect((await t.request('POST', '/api/cases', { token: tokens['leverandor@nordmentor.demo'], body })).status).toBe(403);
    },
    'GET /api/cases': async () => {
      const res = await t.request<Page<{ municipalityCode: string }>>('GET', '/api/cases?pageSize=100', { token: albertslund() });
      expect(res.body.items.every((c) => c.municipalityCode === '0165')).toBe(true);
      expect((await t.request('GET', '/api/cases', { token: tokens['admin@platform.demo'] })).status).toBe(403);
    },
    'GET /api/cases/{id}': async () => {
      const { caseId } = await hvidovre();
      expect((await t.request('GET', `/api/cases/${caseId}`, { token: albertslund() })).status).toBe(404);
      expect((await t.request('GET', `/api/cases/${caseId}`, { token: tokens['leverandor@nordmentor.demo'] })).status).toBe(403);
    },
    'PATCH /api/cases/{id}': async () => {
      const { caseId } = await hvidovre();
      expect((await t.request('PATCH', `/api/cases/${caseId}`, { token: albertslund(), body: { status: 'closed' } })).status).toBe(404);
      const after = await t.request<{ status: string }>('GET', `/api/cases/${caseId}`, { token: tokens['sagsbehandler@hvidovre.demo'] });
      expect(after.body.status).toBe('open');
    },
    'GET /api/cases/{id}/identity': async () => {
      const { caseId } = await hvidovre();
      expect((await t.request('GET', `/api/cases/${caseId}/identity?purpose=nysgerrighed`, { token: albertslund() })).status).toBe(404);
      // The municipality's own admin has no need for identities.
      expect((await t.request('GET', `/api/cases/${caseId}/identity?purpose=nysgerrighed`, { token: tokens['admin@hvidovre.demo'] })).status).toBe(403);
    },
    'POST /api/cases/{id}/requests': async () => {
      const { caseId } = await hvidovre();
      const body = { mentorType: 'development', hoursPerWeek: 2, startDate: '2030-01-07', legalBasis: 'ordinary', goals: [{ text: 'Mål', milestones: ['Et pejlemærke'] }] };
      expect((await t.request('POST', `/api/cases/${caseId}/requests`, { token: albertslund(), body })).status).toBe(404);
    },
    'GET /api/cases/{id}/requests': async () => {
      expect((await t.request('GET', `/api/cases/${(await hvidovre()).caseId}/requests`, { token: albertslund() })).status).toBe(404);
    },
    'GET /api/requests/{id}': async () => {
      expect((await t.request('GET', `/api/requests/${(await hvidovre()).requestId}`, { token: albertslund() })).status).toBe(404);
    },
    'GET /api/requests/{id}/matches': async () => {
      expect((await t.request('GET', `/api/requests/${(await hvidovre()).requestId}/matches`, { token: albertslund() })).status).toBe(404);
      expect((await t.request('GET', `/api/requests/${(await hvidovre()).requestId}/matches`, { token: tokens['leverandor@nordmentor.demo'] })).status).toBe(403);
    },
    'POST /api/requests/{id}/offers': async () => {
      const res = await t.request('POST', `/api/requests/${(await hvidovre()).requestId}/offers`, { token: albertslund(), body: { mentorId: await nordMentorId() } });
      expect(res.status).toBe(404);
    },
    'GET /api/requests/{id}/offers': async () => {
      expect((await t.request('GET', `/api/requests/${(await hvidovre()).requestId}/offers`, { token: albertslund() })).status).toBe(404);
    },
    'GET /api/offers': async () => {
      const brobyg = await t.request<Page<{ supplierId: string }>>('GET', '/api/offers?pageSize=100', { token: tokens['leverandor@brobyg.demo'] });
      expect(brobyg.body.items.every((o) => o.supplierId === supplierOf('leverandor@brobyg.demo'))).toBe(true);
      const al = await t.request<Page<unknown>>('GET', '/api/offers?pageSize=100', { token: albertslund() });
      expect(al.body.total).toBe(0);
    },
    'GET /api/offers/{id}': async () => {
      const { offerId } = await hvidovre();
      expect((await t.request('GET', `/api/offers/${offerId}`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
      expect((await t.request('GET', `/api/offers/${offerId}`, { token: albertslund() })).status).toBe(404);
    },
    'POST /api/offers/{id}/accept': async () => {
      // The seeded offer is already accepted: a 409 would leak that it exists; another supplier gets 404.
      expect((await t.request('POST', `/api/offers/${(await hvidovre()).offerId}/accept`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
    },
    'POST /api/offers/{id}/decline': async () => {
      expect((await t.request('POST', `/api/offers/${(await hvidovre()).offerId}/decline`, { token: tokens['leverandor@brobyg.demo'], body: { reason: 'Ikke vores' } })).status).toBe(404);
    },
    'POST /api/offers/{id}/withdraw': async () => {
      expect((await t.request('POST', `/api/offers/${(await hvidovre()).offerId}/withdraw`, { token: albertslund() })).status).toBe(404);
    },
    'GET /api/assignments': async () => {
      const brobyg = await t.request<Page<{ supplierId: string }>>('GET', '/api/assignments?pageSize=100', { token: tokens['leverandor@brobyg.demo'] });
      expect(brobyg.body.items.every((a) => a.supplierId === supplierOf('leverandor@brobyg.demo'))).toBe(true);
      expect((await t.request<Page<unknown>>('GET', '/api/assignments', { token: albertslund() })).body.total).toBe(0);
    },
    'GET /api/assignments/{id}': async () => {
      const { assignmentId } = await hvidovre();
      expect((await t.request('GET', `/api/assignments/${assignmentId}`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
      expect((await t.request('GET', `/api/assignments/${assignmentId}`, { token: albertslund() })).status).toBe(404);
    },
    'GET /api/assignments/{id}/agreement': async () => {
      const { assignmentId } = await hvidovre();
      expect((await t.request('GET', `/api/assignments/${assignmentId}/agreement`, { token: tokens['leverandor@brobyg.demo'] })).status).toBe(404);
      expect((await t.request('GET', `/api/assignments/${assignmentId}/agreement`, { token: albertslund() })).status).toBe(404);
    },
    'POST /api/assignments/{id}/extend': async () => {
      expect((await t.request('POST', `/api/assignments/${(await hvidovre()).assignmentId}/extend`, { token: albertslund(), body: { weeks: 4 } })).status).toBe(404);
    },
    'POST /api/assignments/{id}/end': async () => {
      expect((await t.request('POST', `/api/assignments/${(await hvidovre()).assignmentId}/end`, { token: albertslund(), body: { reason: 'Ikke vores', endDate: '2030-01-01' } })).status).toBe(404);
    },
    'GET /api/municipality/settings': async () => {
      expect((await t.request<{ municipalityCode: string }>('GET', '/api/municipality/settings', { token: albertslund() })).body.municipalityCode).toBe('0165');
      expect((await t.request('GET', '/api/municipality/settings', { token: tokens['leverandor@nordmentor.demo'] })).status).toBe(403);
    },
    'PUT /api/municipality/settings': async () => {
      const weights = { competence: 0.5, quality: 0.1, outcome: 0.1, distance: 0.1, price: 0.1, capacity: 0.05, preference: 0.05 };
      expect((await t.request('PUT', '/api/municipality/settings', { token: tokens['admin@hvidovre.demo'], body: { matchingWeights: weights } })).status).toBe(200);
      const al = await t.request<{ usesDefaultWeights: boolean }>('GET', '/api/municipality/settings', { token: albertslund() });
      expect(al.body.usesDefaultWeights).toBe(true);
      expect((await t.request('PUT', '/api/municipality/settings', { token: albertslund(), body: { offerAnswerWorkingDays: 5 } })).status).toBe(403);
    },
    'GET /api/audit-events': async () => {
      const hv = await t.request<Page<AuditEvent>>('GET', '/api/audit-events?pageSize=100', { token: tokens['admin@hvidovre.demo'] });
      expect(hv.body.total).toBeGreaterThan(0);
      expect(hv.body.items.every((e) => e.municipalityCode === '0167')).toBe(true);
      const nm = await t.request<Page<AuditEvent>>('GET', '/api/audit-events?pageSize=100', { token: tokens['leverandor@nordmentor.demo'] });
      const nordmentor = users.find((u) => u.email === 'leverandor@nordmentor.demo')!.supplierId;
      expect(nm.body.items.every((e) => e.supplierId === nordmentor)).toBe(true);
      const platform = await t.request<Page<AuditEvent>>('GET', '/api/audit-events?pageSize=100', { token: tokens['admin@platform.demo'] });
      expect(platform.body.items.every((e) => e.municipalityCode === null && e.supplierId === null)).toBe(true);
    },
    ...tenderIsolationChecks(() => t),
    ...reportIsolationChecks(() => t),
  };

  it('classifies every endpoint of the OpenAPI document', async () => {
    const doc = await t.request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/api/docs-json');
    const ops = Object.entries(doc.body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}` as Op));
    const unclassified = ops.filter((op) => !PUBLIC.includes(op) && !(op in CHECKS));
    expect(unclassified).toEqual([]);
    const stale = [...PUBLIC, ...Object.keys(CHECKS)].filter((op) => !ops.includes(op as Op));
    expect(stale).toEqual([]);
  });

  it('answers 401 without a login on every endpoint that is not public', async () => {
    for (const op of Object.keys(CHECKS)) {
      const [method, path] = op.split(' ');
      const res = await t.request(method, path.replace('{id}', '00000000-0000-4000-8000-000000000000'), { body: method === 'GET' ? undefined : {} });
      expect([op, res.status]).toEqual([op, 401]);
    }
  });

  it.each(Object.keys(CHECKS))('%s keeps other tenants out', async (op) => {
    await CHECKS[op as Op]();
  });
});
