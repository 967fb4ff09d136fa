import { msg, str } from '../shared/msg.js';
import { ReportCreate, toFieldIssues } from '@grannskap/contract';
import type { Category, Config } from '@grannskap/contract';
import { assembleBody } from './state.js';
import type { FormState } from './state.js';
import { fieldOfPath, stepOfField } from './steps.js';
import type { StepId } from './steps.js';

/** A problem with one field: which control, the issue code, and the bound for too_big/too_small. */
export interface FieldError {
  field: string;
  code: string;
  maximum?: number;
}

/** A plain-language message for an issue code (from the contract, the server, or the form itself). */
export function messageFor(error: FieldError): string {
  switch (error.code) {
    case 'too_big':
      return error.maximum !== undefined
        ? msg(str`Texten är för lång. Skriv högst ${error.maximum} tecken.`, { id: 'reportForm.error.tooBig' })
        : msg('Texten är för lång.', { id: 'reportForm.error.tooLong' });
    case 'invalid_format':
      return error.field === 'email'
        ? msg('Skriv e-postadressen så här: namn@exempel.se', { id: 'reportForm.error.email' })
        : error.field === 'phone'
          ? msg('Skriv telefonnumret med siffror, till exempel 070-123 45 67.', { id: 'reportForm.error.phone' })
          : msg('Uppgiften har fel format.', { id: 'reportForm.error.format' });
    case 'phone_or_email':
      return msg('Skriv ett telefonnummer eller en e-postadress så att vi kan nå dig.', { id: 'reportForm.error.phoneOrEmail' });
    case 'address_or_place':
      return msg('Skriv var det hände.', { id: 'reportForm.error.place' });
    case 'date':
      return msg('Skriv ett datum och en tid.', { id: 'reportForm.error.date' });
    case 'unknown':
      return msg('Vi känner inte igen det här valet. Välj ett av alternativen.', { id: 'reportForm.error.unknown' });
    case 'privacy':
      return msg('Du behöver kryssa i att du har läst informationen.', { id: 'reportForm.error.privacy' });
    default:
      return msg('Du behöver fylla i det här.', { id: 'reportForm.error.required' });
  }
}

const isEmpty = (value: unknown): boolean => value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);

/**
 * The errors of `step` (every step for `review`): the contract's schema on the assembled body decides,
 * so the form and the server never disagree; only what the schema cannot know (the category's required
 * questions, the configured description limit, an unanswered yes/no) is checked here.
 */
export function validateStep(step: StepId, state: FormState, config: Config, category: Category | undefined, locale: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!state.kind) errors.push({ field: 'kind', code: 'required' });
  else if (!state.category) errors.push({ field: 'category', code: 'required' });
  for (const field of category?.fields ?? []) {
    if (field.required && field.type !== 'boolean' && isEmpty(state.answers[field.code])) errors.push({ field: `answer-${field.code}`, code: 'required' });
  }
  if (state.happeningNow === null) errors.push({ field: 'now', code: 'required' });
  if (!state.area) errors.push({ field: 'area', code: 'required' });
  const max = config.limits.descriptionMaxLength;
  if (state.description.trim().length > max) errors.push({ field: 'description', code: 'too_big', maximum: max });

  const parsed = ReportCreate.safeParse(assembleBody(state, config, category, locale));
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error.issues)) {
      const field = fieldOfPath(issue.path);
      if (errors.some((e) => e.field === field)) continue;
      const code = field === 'privacy' ? 'privacy' : field === 'date' ? 'date' : issue.code === 'too_small' ? 'required' : issue.code;
      errors.push({ field, code, ...(issue.maximum !== undefined ? { maximum: issue.maximum } : {}) });
    }
  }
  return step === 'review' ? errors : errors.filter((e) => stepOfField(e.field) === step);
}
