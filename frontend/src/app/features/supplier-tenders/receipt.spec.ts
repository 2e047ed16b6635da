import { createHash } from 'node:crypto';
import type { Bid, BidReceiptRecord, ReceiptCheck } from '@mentor/contracts';
import { canonicalBid, canonicalJson, compareReceipt, lotReceipts, parseKeptReceipt, receiptFile, sha256Hex, shortHash } from './receipt';

const bid: Bid = {
  id: 'b1',
  tenderId: 't1',
  lotId: 'l1',
  supplierId: 's1',
  supplierName: 'Nord Mentor',
  status: 'submitted',
  hourlyRate: 525.5,
  answers: [
    { criterionId: 'c2', criterion: 'Samarbejde', text: 'Ugentlige møder' },
    { criterionId: 'c1', criterion: 'Kvalitet', text: 'Metode "A"' },
  ],
  mentorIds: ['m2', 'm1'],
  submittedAt: '2026-03-01T09:00:00.123Z',
  sha256: '',
};

describe('canonical JSON', () => {
  it('sorts keys at every level and keeps array order, without whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, 2] })).toBe('{"a":[{"c":null,"d":"x"},2],"b":1}');
  });

  it('writes the bid as the API documents it: answers in criterion order, mentors sorted', () => {
    expect(canonicalBid(bid, ['c1', 'c2'])).toBe(
      '{"answers":[{"criterionId":"c1","text":"Metode \\"A\\""},{"criterionId":"c2","text":"Ugentlige møder"}],"bidId":"b1","hourlyRate":525.5,"lotId":"l1","mentorIds":["m1","m2"],"submittedAt":"2026-03-01T09:00:00.123Z","supplierId":"s1","tenderId":"t1"}',
    );
  });
});

describe('sha256Hex', () => {
  it('hashes UTF-8 like the server', async () => {
    const text = canonicalBid(bid, ['c1', 'c2']);
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('compareReceipt', () => {
  const canonical = canonicalBid(bid, ['c1', 'c2']);
  const hash = createHash('sha256').update(canonical, 'utf8').digest('hex');
  const kept = { bidId: 'b1', submittedAt: bid.submittedAt, sha256: hash };
  const check: ReceiptCheck = { bidId: 'b1', receipt: { ...kept, canonical }, matches: true, history: [], verification: null };

  it('accepts a receipt that matches in every way', () => {
    expect(compareReceipt(kept, check, hash, canonical)).toEqual({ ok: true, problems: [], hashedLocally: true });
  });

  it('accepts upper-case hashes and the same instant written differently', () => {
    expect(compareReceipt({ ...kept, sha256: hash.toUpperCase(), submittedAt: '2026-03-01T10:00:00.123+01:00' }, check, hash, canonical).ok).toBe(true);
  });

  it('names each kind of mismatch', () => {
    expect(compareReceipt(kept, { ...check, matches: false }, hash, canonical).problems).toEqual(['server']);
    expect(compareReceipt({ ...kept, submittedAt: '2026-03-01T09:00:01Z' }, check, hash, canonical).problems).toEqual(['receipt']);
    expect(compareReceipt(kept, check, 'f'.repeat(64), canonical).problems).toEqual(['hash']);
    expect(compareReceipt(kept, check, hash, canonicalBid({ ...bid, hourlyRate: 500 }, ['c1', 'c2'])).problems).toEqual(['content']);
  });

  it('does not accept a receipt of a withdrawn bid as the stored one', () => {
    expect(compareReceipt(kept, { ...check, receipt: null, matches: false }, hash, canonical).problems).toEqual(['server', 'receipt']);
  });

  it('says when only the server could check', () => {
    expect(compareReceipt(kept, check, null, canonical)).toEqual({ ok: true, problems: [], hashedLocally: false });
  });

  it('shortens a hash for tables', () => {
    expect(shortHash(hash)).toBe(`${hash.slice(0, 8)}…${hash.slice(-8)}`);
  });
});

describe('kept receipts', () => {
  const sha = 'ab'.repeat(32);
  const record: BidReceiptRecord = { bidId: '6f1c2a4e-2b7d-4c1e-9a55-1f0e2d3c4b5a', tenderId: 't1', lotId: 'l1', kind: 'changed', sequence: 2, submittedAt: '2026-03-01T09:00:00.123Z', sha256: sha, current: true, supersededAt: null, withdrawnAt: null };

  it('reads a downloaded receipt back, passing on only what the server checks', () => {
    const { filename, json } = receiptFile(record, '{"x":1}');
    expect(filename).toBe('kvittering-6f1c2a4e-changed-2026-03-01T09-00-00-123Z.json');
    expect(parseKeptReceipt(json)).toEqual({ sha256: sha, bidId: record.bidId, submittedAt: record.submittedAt, canonical: '{"x":1}' });
  });

  it('takes the submission answer, a bare hash, and refuses anything else', () => {
    expect(parseKeptReceipt(JSON.stringify({ bid: { id: 'x' }, receipt: { bidId: 'b', submittedAt: 's', sha256: sha.toUpperCase() } }))).toEqual({ sha256: sha, bidId: 'b', submittedAt: 's' });
    expect(parseKeptReceipt(`  ${sha}\n`)).toEqual({ sha256: sha });
    expect(parseKeptReceipt('{"sha256":"abc"}')).toBeNull();
    expect(parseKeptReceipt('not json')).toBeNull();
    expect(parseKeptReceipt('[]')).toBeNull();
  });

  it('lists one lot, newest first', () => {
    const older = { ...record, kind: 'submitted' as const, sequence: 1, submittedAt: '2026-03-01T08:00:00.000Z', current: false, supersededAt: record.submittedAt };
    expect(lotReceipts([older, record, { ...record, lotId: 'l2' }], 'l1').map((r) => r.sequence)).toEqual([2, 1]);
  });
});
