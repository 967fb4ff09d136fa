/**
 * A recurrence the server cannot expand. The HTTP layer turns it into a 422 problem document
 * with one field issue: `path` (relative to the activity body), `code` and the message.
 */
export class InvalidRecurrenceError extends Error {
  override readonly name = 'InvalidRecurrenceError';
  /** Field-issue code: `invalid_rrule`, or `start_not_in_rule` for a start the rule does not produce. */
  readonly code: 'invalid_rrule' | 'start_not_in_rule';
  readonly path: readonly (string | number)[];

  constructor(message: string, options: { cause?: unknown; code?: InvalidRecurrenceError['code']; path?: readonly (string | number)[] } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code ?? 'invalid_rrule';
    this.path = options.path ?? ['recurrence', 'rrule'];
  }
}
