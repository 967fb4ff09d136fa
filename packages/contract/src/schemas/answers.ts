import type { Category } from './categories.js';
import type { FieldIssue } from './problem.js';

/** An answer to one of a category's extra questions. */
export type Answer = string | number | boolean | string[];

/** No answer given: nothing, an empty text or an empty choice. `false` is an answer ("Nej"). */
export const isEmptyAnswer = (a: Answer | undefined): a is undefined => a === undefined || a === '' || (Array.isArray(a) && a.length === 0);

const at = (code: string, ...rest: (string | number)[]) => ['answers', code, ...rest];

/**
 * A report's answers checked against its category's extra questions (Open311-style definitions). The
 * one rule for the server, which refuses the report with these issues, and the report form, which asks
 * again before sending: a tenant who followed the form never meets a 422 for an answer.
 */
export const checkAnswers = (category: Category, answers: Readonly<Record<string, Answer>>): FieldIssue[] => {
  const out: FieldIssue[] = [];
  const fields = new Map(category.fields.map((f) => [f.code, f]));
  for (const code of Object.keys(answers)) {
    if (!fields.has(code)) out.push({ path: at(code), code: 'unknown', message: `The category has no question "${code}".` });
  }
  for (const field of category.fields) {
    const path = at(field.code);
    const a = answers[field.code];
    if (isEmptyAnswer(a)) {
      if (field.required) out.push({ path, code: 'required', message: 'This question needs an answer.' });
      continue;
    }
    const keys = new Set((field.values ?? []).map((v) => v.key));
    switch (field.type) {
      case 'string':
      case 'text':
        if (typeof a !== 'string') out.push({ path, code: 'invalid_type', message: 'Expected text.' });
        else if (field.maxLength && a.length > field.maxLength) out.push({ path, code: 'too_big', message: `At most ${field.maxLength} characters.`, maximum: field.maxLength });
        break;
      case 'number':
        if (typeof a !== 'number') out.push({ path, code: 'invalid_type', message: 'Expected a number.' });
        break;
      case 'boolean':
        if (typeof a !== 'boolean') out.push({ path, code: 'invalid_type', message: 'Expected yes or no.' });
        break;
      case 'datetime':
        if (typeof a !== 'string' || Number.isNaN(Date.parse(a))) out.push({ path, code: 'invalid_type', message: 'Expected a date and time.' });
        break;
      case 'singlevaluelist':
        if (typeof a !== 'string' || !keys.has(a)) out.push({ path, code: 'invalid_value', message: 'Choose one of the listed values.' });
        break;
      case 'multivaluelist':
        if (!Array.isArray(a) || a.some((v) => !keys.has(v))) out.push({ path, code: 'invalid_value', message: 'Choose among the listed values.' });
        break;
    }
  }
  return out;
};

/**
 * The answer a question can only have: a list with one value (a required multiple choice with one value
 * too). A form answers it for the tenant rather than ask.
 */
export const onlyAnswer = (field: Category['fields'][number]): Answer | undefined => {
  const values = field.values ?? [];
  if (values.length !== 1 || !values[0]) return undefined;
  if (field.type === 'singlevaluelist') return values[0].key;
  if (field.type === 'multivaluelist' && field.required) return [values[0].key];
  return undefined;
};
