import { css } from 'lit';

/**
 * The report form's own rules. Tokens and base rules come from GrannskapElement, the on-call block from
 * its styles, fields, buttons, summary, review and receipt from the shared form styles.
 */
export const reportFormStyles = css`
  :host {
    max-inline-size: var(--grannskap-report-form-max-width, 40rem);
  }
  .on-call {
    margin-block-end: var(--_space-4);
  }
  .urgent {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border-inline-start: 6px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    font-weight: 600;
  }
  .urgent .call {
    font-size: calc(1.5 * var(--_font-size));
  }
  .yes-no {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-6);
  }
  .review-photos {
    display: grid;
    gap: var(--_space-2);
    white-space: normal;
  }
  .review-note--warning,
  .left-out {
    font-weight: 600;
  }
  .review-note--warning {
    color: var(--_color-warning);
  }
`;
