import { HttpError, type HttpErrorInit } from './http-error.js';

/** 429: too many requests from this client. `retryAfter` is in seconds, when the server said. */
export class RateLimitError extends HttpError {
  readonly retryAfter: number | undefined;

  constructor(init: HttpErrorInit & { retryAfter?: number | undefined }) {
    super(init);
    this.name = 'RateLimitError';
    if (!init.problem) (this as { code: string }).code = 'rate_limited';
    this.retryAfter = init.retryAfter;
  }
}
