import { css } from 'lit';

/**
 * What the dialog's views add (an activity's details, a day's list, the registration and the linked
 * registration): they load with the dialog's part, which the calendar adopts with `adoptPartStyles`. The
 * dialog itself and its bar stay in ./activity-calendar.styles.ts, so the loading line is styled too.
 */
export const dialogStyles = css`
  .day-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .description {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .category,
  .holiday-line {
    color: var(--_color-text-muted);
  }
  .facts {
    margin: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .fact dt {
    font-weight: 600;
  }
  .fact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .cancelled-banner,
  .notice {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-danger);
    background: var(--_color-surface-alt);
  }
  .notice {
    border-inline-start-color: var(--_color-warning);
  }
  .reg-form,
  .linked {
    display: grid;
    gap: var(--_space-3);
    min-inline-size: 0;
  }
  .linked {
    padding: var(--_space-3) var(--_space-4);
    margin-block-end: var(--_space-4);
    border-inline-start: 4px solid var(--_color-accent);
    background: var(--_color-surface-alt);
  }

  .reg-form fieldset {
    display: grid;
    gap: var(--_space-3);
  }
`;
