import { css, type CSSResultGroup } from 'lit';
import { emergencyStyles } from '../shared/emergency.js';

/**
 * Styles of the on-call banner. Exported apart from the element so that another widget that embeds the
 * banner with `renderOnCall()` (the report form) can add them to its own shadow root.
 */
// `.on-call a` (inline-block, 24px high): a comfortable tap target on a phone (WCAG 2.2 target size)
// `.on-call--emergency .emergency`: before the configuration there is only the emergency line: no rule above it
export const onCallStyles: CSSResultGroup = [
  emergencyStyles,
  css`
  .on-call {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 4px solid var(--grannskap-on-call-accent, var(--_color-accent));
    border-radius: var(--_radius);
    background: var(--grannskap-on-call-background, var(--_color-surface-alt));
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }
  .on-call p {
    margin: 0;
  }
  .on-call a {
    color: var(--_color-accent);
    font-weight: 700;
    white-space: nowrap;
    display: inline-block;
    min-block-size: 24px;
    padding-block: 2px;
  }
  .on-call .who {
    font-size: 1.125em;
  }
  .on-call .note {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .on-call .emergency {
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_color-border);
  }
  .on-call--emergency .emergency {
    padding-block-start: 0;
    border-block-start: none;
  }
`,
];
