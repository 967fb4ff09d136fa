// Defines <grannskap-report-form>. Importing this module registers the element (once).
import { GrannskapReportForm } from './report-form/report-form.js';

export const tagName = 'grannskap-report-form';

if (!customElements.get(tagName)) customElements.define(tagName, GrannskapReportForm);

export { GrannskapReportForm };

declare global {
  interface HTMLElementTagNameMap {
    'grannskap-report-form': GrannskapReportForm;
  }
}
