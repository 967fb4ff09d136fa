import { css, type CSSResultGroup } from 'lit';
import { emergencyStyles } from '../shared/emergency.js';

// `@media (max-width: 24em)`: on a narrow phone the label goes above its value instead of beside it
export const caseStatusStyles: CSSResultGroup = [
  emergencyStyles,
  css`
  :host > .emergency {
    margin-block-start: var(--_space-4);
  }
  .case {
    display: flex;
    flex-direction: column;
    gap: var(--_space-4);
    overflow-wrap: anywhere;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    font-size: 1.0625em;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
  }
  .facts dt {
    color: var(--_color-text-muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  @media (max-width: 24em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: var(--_space-2);
    }
  }
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .timeline li {
    position: relative;
    padding-block: 0 var(--_space-4);
    padding-inline-start: var(--_space-5);
    border-inline-start: 2px solid var(--grannskap-case-status-line, var(--_color-border));
  }
  .timeline li:last-child {
    border-inline-start-color: transparent;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    inset-block-start: 0.35em;
    inset-inline-start: calc(-0.4rem - 1px);
    inline-size: 0.8rem;
    block-size: 0.8rem;
    border-radius: 50%;
    background: var(--_color-accent);
  }
  .timeline .label {
    display: block;
    font-weight: 700;
  }
  .timeline time {
    color: var(--_color-text-muted);
  }
  .timeline .message {
    margin: var(--_space-1) 0 0;
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    white-space: pre-line;
  }
  .message-box {
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .message-box--error {
    border-inline-start: 4px solid var(--_color-danger);
  }
  .message-box p {
    margin: 0 0 var(--_space-2);
  }
  .message-box p:last-child {
    margin: 0;
  }
  .message-box a {
    color: var(--_color-accent);
    font-weight: 700;
    white-space: nowrap;
  }
  .follow-up-form {
    display: grid;
    gap: var(--_space-4);
    min-inline-size: 0;
  }
  .follow-up-form .label {
    font-weight: 600;
  }
  .follow-up-done {
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    font-weight: 600;
  }
  .follow-up {
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  button {
    margin-block-start: var(--_space-2);
    min-block-size: 44px;
    padding: var(--_space-2) var(--_space-4);
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font: inherit;
    cursor: pointer;
  }
`,
];
