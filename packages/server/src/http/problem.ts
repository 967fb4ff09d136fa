import { STATUS_CODES } from 'node:http';
import type { FieldIssue, FieldIssueCode, Problem } from '@grannskap/contract';

/** A client-facing failure; the error handler turns it into an RFC 9457 document. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail?: string,
    readonly issues?: FieldIssue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? code);
    this.name = 'ProblemError';
  }
}

export const problemBody = (status: number, code: string, extra: Partial<Problem> = {}): Problem => ({
  type: `urn:grannskap:problem:${code}`,
  title: STATUS_CODES[status] ?? 'Error',
  status,
  code,
  ...extra,
});

/** One field issue; its code is one the clients have a message for (`FIELD_ISSUE_CODES`). */
export const issue = (path: (string | number)[], code: FieldIssueCode, message: string, bounds: { minimum?: number; maximum?: number } = {}): FieldIssue => ({
  path, code, message, ...bounds,
});

/** 422 for request content that parses but breaks a rule. */
export const invalid = (issues: FieldIssue[], detail = 'The request has fields that need to be corrected.') =>
  new ProblemError(422, 'validation_failed', detail, issues);

export const notFound = (detail = 'Not found.') => new ProblemError(404, 'not_found', detail);
export const conflict = (code: string, detail: string) => new ProblemError(409, code, detail);
