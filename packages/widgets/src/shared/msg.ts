// The widgets' msg() and str``: the same calls and catalogue format as @lit/localize's runtime mode, which
// the widgets used before, without its runtime.
//
// Why our own: @lit/localize installs one msg() per page and refuses to be configured twice, so a host
// application that uses @lit/localize itself (from npm, sharing the package with the widgets) could not
// have both; and its runtime (locale events on window, id hashing, deferreds) was about 1.4 KB gzip in every
// widget. Here a message is looked up by its `id` in the active catalogue (./localization.ts loads it), and
// Swedish, the source language, is the text in the code.
import type { TemplateResult } from 'lit';

/** A text with values, `str\`${n} platser kvar\``; in a catalogue the values are the source's indices. */
export interface StrResult {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}

/** One translation: plain text, a str`` or an html`` template whose values are indices into the source's values. */
export type Translation = string | StrResult | TemplateResult;

/** A language's catalogue: message id → translation. */
export type Catalogue = Readonly<Record<string, Translation>>;

/** A language module under ../locales/. */
export interface LocaleModule {
  readonly templates: Catalogue;
}

export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values });

/** `strings` with `values` between them; `order` says which value goes in each gap (a translation may move them). */
const join = (strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string => {
  let text = strings[0]!;
  for (let i = 1; i < strings.length; i++) text += `${values[order ? (order[i - 1] as number) : i - 1] as string}${strings[i]!}`;
  return text;
};

let active: Catalogue | undefined;

/** The catalogue msg() reads; `undefined` for Swedish. Set by ./localization.ts when a language is ready. */
export const useCatalogue = (catalogue: Catalogue | undefined): void => {
  active = catalogue;
};

export interface MsgOptions {
  /** The message's key in the catalogues (every call has one: test/catalogues.test.ts). */
  readonly id: string;
}

/** The message in the active language: the catalogue's translation of `id`, else the Swedish `template`. */
export function msg(template: string | StrResult, options: MsgOptions): string;
export function msg(template: TemplateResult, options: MsgOptions): TemplateResult;
export function msg(template: string | StrResult | TemplateResult, { id }: MsgOptions): string | TemplateResult {
  const t = active?.[id];
  const values = typeof template === 'string' ? [] : template.values;
  if (!t) return typeof template === 'string' ? template : 'strTag' in template ? join(template.strings, values) : template;
  if (typeof t === 'string') return t;
  if ('strTag' in t) return join(t.strings, values, t.values);
  return { ...t, values: t.values.map((i) => values[i as number]) };
}
