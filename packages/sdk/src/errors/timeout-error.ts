import { GrannskapError } from './grannskap-error.js';

/** The server did not answer (headers and body) within the client's `timeout`. */
export class TimeoutError extends GrannskapError {
  readonly operation: string;
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(operation: string, timeout: number, cause?: unknown) {
    super(`${operation} timed out after ${timeout} ms`, 'timeout', { cause });
    this.name = 'TimeoutError';
    this.operation = operation;
    this.timeout = timeout;
  }
}
