import type { Bid, BidReceipt, ReceiptCheck } from '@mentor/contracts';

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
  if (check.matches === false) problems.push('server');
  if (check.bidId !== kept.bidId || !same(check.receipt.sha256, kept.sha256) || Date.parse(check.receipt.submittedAt) !== Date.parse(kept.submittedAt)) {
    problems.push('receipt');
  }
  if (localHashOfCanonical !== null && !same(localHashOfCanonical, kept.sha256)) problems.push('hash');
  if (expectedCanonical !== null && expectedCanonical !== check.receipt.canonical) problems.push('content');
  return { ok: problems.length === 0, problems, hashedLocally: localHashOfCanonical !== null };
}

/** Short form of a hash for tables: first and last 8 characters. */
export function shortHash(sha256: string): string {
  return sha256.length > 20 ? `${sha256.slice(0, 8)}…${sha256.slice(-8)}` : sha256;
}
