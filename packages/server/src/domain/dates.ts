import { addDays, formatInstant, holidayOn, localDateOf, wallClock, weekdayOf } from '@grannskap/contract';

/** The Stockholm (or configured zone) calendar date of an instant. */
export const localToday = (now: Date, timeZone: string): string => localDateOf(wallClock(now, timeZone));

export const isoInstant = (at: Date, timeZone: string): string => formatInstant(at, timeZone);

/** `date` plus `days` working days (Monday–Friday, not Swedish public holidays). */
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

/** Days from `from` to `to` (both `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
