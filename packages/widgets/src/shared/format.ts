// Dates, times and money through Intl, in the widgets' active language and the organisation's zone.
import { getLocale } from './localization.js';

/** The Intl locale for a widget language: Swedish as written in Sweden, English as in Britain (24-hour clock). */
export const intlLocale = (locale: string = getLocale()): string => (locale === 'sv' ? 'sv-SE' : locale === 'en' ? 'en-GB' : locale);

/** A date with the time, e.g. "28 november 2026 kl. 14:05". */
export const formatDateTime = (instant: string | Date, timeZone: string, locale: string = getLocale()): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(instant));

/** Whole kronor, e.g. "5 000 kr". */
export const formatMoney = (amount: number, currency = 'SEK', locale: string = getLocale()): string =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

/** A `tel:` href for a number as people write it ("016-00 00 00"): digits only (and a leading +). */
export const telHref = (phone: string): string => `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
