import type { Bid, BidReceipt, BidReceiptRecord, ReceiptCheck, ReceiptVerificationInput } from '@mentor/contracts';

/**
 * Checking a bid receipt on the supplier's side (contracts: BidReceipt). Framework-free, so it is
 * unit-tested alone; `sha256Hex` uses the browser's Web Crypto.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Keys sorted at every level, arrays kept in order, no whitespace: the API's canonical JSON. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
}

/**
 * The canonical text of a bid as the API hashes it: answers in the tender's criterion order (ids
 * given), mentor ids sorted.
 */
export function canonicalBid(bid: Pick<Bid, 'id' | 'tenderId' | 'lotId' | 'supplierId' | 'hourlyRate' | 'answers' | 'mentorIds' | 'submittedAt'>, criterionOrder: readonly string[]): string {
  const position = (id: string) => {
    const i = criterionOrder.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const answers = [...bid.answers].sort((a, b) => position(a.criterionId) - position(b.criterionId));
  return canonicalJson({
    answers: answers.map((a) => ({ criterionId: a.criterionId, text: a.text })),
    bidId: bid.id,
    hourlyRate: bid.hourlyRate,
    lotId: bid.lotId,
    mentorIds: [...bid.mentorIds].sort(),
    submittedAt: new Date(bid.submittedAt).toISOString(),
    supplierId: bid.supplierId,
    tenderId: bid.tenderId,
  });
}

/** Hex SHA-256 of the UTF-8 text; null where Web Crypto is missing (a page not served securely). */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type ReceiptProblem =
  /** The server says the hash kept by the supplier is not the stored bid's. */
  | 'server'
  /** The stored receipt names another time or hash than the one kept. */
  | 'receipt'
  /** The canonical text the server shows does not hash to the kept hash. */
  | 'hash'
  /** The canonical text is not the bid the supplier sees (rate, answers, mentors). */
  | 'content';

export interface ReceiptVerdict {
  ok: boolean;
  problems: ReceiptProblem[];
  /** False when the browser could not hash (no Web Crypto): only the server's word was checked. */
  hashedLocally: boolean;
}

/**
 * Compares the receipt the supplier kept with what the receipt endpoint answers for the stored bid:
 * the server's verdict, the same time and hash, the canonical text hashing (locally) to the kept
 * hash, and the canonical text being the bid as shown.
 */
export function compareReceipt(
  kept: Pick<BidReceipt, 'bidId' | 'submittedAt' | 'sha256'>,
  check: ReceiptCheck,
  localHashOfCanonical: string | null,
  expectedCanonical: string | null,
): ReceiptVerdict {
  const problems: ReceiptProblem[] = [];
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  const stored = check.receipt;
  if (check.matches === false) problems.push('server');
  // No stored receipt: the bid was withdrawn, so the kept receipt is not the bid's as it stands.
  if (!stored || check.bidId !== kept.bidId || !same(stored.sha256, kept.sha256) || Date.parse(stored.submittedAt) !== Date.parse(kept.submittedAt)) {
    problems.push('receipt');
  }
  if (localHashOfCanonical !== null && !same(localHashOfCanonical, kept.sha256)) problems.push('hash');
  if (stored && expectedCanonical !== null && expectedCanonical !== stored.canonical) problems.push('content');
  return { ok: problems.length === 0, problems, hashedLocally: localHashOfCanonical !== null };
}

/** Short form of a hash for tables: first and last 8 characters. */
export function shortHash(sha256: string): string {
  return sha256.length > 20 ? `${sha256.slice(0, 8)}…${sha256.slice(-8)}` : sha256;
}

/**
 * A receipt the supplier kept, pasted or uploaded: the JSON downloaded from this page (or the
 * submission answer's `receipt`), or just the 64-digit hash. Only the fields the verification
 * endpoint takes are passed on; null when the text is neither.
 */
export function parseKeptReceipt(text: string): ReceiptVerificationInput | null {
  const trimmed = text.trim();
  if (/^[0-9a-f]{64}$/i.test(trimmed)) return { sha256: trimmed.toLowerCase() };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  // The whole submission answer ({ bid, receipt }) is accepted too.
  const outer = value as Record<string, unknown>;
  const v = outer['receipt'] && typeof outer['receipt'] === 'object' ? (outer['receipt'] as Record<string, unknown>) : outer;
  const sha256 = typeof v['sha256'] === 'string' ? v['sha256'].trim() : '';
  if (!/^[0-9a-f]{64}$/i.test(sha256)) return null;
  const input: ReceiptVerificationInput = { sha256: sha256.toLowerCase() };
  if (typeof v['bidId'] === 'string' && v['bidId']) input.bidId = v['bidId'];
  if (typeof v['submittedAt'] === 'string' && v['submittedAt']) input.submittedAt = v['submittedAt'];
  if (typeof v['canonical'] === 'string' && v['canonical']) input.canonical = v['canonical'];
  return input;
}

/** What a downloaded receipt holds: what the server issued, and the canonical text where it is known. */
export interface ReceiptFile {
  bidId: string;
  tenderId: string;
  lotId: string;
  kind: BidReceiptRecord['kind'];
  submittedAt: string;
  sha256: string;
  /** Only for a receipt kept at submission: the server keeps no bid content to rebuild it from. */
  canonical?: string;
}

export function receiptFile(record: Pick<BidReceiptRecord, 'bidId' | 'tenderId' | 'lotId' | 'kind' | 'submittedAt' | 'sha256'>, canonical?: string): { filename: string; json: string } {
  const file: ReceiptFile = { bidId: record.bidId, tenderId: record.tenderId, lotId: record.lotId, kind: record.kind, submittedAt: record.submittedAt, sha256: record.sha256, ...(canonical ? { canonical } : {}) };
  const stamp = record.submittedAt.replace(/[:.]/g, '-');
  return { filename: `kvittering-${record.bidId.slice(0, 8)}-${record.kind}-${stamp}.json`, json: `${JSON.stringify(file, null, 2)}\n` };
}

/** The receipts of one lot's bids as the page lists them: newest first. */
export function lotReceipts(history: readonly BidReceiptRecord[], lotId: string): BidReceiptRecord[] {
  return history.filter((r) => r.lotId === lotId).sort((a, b) => Date.parse(b.submittedAt) - Date.parse(a.submittedAt) || b.sequence - a.sequence);
}
