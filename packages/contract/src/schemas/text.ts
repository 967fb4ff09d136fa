import type { Lang, LocalizedText } from './common.js';

/** The text in `lang` when there is one, Swedish otherwise, with the language it is in (for a `lang` attribute). */
export const pickText = (text: LocalizedText, lang: Lang | string): { text: string; lang: Lang } => {
  const value = (text as Record<string, string | undefined>)[lang];
  return value ? { text: value, lang: lang as Lang } : { text: text.sv, lang: 'sv' };
};
