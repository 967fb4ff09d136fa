// Which language the widgets show, page-wide. Swedish is the source language (the strings in the code);
// other languages are catalogues under ../locales/, loaded on demand through a map of FIXED import
// specifiers (bundlers and the test runner cannot follow a computed `import(`./${x}.js`)`), and read by
// msg() (./msg.ts).
//
// There is one active language per page (per copy of the widgets). Which element decides it when several
// ask for different languages is settled in ./lang.ts.
import type { ReactiveControllerHost } from 'lit';
import { useCatalogue } from './msg.js';
import type { LocaleModule } from './msg.js';

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

/**
 * The supported locale for a `lang` attribute value: `en-GB` → `en`, `sv-FI` → `sv`, `ar-SE` → `ar`;
 * empty or unsupported → Swedish.
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : SOURCE_LOCALE;
}

let active: Locale = SOURCE_LOCALE;
/** The locale being loaded, if any. */
let loading: Locale | undefined;
let request = 0;
let done: Promise<void> = Promise.resolve();
let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
/** Elements to render again when the language changes (updateWhenLocaleChanges). */
const hosts = new Set<ReactiveControllerHost>();

/** The active locale. */
export function getLocale(): Locale {
  return active;
}

/**
 * Switches every Grannskap element on the page to `lang` (resolved as in `resolveLocale`). The promise
 * settles when the last language asked for is shown, so a quick sv → en → sv ends in Swedish and every
 * caller learns when; a catalogue that cannot be loaded rejects it and the language stays as it was.
 */
export function setLocale(lang: string | null | undefined): Promise<Locale> {
  const locale = resolveLocale(lang);
  if (locale !== (loading ?? active)) {
    const id = ++request;
    loading = locale;
    if (!settle) done = new Promise((resolve, reject) => (settle = { resolve, reject }));
    // Swedish too waits a microtask, so a change of language is always asynchronous
    const catalogue = locale === SOURCE_LOCALE ? Promise.resolve(undefined) : loaders[locale]().then((m) => m.templates);
    // only the latest request settles `done`; an earlier one's callers learn with it
    const end = (): NonNullable<typeof settle> => {
      const s = settle!;
      settle = undefined;
      loading = undefined;
      return s;
    };
    catalogue.then(
      (templates) => {
        if (id !== request) return;
        active = locale;
        useCatalogue(templates);
        end().resolve();
        for (const host of hosts) host.requestUpdate();
      },
      (error: unknown) => {
        if (id !== request) return;
        done = Promise.resolve(); // the language shown stays, and later calls for it succeed
        end().reject(error);
      },
    );
  }
  return done.then(() => locale);
}

/** Renders `host` again whenever the page's language changes. */
export function updateWhenLocaleChanges(host: ReactiveControllerHost): void {
  host.addController({ hostConnected: () => hosts.add(host), hostDisconnected: () => hosts.delete(host) });
}

/**
 * Sets the page's widget language from a `lang` value after it changed, back to Swedish when it was
 * removed. Kept for pages that call it; the elements themselves follow the rules in ./lang.ts.
 */
export function applyLang(lang: string, previous: string | undefined, onError: (error: unknown) => void): void {
  if (!lang && !previous) return;
  setLocale(lang).catch(onError);
}
