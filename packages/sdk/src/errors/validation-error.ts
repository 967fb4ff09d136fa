import type { FieldIssue } from '@grannskap/contract';
import { HttpError, type HttpErrorInit } from './http-error.js';

/**
 * The input was rejected, with one issue per field. `local` is true when the SDK caught it
 * before sending (then `status` is 0), so a form can show errors without a round trip;
 * either way the issues have the same shape as the server's problem document.
 */
export class ValidationError extends HttpError {
  readonly issues: readonly FieldIssue[];
  readonly local: boolean;

  constructor(init: HttpErrorInit & { issues: readonly FieldIssue[]; local?: boolean }) {
    const first = init.issues[0];
    const where = first ? ` at "${first.path.join('.') || '(root)'}": ${first.message}` : '';
    const count = init.issues.length > 1 ? ` (+${init.issues.length - 1} more)` : '';
    super(init, `${init.local ? 'invalid input' : init.problem?.title ?? 'rejected'}${where}${count}`);
    this.name = 'ValidationError';
    // A problem document may carry another code (e.g. `malformed_json`); keep it, default to the generic one.
    if (!init.problem) (this as { code: string }).code = 'validation_failed';
    this.issues = init.issues;
    this.local = init.local ?? false;
  }
}
