// Defines <grannskap-on-call>. Importing this module registers the element (once).
import { GrannskapOnCall } from './on-call/on-call.js';

export const tagName = 'grannskap-on-call';

if (!customElements.get(tagName)) customElements.define(tagName, GrannskapOnCall);

export { GrannskapOnCall };

declare global {
  interface HTMLElementTagNameMap {
    'grannskap-on-call': GrannskapOnCall;
  }
}
