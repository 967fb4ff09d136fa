// English catalogue for the field messages every form shares (src/shared/field-messages.ts); spread into ../en.ts.
import { str } from '../../shared/msg.js';
import type { Catalogue } from '../../shared/msg.js';

export const templates: Catalogue = {
  'field.required': 'Please fill this in.',
  'field.tooSmall': str`This is too small or too short. It needs to be at least ${0}.`,
  'field.tooBig': str`This is too large or too long. It can be at most ${0}.`,
  'field.tooBigNoLimit': 'This is too large or too long.',
  'field.invalidType': 'This answer cannot be used. Write or choose again.',
  'field.invalidFormat': 'This is not written the right way. Check it and write it again.',
  'field.invalidValue': 'Choose one of the options.',
  'field.notMultipleOf': 'This number cannot be used. Write another number.',
  'field.unrecognizedKeys': 'The form sent something that does not belong here. Reload the page and try again.',
  'field.custom': 'Check what you wrote here.',
  'field.unknown': 'We do not recognise this choice. Choose one of the options.',
  'field.phoneOrEmail': 'Give a phone number or an email address so that we can reach you.',
  'field.addressOrPlace': 'Write where it happened, or choose an address from the list.',
  'field.totalMismatch': 'The total does not match the amounts. Check the amounts.',
  'field.wrongArea': 'The address is not in the area you chose. Choose the address again or change the area.',
  'field.inFuture': 'That time has not come yet. Give the time when it happened.',
  'field.inPast': 'That date has passed. Choose today or a later date.',
  'field.overCap': str`That is more than can be granted. At most ${0}.`,
  'field.overCapNoLimit': 'That is more than can be granted.',
  'field.ageRange': str`The age does not fit. This is for people aged ${0}–${1}.`,
  'field.ageRangeNoLimit': 'The age does not fit.',
  'field.endBeforeStart': 'The end must come after the start.',
  'field.beforeFrom': 'The end date must not be before the start date.',
  'field.invalidRrule': 'The repetition cannot be used. Choose another one.',
  'field.startNotInRule': 'The start day does not fit the repetition. Choose a start day the repetition has.',
  'field.invalidCursor': 'The list has changed. Reload the page.',
};
