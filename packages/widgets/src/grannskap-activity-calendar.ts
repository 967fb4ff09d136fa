// Defines <grannskap-activity-calendar>. Importing this module registers the element (once).
import { GrannskapActivityCalendar } from './activity-calendar/activity-calendar.js';

export const tagName = 'grannskap-activity-calendar';

if (!customElements.get(tagName)) customElements.define(tagName, GrannskapActivityCalendar);

export { GrannskapActivityCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'grannskap-activity-calendar': GrannskapActivityCalendar;
  }
}
