// Content from the API (category names, activity texts, contact names) in the visitor's language when the
// API has it, Swedish otherwise; text in another language than the widget's is marked with its own `lang`
// (screen readers switch voice) and `dir` (an Arabic UI isolates a Swedish name, and the reverse).
import { html } from 'lit';
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
