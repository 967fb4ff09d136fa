import { css } from 'lit';

// The rules Grannskap's forms share, in three sheets (three modules, so a bundle can leave one for a later
// part) by when a widget first needs them: this one; ./form-fields.styles.ts for a form's fields, which the
// calendar needs only once its dialog opens; ./form-later.styles.ts for the review list and the receipt,
// which come with a form's later steps. A widget uses them in this order (base, fields, later), the order
// the rules had as one sheet, so a later sheet never loses to an earlier one it used to follow.

/** Headings, text, controls, links and buttons: everything a widget with a select or a button needs. */
// `h2 .progress`: "Steg 2 av 6" is the first line of the step's heading, so that it is read with the heading
// that gets focus
// `bdi`: left-to-right text inside right-to-left text (a phone number, a reference, a date) stays on one line
// `.button-like`: a link or a file input's label that looks like the secondary button
export const formStyles = css`
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: calc(1.375 * var(--_font-size));
  }
  h3 {
    font-size: calc(1.125 * var(--_font-size));
  }
  p {
    margin: 0;
  }
  h2 .progress {
    display: block;
    font-size: var(--_font-size);
    font-weight: 400;
  }
  .subheading {
    margin-block-start: var(--_space-4);
  }
  bdi {
    white-space: nowrap;
  }
  .progress,
  .hint,
  .count {
    color: var(--_color-text-muted);
  }
  input[type='text'],
  input[type='tel'],
  input[type='email'],
  input[type='number'],
  input[type='date'],
  input[type='time'],
  input[type='datetime-local'],
  select,
  textarea {
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
    border-width: 2px;
  }
  .summary a,
  a {
    color: var(--_color-accent);
    overflow-wrap: anywhere;
  }
  button,
  .button-like {
    min-block-size: 2.75rem;
    padding: var(--_space-2) var(--_space-5);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary,
  button.link,
  .button-like {
    background: var(--_color-surface);
    color: var(--_color-accent);
  }
  .button-like {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  button.link {
    min-block-size: 2.75rem;
    padding-inline: var(--_space-2);
    border-color: transparent;
    text-decoration: underline;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
`;
