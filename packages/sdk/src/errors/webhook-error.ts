import { GrannskapError } from './grannskap-error.js';

/** Why a delivery was refused: its signature or timestamp (`invalid_signature`), or its body (`invalid_event`). */
export type WebhookErrorCode = 'invalid_signature' | 'invalid_event';

/**
 * A webhook delivery that must not be trusted: answer it with a 4xx and do not act on it. `invalid_signature`
 * covers a missing or wrong signature, a missing header and a timestamp more than five minutes from the
 * receiver's clock (a replay); `invalid_event` a correctly signed body that is not one of the contract's events.
 */
export class WebhookError extends GrannskapError {
  declare readonly code: WebhookErrorCode;

  constructor(message: string, code: WebhookErrorCode, options?: { cause?: unknown }) {
    super(message, code, options);
    this.name = 'WebhookError';
  }
}
