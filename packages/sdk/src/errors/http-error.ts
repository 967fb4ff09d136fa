import type { Problem } from '@grannskap/contract';
import { GrannskapError } from './grannskap-error.js';

export interface HttpErrorInit {
  status: number;
  /** The route's `operationId`, e.g. `createReport`. */
  operation: string;
  method: string;
  url: string;
  /** The RFC 9457 problem document, when the server sent one that matches the contract. */
  problem?: Problem | undefined;
  cause?: unknown;
}

/** The server answered with a status outside 2xx. */
export class HttpError extends GrannskapError {
  readonly status: number;
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  readonly problem: Problem | undefined;

  constructor(init: HttpErrorInit, message?: string) {
    const text = message ?? init.problem?.detail ?? init.problem?.title ?? `HTTP ${init.status}`;
    // Status 0 is a local rejection (nothing was sent): no HTTP status to show.
    super(init.status ? `${init.operation} failed (${init.status}): ${text}` : `${init.operation}: ${text}`, init.problem?.code ?? `http_${init.status}`, { cause: init.cause });
    this.name = 'HttpError';
    this.status = init.status;
    this.operation = init.operation;
    this.method = init.method;
    this.url = init.url;
    this.problem = init.problem;
  }
}
