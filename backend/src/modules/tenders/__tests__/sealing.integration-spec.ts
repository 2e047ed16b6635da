import { createHash } from 'node:crypto';

import { Bid, BidReceiptRecord, BidSubmission, Page, ReceiptCheck, ReceiptVerification, Tender } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { MailMessageEntity } from '../../../core/mail/entities/mail-message.entity';
import { BidEntity } from '../entities/bid.entity';
import { TenderEntity } from '../entities/tender.entity';
import { TenderDriver } from './tender-fixtures';

const OFFICER = 'indkob@hvidovre.demo';
const NORD = 'leverandor@nordmentor.demo';
const BRO = 'leverandor@brobyg.demo';
const OTHERS = ['indkob@hvidovre.demo', 'admin@hvidovre.demo', 'sagsbehandler@hvidovre.demo', 'indkob@albertslund.demo', 'admin@platform.demo', 'leverandor@brobyg.demo', 'mentor@nordmentor.demo'];
const MISSING = '00000000-0000-4000-8000-000000000000';
/** Who reads a published tender besides the bidder: the buyer, another supplier, the platform admin. */
const WATCHERS = [OFFICER, BRO, 'admin@platform.demo'];
const RATE = 537.25;

/** Every role tries every route to learn something about Nord Mentor's bid before the deadline. */
describe('sealed bids', () => {
  let t: TestApp;
  let d: TenderDriver;
  let tender: Tender;
  let nord: BidSubmission;

  beforeAll(async () => {
    t = await TestApp.start();
    d = await new TenderDriver(t).init([NORD, ...OTHERS]);
    tender = await d.published(OFFICER);
    nord = await d.bid(NORD, tender, 0, RATE);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t?.close();
  });

  /** The same request with the real bid id and with a missing id must answer identically. */
  async function indistinguishable(email: string, method: string, path: (id: string) => string, body?: unknown) {
    const real = await t.request<{ message?: string }>(method, path(nord.bid.id), { token: d.token(email), body });
    const missing = await t.request<{ message?: string }>(method, path(MISSING), { token: d.token(email), body });
    expect([email, method, real.status]).toEqual([email, method, missing.status]);
    expect([404, 403]).toContain(real.status);
    expect(JSON.stringify(real.body).replaceAll(nord.bid.id, 'X')).toBe(JSON.stringify(missing.body).replaceAll(MISSING, 'X'));
  }

  it('lets nobody but the bidder read the bid, through any route, before the deadline', async () => {
    const update = { hourlyRate: 1, answers: [], mentorIds: [] };
    const scores = { scores: [{ criterion: 'Kvalitet', score: 10, justification: 'Forsøg før fristen.' }] };
    for (const email of OTHERS) {
      await indistinguishable(email, 'GET', (id) => `/api/bids/${id}`);
      await indistinguishable(email, 'GET', (id) => `/api/bids/${id}/receipt`);
      await indistinguishable(email, 'PUT', (id) => `/api/bids/${id}`, update);
      await indistinguishable(email, 'DELETE', (id) => `/api/bids/${id}`);
      await indistinguishable(email, 'PUT', (id) => `/api/bids/${id}/scores`, scores);

      for (const path of [`/api/tenders/${tender.id}`, '/api/tenders?pageSize=100', `/api/tenders/${tender.id}/ocds`, `/api/tenders/${tender.id}/bids`, `/api/tenders/${tender.id}/evaluation`, `/api/tenders/${tender.id}/questions`, `/api/tenders/${tender.id}/documents/notice`, `/api/tenders/${tender.id}/documents/procedure-report`, `/api/tenders/${tender.id}/documents/standstill-letter`, `/api/tenders/${tender.id}/receipts`, `/api/agreements?tenderId=${tender.id}`, '/api/audit-events?pageSize=100']) {
        const res = await t.request<unknown>('GET', path, { token: d.token(email) });
        // In the list, this tender's entry (other, finished tenders rightly show their counts).
        const subject = path.startsWith('/api/tenders?') ? (res.body as Page<Tender>).items?.find((x) => x.id === tender.id) ?? null : res.body;
        const text = typeof subject === 'string' ? subject : JSON.stringify(subject);
        for (const secret of [nord.bid.id, String(RATE), '537,25', 'Nord Mentor', nord.receipt.sha256, 'Svar på Kvalitet']) {
          expect([email, path, text.includes(secret)]).toEqual([email, path, false]);
        }
        // No count either: bidCount stays null and nothing says "1 bid".
        expect([email, path, /"bidCount":\d/.test(text), /numberOfTenderers|"bids"/.test(text)]).toEqual([email, path, false, false]);
      }
    }
    const asOfficer = await t.request<{ message: string }>('GET', `/api/tenders/${tender.id}/bids`, { token: d.token(OFFICER) });
    expect(asOfficer.status).toBe(409);
    expect(asOfficer.body.message).toContain('sealed');
    const asBro = await t.request<Bid[]>('GET', `/api/tenders/${tender.id}/bids`, { token: d.token(BRO) });
    expect(asBro.body).toEqual([]);

    // Only the bidder reads it back.
    const own = await t.request<Bid>('GET', `/api/bids/${nord.bid.id}`, { token: d.token(NORD) });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ hourlyRate: RATE, supplierName: 'Nord Mentor ApS' });
    expect(own.body.answers.map((a) => a.criterion)).toEqual(['Kvalitet', 'Samarbejde']);
  });

  it('keeps the receipt history and its verification to the bidder', async () => {
    for (const email of OTHERS) {
      // The history of the tender's receipts: suppliers get their own (none here), others 403.
      const list = await t.request<BidReceiptRecord[]>('GET', `/api/tenders/${tender.id}/receipts`, { token: d.token(email) });
      if (email === BRO) expect(list.body).toEqual([]);
      else expect([email, list.status]).toEqual([email, 403]);
      // Verifying Nord's real receipt answers exactly as a hash never issued.
      const real = await t.request<unknown>('POST', '/api/bids/receipts/verify', { token: d.token(email), body: { sha256: nord.receipt.sha256, bidId: nord.bid.id } });
      const never = await t.request<unknown>('POST', '/api/bids/receipts/verify', { token: d.token(email), body: { sha256: 'f'.repeat(64), bidId: MISSING } });
      expect([email, real.status, JSON.stringify(real.body)]).toEqual([email, never.status, JSON.stringify(never.body)]);
      expect(JSON.stringify(real.body)).not.toContain(nord.bid.id);
    }
    const own = await t.request<BidReceiptRecord[]>('GET', `/api/tenders/${tender.id}/receipts`, { token: d.token(NORD) });
    expect(own.body.map((r) => [r.bidId, r.kind, r.sha256, r.current])).toEqual([[nord.bid.id, 'submitted', nord.receipt.sha256, true]]);
  });

  it('stores the content only encrypted and writes it to no mail or audit detail', async () => {
    const row = await t.dataSource.getRepository(BidEntity).createQueryBuilder('b').addSelect(['b.sealed', 'b.bidderCopy']).where('b.id = :id', { id: nord.bid.id }).getOneOrFail();
    expect(row).toMatchObject({ hourlyRate: null, answers: null, mentorIds: null, openedAt: null });
    for (const column of [row.sealed, row.bidderCopy]) {
      expect(column).toMatch(/^v1\./);
      expect(column).not.toContain(String(RATE));
      expect(column).not.toContain('Kvalitet');
    }
    const mails = await t.dataSource.getRepository(MailMessageEntity).find();
    expect(mails.some((m) => m.text.includes(nord.bid.id) || m.text.includes(String(RATE)))).toBe(false);
    const audit = await t.dataSource.getRepository(AuditEventEntity).find({ where: { entityId: nord.bid.id } });
    expect(audit.map((a) => [a.action, a.municipalityCode, JSON.stringify(a.details).includes(String(RATE))])).toEqual([['bid.submitted', null, false]]);
  });

  it('gives receipts the supplier can verify, and re-checks them later', async () => {
    const { receipt } = nord;
    expect(receipt.bidId).toBe(nord.bid.id);
    expect(createHash('sha256').update(receipt.canonical).digest('hex')).toBe(receipt.sha256);
    const canonical = JSON.parse(receipt.canonical) as Record<string, unknown>;
    expect(Object.keys(canonical)).toEqual(['answers', 'bidId', 'hourlyRate', 'lotId', 'mentorIds', 'submittedAt', 'supplierId', 'tenderId']);
    expect(receipt.canonical).not.toMatch(/\s":|,\s/);
    expect(canonical).toMatchObject({ hourlyRate: RATE, submittedAt: receipt.submittedAt, tenderId: tender.id });

    const check = await t.request<ReceiptCheck>('GET', `/api/bids/${nord.bid.id}/receipt?sha256=${receipt.sha256}`, { token: d.token(NORD) });
    expect(check.body).toMatchObject({ matches: true, receipt: { sha256: receipt.sha256 } });

    const changed = await t.request<BidSubmission>('PUT', `/api/bids/${nord.bid.id}`, {
      token: d.token(NORD),
      body: { hourlyRate: 499, answers: tender.criteria.map((c) => ({ criterion: c.id, text: 'Nyt svar' })), mentorIds: [await d.mentorOf(NORD)] },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.receipt.sha256).not.toBe(receipt.sha256);
    const old = await t.request<ReceiptCheck>('GET', `/api/bids/${nord.bid.id}/receipt?sha256=${receipt.sha256}`, { token: d.token(NORD) });
    expect(old.body.matches).toBe(false);
    const current = await t.request<ReceiptCheck>('GET', `/api/bids/${nord.bid.id}/receipt?sha256=${changed.body.receipt.sha256}`, { token: d.token(NORD) });
    expect(current.body.matches).toBe(true);
    // Put the original back for the other tests.
    nord = (await t.request<BidSubmission>('PUT', `/api/bids/${nord.bid.id}`, { token: d.token(NORD), body: { hourlyRate: RATE, answers: tender.criteria.map((c) => ({ criterion: c.name, text: `Svar på ${c.name} fra ${NORD}` })), mentorIds: [await d.mentorOf(NORD)] } })).body;
  });

  it('verifies every receipt ever issued: the current one, one superseded by a change, and after withdrawal', async () => {
    const other = await d.published(OFFICER);
    const first = await d.bid(NORD, other, 1, 480);
    const body = (rate: number) => ({ hourlyRate: rate, answers: other.criteria.map((c) => ({ criterion: c.id, text: `Svar ${rate}` })), mentorIds: [first.bid.mentorIds[0]] });
    const changed = (await t.request<BidSubmission>('PUT', `/api/bids/${first.bid.id}`, { token: d.token(NORD), body: body(470) })).body;
    const check = async (sha256: string) => (await t.request<ReceiptCheck>('GET', `/api/bids/${first.bid.id}/receipt?sha256=${sha256}`, { token: d.token(NORD) })).body;

    const old = await check(first.receipt.sha256);
    expect(old).toMatchObject({ matches: false, verification: { status: 'superseded', problems: [], record: { kind: 'submitted', sequence: 1, supersededAt: changed.receipt.submittedAt, withdrawnAt: null } } });
    expect((await check(changed.receipt.sha256)).verification).toMatchObject({ status: 'current', record: { kind: 'changed', sequence: 2, current: true } });
    expect(old.history.map((r) => [r.kind, r.sha256])).toEqual([
      ['submitted', first.receipt.sha256],
      ['changed', changed.receipt.sha256],
    ]);

    expect((await t.request('DELETE', `/api/bids/${first.bid.id}`, { token: d.token(NORD) })).status).toBe(204);
    // The bid is gone for reading, but its receipts still answer, to the bidder.
    expect((await t.request('GET', `/api/bids/${first.bid.id}`, { token: d.token(NORD) })).status).toBe(404);
    const after = await check(changed.receipt.sha256);
    const withdrawal = after.history[2];
    expect(after).toMatchObject({ receipt: null, matches: false, verification: { status: 'withdrawn', record: { kind: 'changed', current: false, withdrawnAt: withdrawal.submittedAt } } });
    expect(withdrawal).toMatchObject({ kind: 'withdrawn', sequence: 3, withdrawnAt: withdrawal.submittedAt });
    const withdrawalCanonical = `{"bidId":"${first.bid.id}","kind":"withdrawn","lotId":"${other.lots[1].id}","supplierId":"${first.bid.supplierId}","tenderId":"${other.id}","withdrawnAt":"${withdrawal.submittedAt}"}`;
    expect(createHash('sha256').update(withdrawalCanonical).digest('hex')).toBe(withdrawal.sha256);

    // The kept JSON, pasted: the first receipt with its canonical text is a superseded one of this bid.
    const verify = async (input: Record<string, unknown>) => (await t.request<ReceiptVerification>('POST', '/api/bids/receipts/verify', { token: d.token(NORD), body: input })).body;
    const { bidId, submittedAt, sha256, canonical } = first.receipt;
    expect(await verify({ bidId, submittedAt, sha256, canonical })).toMatchObject({ status: 'superseded', problems: [], record: { bidId, sequence: 1, supersededAt: changed.receipt.submittedAt, withdrawnAt: withdrawal.submittedAt } });
    expect((await verify({ bidId, submittedAt, sha256, canonical: canonical.replace('480', '380') })).problems).toEqual(['canonical']);
    expect((await verify({ sha256: withdrawal.sha256 })).status).toBe('withdrawn');
    expect(await verify({ sha256: 'a'.repeat(64) })).toEqual({ status: 'unknown', record: null, problems: [] });

    const history = await t.request<BidReceiptRecord[]>('GET', `/api/tenders/${other.id}/receipts`, { token: d.token(NORD) });
    expect(history.body.map((r) => r.kind)).toEqual(['submitted', 'changed', 'withdrawn']);
    // The others learn nothing of it: not the buyer, not another bidder.
    expect((await t.request<BidReceiptRecord[]>('GET', `/api/tenders/${other.id}/receipts`, { token: d.token(BRO) })).body).toEqual([]);
    expect((await t.request('GET', `/api/bids/${first.bid.id}/receipt?sha256=${sha256}`, { token: d.token(BRO) })).status).toBe(404);
    expect((await t.request('GET', `/api/bids/${first.bid.id}/receipt?sha256=${sha256}`, { token: d.token(OFFICER) })).status).toBe(404);
  });

  it('keeps the tender and its OCDS export byte-identical while bids are submitted, changed and withdrawn', async () => {
    const published = await d.published(OFFICER);
    const key = async (id: string) => (await t.dataSource.query<{ k: string | null }[]>('SELECT seal_public_key AS k FROM tender WHERE id = $1', [id]))[0].k;
    expect(await key(published.id)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // A tender published before keys came with publication (an older seed): the key is made at the first bid.
    const legacy = await d.published(OFFICER);
    await t.dataSource.query('UPDATE tender SET seal_public_key = NULL, seal_private_key_enc = NULL WHERE id = $1', [legacy.id]);
    const seeded = await t.dataSource.getRepository(TenderEntity).findOneByOrFail({ title: 'Mentorstøtte til unge under uddannelsespålæg' });
    expect(seeded.sealPublicKey).not.toBeNull();

    // A fixed clock, so the export's own publishedDate does not differ between the snapshots.
    d.setNow(new Date());
    const raw = async (email: string, path: string) => {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { Authorization: `Bearer ${d.token(email)}` } });
      return `${res.status} ${await res.text()}`;
    };
    const snapshot = async (id: string) => {
      const views: string[] = [];
      for (const email of WATCHERS) {
        views.push(await raw(email, `/api/tenders/${id}`), await raw(email, `/api/tenders/${id}/ocds`));
        const list = await t.request<Page<Tender>>('GET', '/api/tenders?pageSize=100', { token: d.token(email) });
        views.push(JSON.stringify(list.body.items.find((x) => x.id === id)));
      }
      return views;
    };
    for (const subject of [published, legacy]) {
      const before = await snapshot(subject.id);
      const bid = await d.bid(NORD, subject, 0, 505);
      expect(await snapshot(subject.id)).toEqual(before);
      const change = await t.request('PUT', `/api/bids/${bid.bid.id}`, { token: d.token(NORD), body: { hourlyRate: 495, answers: subject.criteria.map((c) => ({ criterion: c.id, text: 'Ændret' })), mentorIds: bid.bid.mentorIds } });
      expect(change.status).toBe(200);
      expect(await snapshot(subject.id)).toEqual(before);
      expect((await t.request('DELETE', `/api/bids/${bid.bid.id}`, { token: d.token(NORD) })).status).toBe(204);
      expect(await snapshot(subject.id)).toEqual(before);
    }
    expect(await key(legacy.id)).not.toBeNull();
  });

  it("accepts only the supplier's own active mentors", async () => {
    const other = await t.request<{ message: string }>('POST', `/api/tenders/${tender.id}/bids`, {
      token: d.token(BRO),
      body: { lotId: tender.lots[1].id, hourlyRate: 450, answers: tender.criteria.map((c) => ({ criterion: c.name, text: 'x' })), mentorIds: [await d.mentorOf(NORD)] },
    });
    expect(other.status).toBe(400);
    expect(other.body.message).toMatch(/^mentorIds: .* is not one of your active mentors/);
    const inactive = await t.request<{ message: string }>('POST', `/api/tenders/${tender.id}/bids`, {
      token: d.token(BRO),
      body: { lotId: tender.lots[1].id, hourlyRate: 450, answers: tender.criteria.map((c) => ({ criterion: c.name, text: 'x' })), mentorIds: [await d.mentorOf(BRO, false)] },
    });
    expect(inactive.status).toBe(400);
    const twice = await t.request<{ code: string }>('POST', `/api/tenders/${tender.id}/bids`, {
      token: d.token(NORD),
      body: { lotId: tender.lots[0].id, hourlyRate: 450, answers: tender.criteria.map((c) => ({ criterion: c.name, text: 'x' })), mentorIds: [await d.mentorOf(NORD)] },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('BID_EXISTS');
  });

  it('accepts a bid one second before the deadline and refuses one a second late', async () => {
    const deadline = Date.parse(tender.bidDeadline);
    d.setNow(new Date(deadline - 1000));
    const bro = await d.bid(BRO, tender, 1, 444);
    expect(bro.receipt.submittedAt).toBe(new Date(deadline - 1000).toISOString());
    const withdrawn = await d.bid(BRO, tender, 0, 333);
    expect((await t.request('DELETE', `/api/bids/${withdrawn.bid.id}`, { token: d.token(BRO) })).status).toBe(204);

    d.setNow(new Date(deadline + 1000));
    const body = { lotId: tender.lots[0].id, hourlyRate: 400, answers: tender.criteria.map((c) => ({ criterion: c.name, text: 'x' })), mentorIds: [await d.mentorOf(BRO)] };
    const late = await t.request<{ code: string; message: string }>('POST', `/api/tenders/${tender.id}/bids`, { token: d.token(BRO), body });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('BID_AFTER_DEADLINE');
    expect((await t.request('PUT', `/api/bids/${bro.bid.id}`, { token: d.token(BRO), body: { ...body, lotId: undefined } })).status).toBe(409);
    expect((await t.request('DELETE', `/api/bids/${bro.bid.id}`, { token: d.token(BRO) })).status).toBe(409);

    // Closed and opened: the buyer reads the bids (not the withdrawn one); other suppliers still cannot.
    expect((await d.transition(OFFICER, tender.id, 'close')).status).toBe(200);
    const bids = await t.request<Bid[]>('GET', `/api/tenders/${tender.id}/bids`, { token: d.token(OFFICER) });
    expect(bids.body.map((b) => [b.supplierName, b.hourlyRate]).sort()).toEqual([['Brobyg Mentorhus A/S', 444], ['Nord Mentor ApS', RATE]]);
    expect((await t.request<Bid>('GET', `/api/bids/${nord.bid.id}`, { token: d.token(OFFICER) })).body.hourlyRate).toBe(RATE);
    expect((await t.request('GET', `/api/bids/${nord.bid.id}`, { token: d.token(BRO) })).status).toBe(404);
    expect((await t.request('GET', `/api/bids/${nord.bid.id}`, { token: d.token('indkob@albertslund.demo') })).status).toBe(404);
    expect((await t.request<Tender>('GET', `/api/tenders/${tender.id}`, { token: d.token(BRO) })).body.bidCount).toBe(2);
    const receipt = await t.request<ReceiptCheck>('GET', `/api/bids/${nord.bid.id}/receipt?sha256=${nord.receipt.sha256}`, { token: d.token(NORD) });
    expect(receipt.body.matches).toBe(true);
    const list = await t.request<Page<Tender>>('GET', '/api/tenders?pageSize=100', { token: d.token(OFFICER) });
    expect(list.body.items.find((x) => x.id === tender.id)?.bidCount).toBe(2);
  });
});
