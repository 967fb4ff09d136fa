import { css } from 'lit';
import { languagePickerStyles } from '../shared/language-picker.js';

export const providerStyles = [
  css`
    :host {
      display: contents;
    }
  `,
  languagePickerStyles,
];
