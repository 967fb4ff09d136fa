import { css } from 'lit';

/**
 * The calendar's own rules after the shared form rules (fields, buttons, error summary), mobile first,
 * logical properties only (right-to-left languages come later).
 */
// `.arrow`: the arrows point the way they lead: drawn left to right, turned round in a right-to-left language
// (the browser does not mirror a lone angle mark in a button)
// `.chip` (display: flex): time, title and flag side by side; the title is cut at the end of its own direction
// `@container (max-width: 36rem)`: On a narrow element the cells show the day and a dot count only; the list
// view is the default there.
export const activityCalendarStyles = css`
  :host {
    --_holiday: var(--grannskap-calendar-holiday, #fff4c2);
    --_cell-height: var(--grannskap-calendar-cell-height, 6rem);
    container-type: inline-size;
    min-inline-size: 0;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  .toolbar-start {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  .month-nav {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .month-heading {
    min-inline-size: 9ch;
    text-align: center;
  }
  .month-nav button {
    min-inline-size: 2.75rem;
    padding-inline: var(--_space-2);
  }
  .arrow {
    display: inline-block;
  }
  :host(:dir(rtl)) .arrow {
    transform: scaleX(-1);
  }
  .view-switch {
    display: flex;
    gap: 0;
  }
  .toggle {
    background: var(--_color-surface);
    color: var(--_color-accent);
    border-radius: 0;
  }
  .toggle:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .toggle:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    border-inline-start-width: 0;
  }
  .toggle[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space-3) var(--_space-4);
    margin-block-end: var(--_space-3);
  }
  .filter {
    display: grid;
    align-content: start;
    gap: var(--_space-1);
    min-inline-size: 0;
    flex: 1 1 10rem;
  }
  .filter--fixed {
    display: block;
    align-self: end;
  }
  .filter-label {
    font-weight: 600;
  }
  .count {
    margin-block-end: var(--_space-3);
    font-weight: 600;
  }
  .empty {
    padding: var(--_space-3) var(--_space-4);
    margin-block-end: var(--_space-3);
    border-inline-start: 4px solid var(--_color-accent);
    background: var(--_color-surface-alt);
  }
  .empty ul {
    margin: var(--_space-2) 0 0;
    padding-inline-start: var(--_space-5);
  }

  .grid-wrap {
    min-inline-size: 0;
  }
  .grid {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .grid th {
    padding: var(--_space-1);
    font-size: calc(0.875 * var(--_font-size));
    font-weight: 600;
    text-align: center;
  }
  .grid .week-col {
    inline-size: 2.75rem;
    color: var(--_color-text-muted);
    font-weight: 400;
    font-size: calc(0.8125 * var(--_font-size));
  }
  .grid td {
    vertical-align: top;
    block-size: var(--_cell-height);
    padding: var(--_space-1);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    overflow: hidden;
    cursor: pointer;
  }
  .grid td:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }
  .grid td.outside {
    background: var(--_color-surface-alt);
    color: var(--_color-text-muted);
  }
  .grid td.holiday {
    background: var(--_holiday);
  }
  .grid td.today .day-number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 50%;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-weight: 700;
  }
  .day-number {
    font-weight: 600;
  }
  .holiday-name {
    display: block;
    font-size: calc(0.75 * var(--_font-size));
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .chips {
    list-style: none;
    margin: var(--_space-1) 0 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .chip {
    font-size: calc(0.75 * var(--_font-size));
    line-height: 1.3;
    padding: 1px var(--_space-1);
    border-inline-start: 3px solid var(--_color-accent);
    background: var(--_color-surface-alt);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    display: flex;
    gap: 0.25em;
  }
  .chip-time,
  .chip-flag {
    flex: none;
  }
  .chip-title {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip--cancelled {
    text-decoration: line-through;
    border-inline-start-color: var(--_color-danger);
  }
  .chip--more {
    border-inline-start-color: transparent;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 36rem) {
    .grid td {
      block-size: 3rem;
    }
    .grid .week-col {
      inline-size: 2rem;
    }
    .chip {
      white-space: normal;
      font-size: 0;
      padding: 0;
      block-size: 0.375rem;
      inline-size: 0.375rem;
      border-radius: 50%;
      border: 0;
      background: var(--_color-accent);
    }
    .chips {
      grid-template-columns: repeat(auto-fill, 0.375rem);
    }
    .chip--more {
      display: none;
    }
    .holiday-name {
      font-size: calc(0.625 * var(--_font-size));
    }
  }
  .holiday-legend {
    list-style: none;
    margin: var(--_space-3) 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
  }
  .holiday-swatch {
    display: inline-block;
    inline-size: 1rem;
    block-size: 1rem;
    margin-inline-end: var(--_space-2);
    vertical-align: middle;
    border: 1px solid var(--_color-border);
    background: var(--_holiday);
  }

  .agenda-days,
  .agenda-items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .agenda-day {
    margin-block-end: var(--_space-4);
  }
  .agenda-date {
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_color-border);
    margin-block-end: var(--_space-2);
    font-size: var(--_font-size);
  }
  .agenda-item {
    display: grid;
    grid-template-columns: 3.5rem 1fr;
    gap: 0 var(--_space-2);
    inline-size: 100%;
    margin-block-end: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    text-align: start;
    justify-content: stretch;
    border: 1px solid var(--_color-border);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  .agenda-time {
    grid-row: span 2;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .agenda-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .agenda-meta {
    color: var(--_color-text-muted);
    font-size: calc(0.875 * var(--_font-size));
    overflow-wrap: anywhere;
  }
  .agenda-item--cancelled .agenda-title {
    text-decoration: line-through;
  }
  .more-row {
    margin-block: var(--_space-3);
  }
  .sentinel {
    block-size: 1px;
  }

  .subscribe {
    margin-block-start: var(--_space-4);
  }
  .subscribe summary {
    cursor: pointer;
    color: var(--_color-accent);
    font-weight: 600;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  .feed-url {
    display: block;
    font-size: calc(0.875 * var(--_font-size));
  }

  dialog {
    inline-size: min(40rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    padding: var(--_space-2) var(--_space-3) 0;
  }
  .dialog-body {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-2) var(--_space-4) var(--_space-4);
    min-inline-size: 0;
  }
  @media (forced-colors: active) {
    .grid td.holiday {
      background: Canvas;
      border-style: dashed;
    }
    .grid td.today .day-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .chip,
    .holiday-swatch {
      border: 1px solid CanvasText;
    }
    .toggle[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
