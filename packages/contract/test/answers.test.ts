import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Category, CategoryField } from '../src/index.js';
import { FIELD_ISSUE_CODES, RULE_ISSUE_CODES, ReportCreate, checkAnswers, isEmptyAnswer, onlyAnswer } from '../src/index.js';

const yesNo: CategoryField = { code: 'dangerous_now', type: 'boolean', required: true, label: { sv: 'Är det farligt just nu?' } };
const often: CategoryField = {
  code: 'how_often',
  type: 'singlevaluelist',
  required: true,
  label: { sv: 'Hur ofta?' },
  values: [{ key: 'often', name: { sv: 'Ofta' } }, { key: 'once', name: { sv: 'En gång' } }],
};
const category = (fields: CategoryField[]): Category => ({ code: 'c', kind: 'damage', name: { sv: 'C' }, urgentPossible: false, fields });
const codes = (issues: { path: (string | number)[]; code: string }[]) => issues.map((i) => `${i.path.join('.')}:${i.code}`);

test('a required yes/no question: "Nej" (false) is an answer, no answer is not', () => {
  assert.deepEqual(codes(checkAnswers(category([yesNo]), {})), ['answers.dangerous_now:required']);
  assert.deepEqual(checkAnswers(category([yesNo]), { dangerous_now: false }), []);
  assert.deepEqual(checkAnswers(category([yesNo]), { dangerous_now: true }), []);
  assert.deepEqual(codes(checkAnswers(category([yesNo]), { dangerous_now: 'ja' })), ['answers.dangerous_now:invalid_type']);
  assert.equal(isEmptyAnswer(false), false);
  assert.equal(isEmptyAnswer(''), true);
  assert.equal(isEmptyAnswer([]), true);
});

test('answers: unknown questions, values outside the list and overlong text are named', () => {
  const text: CategoryField = { code: 'flat', type: 'string', required: false, maxLength: 5, label: { sv: 'Lgh' } };
  assert.deepEqual(codes(checkAnswers(category([often, text]), { how_often: 'never', flat: '123456', extra: 'x' })), [
    'answers.extra:unknown',
    'answers.how_often:invalid_value',
    'answers.flat:too_big',
  ]);
});

test('a question with only one possible answer is answered, one with a choice is not', () => {
  const one: CategoryField = { ...often, values: [{ key: 'often', name: { sv: 'Ofta' } }] };
  assert.equal(onlyAnswer(one), 'often');
  assert.deepEqual(onlyAnswer({ ...one, type: 'multivaluelist' }), ['often']);
  assert.equal(onlyAnswer({ ...one, type: 'multivaluelist', required: false }), undefined);
  assert.equal(onlyAnswer(often), undefined);
  assert.equal(onlyAnswer(yesNo), undefined);
  assert.deepEqual(checkAnswers(category([one]), { how_often: onlyAnswer(one)! }), []);
});

test('an anonymous report needs no privacy confirmation; a named one does', () => {
  const base = {
    category: 'noise', area: 'arby', place: 'Gården', occurredAt: '2026-11-27T23:10:00+01:00', happeningNow: false,
    description: 'Hög musik.', attachments: [],
  };
  assert.ok(ReportCreate.safeParse({ ...base, contact: { anonymous: true } }).success);
  const named = ReportCreate.safeParse({ ...base, contact: { anonymous: false, name: 'Ann', phone: '070-1234567' } });
  assert.equal(named.success, false);
  const issue = named.error?.issues.find((i) => i.path.join('.') === 'privacyAccepted') as { params?: { code?: string } } | undefined;
  assert.equal(issue?.params?.code, 'required');
  assert.ok(ReportCreate.safeParse({ ...base, contact: { anonymous: false, name: 'Ann', phone: '070-1234567' }, privacyAccepted: true }).success);
});

test('every issue code is listed once, rule codes after the schema codes', () => {
  assert.equal(new Set(FIELD_ISSUE_CODES).size, FIELD_ISSUE_CODES.length);
  for (const code of RULE_ISSUE_CODES) assert.ok(FIELD_ISSUE_CODES.includes(code));
});
