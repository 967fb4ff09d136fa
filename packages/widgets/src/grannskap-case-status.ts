// Defines <grannskap-case-status>. Importing this module registers the element (once).
import { GrannskapCaseStatus } from './case-status/case-status.js';

export const tagName = 'grannskap-case-status';

if (!customElements.get(tagName)) customElements.define(tagName, GrannskapCaseStatus);

export { GrannskapCaseStatus };

declare global {
  interface HTMLElementTagNameMap {
    'grannskap-case-status': GrannskapCaseStatus;
  }
}
