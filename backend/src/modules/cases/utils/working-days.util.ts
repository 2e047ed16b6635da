import { addCalendarDays, copenhagenDate, copenhagenStartOfDay, isWorkingDay } from '../../tenders/utils/danish-holidays.util';

/** The date `days` working days after `date` (weekends and Danish public holidays skipped). */
export function addWorkingDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** An offer made at `now` must be answered by the end (midnight, Copenhagen) of its Nth working day. */
export function offerAnswerBy(now: Date, workingDays: number): Date {
  return copenhagenStartOfDay(addCalendarDays(addWorkingDays(copenhagenDate(now), workingDays), 1));
}
