// @lit/localize in runtime mode. Swedish is the source language (the strings in the code); other
// languages are locale modules under ../locales/, loaded on demand through a map of FIXED import
// specifiers (bundlers and the test runner cannot follow a computed `import(`./${x}.js`)`).
//
// Runtime mode has one active locale per page (per copy of @lit/localize). Which element decides it
// when several ask for different languages is settled in ./lang.ts.
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';

export const SOURCE_LOCALE = 'sv';
/** Languages with a catalogue besides Swedish: English, Finnish, Arabic (right-to-left) and Somali. */
export const TARGET_LOCALES = ['en', 'fi', 'ar', 'so'] as const;
export const LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages written right to left. */
export const RTL_LOCALES: readonly Locale[] = ['ar'];

/** The writing direction of a locale. */
export const dirOf = (locale: Locale): 'rtl' | 'ltr' => (RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr');

/** Each language's name written in that language (for a language picker; mark each with its own `lang`). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  sv: 'Svenska',
  en: 'English',
  fi: 'Suomi',
  ar: 'العربية',
  so: 'Soomaali',
};

const loaders: Record<(typeof TARGET_LOCALES)[number], () => Promise<LocaleModule>> = {
  en: () => import('../locales/en.js'),
  fi: () => import('../locales/fi.js'),
  ar: () => import('../locales/ar.js'),
  so: () => import('../locales/so.js'),
};

let runtime: ReturnType<typeof configureLocalization> | undefined;

/** Configures @lit/localize the first time a Grannskap element needs it (importing has no side effect). */
function localization(): ReturnType<typeof configureLocalization> {
  runtime ??= configureLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: TARGET_LOCALES,
    loadLocale: (locale) => {
      const load = loaders[locale as keyof typeof loaders];
      return load ? load() : Promise.reject(new Error(`No catalogue for locale ${locale}`));
    },
  });
  return runtime;
}

/**
 * The supported locale for a `lang` attribute value: `en-GB` → `en`, `sv-FI` → `sv`, `ar-SE` → `ar`;
 * empty or unsupported → Swedish.
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : SOURCE_LOCALE;
}

/** The active locale. */
export function getLocale(): Locale {
  return resolveLocale(localization().getLocale());
}

/** Switches every Grannskap element on the page to `lang` (resolved as in `resolveLocale`). */
export async function setLocale(lang: string | null | undefined): Promise<Locale> {
  const locale = resolveLocale(lang);
  // @lit/localize compares with the locale being loaded as well, so a quick sv → en → sv ends in sv
  await localization().setLocale(locale);
  return locale;
}

/**
 * Sets the page's widget language from a `lang` value after it changed, back to Swedish when it was
 * removed. Kept for pages that call it; the elements themselves follow the rules in ./lang.ts.
 */
export function applyLang(lang: string, previous: string | undefined, onError: (error: unknown) => void): void {
  if (!lang && !previous) return;
  setLocale(lang).catch(onError);
}
