import { FollowUp, OutcomeInput, OutcomeStatus } from '@mentor/contracts';

/** The inline follow-up form's value: the benefit change is typed as text so "-1.500" and "−1500" both work. */
export interface OutcomeFormValue {
  status: OutcomeStatus | '';
  benefitChange: string;
  note: string;
}

/** Largest monthly change in benefits accepted, in DKK either way. */
export const MAX_BENEFIT_CHANGE_DKK = 100_000;

/**
 * The monthly change in DKK from what the caseworker typed: Danish thousands separators (".")
 * and a typographic minus are accepted; empty is "not given"; anything else is NaN.
 */
export function parseBenefitChange(text: string): number | undefined {
  const cleaned = text.trim().replace(/\s+/g, '').replace(/[−–]/g, '-').replace(/kr\.?$/i, '');
  if (!cleaned) return undefined;
  if (!/^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$|^[+-]?\d+(,\d+)?$/.test(cleaned)) return Number.NaN;
  const n = Number(cleaned.replace(/\./g, '').replace(',', '.'));
  return Math.round(n);
}

export function benefitProblem(text: string): 'format' | 'range' | null {
  const n = parseBenefitChange(text);
  if (n === undefined) return null;
  if (Number.isNaN(n)) return 'format';
  return Math.abs(n) > MAX_BENEFIT_CHANGE_DKK ? 'range' : null;
}

/** The body of `POST /api/assignments/:id/outcomes`; call with a valid value (a status chosen). */
export function toOutcomeInput(followUp: FollowUp, value: OutcomeFormValue): OutcomeInput {
  const input: OutcomeInput = { followUp, status: value.status as OutcomeStatus };
  const benefit = parseBenefitChange(value.benefitChange);
  if (benefit !== undefined && !Number.isNaN(benefit)) input.benefitChangeDkk = benefit;
  const note = value.note.trim();
  if (note) input.note = note;
  return input;
}
