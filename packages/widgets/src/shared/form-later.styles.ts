import { css } from 'lit';

// See ./form.styles.ts for the three form sheets and their order.

/**
 * What a form's later steps and its receipt add: the review list, the receipt's reference and link row,
 * the character count over its limit. A widget adopts it with the part that renders them (`adoptPartStyles`).
 */
// `.review dd:last-child`: the "Ändra" button's cell: pre-wrap is for the tenant's text, not the template's line
// breaks
export const laterFormStyles = css`
  .receipt,
  .queued {
    display: grid;
    gap: var(--_space-4);
    min-inline-size: 0;
  }
  .count--over {
    color: var(--_color-danger);
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4);
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
    white-space: normal;
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
