// Defines <grannskap-provider>. Importing this module registers the element (once).
import { GrannskapProvider } from './provider/provider.js';

export const tagName = 'grannskap-provider';

if (!customElements.get(tagName)) customElements.define(tagName, GrannskapProvider);

export { GrannskapProvider };

declare global {
  interface HTMLElementTagNameMap {
    'grannskap-provider': GrannskapProvider;
  }
}
