/** What every error the SDK throws has in common: a stable machine `code` to branch on. */
export class GrannskapError extends Error {
  /** Stable machine code, e.g. `validation_failed`, `network_error`, `timeout`. */
  readonly code: string;

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GrannskapError';
    this.code = code;
  }
}
