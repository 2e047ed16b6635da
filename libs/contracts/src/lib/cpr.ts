/**
 * A Danish CPR number: DDMMYY-SSSS. The 7th digit and the year give the century (the CPR
 * office's table); the date must exist. The modulus-11 check is not applied: since 2007 CPR
 * numbers are issued that do not satisfy it.
 */
export interface ParsedCpr {
  /** 10 digits, no dash. */
  digits: string;
  birthDate: string;
}

export function parseCpr(value: unknown): ParsedCpr | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/.exec(value.trim());
  if (!m) return null;
  const [, dd, mm, yy, centuryDigit, rest] = m;
  const year = Number(yy);
  const c = Number(centuryDigit);
  let century: number;
  if (c <= 3) century = 1900;
  else if (c === 4 || c === 9) century = year <= 36 ? 2000 : 1900;
  else century = year <= 57 ? 2000 : 1800;
  const fullYear = century + year;
  const birthDate = `${fullYear}-${mm}-${dd}`;
  const date = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birthDate) return null;
  return { digits: `${dd}${mm}${yy}${centuryDigit}${rest}`, birthDate };
}

export function isValidCpr(value: unknown): boolean {
  return parseCpr(value) !== null;
}

/** Shown where a CPR must be referred to without revealing it: the birth date part only. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-XXXX`;
}
