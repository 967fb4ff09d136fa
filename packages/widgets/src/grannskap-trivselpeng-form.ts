// Defines <grannskap-trivselpeng-form>. Importing this module registers the element (once).
import { GrannskapTrivselpengForm } from './trivselpeng-form/trivselpeng-form.js';

export const tagName = 'grannskap-trivselpeng-form';

if (!customElements.get(tagName)) customElements.define(tagName, GrannskapTrivselpengForm);

export { GrannskapTrivselpengForm };

declare global {
  interface HTMLElementTagNameMap {
    'grannskap-trivselpeng-form': GrannskapTrivselpengForm;
  }
}
