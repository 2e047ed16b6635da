import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

import { Agreement, AwardResult, Evaluation, Page, Question, Tender } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { MailMessageEntity } from '../../../core/mail/entities/mail-message.entity';
import { TenderEntity } from '../entities/tender.entity';
import releasePackageSchema from '../ocds/schema/release-package-schema.json';
import releaseSchema from '../ocds/schema/release-schema.json';
import { inForceInstant, TenderLifecycleService } from '../tender-lifecycle.service';
import { copenhagenDate, standstillEndDate } from '../utils/danish-holidays.util';
import { aTender, TenderDriver } from './tender-fixtures';

const OFFICER = 'indkob@hvidovre.demo';
const OTHER_OFFICER = 'indkob@albertslund.demo';
const NORD = 'leverandor@nordmentor.demo';
const BRO = 'leverandor@brobyg.demo';
const DAY = 86_400_000;

function ocdsValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(releaseSchema, releaseSchema.id);
  return ajv.compile(releasePackageSchema);
}

describe('tenders: lifecycle, evaluation, award, documents, OCDS', () => {
  let t: TestApp;
  let d: TenderDriver;
  const validate = ocdsValidator();

  beforeAll(async () => {
    t = await TestApp.start();
    d = await new TenderDriver(t).init([OFFICER, OTHER_OFFICER, NORD, BRO, 'admin@platform.demo', 'sagsbehandler@hvidovre.demo', 'admin@hvidovre.demo']);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t?.close();
  });

  it('runs draft → published → closed → evaluated → awarded → in_force', async () => {
    const draft = await d.create(OFFICER);
    expect(draft).toMatchObject({ status: 'draft', municipalityCode: '0167', bidCount: null, needsEuNotice: false });
    expect(draft.lots.map((l) => l.number)).toEqual([1, 2]);

    const patched = await t.request<Tender>('PATCH', `/api/tenders/${draft.id}`, { token: d.token(OFFICER), body: { title: 'Mentorstøtte 2027', estimatedValue: 6_000_000 } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Mentorstøtte 2027', needsEuNotice: true });

    const published = await d.transition(OFFICER, draft.id, 'publish');
    expect(published.status).toBe(200);
    expect(published.body.tender.status).toBe('published');
    // 20 days is not short; the value above the threshold is flagged.
    expect(published.body.warnings.some((w) => w.startsWith('bidDeadline'))).toBe(false);
    expect(published.body.warnings.some((w) => w.startsWith('estimatedValue'))).toBe(true);
    const tender = published.body.tender;

    const nord = await d.bid(NORD, tender, 0, 500);
    const bro = await d.bid(BRO, tender, 0, 400);
    const nord2 = await d.bid(NORD, tender, 1, 450);

    const closed = await d.closeAfterDeadline(OFFICER, tender);
    expect(closed).toMatchObject({ status: 'closed', bidCount: 3 });

    const early = await d.transition(OFFICER, tender.id, 'evaluate');
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('6 score(s) are missing');

    // Lot 1: nord 500 kr (price 8 → 32) q 8,8 → 28+20 = 48 → 80; bro 400 kr (40) q 10,2 → 35+5 = 40 → 80: tie, lower price wins.
    await d.scoreAll(OFFICER, [nord.bid.id, bro.bid.id], tender, (i) => (i === 0 ? 8 : [10, 2][0]));
    await t.request('PUT', `/api/bids/${bro.bid.id}/scores`, { token: d.token(OFFICER), body: { scores: [{ criterion: 'Samarbejde', score: 2, justification: 'Svag samarbejdsmodel.' }] } });
    await d.scoreAll(OFFICER, [nord2.bid.id], tender, () => 5);

    const evaluation = await t.request<Evaluation>('GET', `/api/tenders/${tender.id}/evaluation`, { token: d.token(OFFICER) });
    expect(evaluation.status).toBe(200);
    expect(evaluation.body.missingScores).toBe(0);
    const lot1 = evaluation.body.lots[0];
    expect(lot1.ranking.map((r) => [r.supplierName, r.pricePoints, r.priceScore, r.qualityScore, r.total, r.rank, r.winner])).toEqual([
      ['Brobyg Mentorhus A/S', 10, 40, 40, 80, 1, true],
      ['Nord Mentor ApS', 8, 32, 48, 80, 2, false],
    ]);
    for (const row of evaluation.body.lots.flatMap((l) => l.ranking)) {
      expect(row.total).toBeCloseTo(row.priceScore + row.qualityScore, 6);
      expect(row.qualityScore).toBeCloseTo(row.scores.reduce((s, c) => s + (c.points ?? 0), 0), 6);
    }
    // Lot 2: one bid, lowest price: 40 + 17.5 + 12.5 = 70.
    expect(evaluation.body.lots[1].ranking[0]).toMatchObject({ total: 70, rank: 1, winner: true });

    expect((await d.transition(OFFICER, tender.id, 'evaluate')).status).toBe(200);
    const rescore = await t.request('PUT', `/api/bids/${nord.bid.id}/scores`, { token: d.token(OFFICER), body: { scores: [{ criterion: 'Kvalitet', score: 1, justification: 'For sent.' }] } });
    expect(rescore.status).toBe(409);

    const awardAt = new Date(Date.parse(tender.bidDeadline) + 2 * DAY);
    d.setNow(awardAt);
    const award = await t.request<AwardResult>('POST', `/api/tenders/${tender.id}/award`, { token: d.token(OFFICER) });
    expect(award.status).toBe(200);
    expect(award.body.tender.status).toBe('awarded');
    expect(award.body.tender.standstillEndsOn).toBe(standstillEndDate(copenhagenDate(awardAt), 10));
    expect(award.body.agreements.map((a) => [a.supplierName, a.rank, a.hourlyRate, a.status, a.hourCeiling])).toEqual(
      expect.arrayContaining([
        ['Brobyg Mentorhus A/S', 1, 400, 'standstill', 2500],
        ['Nord Mentor ApS', 1, 450, 'standstill', 1200],
      ]),
    );
    expect(award.body.agreements).toHaveLength(2);

    const letters = await t.dataSource.getRepository(MailMessageEntity).find({ where: { template: 'tender-standstill-letter' } });
    expect(letters.map((m) => m.to).sort()).toEqual([BRO, NORD]);

    // Each bidder's letter holds its own scores and the winners'; Nord lost lot 1 and won lot 2.
    const letter = await t.request<string>('GET', `/api/tenders/${tender.id}/documents/standstill-letter`, { token: d.token(NORD) });
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toContain('text/html');
    expect(letter.body).toContain('Nord Mentor ApS');
    expect(letter.body).toContain('Brobyg Mentorhus A/S');
    expect(letter.body).toContain('Jeres tilbud er ikke tildelt en rammeaftale (placering 2 af 2; 1 tildeles)');
    const pdf = await fetch(`${t.baseUrl}/api/tenders/${tender.id}/documents/standstill-letter?format=pdf`, { headers: { Authorization: `Bearer ${d.token(BRO)}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    const report = await t.request<string>('GET', `/api/tenders/${tender.id}/documents/procedure-report`, { token: d.token(OFFICER) });
    expect(report.status).toBe(200);
    for (const text of ['Begrundelse 0-0: konkret og målbar.', 'Svag samarbejdsmodel.', 'Udbud offentliggjort', 'Tilbudsfrist udløbet, tilbud åbnet', 'Evaluering afsluttet', 'Tildelingsbeslutning']) {
      expect(report.body).toContain(text);
    }
    const reportPdf = await fetch(`${t.baseUrl}/api/tenders/${tender.id}/documents/procedure-report?format=pdf`, { headers: { Authorization: `Bearer ${d.token(OFFICER)}` } });
    expect(Buffer.from(await reportPdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.request('GET', `/api/tenders/${tender.id}/documents/procedure-report`, { token: d.token(NORD) })).status).toBe(403);
    // Every price and score is in it: the buying officers and admins read it, caseworkers do not.
    expect((await t.request('GET', `/api/tenders/${tender.id}/documents/procedure-report`, { token: d.token('sagsbehandler@hvidovre.demo') })).status).toBe(403);
    expect((await t.request('GET', `/api/tenders/${tender.id}/documents/procedure-report?format=pdf`, { token: d.token('sagsbehandler@hvidovre.demo') })).status).toBe(403);
    expect((await t.request('GET', `/api/tenders/${tender.id}/documents/procedure-report`, { token: d.token('admin@hvidovre.demo') })).status).toBe(200);
    expect((await t.request('GET', `/api/tenders/${tender.id}/documents/procedure-report`, { token: d.token(OTHER_OFFICER) })).status).toBe(404);

    const mine = await t.request<Page<Agreement>>('GET', `/api/agreements?tenderId=${tender.id}`, { token: d.token(NORD) });
    expect(mine.body.items.map((a) => a.supplierName)).toEqual(['Nord Mentor ApS']);

    // The standstill ends: the job (or the sweep) puts the agreements in force.
    const lifecycle = t.app.get(TenderLifecycleService);
    expect(await lifecycle.putInForceIfDue(tender.id, new Date(awardAt.getTime() + DAY))).toBe(false);
    expect(await lifecycle.putInForceIfDue(tender.id, new Date(awardAt.getTime() + 20 * DAY))).toBe(true);
    const after = await t.request<Page<Agreement>>('GET', `/api/agreements?tenderId=${tender.id}`, { token: d.token(OFFICER) });
    expect(after.body.items.map((a) => a.status)).toEqual(['in_force', 'in_force']);
    expect((await t.request<Tender>('GET', `/api/tenders/${tender.id}`, { token: d.token(OFFICER) })).body.status).toBe('in_force');

    const ocds = await t.request<Record<string, unknown>>('GET', `/api/tenders/${tender.id}/ocds`, { token: d.token(BRO) });
    expect(ocds.status).toBe(200);
    expect(validate(ocds.body)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const release = (ocds.body['releases'] as Record<string, unknown>[])[0];
    expect((release['awards'] as unknown[]).length).toBe(2);
    expect((release['contracts'] as { status: string }[]).map((c) => c.status)).toEqual(['active', 'active']);
    expect((release['tender'] as { numberOfTenderers: number }).numberOfTenderers).toBe(2);
  });

  it('puts agreements in force at once with standstill 0', async () => {
    const tender = await d.published(OFFICER, aTender(new Date(), { standstillDays: 0 }));
    const bid = await d.bid(BRO, tender, 1, 480);
    await d.closeAfterDeadline(OFFICER, tender);
    await d.scoreAll(OFFICER, [bid.bid.id], tender, () => 7);
    expect((await d.transition(OFFICER, tender.id, 'evaluate')).status).toBe(200);
    const award = await t.request<AwardResult>('POST', `/api/tenders/${tender.id}/award`, { token: d.token(OFFICER) });
    expect(award.body.tender.status).toBe('in_force');
    expect(award.body.agreements.map((a) => a.status)).toEqual(['in_force']);
  });

  it('awards from closed when every answer is scored, evaluating in the same step, and names a lot without bids', async () => {
    const tender = await d.published(OFFICER);
    const nord = await d.bid(NORD, tender, 1, 430);
    const bro = await d.bid(BRO, tender, 1, 450);
    await d.closeAfterDeadline(OFFICER, tender);
    await d.scoreAll(OFFICER, [nord.bid.id], tender, () => 7);
    const incomplete = await t.request<{ code: string; message: string }>('POST', `/api/tenders/${tender.id}/award`, { token: d.token(OFFICER) });
    expect(incomplete.status).toBe(409);
    expect(incomplete.body).toMatchObject({ code: 'EVALUATION_INCOMPLETE' });
    expect(incomplete.body.message).toContain('2 score(s) are missing');
    expect((await t.request<Tender>('GET', `/api/tenders/${tender.id}`, { token: d.token(OFFICER) })).body.status).toBe('closed');

    await d.scoreAll(OFFICER, [bro.bid.id], tender, () => 6);
    const award = await t.request<AwardResult>('POST', `/api/tenders/${tender.id}/award`, { token: d.token(OFFICER) });
    expect(award.status).toBe(200);
    expect(award.body.tender).toMatchObject({ status: 'awarded', evaluatedAt: expect.any(String) });
    expect(award.body.agreements.map((a) => [a.supplierName, a.rank])).toEqual([
      ['Nord Mentor ApS', 1],
      ['Brobyg Mentorhus A/S', 2],
    ]);
    expect(award.body.warnings).toEqual([`lots: lot 1 "${tender.lots[0].title}" received no bids; no framework agreement is made for it.`]);
    const trail = await t.dataSource.getRepository(AuditEventEntity).find({ where: { entityType: 'tender', entityId: tender.id }, order: { occurredAt: 'ASC' } });
    const actions = trail.map((e) => e.action);
    expect(actions.slice(actions.indexOf('tender.evaluated'))).toEqual(['tender.evaluated', 'tender.awarded']);
    expect(trail.find((e) => e.action === 'tender.evaluated')?.details).toMatchObject({ completedByAward: true });
    expect(trail.find((e) => e.action === 'tender.awarded')?.details).toMatchObject({ lotsWithoutBids: [tender.lots[0].id] });
  });

  it('publishes without an estimated value, warning that the threshold could not be checked', async () => {
    const { estimatedValue: _unused, ...body } = aTender();
    const draft = await d.create(OFFICER, body);
    expect(draft).toMatchObject({ estimatedValue: null, needsEuNotice: false });
    const res = await d.transition(OFFICER, draft.id, 'publish');
    expect(res.status).toBe(200);
    expect(res.body.tender.status).toBe('published');
    expect(res.body.warnings.filter((w) => w.startsWith('estimatedValue'))).toEqual([expect.stringContaining('threshold check could not be made')]);
    const report = await t.request<string>('GET', `/api/tenders/${draft.id}/documents/procedure-report`, { token: d.token(OFFICER) });
    expect(report.body).toContain('tærskelværdien for EU-annoncering er ikke kontrolleret');
  });

  it('cancels an awarded tender in its standstill: agreements cancelled, bidders told; refuses once agreements are in force', async () => {
    const tender = await d.published(OFFICER);
    const nord = await d.bid(NORD, tender, 0, 500);
    const bro = await d.bid(BRO, tender, 0, 520);
    await d.closeAfterDeadline(OFFICER, tender);
    await d.scoreAll(OFFICER, [nord.bid.id, bro.bid.id], tender, () => 7);
    const award = await t.request<AwardResult>('POST', `/api/tenders/${tender.id}/award`, { token: d.token(OFFICER) });
    expect(award.body.tender.status).toBe('awarded');

    // After the standstill has ended the agreements are (about to be) in force: no cancelling.
    d.setNow(inForceInstant(award.body.tender.standstillEndsOn as string));
    const late = await d.transition(OFFICER, tender.id, 'cancel', { reason: 'For sent at annullere.' });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('terminate them on their own terms');
    jest.restoreAllMocks();

    const res = await d.transition(OFFICER, tender.id, 'cancel', { reason: 'Klage over tildelingen er taget til følge.' });
    expect(res.status).toBe(200);
    expect(res.body.tender).toMatchObject({ status: 'cancelled', cancelReason: 'Klage over tildelingen er taget til følge.' });
    const all = await t.request<Page<Agreement>>('GET', `/api/agreements?tenderId=${tender.id}&status=cancelled`, { token: d.token(OFFICER) });
    expect(all.body.items.map((a) => a.status)).toEqual(['cancelled']);
    // Listing, and so the matching's "agreements in force", pass over them.
    expect((await t.request<Page<Agreement>>('GET', `/api/agreements?tenderId=${tender.id}`, { token: d.token(OFFICER) })).body.total).toBe(0);
    expect((await t.request<Page<Agreement>>('GET', `/api/agreements?tenderId=${tender.id}`, { token: d.token(NORD) })).body.total).toBe(0);
    expect(await t.app.get(TenderLifecycleService).putInForceIfDue(tender.id, new Date(Date.now() + 60 * DAY))).toBe(false);

    const mails = (await t.dataSource.getRepository(MailMessageEntity).find({ where: { template: 'tender-cancelled' } })).filter((m) => m.text.includes(tender.title));
    expect(mails.map((m) => m.to).sort()).toEqual([BRO, NORD]);
    expect(mails[0].text).toContain('de tildelte rammeaftaler træder ikke i kraft');
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityId: tender.id, action: 'tender.cancelled' });
    expect(audit.details).toMatchObject({ from: 'awarded', agreementsCancelled: 1 });
    const ocds = await t.request<{ releases: Record<string, unknown>[] }>('GET', `/api/tenders/${tender.id}/ocds`, { token: d.token(BRO) });
    expect(validate(ocds.body)).toBe(true);
    expect(ocds.body.releases[0]['tag']).toEqual(['tenderCancellation', 'awardCancellation']);

    // In force: a 409 that says what to do instead.
    const inForce = await d.published(OFFICER, aTender(new Date(), { standstillDays: 0 }));
    const b = await d.bid(NORD, inForce, 0, 500);
    await d.closeAfterDeadline(OFFICER, inForce);
    await d.scoreAll(OFFICER, [b.bid.id], inForce, () => 7);
    expect((await t.request<AwardResult>('POST', `/api/tenders/${inForce.id}/award`, { token: d.token(OFFICER) })).body.tender.status).toBe('in_force');
    const refused = await d.transition(OFFICER, inForce.id, 'cancel', { reason: 'Forsøg på annullering.' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('an agreement in force is terminated on its own terms, not cancelled');
  });

  it('refuses every illegal transition with 409 naming the state that allows it', async () => {
    const now = new Date();
    const states: Record<string, Tender> = {};
    states['draft'] = await d.create(OFFICER);
    states['published'] = await d.published(OFFICER);
    const closed = await d.published(OFFICER);
    const b = await d.bid(NORD, closed, 0, 500);
    states['closed'] = await d.closeAfterDeadline(OFFICER, closed);
    jest.restoreAllMocks();
    const evaluated = await d.published(OFFICER);
    const b2 = await d.bid(NORD, evaluated, 0, 500);
    await d.closeAfterDeadline(OFFICER, evaluated);
    await d.scoreAll(OFFICER, [b2.bid.id], evaluated, () => 6);
    await d.transition(OFFICER, evaluated.id, 'evaluate');
    states['evaluated'] = evaluated;
    const awarded = await d.published(OFFICER);
    const b3 = await d.bid(NORD, awarded, 0, 500);
    await d.closeAfterDeadline(OFFICER, awarded);
    await d.scoreAll(OFFICER, [b3.bid.id], awarded, () => 6);
    await d.transition(OFFICER, awarded.id, 'evaluate');
    await d.transition(OFFICER, awarded.id, 'award');
    states['awarded'] = awarded;
    const inForce = await d.published(OFFICER, aTender(now, { standstillDays: 0 }));
    const b4 = await d.bid(NORD, inForce, 0, 500);
    await d.closeAfterDeadline(OFFICER, inForce);
    await d.scoreAll(OFFICER, [b4.bid.id], inForce, () => 6);
    await d.transition(OFFICER, inForce.id, 'evaluate');
    await d.transition(OFFICER, inForce.id, 'award');
    states['in_force'] = inForce;
    jest.restoreAllMocks();
    const cancelled = await d.published(OFFICER);
    await d.transition(OFFICER, cancelled.id, 'cancel', { reason: 'Behovet er bortfaldet.' });
    states['cancelled'] = cancelled;
    expect(b.bid.id).toBeTruthy();

    const allowed: Record<string, string[]> = {
      publish: ['draft'],
      close: ['published'],
      evaluate: ['closed'],
      award: ['closed', 'evaluated'],
      cancel: ['draft', 'published', 'closed', 'evaluated', 'awarded'],
      edit: ['draft'],
    };
    // Keep the clock after every deadline, so a refusal is about the state, not the time.
    d.setNow(new Date(now.getTime() + 30 * DAY));
    for (const [status, tender] of Object.entries(states)) {
      const actual = (await t.dataSource.getRepository(TenderEntity).findOneByOrFail({ id: tender.id })).status;
      expect([tender.id, actual]).toEqual([tender.id, status]);
      for (const [action, from] of Object.entries(allowed)) {
        if (from.includes(status)) continue;
        const res =
          action === 'edit'
            ? await t.request<{ message: string }>('PATCH', `/api/tenders/${tender.id}`, { token: d.token(OFFICER), body: { title: 'Ny titel' } })
            : await d.transition(OFFICER, tender.id, action, action === 'cancel' ? { reason: 'Forsøg på annullering.' } : undefined);
        expect([status, action, res.status]).toEqual([status, action, 409]);
        expect(res.body.message).toContain(`is ${status}`);
        expect(res.body.message).toContain(`only when it is ${from.join(' or ')}`);
      }
    }
    jest.restoreAllMocks();
    // Closing by hand before the deadline is refused too: bids may still change.
    const early = await d.transition(OFFICER, states['published'].id, 'close');
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('has not passed');
  });

  it('checks weights, timeline and the bid deadline with 400 naming the field; warns of a short bid period', async () => {
    const bad = async (body: Record<string, unknown>) => (await t.request<{ message: string | string[] }>('POST', '/api/tenders', { token: d.token(OFFICER), body })).body.message;
    expect(await bad(aTender(new Date(), { priceWeight: 30 }))).toMatch(/^criteria\[\]\.weight: .* sum to 90; they must sum to 100/);
    expect(await bad(aTender(new Date(), { questionDeadline: new Date(Date.now() + 25 * DAY).toISOString() }))).toMatch(/^questionDeadline:/);
    expect(await bad(aTender(new Date(), { agreementStart: new Date(Date.now() + 25 * DAY).toISOString().slice(0, 10) }))).toMatch(/^agreementStart: .* at the earliest/);
    expect(await bad(aTender(new Date(), { priceModel: 'linear' }))).toMatch(/^linearSlope:/);
    const validation = await t.request<{ message: string[] }>('POST', '/api/tenders', { token: d.token(OFFICER), body: aTender(new Date(), { lots: [{ title: 'x' }] }) });
    expect(validation.status).toBe(400);
    expect(validation.body.message.some((m) => m.startsWith('lots.0.targetGroups'))).toBe(true);

    const past = await d.create(OFFICER, aTender(new Date(Date.now() - 25 * DAY)));
    const refused = await d.transition(OFFICER, past.id, 'publish');
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/^bidDeadline: .* has passed/);

    const short = await d.create(OFFICER, aTender(new Date(), { questionDeadline: new Date(Date.now() + 2 * DAY).toISOString(), bidDeadline: new Date(Date.now() + 4 * DAY).toISOString() }));
    const warned = await d.transition(OFFICER, short.id, 'publish');
    expect(warned.status).toBe(200);
    expect(warned.body.warnings.find((w) => w.startsWith('bidDeadline'))).toMatch(/shorter than 10/);

    // Suppliers never see drafts; another municipality's officer never sees this one.
    const draft = await d.create(OFFICER);
    expect((await t.request('GET', `/api/tenders/${draft.id}`, { token: d.token(NORD) })).status).toBe(404);
    expect((await t.request('GET', `/api/tenders/${draft.id}`, { token: d.token(OTHER_OFFICER) })).status).toBe(404);
    const list = await t.request<Page<Tender>>('GET', '/api/tenders?pageSize=100', { token: d.token(NORD) });
    expect(list.body.items.every((x) => x.status !== 'draft')).toBe(true);
    expect(list.body.items.some((x) => x.municipalityCode === '0167')).toBe(true);
  });

  it('publishes answers to every supplier without the asker; questions close at their deadline', async () => {
    const tender = await d.published(OFFICER);
    const asked = await t.request<Question>('POST', `/api/tenders/${tender.id}/questions`, { token: d.token(NORD), body: { text: 'Må underleverandører bruges?' } });
    expect(asked.status).toBe(201);
    expect(asked.body.askedByMe).toBe(true);
    const asOfficer = await t.request<Question[]>('GET', `/api/tenders/${tender.id}/questions`, { token: d.token(OFFICER) });
    expect(asOfficer.body).toHaveLength(1);
    expect(JSON.stringify(asOfficer.body)).not.toMatch(/nordmentor|Nord Mentor|supplier/i);
    expect((await t.request<Question[]>('GET', `/api/tenders/${tender.id}/questions`, { token: d.token(BRO) })).body).toEqual([]);

    const answered = await t.request<Question>('POST', `/api/tenders/${tender.id}/questions/${asked.body.id}/answer`, { token: d.token(OFFICER), body: { answer: 'Ja, med kommunens godkendelse.' } });
    expect(answered.status).toBe(200);
    const asBro = await t.request<Question[]>('GET', `/api/tenders/${tender.id}/questions`, { token: d.token(BRO) });
    expect(asBro.body).toEqual([expect.objectContaining({ text: 'Må underleverandører bruges?', answer: 'Ja, med kommunens godkendelse.', askedByMe: false })]);
    const mails = await t.dataSource.getRepository(MailMessageEntity).find({ where: { template: 'tender-question-answered' } });
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining([NORD, BRO]));
    expect(mails.every((m) => !m.text.includes('Nord Mentor'))).toBe(true);

    d.setNow(new Date(Date.parse(tender.questionDeadline) + 1000));
    const late = await t.request<{ message: string }>('POST', `/api/tenders/${tender.id}/questions`, { token: d.token(BRO), body: { text: 'Et sent spørgsmål?' } });
    expect(late.status).toBe(409);
    expect(late.body.message).toContain('question deadline passed');
  });

  it('cancels with a reason and tells every supplier (before opening nobody learns who bid)', async () => {
    const tender = await d.published(OFFICER);
    await d.bid(BRO, tender, 0, 410);
    const res = await d.transition(OFFICER, tender.id, 'cancel', { reason: 'Behovet er ændret væsentligt.' });
    expect(res.status).toBe(200);
    expect(res.body.tender).toMatchObject({ status: 'cancelled', cancelReason: 'Behovet er ændret væsentligt.', bidCount: null });
    const mails = await t.dataSource.getRepository(MailMessageEntity).find({ where: { template: 'tender-cancelled' } });
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining([NORD, BRO]));
    const mine = mails.filter((m) => m.text.includes(tender.title));
    expect(mine.map((m) => m.to)).toEqual(expect.arrayContaining([NORD, BRO]));
    expect(mine.find((m) => m.to === BRO)?.text).toContain('Hvidovre Kommune har annulleret');
    expect(mine.find((m) => m.to === BRO)?.text).toContain('Behovet er ændret væsentligt.');
  });

  it('exports a valid OCDS package for a published tender with no bid information', async () => {
    const tender = await d.published(OFFICER);
    await d.bid(NORD, tender, 0, 500);
    const ocds = await t.request<{ releases: Record<string, unknown>[] }>('GET', `/api/tenders/${tender.id}/ocds`, { token: d.token(OFFICER) });
    expect(validate(ocds.body)).toBe(true);
    const release = ocds.body.releases[0];
    expect(release['bids']).toBeUndefined();
    expect(release['tender']).not.toHaveProperty('numberOfTenderers');
    expect(release['tender']).not.toHaveProperty('tenderers');
    expect(release['tag']).toEqual(['tender']);
  });

  it('seeds a finished Hvidovre tender with agreements in force, an open tender and an Albertslund draft', async () => {
    const today = copenhagenDate(new Date());
    const inForce = await t.request<Page<Agreement>>('GET', `/api/agreements?activeOn=${today}&targetGroup=youth_education&pageSize=100`, { token: d.token('sagsbehandler@hvidovre.demo') });
    expect(inForce.body.total).toBeGreaterThanOrEqual(2);
    expect(inForce.body.items.map((a) => a.supplierName)).toEqual(expect.arrayContaining(['Nord Mentor ApS', 'Brobyg Mentorhus A/S']));
    expect(new Set(inForce.body.items.map((a) => a.rank)).size).toBe(inForce.body.items.length);
    const psych = await t.request<Page<Agreement>>('GET', `/api/agreements?activeOn=${today}&targetGroup=sickness_benefit`, { token: d.token('sagsbehandler@hvidovre.demo') });
    expect(psych.body.items.every((a) => a.lotTitle === 'Psykisk sårbare borgere')).toBe(true);

    const list = await t.request<Page<Tender>>('GET', '/api/tenders?status=published&pageSize=100', { token: d.token(BRO) });
    const open = list.body.items.find((x) => x.title === 'Mentorstøtte til unge under uddannelsespålæg')!;
    expect(open).toMatchObject({ municipalityCode: '0167', bidCount: null });
    expect(Date.parse(open.bidDeadline)).toBeGreaterThan(Date.now() + 14 * DAY);
    // Suppliers can bid on the seeded open tender (published with its key pair, as the API publishes).
    const bid = await d.bid(BRO, open, 0, 455);
    expect(bid.receipt.sha256).toMatch(/^[0-9a-f]{64}$/);

    const albertslund = await t.request<Page<Tender>>('GET', '/api/tenders', { token: d.token(OTHER_OFFICER) });
    expect(albertslund.body.items.some((x) => x.status === 'draft')).toBe(true);
    expect(albertslund.body.items.every((x) => x.municipalityCode === '0165')).toBe(true);

    const finished = (await t.request<Page<Tender>>('GET', '/api/tenders?status=in_force', { token: d.token(OFFICER) })).body.items[0];
    const report = await t.request<string>('GET', `/api/tenders/${finished.id}/documents/procedure-report`, { token: d.token(OFFICER) });
    expect(report.body).toContain('Rammeaftaler trådt i kraft');
    const ocds = await t.request('GET', `/api/tenders/${finished.id}/ocds`, { token: d.token(NORD) });
    expect(validate(ocds.body)).toBe(true);
  });
});
