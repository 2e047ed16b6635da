import { copenhagenDate, copenhagenStartOfDay, danishHolidays, easterSunday, isWorkingDay, standstillEndDate } from '../danish-holidays.util';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('danishHolidays', () => {
  it('lists the Easter-based days of 2026', () => {
    const h = danishHolidays(2026);
    expect(h.get('2026-04-02')).toBe('skærtorsdag');
    expect(h.get('2026-04-03')).toBe('langfredag');
    expect(h.get('2026-04-05')).toBe('påskedag');
    expect(h.get('2026-04-06')).toBe('2. påskedag');
    expect(h.get('2026-05-14')).toBe('Kristi himmelfartsdag');
    expect(h.get('2026-05-24')).toBe('pinsedag');
    expect(h.get('2026-05-25')).toBe('2. pinsedag');
    expect(h.get('2026-06-05')).toBe('grundlovsdag');
  });

  it('keeps store bededag until 2023 only', () => {
    expect(danishHolidays(2023).get('2023-05-05')).toBe('store bededag');
    expect([...danishHolidays(2024).values()]).not.toContain('store bededag');
    expect(isWorkingDay('2024-04-26')).toBe(true); // would have been store bededag
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-01', false, 'nytårsdag'],
    ['2026-01-02', true, 'a Friday'],
    ['2026-01-03', false, 'a Saturday'],
    ['2026-01-04', false, 'a Sunday'],
    ['2026-12-24', false, 'juleaftensdag'],
    ['2026-12-31', false, 'nytårsaftensdag'],
    ['2026-06-05', false, 'grundlovsdag'],
    ['2026-06-04', true, 'a Thursday'],
  ])('%s → %s (%s)', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe('standstillEndDate', () => {
  it.each([
    // dispatch, days, end, why
    ['2026-03-02', 10, '2026-03-12', 'a Thursday: no move'],
    ['2026-03-04', 10, '2026-03-16', 'Saturday 14th → Monday 16th'],
    ['2026-03-05', 10, '2026-03-16', 'Sunday 15th → Monday 16th'],
    ['2026-03-23', 10, '2026-04-07', 'Thursday 2 Apr skærtorsdag → past Easter to Tuesday 7 Apr'],
    ['2026-05-04', 10, '2026-05-15', 'Thursday 14 May Kristi himmelfartsdag → Friday 15th'],
    ['2026-05-15', 10, '2026-05-26', 'Monday 25 May 2. pinsedag → Tuesday 26th'],
    ['2026-05-26', 10, '2026-06-08', 'Friday 5 Jun grundlovsdag → weekend → Monday 8th'],
    ['2026-12-14', 10, '2026-12-28', 'Thursday 24 Dec, Christmas and the weekend → Monday 28th'],
    ['2026-12-21', 10, '2027-01-04', 'Thursday 31 Dec, New Year, weekend → Monday 4 Jan'],
    ['2023-04-25', 10, '2023-05-08', '2023: Friday 5 May store bededag → Monday 8th'],
    ['2026-03-02', 0, '2026-03-02', 'no standstill'],
    ['2026-03-02', 15, '2026-03-17', 'a longer period'],
  ])('%s + %i days → %s (%s)', (dispatch, days, end) => {
    expect(standstillEndDate(dispatch, days)).toBe(end);
  });
});

describe('Copenhagen dates', () => {
  it('maps instants to the Danish calendar date across DST', () => {
    expect(copenhagenDate(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(copenhagenDate(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16');
    expect(copenhagenStartOfDay('2026-01-16').toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(copenhagenStartOfDay('2026-07-16').toISOString()).toBe('2026-07-15T22:00:00.000Z');
    expect(copenhagenStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});
