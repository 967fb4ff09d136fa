// Content from the API (category names, activity texts, contact names) in the visitor's language when the
// API has it, Swedish otherwise; text in another language than the widget's is marked with its own `lang`
// (screen readers switch voice) and `dir` (an Arabic UI isolates a Swedish name, and the reverse).
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { pickText } from '@grannskap/contract';
import type { LocalizedText } from '@grannskap/contract';
import { dirOf, getLocale, resolveLocale } from './localization.js';

/**
 * `text` in `locale` (the active language by default), else in Swedish. The plain string when it is in
 * `locale`; otherwise a `<span lang dir>` around it. Use it wherever an API text is put in a template.
 */
export function renderText(text: LocalizedText, locale: string = getLocale()): TemplateResult | string {
  const picked = pickText(text, locale);
  if (picked.lang === locale) return picked.text;
  return html`<span lang=${picked.lang} dir=${dirOf(resolveLocale(picked.lang))}>${picked.text}</span>`;
}

/** A text that exists only in Swedish (e.g. a public holiday's name), marked like `renderText` does. */
export const renderSwedish = (text: string, locale: string = getLocale()): TemplateResult | string => renderText({ sv: text }, locale);

/**
 * For an element that cannot hold a `<span>` (an `<option>`, a `<legend>` shared with a marker) or a
 * text used in an attribute: the text, and the `lang`/`dir` to put on the element itself (`nothing`
 * when the text is in the active language, so no empty attribute is written).
 */
export function markedText(
  text: LocalizedText,
  locale: string = getLocale(),
): { text: string; lang: string | typeof nothing; dir: 'rtl' | 'ltr' | typeof nothing } {
  const picked = pickText(text, locale);
  if (picked.lang === locale) return { text: picked.text, lang: nothing, dir: nothing };
  return { text: picked.text, lang: picked.lang, dir: dirOf(resolveLocale(picked.lang)) };
}
