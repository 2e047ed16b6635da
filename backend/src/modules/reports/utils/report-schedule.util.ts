import { ReportKind } from '@mentor/contracts';

export interface ScheduledReport {
  kind: ReportKind;
  /** 'YYYY-MM'. */
  period: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
}

/** 'YYYY-MM' of an ISO date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The month after 'YYYY-MM' (or `n` months later). */
export function nextMonth(month: string, n = 1): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Last day of 'YYYY-MM' as an ISO date. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The due date of a report on `month`: day `dueDay` (1–28, so it exists every month) of the next month. */
export function dueOnFor(month: string, dueDay: number): string {
  return `${nextMonth(month)}-${String(dueDay).padStart(2, '0')}`;
}

/**
 * The reports of one course period: a monthly report for each calendar month the period touches
 * (its days in that month; due on `dueDay` of the following month), except months an earlier
 * period of the same course already reports on, and, when this is the course's last period, a
 * progression report on its final month, due with that month's report.
 */
export function reportSchedule(period: { startDate: string; endDate: string }, options: { dueDay: number; coveredMonths?: ReadonlySet<string>; final: boolean }): ScheduledReport[] {
  if (period.endDate < period.startDate) return [];
  const out: ScheduledReport[] = [];
  const last = monthOf(period.endDate);
  for (let month = monthOf(period.startDate); month <= last; month = nextMonth(month)) {
    if (options.coveredMonths?.has(month)) continue;
    out.push({
      kind: 'monthly',
      period: month,
      periodStart: month === monthOf(period.startDate) ? period.startDate : `${month}-01`,
      periodEnd: month === last ? period.endDate : lastDayOf(month),
      dueOn: dueOnFor(month, options.dueDay),
    });
  }
  if (options.final) {
    out.push({ kind: 'progression', period: last, periodStart: period.startDate, periodEnd: period.endDate, dueOn: dueOnFor(last, options.dueDay) });
  }
  return out;
}
