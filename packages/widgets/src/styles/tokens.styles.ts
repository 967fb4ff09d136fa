import { css } from 'lit';

/**
 * Design tokens shared by every widget. The public knobs are `--grannskap-*` custom properties that a
 * host page sets on any ancestor; each has a fallback, so a widget looks right in any theme without them.
 * Inside the widgets use the private `--_*` aliases, never the fallbacks again.
 *
 * Colours meet WCAG 2.2 AA on the default surface (text ≥ 4.5:1, borders and focus ≥ 3:1).
 */
// `--_font-size`: never below 16px: on a host that sets its root
// to 10px (the 62.5% trick) 1rem alone would shrink every widget's text. Sizes inside the widgets are multiples
// of this, not rem, for the same reason.
export const tokens = css`
  :host {
    --_font: var(--grannskap-font, inherit);
    --_font-size: var(--grannskap-font-size, max(1rem, 16px));
    --_line-height: var(--grannskap-line-height, 1.5);

    --_color-text: var(--grannskap-color-text, #1b1b1f);
    --_color-text-muted: var(--grannskap-color-text-muted, #52525b);
    --_color-surface: var(--grannskap-color-surface, #ffffff);
    --_color-surface-alt: var(--grannskap-color-surface-alt, #f4f4f5);
    --_color-border: var(--grannskap-color-border, #71717a);
    --_color-accent: var(--grannskap-color-accent, #0b5394);
    --_color-on-accent: var(--grannskap-color-on-accent, #ffffff);
    --_color-danger: var(--grannskap-color-danger, #b3261e);
    --_color-success: var(--grannskap-color-success, #1d6b34);
    --_color-warning: var(--grannskap-color-warning, #8a5300);
    --_color-focus: var(--grannskap-color-focus, #0b5394);

    --_radius: var(--grannskap-radius, 0.375rem);
    --_space-1: var(--grannskap-space-1, 0.25rem);
    --_space-2: var(--grannskap-space-2, 0.5rem);
    --_space-3: var(--grannskap-space-3, 0.75rem);
    --_space-4: var(--grannskap-space-4, 1rem);
    --_space-5: var(--grannskap-space-5, 1.5rem);
    --_space-6: var(--grannskap-space-6, 2rem);
    --_focus-ring: 3px solid var(--_color-focus);
  }
`;

/** Base rules for a widget's shadow root: block box, inherited font, sane box model, visible focus. */
// `a[href^='tel:']`: Phone numbers read left to right in every language: in an Arabic line, "016-00 00 99" would
// otherwise be reordered into "00 99 00-016" by the bidi algorithm.
// `@media (forced-colors: active)`: Windows high contrast and other forced-colour modes: backgrounds vanish, so
// whatever told things apart by colour alone gets a system-coloured edge, and focus uses the system's highlight.
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  a[href^='tel:'] {
    direction: ltr;
    unicode-bidi: isolate;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button,
    input,
    select,
    textarea,
    [role='status'],
    [role='alert'] {
      border-color: CanvasText;
    }
    [aria-current],
    [aria-pressed='true'],
    [aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** Shared look of the status line (loading, failed) that every widget shows before its content. */
export const statusStyles = css`
  .status {
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    color: var(--_color-text);
  }
  .status--error {
    border-inline-start: 4px solid var(--_color-danger);
  }
  .status button {
    margin-inline-start: var(--_space-2);
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font: inherit;
    cursor: pointer;
  }
`;
