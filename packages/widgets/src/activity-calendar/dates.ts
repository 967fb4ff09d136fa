// Calendar arithmetic on plain `YYYY-MM-DD` strings: weeks start on Monday and are numbered by ISO 8601
// in every language (as Swedes count them), whatever the browser's own locale or time zone says.
import { addDays, localDateOf, wallClock, weekdayOf } from '@grannskap/contract';
import { intlLocale, withLocalClock } from '../shared/format.js';

const parts = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => weekdayOf(...parts(date));

/** The ISO week number: the week that holds the year's first Thursday is week 1. */
export function isoWeek(date: string): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const [y, m, d] = parts(thursday);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000;
  return Math.floor(dayOfYear / 7) + 1;
}

/** Today's date in the organisation's time zone. */
export const todayIn = (timeZone: string, now: Date = new Date()): string => localDateOf(wallClock(now, timeZone));

/** `YYYY-MM` of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The month `n` months after `month` (`YYYY-MM`). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  return localDateOf({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: 1 }).slice(0, 7);
}

export const firstOfMonth = (month: string): string => `${month}-01`;
export const lastOfMonth = (month: string): string => addDays(firstOfMonth(addMonths(month, 1)), -1);

/** The same day of the month in another month, clamped to its length (31 January → 28 February). */
export function sameDayIn(date: string, month: string): string {
  const last = lastOfMonth(month);
  const day = Math.min(Number(date.slice(8, 10)), Number(last.slice(8, 10)));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The weeks a month view shows, Monday first: each is seven dates, the first and last may spill into the next month. */
export function weeksOf(month: string): string[][] {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  let day = addDays(first, 1 - isoWeekday(first));
  const weeks: string[][] = [];
  while (day <= last) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) week.push(addDays(day, i));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}


// Formatters are built once per locale and option set: the month grid formats dozens of labels per render.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), options);
    formatters.set(key, f);
  }
  return f;
}

// Plain dates are formatted as UTC midnights, so no zone can move them to the day before.
const utc = (date: string): Date => {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d));
};

/** "mars 2027". */
export const formatMonth = (month: string, locale: string): string => formatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(firstOfMonth(month)));

/** "måndag 1 mars 2027". */
export const formatDay = (date: string, locale: string): string =>
  formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date));


/** "1–5 mars", "19 december–10 januari". */
export const formatDayRange = (start: string, end: string, locale: string): string =>
  formatter(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatRange(utc(start), utc(end));

/** Weekday names Monday first, `short` ("mån") and `long` ("måndag"). */
export function weekdayNames(locale: string): Array<{ short: string; long: string }> {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = utc(addDays('2024-01-01', i));
    return { short: formatter(locale, { weekday: 'short', timeZone: 'UTC' }).format(d), long: formatter(locale, { weekday: 'long', timeZone: 'UTC' }).format(d) };
  });
}


/** "måndag 1 mars 2027 18.00–20.00", across days when the end is on another day. */
export function formatSpan(start: string, end: string, timeZone: string, locale: string): string {
  return withLocalClock(formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).formatRange(new Date(start), new Date(end)), locale);
}

/** A wall-clock time ("18:00") as the language writes it: "18.00" in Swedish (`withLocalClock`). */
export const formatClock = (time: string, locale: string): string => withLocalClock(time, locale);
