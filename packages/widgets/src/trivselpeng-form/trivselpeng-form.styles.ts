import { css } from 'lit';

/** The trivselpeng form's own rules; fields, buttons, summary and review come from the shared form styles. */
// `.progress-step--current`: the current step is bold and underlined, not only coloured
// `.progress-text`: "Steg 2 av 4" is the first line of the step's heading, read with the heading that gets focus
export const trivselpengFormStyles = css`
  :host {
    max-inline-size: var(--grannskap-trivselpeng-form-max-width, 40rem);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .progress-step {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_color-text-muted);
  }
  .progress-number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    flex: none;
  }
  .progress-step--current {
    color: var(--_color-accent);
    font-weight: 700;
  }
  .progress-step--current .progress-label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.25em;
  }
  .progress-step--current .progress-number {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .progress-step--done {
    color: var(--_color-text);
  }
  .progress-text {
    display: block;
    font-size: var(--_font-size);
    font-weight: 400;
    color: var(--_color-text-muted);
  }
  .yes-no {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-5);
  }
  .question legend {
    font-weight: 600;
  }
  .group {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-3) 0;
    border-block-start: 1px solid var(--_color-border);
  }
  .lines {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .line .group {
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    align-items: end;
  }
  .line .remove {
    grid-column: 1 / -1;
    justify-self: start;
  }
  @media (max-width: 30em) {
    .line .group {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .total {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .total--over {
    border: 2px solid var(--_color-danger);
    border-inline-start-width: 6px;
  }
  .sum {
    font-size: calc(1.25 * var(--_font-size));
  }
  .ineligible .reasons {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .reason-label {
    font-weight: 700;
  }
  .review-lines {
    margin: 0;
    padding-inline-start: var(--_space-5);
    white-space: normal;
  }
  .saved {
    color: var(--_color-text-muted);
    font-size: calc(0.9375 * var(--_font-size));
  }
  .decision {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .progress-step--current .progress-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
