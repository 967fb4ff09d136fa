import type { FieldIssue } from './problem.js';

/** The parts of a zod 4 issue this module reads (zod/mini ships no English messages, so they are made here). */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
  keys?: string[];
  params?: { code?: unknown };
}

const bound = (n: number | bigint | undefined): number | undefined => (n === undefined ? undefined : Number(n));

const describe = (issue: ZodIssueLike): string => {
  const min = bound(issue.minimum);
  const max = bound(issue.maximum);
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  switch (issue.code) {
    case 'too_small':
      return min === 1 && issue.origin !== 'number' ? 'Required' : `Must be at least ${min}${unit}`;
    case 'too_big':
      return `Must be at most ${max}${unit}`;
    case 'invalid_type':
      return issue.expected ? `Expected ${issue.expected}` : 'Wrong type';
    case 'invalid_format':
      return 'Wrong format';
    case 'invalid_value':
      return 'Not one of the allowed values';
    case 'unrecognized_keys':
      return 'Unknown field';
    default:
      return issue.message;
  }
};

/**
 * zod issues as the contract's `FieldIssue`s: one per field, refinements keep their domain
 * code (`params.code`, e.g. `address_or_place`), unknown keys get one issue each at their own path.
 */
export const toFieldIssues = (issues: readonly ZodIssueLike[], prefix: readonly (string | number)[] = []): FieldIssue[] =>
  issues.flatMap((issue): FieldIssue[] => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({ path: [...path, key], code: 'unrecognized_keys', message: 'Unknown field' }));
    }
    const custom = issue.code === 'custom' && typeof issue.params?.code === 'string';
    const out: FieldIssue = {
      path,
      code: custom ? (issue.params?.code as string) : issue.code,
      message: custom || issue.message !== 'Invalid input' ? issue.message : describe(issue),
    };
    const min = bound(issue.minimum);
    const max = bound(issue.maximum);
    if (min !== undefined) out.minimum = min;
    if (max !== undefined) out.maximum = max;
    return [out];
  });
