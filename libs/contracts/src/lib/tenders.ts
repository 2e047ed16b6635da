import { TargetGroup } from './target-groups';

/** Procurement: tenders, lots, sealed bids, evaluation and framework agreements (DESIGN.md steps 2–4). */

export const TENDER_STATUSES = ['draft', 'published', 'closed', 'evaluated', 'awarded', 'in_force', 'cancelled'] as const;
export type TenderStatus = (typeof TENDER_STATUSES)[number];

export const PRICE_MODELS = ['proportional', 'linear'] as const;
/**
 * How the hourly rate becomes price points (0–10):
 * - `proportional`: points = 10 × lowest / price;
 * - `linear`: points = 10 × (1 − slope × (price − lowest) / lowest), floored at 0. With slope 1 a bid
 *   twice the lowest gets 0 points; with slope 0.5 a bid three times the lowest does.
 */
export type PriceModel = (typeof PRICE_MODELS)[number];

export const ALLOCATION_MODELS = ['cascade', 'objective_criteria'] as const;
export type AllocationModel = (typeof ALLOCATION_MODELS)[number];

export const AGREEMENT_STATUSES = ['standstill', 'in_force', 'expired', 'cancelled'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const TENDER_DOCUMENT_KINDS = ['notice', 'procedure-report', 'standstill-letter'] as const;
export type TenderDocumentKind = (typeof TENDER_DOCUMENT_KINDS)[number];

/** Score scale of each quality criterion and of the price points. */
export const MAX_CRITERION_SCORE = 10;

export interface LotInput {
  title: string;
  description?: string;
  targetGroups: TargetGroup[];
  requiredCompetences: string[];
  estimatedHoursPerYear: number;
  maxSuppliers: number;
  hourCeiling: number;
}

export interface Lot extends LotInput {
  id: string;
  number: number;
  description: string;
}

export interface CriterionInput {
  name: string;
  weight: number;
  description?: string;
}

export interface Criterion extends CriterionInput {
  id: string;
  description: string;
}

export interface TenderInput {
  title: string;
  description: string;
  lots: LotInput[];
  criteria: CriterionInput[];
  priceWeight: number;
  priceModel: PriceModel;
  /** Required with `linear`: see PriceModel. */
  linearSlope?: number;
  allocationModel: AllocationModel;
  /**
   * Estimated total value in DKK over the agreement period; decides the EU notice. Optional: without
   * it the tender publishes with a warning that the threshold check could not be made.
   */
  estimatedValue?: number;
  questionDeadline: string;
  bidDeadline: string;
  /** Calendar days; default 10. 0 puts agreements in force at award. */
  standstillDays?: number;
  agreementStart: string;
  agreementEnd: string;
}

export type TenderUpdate = Partial<TenderInput>;

export interface Tender {
  id: string;
  municipalityCode: string;
  municipalityName: string;
  status: TenderStatus;
  title: string;
  description: string;
  lots: Lot[];
  criteria: Criterion[];
  priceWeight: number;
  priceModel: PriceModel;
  linearSlope: number | null;
  allocationModel: AllocationModel;
  estimatedValue: number | null;
  /** Estimated value above the light-regime threshold: an EU notice (TED) is needed. */
  needsEuNotice: boolean;
  questionDeadline: string;
  bidDeadline: string;
  standstillDays: number;
  agreementStart: string;
  agreementEnd: string;
  publishedAt: string | null;
  closedAt: string | null;
  evaluatedAt: string | null;
  awardedAt: string | null;
  /** Last day of the standstill period (moved past weekends and holidays). */
  standstillEndsOn: string | null;
  inForceAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** Null until the bids are opened at the deadline: before it nobody learns how many there are. */
  bidCount: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A lifecycle answer: the tender, plus warnings that did not stop the change (e.g. a short bid period). */
export interface TenderTransitionResult {
  tender: Tender;
  warnings: string[];
}

export interface CancelTenderInput {
  reason: string;
}

export interface QuestionInput {
  text: string;
}

export interface AnswerInput {
  answer: string;
}

/** Never names the asker: answers are published to every supplier without it. */
export interface Question {
  id: string;
  tenderId: string;
  text: string;
  answer: string | null;
  askedAt: string;
  answeredAt: string | null;
  /** True only for the supplier that asked (so it can see its pending questions). */
  askedByMe: boolean;
}

export interface BidAnswerInput {
  /** Criterion id or name. */
  criterion: string;
  text: string;
}

export interface BidInput {
  lotId: string;
  hourlyRate: number;
  answers: BidAnswerInput[];
  mentorIds: string[];
}

export type BidUpdate = Omit<BidInput, 'lotId'>;

export type BidStatus = 'submitted' | 'withdrawn';

export interface BidAnswer {
  criterionId: string;
  criterion: string;
  text: string;
}

export interface Bid {
  id: string;
  tenderId: string;
  lotId: string;
  supplierId: string;
  supplierName: string;
  status: BidStatus;
  hourlyRate: number;
  answers: BidAnswer[];
  mentorIds: string[];
  submittedAt: string;
  sha256: string;
}

/**
 * Proof of a submission. `sha256` is the hex SHA-256 of the canonical bid: the JSON of
 * `{ answers: [{ criterionId, text }] (in criterion order), bidId, hourlyRate, lotId, mentorIds (sorted),
 * submittedAt, supplierId, tenderId }` with keys sorted at every level and no whitespace.
 */
export interface BidReceipt {
  bidId: string;
  submittedAt: string;
  sha256: string;
  /** The exact string that was hashed, so the supplier can recompute the hash itself. */
  canonical: string;
}

export interface BidSubmission {
  bid: Bid;
  receipt: BidReceipt;
}

export const RECEIPT_KINDS = ['submitted', 'changed', 'withdrawn'] as const;
/** What a receipt was issued for: the first submission, a change, or the withdrawal. */
export type ReceiptKind = (typeof RECEIPT_KINDS)[number];

/**
 * One receipt ever issued for a bid (the receipt history; never the bid's content). For a
 * withdrawal, `sha256` is the hash of the canonical withdrawal `{ bidId, kind: 'withdrawn', lotId,
 * supplierId, tenderId, withdrawnAt }` (keys sorted, no whitespace) and `submittedAt` its time.
 */
export interface BidReceiptRecord {
  bidId: string;
  tenderId: string;
  lotId: string;
  kind: ReceiptKind;
  /** 1 for the first submission, counting up with every change and the withdrawal. */
  sequence: number;
  submittedAt: string;
  sha256: string;
  /** The receipt of the bid as it stands now (the latest submission of a bid not withdrawn). */
  current: boolean;
  /** When a later change replaced this submission. */
  supersededAt: string | null;
  /** When the bid was withdrawn (on this and every earlier receipt of the bid). */
  withdrawnAt: string | null;
}

/** What a receipt is: the current one, replaced by a change, withdrawn, or not one issued to the caller. */
export type ReceiptStatus = 'current' | 'superseded' | 'withdrawn' | 'unknown';

/** A receipt as the supplier kept it (the JSON it downloaded or copied); only sha256 is required. */
export interface ReceiptVerificationInput {
  sha256: string;
  bidId?: string;
  submittedAt?: string;
  canonical?: string;
}

export interface ReceiptVerification {
  status: ReceiptStatus;
  /** The receipt this was, if it was issued to the caller; null for `unknown`. */
  record: BidReceiptRecord | null;
  /**
   * The problems with what was given: `bidId` or `submittedAt` not those of the receipt with this
   * hash, `canonical` not hashing to `sha256`. Empty when all given fields agree.
   */
  problems: ('bidId' | 'submittedAt' | 'canonical')[];
}

export interface ReceiptCheck {
  bidId: string;
  /** The receipt of the bid as it is stored now; null once it is withdrawn (its content is destroyed). */
  receipt: BidReceipt | null;
  /** With ?sha256=…: whether that hash is the one of the stored bid. */
  matches: boolean | null;
  /** The bidder only: every receipt issued for this bid, oldest first (empty for the buyer). */
  history: BidReceiptRecord[];
  /** The bidder only, with ?sha256=…: which of its receipts that hash is. */
  verification: ReceiptVerification | null;
}

export interface ScoreInput {
  /** Criterion id or name. */
  criterion: string;
  score: number;
  justification: string;
}

export interface ScoresInput {
  scores: ScoreInput[];
}

export interface CriterionScore {
  criterionId: string;
  criterion: string;
  weight: number;
  score: number | null;
  justification: string | null;
  /** weight × score / 10. */
  points: number | null;
}

export interface RankingRow {
  bidId: string;
  supplierId: string;
  supplierName: string;
  hourlyRate: number;
  submittedAt: string;
  /** Price points 0–10 from the price model. */
  pricePoints: number;
  /** priceWeight × pricePoints / 10. */
  priceScore: number;
  /** Sum of the weighted quality points. */
  qualityScore: number;
  total: number;
  rank: number;
  /** Within maxSuppliers: would be (or was) awarded. */
  winner: boolean;
  complete: boolean;
  scores: CriterionScore[];
}

export interface LotEvaluation {
  lotId: string;
  lotNumber: number;
  title: string;
  maxSuppliers: number;
  lowestRate: number | null;
  ranking: RankingRow[];
}

export interface Evaluation {
  tenderId: string;
  status: TenderStatus;
  priceModel: PriceModel;
  linearSlope: number | null;
  priceWeight: number;
  /** Scores still missing before the evaluation can be completed. */
  missingScores: number;
  lots: LotEvaluation[];
}

export interface Agreement {
  id: string;
  tenderId: string;
  tenderTitle: string;
  lotId: string;
  lotTitle: string;
  supplierId: string;
  supplierName: string;
  municipalityCode: string;
  targetGroups: TargetGroup[];
  hourlyRate: number;
  rank: number;
  hourCeiling: number;
  hoursUsed: number;
  validFrom: string;
  validTo: string;
  standstillEndsOn: string | null;
  status: AgreementStatus;
}

export interface AwardResult {
  tender: Tender;
  agreements: Agreement[];
  /** Did not stop the award, e.g. a lot that received no bids (named), so no agreement for it. */
  warnings: string[];
}

export interface TenderSearch {
  status?: TenderStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface AgreementSearch {
  status?: AgreementStatus;
  tenderId?: string;
  targetGroup?: TargetGroup;
  /** In force on this date (YYYY-MM-DD). */
  activeOn?: string;
  page?: number;
  pageSize?: number;
}
