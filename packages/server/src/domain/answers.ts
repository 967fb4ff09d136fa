import type { Category, FieldIssue } from '@grannskap/contract';
import { issue } from '../http/problem.js';

type Answer = string | number | boolean | string[];

const isEmpty = (a: Answer | undefined) => a === undefined || a === '' || (Array.isArray(a) && a.length === 0);

/** Checks a report's answers against its category's extra fields (Open311-style definitions). */
export const checkAnswers = (category: Category, answers: Record<string, Answer>): FieldIssue[] => {
  const out: FieldIssue[] = [];
  const fields = new Map(category.fields.map((f) => [f.code, f]));
  for (const code of Object.keys(answers)) {
    if (!fields.has(code)) out.push(issue(['answers', code], 'unknown', `The category has no question "${code}".`));
  }
  for (const field of category.fields) {
    const at = ['answers', field.code];
    const a = answers[field.code];
    if (isEmpty(a)) {
      if (field.required) out.push(issue(at, 'required', 'This question needs an answer.'));
      continue;
    }
    const keys = new Set((field.values ?? []).map((v) => v.key));
    switch (field.type) {
      case 'string':
      case 'text':
        if (typeof a !== 'string') out.push(issue(at, 'invalid_type', 'Expected text.'));
        else if (field.maxLength && a.length > field.maxLength) out.push(issue(at, 'too_big', `At most ${field.maxLength} characters.`, { maximum: field.maxLength }));
        break;
      case 'number':
        if (typeof a !== 'number') out.push(issue(at, 'invalid_type', 'Expected a number.'));
        break;
      case 'boolean':
        if (typeof a !== 'boolean') out.push(issue(at, 'invalid_type', 'Expected yes or no.'));
        break;
      case 'datetime':
        if (typeof a !== 'string' || Number.isNaN(Date.parse(a))) out.push(issue(at, 'invalid_type', 'Expected a date and time.'));
        break;
      case 'singlevaluelist':
        if (typeof a !== 'string' || !keys.has(a)) out.push(issue(at, 'invalid_value', 'Choose one of the listed values.'));
        break;
      case 'multivaluelist':
        if (!Array.isArray(a) || a.some((v) => !keys.has(v))) out.push(issue(at, 'invalid_value', 'Choose among the listed values.'));
        break;
    }
  }
  return out;
};
