// The checks of the steps after the eligibility questions, in the part that loads with those steps
// (./later-steps.ts): the contract's schema on the assembled body decides what is missing or malformed.
import { TrivselpengCreate, toFieldIssues } from '@grannskap/contract';
import type { Config } from '@grannskap/contract';
import { parseWholeNumber, totalOf } from './budget.js';
import { assembleBody } from './state.js';
import type { FormState } from './state.js';
import { stepOfField } from './steps.js';
import { errorOfIssue } from './validation.js';
import type { FieldError } from './validation.js';

const sameAddress = (a: string, b: string): boolean => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/** What only the form can know: number fields as typed, the cap, the date against today, the organiser's age. */
function localErrors(state: FormState, config: Config, today: string): FieldError[] {
  const rules = config.limits.trivselpeng;
  const errors: FieldError[] = [];
  const age = parseWholeNumber(state.age, { allowZero: true });
  if (!age.ok) errors.push({ field: 'age', code: age.code === 'not_positive' ? 'not_number' : age.code });
  else if (age.value < rules.minOrganiserAge) errors.push({ field: 'age', code: 'too_young', minimum: rules.minOrganiserAge });
  state.coOrganisers.forEach((c, i) => {
    if (c.address.trim() && state.address.trim() && sameAddress(c.address, state.address)) errors.push({ field: `co-${i + 1}-address`, code: 'same_household' });
  });
  if (state.date && state.date < today) errors.push({ field: 'date', code: 'in_past' });
  const participants = parseWholeNumber(state.participants);
  if (!participants.ok) errors.push({ field: 'participants', code: participants.code });
  state.budget.forEach((line, i) => {
    if (!line.item.trim()) errors.push({ field: `item-${i + 1}`, code: 'required' });
    const amount = parseWholeNumber(line.amount);
    if (!amount.ok) errors.push({ field: `amount-${i + 1}`, code: amount.code });
  });
  const total = totalOf(state.budget);
  if (total > rules.maxAmount) errors.push({ field: 'total', code: 'over_cap', maximum: rules.maxAmount });
  if (!state.privacyAccepted) errors.push({ field: 'privacy', code: 'privacy' });
  if (!state.truthful) errors.push({ field: 'truthful', code: 'truthful' });
  return errors;
}

/**
 * The errors of every step after the eligibility questions (which `unanswered` checks): the contract's
 * schema on the assembled body decides what is missing or malformed, so the form and the server never
 * disagree; the form's own checks come first and win on the same field. `today` is the organisation's
 * local date (YYYY-MM-DD).
 */
export function checkApplication(state: FormState, config: Config, locale: string, today: string): FieldError[] {
  const errors = localErrors(state, config, today);
  const parsed = TrivselpengCreate.safeParse(assembleBody(state, config, locale));
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error.issues)) {
      const error = errorOfIssue(issue);
      if (error.field === 'total' || errors.some((e) => e.field === error.field)) continue;
      errors.push(error);
    }
  }
  return errors.filter((e) => stepOfField(e.field) !== 'eligibility');
}
