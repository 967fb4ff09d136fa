import { isHTTPError, isTimeoutError } from 'ky';
import type { Route } from '@grannskap/contract';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { errorFromResponse } from './response-error.js';
import type { Transport } from './transport.js';

/**
 * The one place where what ky throws becomes the SDK's public errors: an HTTP error response its
 * `HttpError` (or `RateLimitError`, `ValidationError`), ky's timeout a `TimeoutError`, anything fetch
 * throws a `NetworkError`. A call the caller aborted rejects with the signal's reason, as fetch does.
 */
export const sdkError = async (t: Transport, route: Route, error: unknown, signal: AbortSignal | undefined): Promise<unknown> => {
  if (signal?.aborted) return signal.reason;
  // A copy: the response may still be read by the next attempt's caller (ky's beforeRetry sees it first).
  if (isHTTPError(error)) return (await errorFromResponse(route, error.response.clone())).error;
  if (isTimeoutError(error)) return new TimeoutError(route.operationId, t.timeout, error);
  return new NetworkError(route.operationId, error);
};
