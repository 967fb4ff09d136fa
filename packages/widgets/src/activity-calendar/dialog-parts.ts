// What the calendar loads when its dialog first opens (or a private cancel link is visited): the day and
// details views, the registration form with its schema, the receipt and the cancellation. The month and
// the list do not need any of it, so a page that only shows the calendar does not download it.
export { registrationState, renderDay, renderDetails } from './dialog.js';
export { bodyOf, cancelLink, emptyForm, renderQueued, renderReceipt, renderRegistrationForm, sendCancel, sendRegistration, validate } from './registration.js';
