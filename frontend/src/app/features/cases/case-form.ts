import { COMPETENCES, CaseInput, NeedSeverity, TargetGroup, parseCpr } from '@mentor/contracts';

/**
 * The case form's rules, kept apart from Angular so they can be tested: the live CPR hint, the
 * needs edited as one severity per competence code (0 = no need) and sent as a list, and the
 * request path of a 400 (`needs.0.severity`) mapped back to the picker it came from.
 */
export type CprHint =
  | { status: 'empty' }
  | { status: 'typing'; digits: number }
  | { status: 'valid'; birthDate: string; ageYears: number }
  | { status: 'format' }
  | { status: 'date' };

/** What a typed CPR number implies: the birth date and age, or what is wrong with it. */
export function cprHint(value: string | null | undefined, today: string): CprHint {
  const typed = (value ?? '').trim();
  if (!typed) return { status: 'empty' };
  if (!/^[\d-]+$/.test(typed) || (typed.includes('-') && !/^\d{6}-\d{0,4}$/.test(typed))) return { status: 'format' };
  const digits = typed.replace(/-/g, '').length;
  if (digits < 10) return { status: 'typing', digits };
  if (digits > 10) return { status: 'format' };
  const parsed = parseCpr(typed);
  if (!parsed) return { status: 'date' };
  return { status: 'valid', birthDate: parsed.birthDate, ageYears: ageOn(parsed.birthDate, today) };
}

/** Whole years from a birth date to `today` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export interface CaseFormValue {
  citizen: { name: string; cpr: string; phone: string; address: string };
  targetGroup: TargetGroup | '';
  needs: Record<string, number | string>;
  languages: string[];
  genderPreference: 'female' | 'male' | '';
  postcode: string;
  notes: string;
}

export function emptyNeeds(): Record<string, number> {
  return Object.fromEntries(COMPETENCES.map((c) => [c.code, 0]));
}

export function toCaseInput(value: CaseFormValue): CaseInput {
  const address = value.citizen.address.trim();
  const notes = value.notes.trim();
  return {
    citizen: {
      name: value.citizen.name.trim(),
      cpr: value.citizen.cpr.trim(),
      phone: value.citizen.phone.trim(),
      ...(address ? { address } : {}),
    },
    targetGroup: value.targetGroup as TargetGroup,
    // A <select> hands back its option's text ("3"); the API wants the number.
    needs: COMPETENCES.filter((c) => Number(value.needs[c.code] ?? 0) > 0).map((c) => ({
      code: c.code,
      severity: Number(value.needs[c.code]) as NeedSeverity,
    })),
    languages: [...value.languages],
    ...(value.genderPreference ? { genderPreference: value.genderPreference } : {}),
    postcode: value.postcode.trim(),
    ...(notes ? { notes } : {}),
  };
}

/** Request path → form path for the needs sent: `needs.0` → `needs.youth_crime`. */
export function needAliases(input: Pick<CaseInput, 'needs'>): Record<string, string> {
  return Object.fromEntries(input.needs.map((n, i) => [`needs.${i}`, `needs.${n.code}`]));
}
