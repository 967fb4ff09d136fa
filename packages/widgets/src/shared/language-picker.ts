// The language picker: one button per language, each name written in its own language (and marked with
// its own `lang`, so a screen reader reads "Suomi" in Finnish and "العربية" in Arabic), the current one
// pressed. Buttons rather than a <select>: a visitor who cannot read the current language still sees
// their own language's name at once.
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from './msg.js';
import { LANGUAGE_NAMES, LOCALES, dirOf } from './localization.js';
import type { Locale } from './localization.js';

/** The picker's markup; `choose` is called with the language pressed. Needs `languagePickerStyles`. */
export function renderLanguagePicker(current: Locale, choose: (locale: Locale) => void): TemplateResult {
  return html`<div class="language-picker" part="language-picker" role="group" aria-label=${msg('Välj språk', { id: 'common.language' })}>
    ${LOCALES.map(
      (locale) =>
        html`<button type="button" part="language" lang=${locale} dir=${dirOf(locale)} aria-pressed=${locale === current ? 'true' : 'false'} @click=${() => choose(locale)}>
          ${LANGUAGE_NAMES[locale]}
        </button>`,
    )}
  </div>`;
}

export const languagePickerStyles = css`
  .language-picker {
    display: flex;
    flex-wrap: wrap;
    gap: var(--grannskap-space-2, 0.5rem);
    margin-block-end: var(--grannskap-space-4, 1rem);
    font-family: var(--grannskap-font, inherit);
  }
  .language-picker button {
    min-block-size: 2.75rem;
    padding-block: var(--grannskap-space-1, 0.25rem);
    padding-inline: var(--grannskap-space-3, 0.75rem);
    border: 1px solid var(--grannskap-color-accent, #0b5394);
    border-radius: var(--grannskap-radius, 0.375rem);
    background: var(--grannskap-color-surface, #ffffff);
    color: var(--grannskap-color-accent, #0b5394);
    font: inherit;
    cursor: pointer;
  }
  .language-picker button[aria-pressed='true'] {
    background: var(--grannskap-color-accent, #0b5394);
    color: var(--grannskap-color-on-accent, #ffffff);
    font-weight: 600;
  }
  .language-picker button:focus-visible {
    outline: 3px solid var(--grannskap-color-focus, #0b5394);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .language-picker button {
      border-color: ButtonText;
    }
    .language-picker button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
