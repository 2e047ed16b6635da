import { Agreement, Bid, BidReceiptRecord, Page, Question, ReceiptCheck, ReceiptVerification, Tender } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { aTender } from './tender-fixtures';

type Op = `${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} ${string}`;

/**
 * The tender endpoints' entries for the tenant-isolation test: for each, a user of another tenant
 * gets 404 (or 403 for a role that may never call it), and the data stays untouched. Works on the
 * demo seed: a finished Hvidovre tender, an open Hvidovre tender, an Albertslund draft.
 */
export function tenderIsolationChecks(app: () => TestApp): Record<Op, () => Promise<void>> {
  const tokens = new Map<string, string>();
  const token = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, await app().login(email));
    return tokens.get(email)!;
  };
  const req = async <T = { message?: string }>(email: string, method: string, path: string, body?: unknown) => app().request<T>(method, path, { token: await token(email), body });
  const one = async (sql: string, params: unknown[] = []) => ((await app().dataSource.query<{ id: string }[]>(sql, params))[0] as { id: string }).id;
  const draft = () => one(`SELECT id FROM tender WHERE municipality_code = '0165' AND status = 'draft' AND title = 'Fastholdelsesmentorer i Albertslund'`);
  const finished = () => one(`SELECT id FROM tender WHERE municipality_code = '0167' AND status = 'in_force' LIMIT 1`);
  const open = () => one(`SELECT id FROM tender WHERE municipality_code = '0167' AND status = 'published' ORDER BY created_at LIMIT 1`);
  const nordBid = async () => one(`SELECT b.id FROM bid b JOIN app_user u ON u.supplier_id = b.supplier_id WHERE u.email = 'leverandor@nordmentor.demo' AND b.tender_id = $1 LIMIT 1`, [await finished()]);
  const nordAgreement = () => one(`SELECT a.id FROM framework_agreement a JOIN app_user u ON u.supplier_id = a.supplier_id WHERE u.email = 'leverandor@nordmentor.demo' LIMIT 1`);
  const HV = 'indkob@hvidovre.demo';
  const AL = 'indkob@albertslund.demo';
  const NORD = 'leverandor@nordmentor.demo';
  const BRO = 'leverandor@brobyg.demo';
  const transition = (action: string) => async () => {
    const id = await draft();
    expect((await req(HV, 'POST', `/api/tenders/${id}/${action}`, action === 'cancel' ? { reason: 'Forsøg fra en anden kommune.' } : undefined)).status).toBe(404);
    expect((await req(NORD, 'POST', `/api/tenders/${id}/${action}`, action === 'cancel' ? { reason: 'Forsøg fra en leverandør.' } : undefined)).status).toBe(403);
    expect((await req<Tender>(AL, 'GET', `/api/tenders/${id}`)).body.status).toBe('draft');
  };

  return {
    'GET /api/tenders': async () => {
      const hv = await req<Page<Tender>>(HV, 'GET', '/api/tenders?pageSize=100');
      expect(hv.body.total).toBeGreaterThan(0);
      expect(hv.body.items.every((x) => x.municipalityCode === '0167')).toBe(true);
      // Suppliers see every municipality's published tenders, never a draft.
      const nm = await req<Page<Tender>>(NORD, 'GET', '/api/tenders?pageSize=100');
      expect(nm.body.items.every((x) => x.status !== 'draft')).toBe(true);
      expect((await req<Page<Tender>>(NORD, 'GET', '/api/tenders?status=draft')).body.total).toBe(0);
      expect((await req('mentor@nordmentor.demo', 'GET', '/api/tenders')).status).toBe(403);
    },
    'POST /api/tenders': async () => {
      // The tender lands in the creating officer's municipality; the body cannot name another.
      const created = await req<Tender>(AL, 'POST', '/api/tenders', aTender());
      expect([created.status, created.body.municipalityCode]).toEqual([201, '0165']);
      expect((await req(AL, 'POST', '/api/tenders', { ...aTender(), municipalityCode: '0167' })).status).toBe(400);
      expect((await req(NORD, 'POST', '/api/tenders', {})).status).toBe(403);
    },
    'GET /api/tenders/{id}': async () => {
      expect((await req(HV, 'GET', `/api/tenders/${await draft()}`)).status).toBe(404);
      expect((await req(NORD, 'GET', `/api/tenders/${await draft()}`)).status).toBe(404);
      expect((await req('sagsbehandler@albertslund.demo', 'GET', `/api/tenders/${await open()}`)).status).toBe(404);
      expect((await req(NORD, 'GET', `/api/tenders/${await open()}`)).status).toBe(200);
    },
    'PATCH /api/tenders/{id}': async () => {
      const id = await draft();
      expect((await req(HV, 'PATCH', `/api/tenders/${id}`, { title: 'Kapret udbud' })).status).toBe(404);
      expect((await req<Tender>(AL, 'GET', `/api/tenders/${id}`)).body.title).toBe('Fastholdelsesmentorer i Albertslund');
    },
    'POST /api/tenders/{id}/publish': transition('publish'),
    'POST /api/tenders/{id}/close': transition('close'),
    'POST /api/tenders/{id}/evaluate': transition('evaluate'),
    'POST /api/tenders/{id}/award': transition('award'),
    'POST /api/tenders/{id}/cancel': transition('cancel'),
    'GET /api/tenders/{id}/questions': async () => {
      expect((await req('sagsbehandler@albertslund.demo', 'GET', `/api/tenders/${await finished()}/questions`)).status).toBe(404);
      expect((await req(NORD, 'GET', `/api/tenders/${await draft()}/questions`)).status).toBe(404);
      const asked = await req<Question[]>(BRO, 'GET', `/api/tenders/${await finished()}/questions`);
      expect(JSON.stringify(asked.body)).not.toMatch(/supplier|Nord Mentor|Brobyg/i);
    },
    'POST /api/tenders/{id}/questions': async () => {
      expect((await req(NORD, 'POST', `/api/tenders/${await draft()}/questions`, { text: 'Et spørgsmål til en kladde?' })).status).toBe(404);
      expect((await req(AL, 'POST', `/api/tenders/${await open()}/questions`, { text: 'Et spørgsmål fra en kommune?' })).status).toBe(403);
    },
    'POST /api/tenders/{id}/questions/{qid}/answer': async () => {
      const tenderId = await finished();
      const qid = await one('SELECT id FROM tender_question WHERE tender_id = $1 LIMIT 1', [tenderId]);
      expect((await req(AL, 'POST', `/api/tenders/${tenderId}/questions/${qid}/answer`, { answer: 'Kapret svar' })).status).toBe(404);
      expect((await req(NORD, 'POST', `/api/tenders/${tenderId}/questions/${qid}/answer`, { answer: 'Kapret svar' })).status).toBe(403);
    },
    'GET /api/tenders/{id}/bids': async () => {
      const id = await finished();
      expect((await req(AL, 'GET', `/api/tenders/${id}/bids`)).status).toBe(404);
      const own = await req<Bid[]>(BRO, 'GET', `/api/tenders/${id}/bids`);
      expect(own.body.length).toBeGreaterThan(0);
      expect(new Set(own.body.map((b) => b.supplierName))).toEqual(new Set(['Brobyg Mentorhus A/S']));
    },
    'POST /api/tenders/{id}/bids': async () => {
      const res = await req(BRO, 'POST', `/api/tenders/${await draft()}/bids`, { lotId: '00000000-0000-4000-8000-000000000000', hourlyRate: 400, answers: [], mentorIds: [] });
      expect(res.status).toBe(404);
      expect((await req(HV, 'POST', `/api/tenders/${await open()}/bids`, {})).status).toBe(403);
    },
    'GET /api/tenders/{id}/evaluation': async () => {
      expect((await req(AL, 'GET', `/api/tenders/${await finished()}/evaluation`)).status).toBe(404);
      expect((await req(NORD, 'GET', `/api/tenders/${await finished()}/evaluation`)).status).toBe(403);
      expect((await req(HV, 'GET', `/api/tenders/${await finished()}/evaluation`)).status).toBe(200);
    },
    'GET /api/tenders/{id}/ocds': async () => {
      expect((await req(NORD, 'GET', `/api/tenders/${await draft()}/ocds`)).status).toBe(404);
      expect((await req(HV, 'GET', `/api/tenders/${await draft()}/ocds`)).status).toBe(404);
    },
    'GET /api/tenders/{id}/documents/{kind}': async () => {
      expect((await req(AL, 'GET', `/api/tenders/${await finished()}/documents/procedure-report`)).status).toBe(404);
      // Prices and scores of every bidder: the owning municipality's officers and admins only.
      expect((await req('sagsbehandler@hvidovre.demo', 'GET', `/api/tenders/${await finished()}/documents/procedure-report`)).status).toBe(403);
      expect((await req('admin@platform.demo', 'GET', `/api/tenders/${await finished()}/documents/procedure-report`)).status).toBe(403);
      expect((await req('admin@hvidovre.demo', 'GET', `/api/tenders/${await finished()}/documents/procedure-report`)).status).toBe(200);
      expect((await req(NORD, 'GET', `/api/tenders/${await draft()}/documents/notice`)).status).toBe(404);
      // A supplier gets its own standstill letter, never another's.
      const letter = await req<string>(BRO, 'GET', `/api/tenders/${await finished()}/documents/standstill-letter?supplierId=${(await one(`SELECT supplier_id AS id FROM app_user WHERE email = '${NORD}'`))}`);
      expect(letter.body).toContain('Til Brobyg Mentorhus A/S');
    },
    'GET /api/bids/{id}': async () => {
      const id = await nordBid();
      expect((await req(BRO, 'GET', `/api/bids/${id}`)).status).toBe(404);
      expect((await req(AL, 'GET', `/api/bids/${id}`)).status).toBe(404);
      expect((await req(HV, 'GET', `/api/bids/${id}`)).status).toBe(200);
    },
    'PUT /api/bids/{id}': async () => {
      expect((await req(BRO, 'PUT', `/api/bids/${await nordBid()}`, { hourlyRate: 1, answers: [], mentorIds: [] })).status).toBe(404);
    },
    'DELETE /api/bids/{id}': async () => {
      const id = await nordBid();
      expect((await req(BRO, 'DELETE', `/api/bids/${id}`)).status).toBe(404);
      expect((await req(HV, 'GET', `/api/bids/${id}`)).status).toBe(200);
    },
    'GET /api/bids/{id}/receipt': async () => {
      expect((await req(BRO, 'GET', `/api/bids/${await nordBid()}/receipt`)).status).toBe(404);
      expect((await req(AL, 'GET', `/api/bids/${await nordBid()}/receipt`)).status).toBe(404);
    },
    'GET /api/tenders/{id}/receipts': async () => {
      const id = await finished();
      const own = await req<BidReceiptRecord[]>(NORD, 'GET', `/api/tenders/${id}/receipts`);
      expect(own.body.length).toBeGreaterThan(0);
      const nordId = await one(`SELECT supplier_id AS id FROM app_user WHERE email = '${NORD}'`);
      const nordBids = new Set((await app().dataSource.query<{ id: string }[]>('SELECT id FROM bid WHERE supplier_id = $1', [nordId])).map((r) => r.id));
      expect(own.body.every((r) => nordBids.has(r.bidId))).toBe(true);
      expect((await req<BidReceiptRecord[]>(BRO, 'GET', `/api/tenders/${id}/receipts`)).body.some((r) => nordBids.has(r.bidId))).toBe(false);
      expect((await req(NORD, 'GET', `/api/tenders/${await draft()}/receipts`)).status).toBe(404);
      expect((await req(HV, 'GET', `/api/tenders/${id}/receipts`)).status).toBe(403);
    },
    'POST /api/bids/receipts/verify': async () => {
      const bidId = await nordBid();
      const own = await req<ReceiptCheck>(NORD, 'GET', `/api/bids/${bidId}/receipt`);
      const sha256 = own.body.history[0].sha256;
      expect((await req<ReceiptVerification>(NORD, 'POST', '/api/bids/receipts/verify', { sha256, bidId })).body.status).toBe('current');
      // Another supplier's receipt is "unknown" to Brobyg, exactly like a hash never issued.
      expect((await req<ReceiptVerification>(BRO, 'POST', '/api/bids/receipts/verify', { sha256, bidId })).body).toEqual({ status: 'unknown', record: null, problems: [] });
      expect((await req(HV, 'POST', '/api/bids/receipts/verify', { sha256 })).status).toBe(403);
    },
    'PUT /api/bids/{id}/scores': async () => {
      const body = { scores: [{ criterion: 'Kvalitet i mentorindsatsen', score: 0, justification: 'Kapret bedømmelse.' }] };
      expect((await req(AL, 'PUT', `/api/bids/${await nordBid()}/scores`, body)).status).toBe(404);
      expect((await req(BRO, 'PUT', `/api/bids/${await nordBid()}/scores`, body)).status).toBe(403);
    },
    'GET /api/agreements': async () => {
      const nm = await req<Page<Agreement>>(NORD, 'GET', '/api/agreements?pageSize=100');
      expect(nm.body.total).toBeGreaterThan(0);
      expect(new Set(nm.body.items.map((a) => a.supplierName))).toEqual(new Set(['Nord Mentor ApS']));
      expect((await req<Page<Agreement>>('sagsbehandler@albertslund.demo', 'GET', '/api/agreements')).body.total).toBe(0);
    },
    'GET /api/agreements/{id}': async () => {
      const id = await nordAgreement();
      expect((await req(BRO, 'GET', `/api/agreements/${id}`)).status).toBe(404);
      expect((await req('sagsbehandler@albertslund.demo', 'GET', `/api/agreements/${id}`)).status).toBe(404);
      expect((await req('sagsbehandler@hvidovre.demo', 'GET', `/api/agreements/${id}`)).status).toBe(200);
    },
  };
}
