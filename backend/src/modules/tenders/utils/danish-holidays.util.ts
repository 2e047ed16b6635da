/**
 * Working days of a Danish public authority, for the standstill period (klagefrist). Dates are
 * calendar dates as 'YYYY-MM-DD' strings, computed in UTC so no time zone shifts them.
 *
 * Non-working days: Saturdays, Sundays, nytårsdag (1 Jan), skærtorsdag, langfredag, påskedag,
 * 2. påskedag, store bededag (until 2023; abolished from 2024), Kristi himmelfartsdag, pinsedag,
 * 2. pinsedag, grundlovsdag (5 Jun), juleaftensdag (24 Dec), juledag, 2. juledag and nytårsaftensdag
 * (31 Dec). Grundlovsdag, 24 and 31 December are not public holidays by law but public offices close.
 */

const DAY_MS = 86_400_000;

/** Easter Sunday of `year` (Gregorian; anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(Date.UTC(year, month - 1, day));
}

/** The Danish non-working days of `year` (weekends aside), by date, with their Danish names. */
export function danishHolidays(year: number): Map<string, string> {
  const easter = Date.parse(`${easterSunday(year)}T00:00:00Z`);
  const rel = (days: number) => toIsoDate(easter + days * DAY_MS);
  const days: [string, string][] = [
    [`${year}-01-01`, 'nytårsdag'],
    [rel(-3), 'skærtorsdag'],
    [rel(-2), 'langfredag'],
    [rel(0), 'påskedag'],
    [rel(1), '2. påskedag'],
    [rel(39), 'Kristi himmelfartsdag'],
    [rel(49), 'pinsedag'],
    [rel(50), '2. pinsedag'],
    [`${year}-06-05`, 'grundlovsdag'],
    [`${year}-12-24`, 'juleaftensdag'],
    [`${year}-12-25`, 'juledag'],
    [`${year}-12-26`, '2. juledag'],
    [`${year}-12-31`, 'nytårsaftensdag'],
  ];
  // Store bededag (4th Friday after Easter) was abolished from 2024.
  if (year <= 2023) days.push([rel(26), 'store bededag']);
  return new Map(days);
}

export function isWorkingDay(date: string): boolean {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !danishHolidays(Number(date.slice(0, 4))).has(date);
}

export function addCalendarDays(date: string, days: number): string {
  return toIsoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/** The date itself if it is a working day, otherwise the next working day. */
export function nextWorkingDayOnOrAfter(date: string): string {
  let d = date;
  while (!isWorkingDay(d)) d = addCalendarDays(d, 1);
  return d;
}

/**
 * Last day of the standstill period: `days` calendar days after the day the letters were sent,
 * moved to the next working day when it falls on a weekend or holiday. 0 days: no standstill, the
 * dispatch day itself.
 */
export function standstillEndDate(dispatchDate: string, days: number): string {
  if (days <= 0) return dispatchDate;
  return nextWorkingDayOnOrAfter(addCalendarDays(dispatchDate, days));
}

/** The calendar date in Denmark (Europe/Copenhagen) of an instant. */
export function copenhagenDate(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The instant at which `date` begins in Denmark (00:00 Europe/Copenhagen). */
export function copenhagenStartOfDay(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // Copenhagen is UTC+1 or UTC+2; find the offset that maps back to the same local midnight.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (copenhagenDate(candidate) === date && copenhagenDate(new Date(candidate.getTime() - 1)) !== date) return candidate;
  }
  return new Date(utcMidnight - 3_600_000);
}

function toIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
