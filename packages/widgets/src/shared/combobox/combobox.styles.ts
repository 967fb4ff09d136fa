import { css } from 'lit';

/** The combobox's list: a popup under the input, as wide as it, scrolling when long. */
export const comboboxStyles = css`
  .combobox {
    position: relative;
    min-inline-size: 0;
  }
  .combobox-list {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + var(--_space-1));
    z-index: 2;
    max-block-size: min(18rem, 50vh);
    margin: 0;
    padding: var(--_space-1) 0;
    overflow-y: auto;
    list-style: none;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.15);
  }
  .combobox-option {
    min-block-size: 2.75rem;
    padding: var(--_space-2) var(--_space-3);
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .combobox-option:hover {
    background: var(--_color-surface-alt);
  }
  .combobox-option[aria-selected='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
  }
  .combobox-option[aria-selected='true'] .combobox-detail {
    color: inherit;
  }
  .combobox-detail {
    display: block;
    font-size: 0.875em;
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    .combobox-list {
      border-color: CanvasText;
    }
    .combobox-option[aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
