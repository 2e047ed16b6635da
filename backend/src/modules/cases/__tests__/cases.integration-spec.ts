import { ApiError, Assignment, CitizenCase, CitizenIdentityView, MatchList, MentorRequest, Offer, Page } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { CitizenCaseEntity } from '../entities/citizen-case.entity';
import { OfferEntity } from '../entities/offer.entity';
import { OfferSweepJob } from '../jobs/offer-sweep.job';
import { OffersService } from '../offers.service';

const nextMonday = () => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + ((8 - d.getUTCDay()) % 7 || 7));
  return d.toISOString().slice(0, 10);
};

const caseInput = (overrides: Record<string, unknown> = {}) => ({
  citizen: { name: 'Test Borger', cpr: '010203-9111', phone: '+45 20 11 22 33', address: 'Testvej 2' },
  targetGroup: 'education_aid',
  needs: [
    { code: 'youth_crime', severity: 3 },
    { code: 'youth_education', severity: 1 },
  ],
  languages: ['da'],
  postcode: '2650',
  notes: 'Har haft en svær periode',
  ...overrides,
});

const requestInput = (overrides: Record<string, unknown> = {}) => ({
  mentorType: 'development',
  hoursPerWeek: 4,
  weeks: 13,
  startDate: nextMonday(),
  legalBasis: 'ordinary',
  goals: [{ text: 'Starter på en uddannelse', milestones: ['Har besøgt to skoler'] }],
  ...overrides,
});

