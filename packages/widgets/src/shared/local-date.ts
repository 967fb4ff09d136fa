import { localDateOf, wallClock } from '@grannskap/contract';
import { intlLocale, withLocalClock } from './format.js';
import { getLocale } from './localization.js';

/** Today's date (YYYY-MM-DD) in the organisation's time zone, not the device's. */
export const todayIn = (timeZone: string, now: Date = new Date()): string => localDateOf(wallClock(now, timeZone));

/** A calendar date (YYYY-MM-DD) in words, e.g. "14 december 2026" / "14 December 2026". */
export const formatLocalDate = (date: string, locale: string = getLocale()): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

/**
 * A local date and time (as typed: YYYY-MM-DD, HH:MM) in words, e.g. "5 december 2026 kl. 17.09": the
 * language's long date and 24-hour time, with the language's clock (`withLocalClock`).
 */
export const formatLocalDateTime = (date: string, time: string, locale: string = getLocale()): string => {
  const at = new Date(`${date}T${time}:00Z`);
  if (Number.isNaN(at.getTime())) return `${date} ${time}`.trim();
  return withLocalClock(new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: 'UTC' }).format(at), locale);
};
