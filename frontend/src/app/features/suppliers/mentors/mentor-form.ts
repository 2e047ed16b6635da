import { COMPETENCES, CERTIFICATE_KINDS, Certificate, Gender, Mentor, MentorInput } from '@mentor/contracts';

/**
 * The mentor editor's form value ↔ the API's MentorInput, kept apart from Angular so it can be
 * tested: competences are edited as one level per taxonomy code (0 = none) and sent as a list;
 * the list index a 400 names (`competences.2.level`) is mapped back to the code.
 */
export interface MentorFormValue {
  name: string;
  email: string;
  phone: string;
  gender: Gender | '';
  languages: string[];
  yearsOfExperience: number | null;
  postcode: string;
  weeklyCapacityHours: number | null;
  maxTravelKm: number | null;
  background: string;
  competences: Record<string, number>;
  certificates: { kind: string; name: string; issuedOn: string; expiresOn: string }[];
}

export const DEFAULT_MAX_TRAVEL_KM = 40;

export function emptyCompetenceLevels(): Record<string, number> {
  return Object.fromEntries(COMPETENCES.map((c) => [c.code, 0]));
}

export function toMentorInput(value: MentorFormValue): MentorInput {
  const background = value.background.trim();
  return {
    name: value.name.trim(),
    email: value.email.trim(),
    phone: value.phone.trim(),
    gender: (value.gender || 'other') as Gender,
    languages: [...value.languages],
    yearsOfExperience: Number(value.yearsOfExperience ?? 0),
    postcode: value.postcode.trim(),
    weeklyCapacityHours: Number(value.weeklyCapacityHours ?? 0),
    maxTravelKm: Number(value.maxTravelKm ?? DEFAULT_MAX_TRAVEL_KM),
    background,
    // A <select> hands back its option's text value ("2"); the API wants the number.
    competences: COMPETENCES.filter((c) => Number(value.competences[c.code] ?? 0) > 0).map((c) => ({
      code: c.code,
      level: Number(value.competences[c.code]) as 1 | 2 | 3,
    })),
    // A name only when there is one: the API requires it for `other` and takes it for any kind.
    certificates: value.certificates.map((c): Certificate => ({ kind: c.kind, ...(c.name?.trim() ? { name: c.name.trim() } : {}), issuedOn: c.issuedOn, expiresOn: c.expiresOn })),
  };
}

/** Request path → form path for the competences sent: `competences.0` → `competences.anxiety_stress`. */
export function competenceAliases(input: Pick<MentorInput, 'competences'>): Record<string, string> {
  return Object.fromEntries(input.competences.map((c, i) => [`competences.${i}`, `competences.${c.code}`]));
}

export function toFormValue(mentor: Mentor): MentorFormValue {
  const levels = emptyCompetenceLevels();
  for (const c of mentor.competences) if (c.code in levels) levels[c.code] = c.level;
  return {
    name: mentor.name,
    email: mentor.email,
    phone: mentor.phone ?? '',
    gender: mentor.gender,
    languages: [...mentor.languages],
    yearsOfExperience: mentor.yearsOfExperience,
    postcode: mentor.postcode,
    weeklyCapacityHours: mentor.weeklyCapacityHours,
    maxTravelKm: mentor.maxTravelKm,
    background: mentor.background ?? '',
    competences: levels,
    certificates: mentor.certificates.map((c) => ({
      kind: (CERTIFICATE_KINDS as readonly string[]).includes(c.kind) ? c.kind : 'other',
      name: c.name ?? '',
      issuedOn: (c.issuedOn ?? '').slice(0, 10),
      expiresOn: (c.expiresOn ?? '').slice(0, 10),
    })),
  };
}
