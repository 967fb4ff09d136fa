// The visitor's message for a field the server (or the contract's schema, run in the form) refused: one
// plain message per field-issue code, so that "Du behöver fylla i det här" is said only of what is empty.
// A form says something more exact first where it knows the field (an e-mail address, an amount) and
// falls back to these. The Record is over the contract's codes: a new code does not compile until it has
// a message here.
import { msg, str } from './msg.js';
import type { FieldIssueCode } from '@grannskap/contract';
import type { FieldError } from './field-errors.js';

/** "Du behöver fylla i det här.": for a field left empty, and only then. */
export const requiredMessage = (): string => msg('Du behöver fylla i det här.', { id: 'field.required' });

const MESSAGES: Record<FieldIssueCode, (error: FieldError) => string> = {
  required: requiredMessage,
  // a minimum of one is "not empty"; a larger one is a real lower bound
  too_small: (e) => (e.minimum !== undefined && e.minimum > 1 ? msg(str`Det här är för litet eller för kort. Det behöver vara minst ${e.minimum}.`, { id: 'field.tooSmall' }) : requiredMessage()),
  too_big: (e) => (e.maximum !== undefined ? msg(str`Det här är för stort eller för långt. Det får vara högst ${e.maximum}.`, { id: 'field.tooBig' }) : msg('Det här är för stort eller för långt.', { id: 'field.tooBigNoLimit' })),
  invalid_type: () => msg('Svaret går inte att använda. Skriv eller välj igen.', { id: 'field.invalidType' }),
  invalid_union: () => msg('Svaret går inte att använda. Skriv eller välj igen.', { id: 'field.invalidType' }),
  invalid_key: () => msg('Svaret går inte att använda. Skriv eller välj igen.', { id: 'field.invalidType' }),
  invalid_element: () => msg('Svaret går inte att använda. Skriv eller välj igen.', { id: 'field.invalidType' }),
  invalid_format: () => msg('Det är inte skrivet på rätt sätt. Kontrollera och skriv igen.', { id: 'field.invalidFormat' }),
  invalid_value: () => msg('Välj ett av alternativen.', { id: 'field.invalidValue' }),
  not_multiple_of: () => msg('Talet går inte att använda. Skriv ett annat tal.', { id: 'field.notMultipleOf' }),
  unrecognized_keys: () => msg('Formuläret skickade något som inte hör hit. Ladda om sidan och försök igen.', { id: 'field.unrecognizedKeys' }),
  custom: () => msg('Kontrollera det du har skrivit här.', { id: 'field.custom' }),
  unknown: () => msg('Vi känner inte igen det här valet. Välj ett av alternativen.', { id: 'field.unknown' }),
  phone_or_email: () => msg('Skriv ett telefonnummer eller en e-postadress så att vi kan nå dig.', { id: 'field.phoneOrEmail' }),
  address_or_place: () => msg('Skriv var det hände, eller välj en adress i listan.', { id: 'field.addressOrPlace' }),
  total_mismatch: () => msg('Summan stämmer inte med beloppen. Kontrollera beloppen.', { id: 'field.totalMismatch' }),
  wrong_area: () => msg('Adressen ligger inte i det område du har valt. Välj adressen igen eller byt område.', { id: 'field.wrongArea' }),
  in_future: () => msg('Den tiden har inte varit än. Skriv när det hände.', { id: 'field.inFuture' }),
  in_past: () => msg('Datumet har redan varit. Välj dagens datum eller ett senare.', { id: 'field.inPast' }),
  over_cap: (e) => (e.maximum !== undefined ? msg(str`Det är mer än det går att få. Högst ${e.maximum}.`, { id: 'field.overCap' }) : msg('Det är mer än det går att få.', { id: 'field.overCapNoLimit' })),
  age_range: (e) =>
    e.minimum !== undefined && e.maximum !== undefined
      ? msg(str`Åldern passar inte. Det här är för dig som är ${e.minimum}–${e.maximum} år.`, { id: 'field.ageRange' })
      : msg('Åldern passar inte.', { id: 'field.ageRangeNoLimit' }),
  end_before_start: () => msg('Slutet måste komma efter början.', { id: 'field.endBeforeStart' }),
  before_from: () => msg('Slutdatumet får inte vara före startdatumet.', { id: 'field.beforeFrom' }),
  invalid_rrule: () => msg('Upprepningen går inte att använda. Välj en annan.', { id: 'field.invalidRrule' }),
  start_not_in_rule: () => msg('Startdagen passar inte upprepningen. Välj en startdag som upprepningen har.', { id: 'field.startNotInRule' }),
  invalid_cursor: () => msg('Listan har ändrats. Ladda om sidan.', { id: 'field.invalidCursor' }),
};

/** The message for a field error's code; a code the contract does not know gets "check this". */
export function fieldMessage(error: FieldError): string {
  const message = MESSAGES[error.code as FieldIssueCode] as ((e: FieldError) => string) | undefined;
  return (message ?? MESSAGES.custom)(error);
}

/** The codes `fieldMessage` has a message of its own for (for tests). */
export const FIELD_MESSAGE_CODES = Object.keys(MESSAGES) as FieldIssueCode[];
