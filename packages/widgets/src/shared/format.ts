// Dates, times, numbers and money through Intl, in the widgets' active language and the organisation's zone.
//
// Every language is formatted as it is used IN SWEDEN: 24-hour clock, weeks from Monday with ISO week
// numbers (the region is Sweden wherever CLDR has no better locale, so Intl's week data agrees), and
// Western digits (0–9) also in Arabic: addresses, phone numbers, reference numbers and receipts around an
// Arabic-speaking tenant in Sweden are all written with them, and one screen mixing ٥ and 5 reads worse.
// Number inputs still accept Arabic-Indic digits (./numbers.ts).
//
// Browsers may ship without Somali data (Chromium's ICU has none): they would fall back to American
// English (12-hour clock, month first). There, Somali is formatted as British English instead — day
// before month, 24-hour clock — which is the closest readable form; see docs/translations-review.md.
import { getLocale } from './localization.js';

const INTL_LOCALES: Readonly<Record<string, string>> = {
  sv: 'sv-SE',
  // British English: day-month-year and a 24-hour clock
  en: 'en-GB',
  fi: 'fi-FI',
  ar: 'ar-SE-u-hc-h23-nu-latn',
  so: 'so-SE-u-hc-h23',
};
/** Used for a language the browser has no formatting data for. */
const FALLBACK = 'en-GB';

const supported = new Map<string, boolean>();
const hasData = (tag: string): boolean => {
  let known = supported.get(tag);
  if (known === undefined) {
    known = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
    supported.set(tag, known);
  }
  return known;
};

/** The Intl locale for a widget language (see the notes at the top); other values pass through. */
export const intlLocale = (locale: string = getLocale()): string => {
  const tag = INTL_LOCALES[locale];
  if (!tag) return locale;
  return hasData(tag) ? tag : FALLBACK;
};

/**
 * Swedish writes the time of day with a full stop, "kl. 17.09" (Språkrådet, and what Swedish authorities
 * print); Intl's sv-SE data uses a colon. Every date and time a widget shows goes through here, so one
 * screen never mixes the two. Finnish data already has the full stop; other languages keep their own.
 */
export const withLocalClock = (text: string, locale: string = getLocale()): string =>
  locale === 'sv' ? text.replace(/\b(\d{1,2}):(\d{2})\b/g, '$1.$2') : text;

/** A date with the time, e.g. "28 november 2026 kl. 15.05". */
export const formatDateTime = (instant: string | Date, timeZone: string, locale: string = getLocale()): string =>
  withLocalClock(new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone }).format(new Date(instant)), locale);

/** Whole kronor, e.g. "5 000 kr". */
export const formatMoney = (amount: number, currency = 'SEK', locale: string = getLocale()): string =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

/** A number with the language's grouping and decimal sign, e.g. "1 500" in Swedish, "1,500" in English. */
export const formatNumber = (value: number, locale: string = getLocale()): string => new Intl.NumberFormat(intlLocale(locale)).format(value);

/** A `tel:` href for a number as people write it ("016-00 00 00"): digits only (and a leading +). */
export const telHref = (phone: string): string => `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
