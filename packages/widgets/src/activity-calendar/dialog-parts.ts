// What the calendar loads when its dialog first opens, a private cancel link is visited, or this browser
// keeps a registration or cancellation to send: the day and details views, the registration form with its
// schema, the receipt and the cancellation, and the outbox that sends them. The month and the list do not
// need any of it, so a page that only shows the calendar does not download it.
import { cancelRegistration, createRegistration } from '@grannskap/contract';
import { registrationsGroup } from '@grannskap/sdk/groups/activities';
import { useGroups } from '../shared/client.js';
import { useWrites } from '../shared/writes.js';

// the SDK group and the writes these parts use, for the clients the widgets make (../shared/client.ts, ../shared/writes.ts)
useGroups({ registrations: registrationsGroup });
useWrites({ createRegistration, cancelRegistration });

export { renderDialogView } from './dialog-view.js';
export { OutboxFlusher } from '../shared/outbox-flusher.js';
export { RegistrationFlow } from './registration-flow.js';
export { fieldStyles } from '../shared/form-fields.styles.js';
export { laterFormStyles } from '../shared/form-later.styles.js';
export { dialogStyles } from './dialog.styles.js';
export { linkedEntry } from './links.js';
