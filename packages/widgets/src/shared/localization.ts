// @lit/localize in runtime mode. Swedish is the source language (the strings in the code); other
// languages are locale modules under ../locales/, loaded on demand through a map of FIXED import
// specifiers (bundlers and the test runner cannot follow a computed `import(`./${x}.js`)`).
//
// Runtime mode has one active locale per page (per copy of @lit/localize): the last element that asks
// for a language sets it for every Grannskap element on the page.
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';

export const SOURCE_LOCALE = 'sv';
/** Languages with a catalogue. Finnish, Arabic and Somali come with their catalogues. */
export const TARGET_LOCALES = ['en'] as const;
export const LOCALES = [SOURCE_LOCALE, ...TARGET_LOCALES] as const;
export type Locale = (typeof LOCALES)[number];

const loaders: Record<(typeof TARGET_LOCALES)[number], () => Promise<LocaleModule>> = {
  en: () => import('../locales/en.js'),
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
 * The supported locale for a `lang` attribute value: `en-GB` → `en`, `sv-FI` → `sv`; empty or
 * unsupported → Swedish.
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
  const { getLocale: current, setLocale: set } = localization();
  if (current() !== locale) await set(locale);
  return locale;
}

/**
 * Applies an element's `lang` after it changed: sets the page's widget language, back to Swedish when
 * the attribute was removed. Failures (a catalogue that cannot be loaded) become `grannskap-error` events.
 */
export function applyLang(lang: string, previous: string | undefined, onError: (error: unknown) => void): void {
  if (!lang && !previous) return;
  setLocale(lang).catch(onError);
}
