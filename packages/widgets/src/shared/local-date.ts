import { localDateOf, wallClock } from '@grannskap/contract';
import { intlLocale } from './format.js';
import { getLocale } from './localization.js';

/** Today's date (YYYY-MM-DD) in the organisation's time zone, not the device's. */
export const todayIn = (timeZone: string, now: Date = new Date()): string => localDateOf(wallClock(now, timeZone));

/** A calendar date (YYYY-MM-DD) in words, e.g. "14 december 2026" / "14 December 2026". */
export const formatLocalDate = (date: string, locale: string = getLocale()): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