describe('cases, requests, matching, offers and courses', () => {
  let t: TestApp;
  let cw: string;
  let caseId: string;
  beforeAll(async () => {
    t = await TestApp.start();
    cw = await t.login('sagsbehandler@hvidovre.demo');
    const res = await t.request<CitizenCase>('POST', '/api/cases', { token: cw, body: caseInput() });
    expect(res.status).toBe(201);
    caseId = res.body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('cases', () => {
    it('answers the pseudonymous profile only, and keeps the identity encrypted at rest', async () => {
      const res = await t.request<CitizenCase>('GET', `/api/cases/${caseId}`, { token: cw });
      expect(res.body).toMatchObject({ municipalityCode: '0167', targetGroup: 'education_aid', postcode: '2650', town: 'Hvidovre', hasNotes: true, status: 'open' });
      expect(res.body.reference).toMatch(/^HVI-\d{4}-\d{4}$/);
      expect(JSON.stringify(res.body)).not.toMatch(/Test Borger|010203|20 11 22 33|svær periode/);
      const [raw] = await t.dataSource.query('SELECT * FROM citizen_case WHERE id = $1', [caseId]);
      expect(JSON.stringify(raw)).not.toMatch(/Test Borger|0102039111|010203-9111|svær periode/);
      expect(raw.identity_ciphertext).toMatch(/^v1\./);
    });

    it('shows the identity for a stated purpose and logs the read with it', async () => {
      const missing = await t.request<ApiError>('GET', `/api/cases/${caseId}/identity`, { token: cw });
      expect(missing.status).toBe(400);
      expect(missing.body.fields?.map((f) => f.field)).toEqual(['purpose']);
      const res = await t.request<CitizenIdentityView>('GET', `/api/cases/${caseId}/identity?purpose=Ringe%20om%20opstart`, { token: cw });
      expect(res.body).toEqual({ name: 'Test Borger', cpr: '010203-9111', phone: '+45 20 11 22 33', address: 'Testvej 2', notes: 'Har haft en svær periode' });
      const reads = await t.dataSource.getRepository(AuditEventEntity).findBy({ entityId: caseId, action: 'case.identity_read' });
      expect(reads.map((r) => r.purpose)).toContain('Ringe om opstart');
      expect(JSON.stringify(reads)).not.toContain('Test Borger');
    });

    it.each([
      [{ citizen: { name: 'X Y', cpr: '320190-1234', phone: '12345678' } }, 'citizen.cpr'],
      [{ needs: [{ code: 'youth_crime', severity: 4 }] }, 'needs.0.severity'],
      [{ needs: [{ code: 'gambling', severity: 2 }] }, 'needs.0.code'],
      [{ targetGroup: 'everyone' }, 'targetGroup'],
      [{ postcode: '9999' }, 'postcode'],
      [{ languages: ['zz'] }, 'languages'],
    ])('answers 400 naming the field for %p, storing nothing', async (override, field) => {
      const before = await t.dataSource.getRepository(CitizenCaseEntity).count();
      const res = await t.request<ApiError>('POST', '/api/cases', { token: cw, body: caseInput(override) });
      expect(res.status).toBe(400);
      expect(res.body.fields?.map((f) => f.field)).toContain(field);
      expect(JSON.stringify(res.body)).not.toContain('320190');
      expect(await t.dataSource.getRepository(CitizenCaseEntity).count()).toBe(before);
    });

    it('refuses a second open case for the same citizen, without saying who', async () => {
      const res = await t.request<ApiError>('POST', '/api/cases', { token: cw, body: caseInput({ citizen: { name: 'Other Name', cpr: '0102039111', phone: '11111111' } }) });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('CASE_EXISTS');
      expect(res.body.message).not.toContain('Test Borger');
      // The caseworker is pointed at the open case to add the request to.
      expect(res.body.details).toEqual({ caseId, caseReference: expect.stringMatching(/^HVI-/) });
    });

    it("keeps Hvidovre's cases from Albertslund and from suppliers", async () => {
      const al = await t.login('sagsbehandler@albertslund.demo');
      expect((await t.request('GET', `/api/cases/${caseId}`, { token: al })).status).toBe(404);
      expect((await t.request('GET', `/api/cases/${caseId}/identity?purpose=nysgerrig`, { token: al })).status).toBe(404);
      expect((await t.request<Page<CitizenCase>>('GET', '/api/cases?pageSize=100', { token: al })).body.items.some((c) => c.id === caseId)).toBe(false);
      const supplier = await t.login('leverandor@nordmentor.demo');
      expect((await t.request('GET', `/api/cases/${caseId}`, { token: supplier })).status).toBe(403);
    });
  });

  describe('requests and matching', () => {
    let request: MentorRequest;
    beforeAll(async () => {
      const res = await t.request<MentorRequest>('POST', `/api/cases/${caseId}/requests`, { token: cw, body: requestInput() });
      expect(res.status).toBe(201);
      request = res.body;
    });

    it('defaults and computes the period, and requires the child certificate for minors only', async () => {
      expect(request).toMatchObject({ weeks: 13, allocation: 'auto', status: 'open', requiredCertificates: ['criminal_record'] });
      const days = (Date.parse(request.endDate) - Date.parse(request.startDate)) / 86400_000;
      expect(days).toBe(13 * 7 - 1);
    });

    it.each([
      [{ weeks: 27 }, 'weeks'],
      [{ hoursPerWeek: 0 }, 'hoursPerWeek'],
      [{ goals: [] }, 'goals'],
      [{ goals: [{ text: 'Mål', milestones: [] }] }, 'goals.0.milestones'],
      [{ legalBasis: 'whim' }, 'legalBasis'],
      [{ startDate: '2026-13-01' }, 'startDate'],
    ])('answers 400 naming the field for %p', async (override, field) => {
      const res = await t.request<ApiError>('POST', `/api/cases/${caseId}/requests`, { token: cw, body: requestInput(override) });
      expect(res.status).toBe(400);
      expect(res.body.fields?.map((f) => f.field)).toContain(field);
    });

    it('ranks former police officers first for a youth-crime need, and explains every component', async () => {
      const res = await t.request<MatchList>('GET', `/api/requests/${request.id}/matches`, { token: cw });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.candidates).toBeGreaterThan(res.body.items.length);
      const top = res.body.items[0];
      expect(top.background).toMatch(/politi|Kriminalforsorg/i);
      expect(top.competences.find((c) => c.code === 'youth_crime')?.level).toBeGreaterThanOrEqual(2);
      for (const m of res.body.items) {
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(Object.keys(m.components).sort()).toEqual(['capacity', 'competence', 'distance', 'outcome', 'preference', 'price', 'quality']);
        expect(m.explanation.length).toBeGreaterThanOrEqual(7);
        expect(m.freeCapacityHours).toBeGreaterThanOrEqual(4);
      }
      // Every mentor removed is counted under a filter; severe needs remove level-1 youth-crime mentors.
      const removed = Object.values(res.body.filtered).reduce((a, b) => a + b, 0);
      expect(removed).toBeGreaterThan(0);
      expect(res.body.filtered['severeNeeds']).toBeGreaterThan(0);
      expect(res.body.engineVersion).toBe('1');
    });

    it('offers only mentors of suppliers with an agreement in force for the target group', async () => {
      const res = await t.request<MatchList>('GET', `/api/requests/${request.id}/matches?limit=100`, { token: cw });
      const suppliersWithAgreement: { supplier_id: string }[] = await t.dataSource.query(
        "SELECT DISTINCT supplier_id FROM framework_agreement WHERE municipality_code = '0167' AND status = 'in_force' AND 'education_aid' = ANY(target_groups)",
      );
      const allowed = new Set(suppliersWithAgreement.map((r) => r.supplier_id));
      expect(res.body.items.every((m) => allowed.has(m.supplierId))).toBe(true);
    });

    it('offers the top match; the supplier sees the profile and goals but no identity', async () => {
      const matches = (await t.request<MatchList>('GET', `/api/requests/${request.id}/matches`, { token: cw })).body;
      const sent = await t.request<Offer>('POST', `/api/requests/${request.id}/offers`, { token: cw, body: { mentorId: matches.items[0].mentorId } });
      expect(sent.status).toBe(201);
      expect(sent.body.status).toBe('pending');
      expect(Date.parse(sent.body.answerBy)).toBeGreaterThan(Date.now());
      const twice = await t.request<ApiError>('POST', `/api/requests/${request.id}/offers`, { token: cw, body: { mentorId: matches.items[1].mentorId } });
      expect(twice.status).toBe(409);
      const supplierEmail = (await t.dataSource.query('SELECT email FROM app_user WHERE supplier_id = $1 AND role = $2 LIMIT 1', [sent.body.supplierId, 'supplier_admin']))[0]?.email;
      if (supplierEmail) {
        const supplier = await t.login(supplierEmail);
        const inbox = await t.request<Page<Offer>>('GET', '/api/offers?status=pending', { token: supplier });
        const seen = inbox.body.items.find((o) => o.id === sent.body.id)!;
        expect(seen.profile).toMatchObject({ targetGroup: 'education_aid', hoursPerWeek: 4, weeks: 13, goals: request.goals });
        expect(JSON.stringify(inbox.body)).not.toMatch(/Test Borger|010203|20 11 22 33|svær periode|caseId/);
      }
      // Another supplier never sees it.
      const others = await t.request<Page<Offer>>('GET', '/api/offers?pageSize=100', { token: await t.login('leverandor@brobyg.demo') });
      expect(others.body.items.filter((o) => o.supplierId !== (others.body.items[0]?.supplierId ?? '')).length).toBe(0);
      if (sent.body.supplierId !== others.body.items[0]?.supplierId) expect(others.body.items.some((o) => o.id === sent.body.id)).toBe(false);
    });

    it('moves a declined offer to the next match by itself, and an expired one too', async () => {
      const offers = service();
      const first = (await t.dataSource.getRepository(OfferEntity).findOneByOrFail({ requestId: request.id, status: 'pending' }));
      await asSupplierOf(first.supplierId, async (token) => {
        const res = await t.request<Offer>('POST', `/api/offers/${first.id}/decline`, { token, body: { reason: 'Mentoren er på ferie' } });
        expect(res.status).toBe(200);
        expect(res.body.status).toBe('declined');
      });
      const second = await t.dataSource.getRepository(OfferEntity).findOneByOrFail({ requestId: request.id, status: 'pending' });
      expect(second.mentorId).not.toBe(first.mentorId);
      // Its deadline passes while its own job is lost: the sweep expires it and offers the third.
      await t.dataSource.getRepository(OfferEntity).update({ id: second.id }, { answerBy: new Date(Date.now() - 1000) });
      await t.app.get(OfferSweepJob).handle({});
      await offers.expire(second.id); // the late deadline job changes nothing: idempotent
      const timeline = (await t.request<Offer[]>('GET', `/api/requests/${request.id}/offers`, { token: cw })).body;
      expect(timeline.map((o) => o.status)).toEqual(['declined', 'expired', 'pending']);
      expect(new Set(timeline.map((o) => o.mentorId)).size).toBe(3);
      const caseworkerMails = await t.dataSource.query("SELECT subject FROM mail_message WHERE \"to\" = 'sagsbehandler@hvidovre.demo' ORDER BY created_at");
      expect(caseworkerMails.map((m: { subject: string }) => m.subject).join(' | ')).toMatch(/afvist.*udløbet uden svar/);
    });

    it('accepts: the course starts, capacity is reserved, the mentor sees name and phone, the agreement has every field', async () => {
      const pending = await t.dataSource.getRepository(OfferEntity).findOneByOrFail({ requestId: request.id, status: 'pending' });
      const before = await t.dataSource.getRepository(MentorEntity).findOneByOrFail({ id: pending.mentorId });
      let assignment!: Assignment;
      await asSupplierOf(pending.supplierId, async (token) => {
        const res = await t.request<Assignment>('POST', `/api/offers/${pending.id}/accept`, { token });
        expect(res.status).toBe(201);
        assignment = res.body;
      });
      const after = await t.dataSource.getRepository(MentorEntity).findOneByOrFail({ id: pending.mentorId });
      expect(after.hoursInUse).toBe(before.hoursInUse + 4);
      expect((await t.request<MentorRequest>('GET', `/api/requests/${request.id}`, { token: cw })).body.status).toBe('accepted');

      const html = await fetch(`${t.baseUrl}/api/assignments/${assignment.id}/agreement?format=html`, { headers: { Authorization: `Bearer ${cw}` } });
      const text = await html.text();
      for (const required of ['Mentoraftale', 'Test Borger', before.name, before.phone, 'Mål og pejlemærker', 'Starter på en uddannelse', 'Har besøgt to skoler', 'Mentorens opgaver', 'Varighed og timer', '4 timer om ugen', 'Afrapportering', 'Klagevejledning', 'Ankestyrelsen']) {
        expect([required, text.includes(required)]).toEqual([required, true]);
      }
      const pdf = await fetch(`${t.baseUrl}/api/assignments/${assignment.id}/agreement?format=pdf`, { headers: { Authorization: `Bearer ${cw}` } });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

      // Extend and end: the reservation moves to the new period, then is freed.
      const extended = await t.request<Assignment>('POST', `/api/assignments/${assignment.id}/extend`, { token: cw, body: { weeks: 8 } });
      expect(extended.status).toBe(201);
      expect(extended.body.previousAssignmentId).toBe(assignment.id);
      expect((await t.dataSource.getRepository(MentorEntity).findOneByOrFail({ id: pending.mentorId })).hoursInUse).toBe(before.hoursInUse + 4);
      const tooLong = await t.request<ApiError>('POST', `/api/assignments/${extended.body.id}/extend`, { token: cw, body: { weeks: 30 } });
      expect(tooLong.status).toBe(400);
      const ended = await t.request<Assignment>('POST', `/api/assignments/${extended.body.id}/end`, { token: cw, body: { reason: 'Borgeren er i job', endDate: extended.body.startDate } });
      expect(ended.body.status).toBe('ended');
      expect((await t.dataSource.getRepository(MentorEntity).findOneByOrFail({ id: pending.mentorId })).hoursInUse).toBe(before.hoursInUse);
    });
  });

  it('never overbooks a mentor when two offers are accepted at once', async () => {
    // A mentor with room for exactly one 5-hour course, offered on two requests.
    const matches = async (requestId: string) => (await t.request<MatchList>('GET', `/api/requests/${requestId}/matches?limit=100`, { token: cw })).body.items;
    const makeRequest = async (cpr: string) => {
      const c = await t.request<CitizenCase>('POST', '/api/cases', { token: cw, body: caseInput({ citizen: { name: 'Samtidig Borger', cpr, phone: '12345678' }, needs: [] }) });
      return (await t.request<MentorRequest>('POST', `/api/cases/${c.body.id}/requests`, { token: cw, body: requestInput({ hoursPerWeek: 5 }) })).body;
    };
    const r1 = await makeRequest('050505-9111');
    const r2 = await makeRequest('060606-9111');
    const mentorId = (await matches(r1.id))[0].mentorId;
    const mentor = await t.dataSource.getRepository(MentorEntity).findOneByOrFail({ id: mentorId });
    await t.dataSource.getRepository(MentorEntity).update({ id: mentorId }, { weeklyCapacityHours: mentor.hoursInUse + 7 });
    const o1 = (await t.request<Offer>('POST', `/api/requests/${r1.id}/offers`, { token: cw, body: { mentorId } })).body;
    const o2 = (await t.request<Offer>('POST', `/api/requests/${r2.id}/offers`, { token: cw, body: { mentorId } })).body;
    expect(o1.status).toBe('pending');
    expect(o2.status).toBe('pending');
    await asSupplierOf(o1.supplierId, async (token) => {
      const results = await Promise.all([t.request('POST', `/api/offers/${o1.id}/accept`, { token }), t.request('POST', `/api/offers/${o2.id}/accept`, { token })]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    });
    const after = await t.dataSource.getRepository(MentorEntity).findOneByOrFail({ id: mentorId });
    expect(after.hoursInUse).toBe(mentor.hoursInUse + 5);
    expect(after.hoursInUse).toBeLessThanOrEqual(after.weeklyCapacityHours);
  });

  it('shows the demo mentor the running course with the citizen name and phone, and logs that read', async () => {
    const mentor = await t.login('mentor@nordmentor.demo');
    const res = await t.request<Page<Assignment>>('GET', '/api/assignments?status=active', { token: mentor });
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items[0].citizen).toEqual({ name: 'Jonas Demo Holm', phone: '+45 20 00 00 03' });
    const reads = await t.dataSource.getRepository(AuditEventEntity).findBy({ action: 'case.identity_read', purpose: 'Mentorens kontakt til borgeren' });
    expect(reads.length).toBeGreaterThan(0);
    // The supplier admin sees the course but not the citizen.
    const admin = await t.request<Page<Assignment>>('GET', '/api/assignments', { token: await t.login('leverandor@nordmentor.demo') });
    expect(admin.body.items.every((a) => a.citizen === undefined)).toBe(true);
  });

  function service(): OffersService {
    return t.app.get(OffersService);
  }

  async function asSupplierOf(supplierId: string, fn: (token: string) => Promise<void>) {
    const [admin] = await t.dataSource.query('SELECT email FROM app_user WHERE supplier_id = $1 AND role = $2 LIMIT 1', [supplierId, 'supplier_admin']);
    if (admin) return fn(await t.login(admin.email));
    // Seeded suppliers without a demo account: give them an admin to answer with.
    const email = `admin-${supplierId.slice(0, 8)}@test.demo`;
    const hash = (await t.dataSource.query("SELECT password_hash FROM app_user WHERE email = 'leverandor@nordmentor.demo'"))[0].password_hash;
    await t.dataSource.query("INSERT INTO app_user (email, name, role, supplier_id, password_hash, active) VALUES ($1, 'Test Admin', 'supplier_admin', $2, $3, true)", [email, supplierId, hash]);
    return fn(await t.login(email));
  }
});
