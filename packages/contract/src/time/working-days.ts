import { holidayOn } from './holidays.js';
import { addDays, weekdayOf } from './zoned.js';

/**
 * `date` (YYYY-MM-DD) plus `days` working days: Monday to Friday, and not a Swedish public holiday or an
 * eve offices close on (see `swedishHolidays`). The one rule for "a decision within N working days",
 * used by the server for a receipt's `decisionBy` and by the widgets before the application is sent.
 */
export const addWorkingDays = (date: string, days: number): string => {
  let d = date;
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    if (weekdayOf(y, m, day) <= 5 && !holidayOn(d)) left--;
  }
  return d;
};
