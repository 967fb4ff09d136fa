import { msg, str } from '../shared/msg.js';
import type { Config, FieldIssue } from '@grannskap/contract';
import type { FieldError } from '../shared/field-errors.js';
import { formatMoney } from '../shared/format.js';
import { fieldMessage } from '../shared/field-messages.js';
import type { FormState } from './state.js';
import { fieldOfPath } from './steps.js';

export type { FieldError };

const isAmount = (field: string) => field.startsWith('amount-');

/** A plain-language message for an issue code (from the contract, the server, or the form itself). */
export function messageFor(error: FieldError): string {
  const { field, code } = error;
  switch (code) {
    case 'too_big':
      if (isAmount(field) || field === 'participants') return msg('Talet är för stort.', { id: 'trivselpeng.error.numberTooBig' });
      return error.maximum !== undefined
        ? msg(str`Texten är för lång. Skriv högst ${error.maximum} tecken.`, { id: 'trivselpeng.error.tooBig' })
        : msg('Det här är för långt.', { id: 'trivselpeng.error.tooLong' });
    case 'invalid_format':
      if (field === 'email') return msg('Skriv e-postadressen så här: namn@exempel.se', { id: 'trivselpeng.error.email' });
      if (field === 'phone') return msg('Skriv telefonnumret med siffror, till exempel 070-123 45 67.', { id: 'trivselpeng.error.phone' });
      if (field === 'date') return msg('Välj ett datum.', { id: 'trivselpeng.error.date' });
      if (field === 'startTime') return msg('Skriv tiden så här: 17:00', { id: 'trivselpeng.error.time' });
      return msg('Uppgiften har fel format.', { id: 'trivselpeng.error.format' });
    case 'phone_or_email':
      return msg('Skriv ett telefonnummer eller en e-postadress så att vi kan nå dig.', { id: 'trivselpeng.error.phoneOrEmail' });
    case 'in_past':
      return msg('Datumet har redan varit. Välj dagens datum eller ett senare.', { id: 'trivselpeng.error.inPast' });
    case 'not_number':
      return isAmount(field)
        ? msg('Skriv beloppet med siffror, till exempel 1 200.', { id: 'trivselpeng.error.amountNotNumber' })
        : msg('Skriv en siffra, till exempel 30.', { id: 'trivselpeng.error.notNumber' });
    case 'not_whole':
      return isAmount(field)
        ? msg('Skriv beloppet i hela kronor, utan ören.', { id: 'trivselpeng.error.notWhole' })
        : msg('Skriv ett helt tal.', { id: 'trivselpeng.error.notWholeNumber' });
    case 'not_positive':
      return isAmount(field)
        ? msg('Beloppet måste vara mer än 0 kronor.', { id: 'trivselpeng.error.amountNotPositive' })
        : msg('Talet måste vara större än 0.', { id: 'trivselpeng.error.notPositive' });
    case 'over_cap':
      return msg(str`Ni kan söka högst ${formatMoney(error.maximum ?? 0)}. Ta bort något eller sänk beloppen.`, { id: 'trivselpeng.error.overCap' });
    case 'too_young':
      return msg(str`Den som söker måste vara minst ${error.minimum ?? 18} år. Be en vuxen att söka.`, { id: 'trivselpeng.error.tooYoung' });
    case 'same_household':
      return msg('En medarrangör ska bo i ett annat hushåll än du. Skriv en annan adress eller en annan person.', { id: 'trivselpeng.error.sameHousehold' });
    case 'co_organisers':
      return msg(str`Ni behöver vara minst ${error.minimum ?? 1} medarrangörer från andra hushåll.`, { id: 'trivselpeng.error.coOrganisers' });
    case 'privacy':
      return msg('Du behöver kryssa i att du har läst informationen.', { id: 'trivselpeng.error.privacy' });
    case 'truthful':
      return msg('Du behöver kryssa i att uppgifterna stämmer.', { id: 'trivselpeng.error.truthful' });
    case 'answer':
      return msg('Svara ja eller nej.', { id: 'trivselpeng.error.answer' });
    case 'unknown':
      return msg('Vi känner inte igen det här valet. Välj ett av alternativen.', { id: 'trivselpeng.error.unknown' });
    case 'total_mismatch':
      return msg('Summan stämmer inte med beloppen i budgeten. Kontrollera beloppen.', { id: 'trivselpeng.error.totalMismatch' });
    case 'required':
      // the address is optional until e-mail about the application is asked for
      if (field === 'email') return msg('Skriv din e-postadress, så att vi kan skicka e-post till dig.', { id: 'trivselpeng.error.emailUpdates' });
      return msg('Du behöver fylla i det här.', { id: 'trivselpeng.error.required' });
    default:
      // every other code the server or the schema can give has a message of its own, never "fill this in"
      return fieldMessage(error);
  }
}

/** The form's own code for an issue of the contract or the server, by the field it lands on. */
export function errorOfIssue(issue: FieldIssue): FieldError {
  const field = fieldOfPath(issue.path);
  let code = issue.code;
  if (field === 'privacy' || field === 'truthful') code = field;
  else if (issue.path[0] === 'coOrganisers' && issue.path.length === 1) code = 'co_organisers';
  else if (field === 'age' && code === 'too_small') code = 'too_young';
  else if ((isAmount(field) || field === 'participants' || field === 'age') && code === 'invalid_type') code = 'not_number';
  else if (code === 'too_small') code = isAmount(field) || field === 'participants' ? 'not_positive' : 'required';
  else if (code === 'invalid_value' || code === 'invalid_type') code = 'required';
  return {
    field,
    code,
    ...(typeof issue.maximum === 'number' ? { maximum: issue.maximum } : {}),
    ...(typeof issue.minimum === 'number' ? { minimum: issue.minimum } : {}),
  };
}

/** The eligibility questions that have no answer yet. */
export const unanswered = (state: FormState, config: Config): FieldError[] =>
  config.limits.trivselpeng.rules.filter((r) => state.eligibility[r.code] === undefined).map((r) => ({ field: `rule-${r.code}`, code: 'answer' }));
