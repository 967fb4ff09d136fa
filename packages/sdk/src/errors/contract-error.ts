import type { FieldIssue } from '@grannskap/contract';
import { GrannskapError } from './grannskap-error.js';

/**
 * The server answered 2xx with a body that does not match the contract: the server drifted
 * (or the SDK is older than the server). `path` names the first mismatching field.
 */
export class ContractError extends GrannskapError {
  readonly operation: string;
  readonly status: number;
  readonly issues: readonly FieldIssue[];
  /** Dotted path of the first mismatch, e.g. `items.0.start`; empty for the body as a whole. */
  readonly path: string;

  constructor(operation: string, status: number, issues: readonly FieldIssue[], cause?: unknown) {
    const path = issues[0]?.path.join('.') ?? '';
    const what = issues[0] ? `${issues[0].message} (${issues[0].code})` : 'unreadable body';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`The response of ${operation} does not match the contract at "${path || '(root)'}": ${what}${more}`, 'contract_mismatch', { cause });
    this.name = 'ContractError';
    this.operation = operation;
    this.status = status;
    this.issues = issues;
    this.path = path;
  }
}
