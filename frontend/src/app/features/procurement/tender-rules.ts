import type { PriceModel, TenderStatus } from '@mentor/contracts';

/**
 * The tender rules the wizard and the overview check while the officer types, mirroring the API
 * (tenders.service `assertConsistent` and `publish`). Framework-free, so it is unit-tested alone;
 * the server stays the judge.
 */

/** DKK; above it an EU notice (TED) is needed (2024–25 light-regime threshold, a server setting). */
export const LIGHT_REGIME_THRESHOLD_DKK = 5_581_350;
/** A bid period shorter than this is allowed but warned about when publishing. */
export const SHORT_BID_PERIOD_DAYS = 10;
export const DEFAULT_STANDSTILL_DAYS = 10;
export const MAX_STANDSTILL_DAYS = 60;
export const DAY_MS = 86_400_000;

// ---- weights -------------------------------------------------------------------------------

/** The price weight plus every quality criterion's weight; empty or invalid numbers count as 0. */
export function weightSum(priceWeight: number | null | undefined, criteria: readonly { weight: number | null | undefined }[]): number {
  const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return n(priceWeight) + criteria.reduce((sum, c) => sum + n(c.weight), 0);
}

/** What is wrong with the weights, or null: they must sum to exactly 100. */
export function weightsProblem(priceWeight: number | null | undefined, criteria: readonly { weight: number | null | undefined }[]): { sum: number; missing: number } | null {
  const sum = weightSum(priceWeight, criteria);
  return sum === 100 ? null : { sum, missing: 100 - sum };
}

/** Indexes of entries whose trimmed, lower-cased name appears earlier too (the API wants unique names). */
export function duplicateIndexes(names: readonly string[]): number[] {
  const seen = new Set<string>();
  const dupes: number[] = [];
  names.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!key) return;
    if (seen.has(key)) dupes.push(i);
    seen.add(key);
  });
  return dupes;
}

export function needsEuNotice(estimatedValue: number | null | undefined, threshold = LIGHT_REGIME_THRESHOLD_DKK): boolean {
  return typeof estimatedValue === 'number' && estimatedValue > threshold;
}

// ---- price model ---------------------------------------------------------------------------

/** Price points 0–10 of a rate against the lowest rate, as the API computes them. */
export function pricePoints(model: PriceModel, slope: number | null | undefined, rate: number, lowest: number): number {
  if (!(rate > 0) || !(lowest > 0)) return 0;
  if (model === 'proportional') return (10 * lowest) / rate;
  const s = slope ?? 1;
  return Math.max(0, 10 * (1 - (s * (rate - lowest)) / lowest));
}

/** With the linear model: the rate, as a multiple of the lowest, that scores 0 points (1 + 1/slope). */
export function zeroPointMultiple(slope: number): number {
  return slope > 0 ? 1 + 1 / slope : Infinity;
}

// ---- dates ---------------------------------------------------------------------------------

const COPENHAGEN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) in Denmark of an instant: the API counts standstill days from it. */
export function copenhagenDate(instant: Date): string {
  return COPENHAGEN_DATE.format(instant);
}

