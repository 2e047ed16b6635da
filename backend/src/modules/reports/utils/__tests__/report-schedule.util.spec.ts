import { dueOnFor, lastDayOf, nextMonth, reportSchedule } from '../report-schedule.util';

const brief = (s: ReturnType<typeof reportSchedule>) => s.map((r) => `${r.kind} ${r.period} ${r.periodStart}..${r.periodEnd} due ${r.dueOn}`);

describe('report schedule', () => {
  it.each([
    ['2026-01', 1, '2026-02'],
    ['2026-12', 1, '2027-01'],
    ['2026-11', 14, '2028-01'],
  ])('nextMonth(%s, %i) = %s', (month, n, expected) => expect(nextMonth(month, n)).toBe(expected));

  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('lastDayOf(%s) = %s', (month, expected) => expect(lastDayOf(month)).toBe(expected));

  it('is due on the configured day of the following month, across the year end', () => {
    expect(dueOnFor('2026-12', 5)).toBe('2027-01-05');
    expect(dueOnFor('2026-01', 28)).toBe('2026-02-28');
  });

  it('gives one monthly report per calendar month touched and a progression report at the end', () => {
    expect(brief(reportSchedule({ startDate: '2026-11-16', endDate: '2027-02-14' }, { dueDay: 5, final: true }))).toEqual([
      'monthly 2026-11 2026-11-16..2026-11-30 due 2026-12-05',
      'monthly 2026-12 2026-12-01..2026-12-31 due 2027-01-05',
      'monthly 2027-01 2027-01-01..2027-01-31 due 2027-02-05',
      'monthly 2027-02 2027-02-01..2027-02-14 due 2027-03-05',
      'progression 2027-02 2026-11-16..2027-02-14 due 2027-03-05',
    ]);
  });

  it('handles a course inside one month and one ending on a month end', () => {
    expect(brief(reportSchedule({ startDate: '2026-03-02', endDate: '2026-03-20' }, { dueDay: 10, final: true }))).toEqual([
      'monthly 2026-03 2026-03-02..2026-03-20 due 2026-04-10',
      'progression 2026-03 2026-03-02..2026-03-20 due 2026-04-10',
    ]);
    expect(reportSchedule({ startDate: '2026-01-31', endDate: '2026-02-28' }, { dueDay: 5, final: false }).map((r) => r.period)).toEqual(['2026-01', '2026-02']);
  });

  it('leaves months an earlier period reports on to that period, and only the last period has a progression report', () => {
    const extension = reportSchedule({ startDate: '2027-02-15', endDate: '2027-05-16' }, { dueDay: 5, coveredMonths: new Set(['2026-11', '2026-12', '2027-01', '2027-02']), final: true });
    expect(brief(extension)).toEqual([
      'monthly 2027-03 2027-03-01..2027-03-31 due 2027-04-05',
      'monthly 2027-04 2027-04-01..2027-04-30 due 2027-05-05',
      'monthly 2027-05 2027-05-01..2027-05-16 due 2027-06-05',
      'progression 2027-05 2027-02-15..2027-05-16 due 2027-06-05',
    ]);
    expect(reportSchedule({ startDate: '2026-11-16', endDate: '2027-02-14' }, { dueDay: 5, final: false }).some((r) => r.kind === 'progression')).toBe(false);
  });

  it('shrinks when a course ends early', () => {
    expect(brief(reportSchedule({ startDate: '2026-11-16', endDate: '2026-12-09' }, { dueDay: 5, final: true }))).toEqual([
      'monthly 2026-11 2026-11-16..2026-11-30 due 2026-12-05',
      'monthly 2026-12 2026-12-01..2026-12-09 due 2027-01-05',
      'progression 2026-12 2026-11-16..2026-12-09 due 2027-01-05',
    ]);
  });

  it('is empty for an impossible period', () => {
    expect(reportSchedule({ startDate: '2026-05-02', endDate: '2026-05-01' }, { dueDay: 5, final: true })).toEqual([]);
  });
});
