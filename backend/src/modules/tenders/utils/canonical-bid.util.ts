import { BidReceipt } from '@mentor/contracts';

import { canonicalJson, sha256Hex } from './canonical-json.util';

export interface CanonicalBidHeader {
  id: string;
  tenderId: string;
  lotId: string;
  supplierId: string;
  submittedAt: Date;
}

export interface CanonicalBidContent {
  hourlyRate: number;
  answers: { criterionId: string; text: string }[];
  mentorIds: string[];
}

/**
 * The canonical bid a receipt is computed over (documented in the API: BidReceipt): answers in the
 * given (criterion) order, mentor ids sorted, keys sorted at every level, no whitespace.
 */
export function canonicalBid(header: CanonicalBidHeader, content: CanonicalBidContent): BidReceipt {
  const canonical = canonicalJson({
    answers: content.answers.map((a) => ({ criterionId: a.criterionId, text: a.text })),
    bidId: header.id,
    hourlyRate: content.hourlyRate,
    lotId: header.lotId,
    mentorIds: [...content.mentorIds].sort(),
    submittedAt: header.submittedAt.toISOString(),
    supplierId: header.supplierId,
    tenderId: header.tenderId,
  });
  return { bidId: header.id, submittedAt: header.submittedAt.toISOString(), sha256: sha256Hex(canonical), canonical };
}

export interface CanonicalWithdrawal {
  id: string;
  tenderId: string;
  lotId: string;
  supplierId: string;
  withdrawnAt: Date;
}

/**
 * The withdrawal receipt's canonical text (documented in the API: BidReceiptRecord): the same
 * rules as a bid, with `kind: 'withdrawn'` so it can never be taken for a submission.
 */
export function canonicalWithdrawal(w: CanonicalWithdrawal): BidReceipt {
  const canonical = canonicalJson({ bidId: w.id, kind: 'withdrawn', lotId: w.lotId, supplierId: w.supplierId, tenderId: w.tenderId, withdrawnAt: w.withdrawnAt.toISOString() });
  return { bidId: w.id, submittedAt: w.withdrawnAt.toISOString(), sha256: sha256Hex(canonical), canonical };
}
