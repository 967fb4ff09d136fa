import { addDays, localDateOf } from './zoned.js';

export interface Holiday {
  date: string;
  name: string;
  /** An eve (afton) that is not a public holiday by law but on which offices are closed. */
  eve: boolean;
}

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export const easterSunday = (year: number): string => {
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
  return localDateOf({ year, month, day });
};

/** The date of `weekday` (1 = Monday) within [first, first + 6] of a month. */
const weekdayBetween = (year: number, month: number, firstDay: number, weekday: number): string => {
  for (let i = 0; i < 7; i++) {
    const date = addDays(localDateOf({ year, month, day: 1 }), firstDay - 1 + i);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
    if (wd === weekday) return date;
  }
  throw new Error('unreachable');
};

const cache = new Map<number, Holiday[]>();

/**
 * Swedish public holidays (helgdagar) and the eves offices close on, for one year. Names are written as
 * Swedes write them, in lower case ("julafton"), with capitals only on the proper names in them
 * ("Kristi himmelsfärdsdag", "Sveriges nationaldag"): they are shown inside sentences ("I dag är det julafton.").
 */
export const swedishHolidays = (year: number): Holiday[] => {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const midsummerDay = weekdayBetween(year, 6, 20, 6);
  const allSaints = weekdayBetween(year, 10, 31, 6);
  const fixed = (month: number, day: number) => localDateOf({ year, month, day });
  const list: Holiday[] = [
    { date: fixed(1, 1), name: 'nyårsdagen', eve: false },
    { date: fixed(1, 6), name: 'trettondedag jul', eve: false },
    { date: addDays(easter, -2), name: 'långfredagen', eve: false },
    { date: addDays(easter, -1), name: 'påskafton', eve: true },
    { date: easter, name: 'påskdagen', eve: false },
    { date: addDays(easter, 1), name: 'annandag påsk', eve: false },
    { date: fixed(5, 1), name: 'första maj', eve: false },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag', eve: false },
    { date: addDays(easter, 49), name: 'pingstdagen', eve: false },
    { date: fixed(6, 6), name: 'Sveriges nationaldag', eve: false },
    { date: addDays(midsummerDay, -1), name: 'midsommarafton', eve: true },
    { date: midsummerDay, name: 'midsommardagen', eve: false },
    { date: allSaints, name: 'alla helgons dag', eve: false },
    { date: fixed(12, 24), name: 'julafton', eve: true },
    { date: fixed(12, 25), name: 'juldagen', eve: false },
    { date: fixed(12, 26), name: 'annandag jul', eve: false },
    { date: fixed(12, 31), name: 'nyårsafton', eve: true },
  ];
  list.sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, list);
  return list;
};

/** The holiday or closed eve on a `YYYY-MM-DD` date, if any. */
export const holidayOn = (date: string): Holiday | undefined =>
  swedishHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
