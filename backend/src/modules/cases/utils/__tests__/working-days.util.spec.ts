import { addWorkingDays, offerAnswerBy } from '../working-days.util';

describe('working days', () => {
  it.each([
    ['2026-11-24', 3, '2026-11-27'], // Tuesday + 3 = Friday
    ['2026-11-27', 1, '2026-11-30'], // Friday + 1 = Monday
    ['2026-12-23', 2, '2026-12-29'], // 24, 25, 26, 27 December are not working days
    ['2027-03-24', 1, '2027-03-30'], // skærtorsdag 25/3, langfredag 26/3, weekend, 2. påskedag 29/3
    ['2026-05-13', 1, '2026-05-15'], // Kristi himmelfart 14/5/2026
  ])('%s plus %i working days is %s', (date, days, expected) => {
    expect(addWorkingDays(date, days)).toBe(expected);
  });

  it('ends the answer period at midnight Copenhagen after the last working day', () => {
    // Offered Tuesday 24 November 2026 at 10:00 UTC with 3 working days: answer by end of Friday.
    expect(offerAnswerBy(new Date('2026-11-24T10:00:00Z'), 3).toISOString()).toBe('2026-11-27T23:00:00.000Z');
  });
});
