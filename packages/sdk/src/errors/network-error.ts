import { GrannskapError } from './grannskap-error.js';

/** No answer at all: offline, DNS, refused or dropped connection, or a CORS refusal (browsers cannot tell these apart). */
export class NetworkError extends GrannskapError {
  readonly operation: string;

  constructor(operation: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${operation} could not reach the server: ${reason}`, 'network_error', { cause });
    this.name = 'NetworkError';
    this.operation = operation;
  }
}
