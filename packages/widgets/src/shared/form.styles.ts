import { css } from 'lit';

/**
 * The rules every Grannskap form shares: fields and controls, choices, the error summary and field
 * messages, the action buttons, the review list and the receipt's link row. A widget adds its own
 * rules after these.
 */
export const formStyles = css`
  .form,
  .receipt,
  .queued,
  .panel {
    display: grid;
    gap: var(--_space-4);
    min-inline-size: 0;
  }
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
  .progress,
  .hint,
  .count {
    color: var(--_color-text-muted);
  }
  .count--over {
    color: var(--_color-danger);
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .field > label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
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
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_color-accent);
  }
  .required {
    color: var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .summary {
    padding: var(--_space-3) var(--_space-4);
    border: 2px solid var(--_color-danger);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
  }
  .summary ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }
  .summary a,
  a {
    color: var(--_color-accent);
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    justify-content: flex-end;
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
  /* a link or a file input's label that looks like the secondary button */
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
  .review {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: var(--_space-1) var(--_space-3);
    padding-block-end: var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
  }
  .review dt {
    grid-column: 1;
    font-weight: 600;
  }
  .review dd {
    grid-column: 1;
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .review dd:last-child {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
  }
  .link-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
  }
  .reference {
    font-size: calc(1.25 * var(--_font-size));
  }
`;
