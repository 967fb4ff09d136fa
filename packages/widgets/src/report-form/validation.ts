import { msg, str } from '../shared/msg.js';
import { ReportCreate, checkAnswers, toFieldIssues } from '@grannskap/contract';
import type { Category, Config, FieldIssue } from '@grannskap/contract';
import type { FieldError } from '../shared/field-errors.js';
import { fieldMessage } from '../shared/field-messages.js';
import { assembleBody } from './state.js';
import type { FormState } from './state.js';
import { fieldOfPath, stepOfField } from './steps.js';
import type { StepId } from './steps.js';

export type { FieldError };

// Phones run a few minutes ahead of the server: the same slack as the server's check of `in_future`.
const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * A plain-language message for a field's problem, whether the form found it or the server did: said of
 * this field where the form knows better (the e-mail address, also one missing for e-mail about the case,
 * the description's limit, a yes/no question), else the shared message for the code. "Du behöver fylla i
 * det här" only for what is empty.
 */
export function messageFor(error: FieldError, category?: Category): string {
  const { field, code } = error;
  const question = field.startsWith('answer-') ? category?.fields.find((f) => `answer-${f.code}` === field) : undefined;
  switch (code) {
    case 'date':
      return msg('Skriv ett datum och en tid.', { id: 'reportForm.error.date' });
    case 'privacy':
      return msg('Du behöver kryssa i att du har läst informationen.', { id: 'reportForm.error.privacy' });
    case 'required':
    case 'too_small':
    case 'invalid_type':
      if (question?.type === 'boolean') return msg('Svara ja eller nej.', { id: 'reportForm.error.yesNo' });
      if (question?.type === 'singlevaluelist' || question?.type === 'multivaluelist' || field === 'kind' || field === 'category' || field === 'now')
        return msg('Välj ett av alternativen.', { id: 'reportForm.error.choose' });
      if (field === 'area') return msg('Välj ett område.', { id: 'reportForm.error.area' });
      // the address is optional until e-mail about the case is asked for
      if (field === 'email' && code === 'required') return msg('Skriv din e-postadress, så att vi kan skicka e-post till dig.', { id: 'reportForm.error.emailUpdates' });
      if (code === 'invalid_type' && question?.type === 'number') return msg('Skriv en siffra, till exempel 3.', { id: 'reportForm.error.number' });
      if (code === 'invalid_type' && question?.type === 'datetime') return msg('Skriv ett datum och en tid.', { id: 'reportForm.error.date' });
      break;
    case 'too_big':
      if (error.maximum !== undefined && (field === 'description' || field === 'name' || field === 'place' || field === 'placeDetail' || question))
        return msg(str`Texten är för lång. Skriv högst ${error.maximum} tecken.`, { id: 'reportForm.error.tooBig' });
      if (field === 'photos' && error.maximum !== undefined) return msg(str`Du kan skicka högst ${error.maximum} bilder. Ta bort några.`, { id: 'reportForm.error.tooManyPhotos' });
      break;
    case 'invalid_format':
      if (field === 'email') return msg('Skriv e-postadressen så här: namn@exempel.se', { id: 'reportForm.error.email' });
      if (field === 'phone') return msg('Skriv telefonnumret med siffror, till exempel 070-123 45 67.', { id: 'reportForm.error.phone' });
      break;
    case 'unknown':
      if (field === 'place') return msg('Adressen finns inte längre i listan. Välj den igen eller skriv platsen med egna ord.', { id: 'reportForm.error.unknownAddress' });
      if (field === 'photos') return msg('En bild finns inte längre hos oss. Ta bort den och lägg till den igen.', { id: 'reportForm.error.unknownPhoto' });
      break;
  }
  return fieldMessage(error);
}

/** The form's error for an issue of the contract's schema or the server: on the control it belongs to. */
export function errorOfIssue(issue: FieldIssue): FieldError {
  const field = fieldOfPath(issue.path);
  let code = issue.code;
  if (field === 'privacy') code = 'privacy';
  else if (field === 'date' && code !== 'in_future') code = 'date';
  return {
    field,
    code,
    ...(typeof issue.maximum === 'number' ? { maximum: issue.maximum } : {}),
    ...(typeof issue.minimum === 'number' ? { minimum: issue.minimum } : {}),
  };
}

/**
 * The errors of `step` (every step for `review`). The rules are the server's: the contract's schema on
 * the assembled body and the contract's check of the category's questions, so that a tenant who follows
 * the form is never refused for something it did not ask. Only what neither can know (a choice not made
 * yet, the configured description limit, a time later than now) is checked here besides.
 */
export function validateStep(step: StepId, state: FormState, config: Config, category: Category | undefined, locale: string, now: Date = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  const add = (error: FieldError) => {
    if (!errors.some((e) => e.field === error.field)) errors.push(error);
  };
  if (!state.kind) add({ field: 'kind', code: 'required' });
  else if (!state.category) add({ field: 'category', code: 'required' });
  if (category) for (const issue of checkAnswers(category, state.answers)) add(errorOfIssue(issue));
  if (state.happeningNow === null) add({ field: 'now', code: 'required' });
  if (!state.area) add({ field: 'area', code: 'required' });
  const max = config.limits.descriptionMaxLength;
  if (state.description.trim().length > max) add({ field: 'description', code: 'too_big', maximum: max });

  const body = assembleBody(state, config, category, locale, [], now);
  if (!state.happeningNow && Date.parse(body.occurredAt) > now.getTime() + CLOCK_SKEW_MS) add({ field: 'date', code: 'in_future' });
  const parsed = ReportCreate.safeParse(body);
  if (!parsed.success) for (const issue of toFieldIssues(parsed.error.issues)) add(errorOfIssue(issue));
  return step === 'review' ? errors : errors.filter((e) => stepOfField(e.field) === step);
}
