import { css } from 'lit';

// See ./form.styles.ts for the three form sheets and their order.

/** A form's layout and fields: fieldsets, labelled fields, choices, required marks, field errors, the error summary, the actions. */
export const fieldStyles = css`
  .form,
  .panel {
    display: grid;
    gap: var(--_space-4);
    min-inline-size: 0;
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    justify-content: flex-end;
  }
`;
