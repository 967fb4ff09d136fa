import type { ContractError } from './contract-error.js';
import type { GrannskapError } from './grannskap-error.js';
import type { HttpError } from './http-error.js';
import type { NetworkError } from './network-error.js';
import type { RateLimitError } from './rate-limit-error.js';
import type { TimeoutError } from './timeout-error.js';
import type { ValidationError } from './validation-error.js';
import type { WebhookError } from './webhook-error.js';

// Guards compare `name` (plus a string `code`) instead of `instanceof`, so they hold for errors
// made by another copy of the SDK, in an iframe or in a vm context. The `code` check keeps
// platform errors with the same name (a DOMException named TimeoutError has a numeric code) out.
const HTTP_NAMES = new Set(['HttpError', 'ValidationError', 'RateLimitError']);
const ALL_NAMES = new Set([...HTTP_NAMES, 'GrannskapError', 'NetworkError', 'TimeoutError', 'ContractError', 'WebhookError']);

const named = (error: unknown, names: ReadonlySet<string>): boolean =>
  typeof error === 'object' &&
  error !== null &&
  names.has((error as { name?: unknown }).name as string) &&
  typeof (error as { code?: unknown }).code === 'string';

const one = (name: string) => new Set([name]);
const VALIDATION = one('ValidationError');
const RATE_LIMIT = one('RateLimitError');
const NETWORK = one('NetworkError');
const TIMEOUT = one('TimeoutError');
const CONTRACT = one('ContractError');
const WEBHOOK = one('WebhookError');

export const isGrannskapError = (error: unknown): error is GrannskapError => named(error, ALL_NAMES);
/** True for `HttpError` and its subclasses `ValidationError` and `RateLimitError`. */
export const isHttpError = (error: unknown): error is HttpError => named(error, HTTP_NAMES);
export const isValidationError = (error: unknown): error is ValidationError => named(error, VALIDATION);
export const isRateLimitError = (error: unknown): error is RateLimitError => named(error, RATE_LIMIT);
export const isNetworkError = (error: unknown): error is NetworkError => named(error, NETWORK);
export const isTimeoutError = (error: unknown): error is TimeoutError => named(error, TIMEOUT);
export const isContractError = (error: unknown): error is ContractError => named(error, CONTRACT);
export const isWebhookError = (error: unknown): error is WebhookError => named(error, WEBHOOK);