/** `2026-05-30` + 3 → `2026-06-02`. */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first agreement start the API accepts: the bid deadline's date in Denmark + standstill days + 1. */
export function earliestAgreementStart(bidDeadline: Date, standstillDays: number): string {
  return addCalendarDays(copenhagenDate(bidDeadline), standstillDays + 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO instant as a `datetime-local` value in the browser's time zone (minutes). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (browser time zone) as an ISO instant; '' when empty or invalid. */
export function fromLocalInput(value: string | null | undefined): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

// ---- timeline ------------------------------------------------------------------------------

export interface TimelineValue {
  /** ISO instants ('' when not filled in). */
  questionDeadline: string;
  bidDeadline: string;
  standstillDays: number | null;
  /** YYYY-MM-DD ('' when not filled in). */
  agreementStart: string;
  agreementEnd: string;
}

export type TimelineField = Exclude<keyof TimelineValue, 'standstillDays'> | 'standstillDays';

export type TimelineIssueCode =
  | 'questionAfterBid'
  | 'questionPassed'
  | 'bidPassed'
  | 'shortBidPeriod'
  | 'startTooEarly'
  | 'endBeforeStart'
  | 'standstillRange';

export interface TimelineIssue {
  field: TimelineField;
  code: TimelineIssueCode;
  /** Errors stop saving (the API refuses); warnings stop nothing, or only publishing (`blocksPublish`). */
  severity: 'error' | 'warning';
  blocksPublish: boolean;
  params: Record<string, string | number>;
}

/** Every check of the timeline the API makes on save and on publish, at `now`. */
export function timelineIssues(v: TimelineValue, now: Date): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  const add = (field: TimelineField, code: TimelineIssueCode, severity: 'error' | 'warning', blocksPublish: boolean, params: Record<string, string | number> = {}) =>
    issues.push({ field, code, severity, blocksPublish, params });
  const question = v.questionDeadline ? Date.parse(v.questionDeadline) : NaN;
  const bid = v.bidDeadline ? Date.parse(v.bidDeadline) : NaN;
  const standstill = v.standstillDays ?? DEFAULT_STANDSTILL_DAYS;

  if (!Number.isInteger(standstill) || standstill < 0 || standstill > MAX_STANDSTILL_DAYS) {
    add('standstillDays', 'standstillRange', 'error', true, { max: MAX_STANDSTILL_DAYS });
  }
  if (!Number.isNaN(question) && !Number.isNaN(bid) && !(question < bid)) add('questionDeadline', 'questionAfterBid', 'error', true);
  if (!Number.isNaN(bid)) {
    if (bid <= now.getTime()) add('bidDeadline', 'bidPassed', 'warning', true);
    else {
      const days = (bid - now.getTime()) / DAY_MS;
      if (days < SHORT_BID_PERIOD_DAYS) add('bidDeadline', 'shortBidPeriod', 'warning', false, { days: days.toFixed(1), min: SHORT_BID_PERIOD_DAYS });
    }
  }
  if (!Number.isNaN(question) && question <= now.getTime()) add('questionDeadline', 'questionPassed', 'warning', true);
  if (!Number.isNaN(bid) && v.agreementStart && Number.isInteger(standstill) && standstill >= 0) {
    const earliest = earliestAgreementStart(new Date(bid), standstill);
    if (v.agreementStart < earliest) add('agreementStart', 'startTooEarly', 'error', true, { date: earliest, days: standstill });
  }
  if (v.agreementStart && v.agreementEnd && !(v.agreementEnd > v.agreementStart)) add('agreementEnd', 'endBeforeStart', 'error', true);
  return issues;
}

// ---- countdown -----------------------------------------------------------------------------

export interface Countdown {
  passed: boolean;
  /** Whole seconds left (0 once passed). */
  seconds: number;
}

export function countdown(deadline: string | null | undefined, now: Date): Countdown {
  const at = deadline ? Date.parse(deadline) : NaN;
  if (Number.isNaN(at)) return { passed: false, seconds: 0 };
  const seconds = Math.max(0, Math.ceil((at - now.getTime()) / 1000));
  return { passed: seconds === 0, seconds };
}

const UNITS = {
  da: { d: 'd.', h: 't.', m: 'min.', s: 'sek.' },
  en: { d: 'd', h: 'h', m: 'min', s: 's' },
} as const;

/**
 * Time left as a countdown reads: "3 d. 4 t." above a day, "4 t. 12 min." above an hour, then
 * "12 min. 05 sek." and "42 sek." — seconds are shown only in the last hour.
 */
export function formatCountdown(totalSeconds: number, lang: 'da' | 'en'): string {
  const u = UNITS[lang];
  const s = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  if (days > 0) return `${days} ${u.d} ${hours} ${u.h}`;
  if (hours > 0) return `${hours} ${u.h} ${minutes} ${u.m}`;
  if (minutes > 0) return `${minutes} ${u.m} ${pad(seconds)} ${u.s}`;
  return `${seconds} ${u.s}`;
}

// ---- status --------------------------------------------------------------------------------

export type Tone = 'ok' | 'info' | 'warning' | 'neutral' | 'error';

export const STATUS_TONES: Readonly<Record<TenderStatus, Tone>> = {
  draft: 'neutral',
  published: 'info',
  closed: 'warning',
  evaluated: 'warning',
  awarded: 'ok',
  in_force: 'ok',
  cancelled: 'error',
};

/**
 * Which lifecycle actions the officer may take in a status (the API's ALLOWED_FROM). The API also
 * awards straight from closed; the page keeps the evaluation a step of its own, so it offers the
 * award once evaluated. Cancelling an awarded tender is possible during its standstill only.
 */
export function allowedActions(status: TenderStatus): { edit: boolean; publish: boolean; close: boolean; evaluate: boolean; award: boolean; cancel: boolean } {
  return {
    edit: status === 'draft',
    publish: status === 'draft',
    close: status === 'published',
    evaluate: status === 'closed',
    award: status === 'evaluated',
    cancel: ['draft', 'published', 'closed', 'evaluated', 'awarded'].includes(status),
  };
}

/** Whether the bids are opened (the evaluation exists) in a status. */
export function bidsOpened(status: TenderStatus): boolean {
  return status === 'closed' || status === 'evaluated' || status === 'awarded' || status === 'in_force';
}
