import { isHttpError, isNetworkError, isTimeoutError } from '../errors/guards.js';

export interface RetryInfo {
  operation: string;
  /** 1 for the first retry. */
  attempt: number;
  /** Milliseconds the client waits before this retry. */
  delay: number;
  error: unknown;
}

export interface RetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 attempts). 0 turns retrying off. */
  limit?: number;
  /** Base delay before retry `attempt` (1-based), before jitter. Default: 300 ms doubling, at most 5 s. */
  backoff?: (attempt: number) => number;
  /** Randomise each backoff delay between half and all of it, so many clients do not retry in step (default true). */
  jitter?: boolean;
  /**
   * Longest `Retry-After` the client waits, in ms (default 30 s). When the server asks for
   * longer, the client gives up at once with the error rather than hammering it early.
   */
  maxRetryAfter?: number;
  /** Called before each retry, once its wait is over: for logs, or to tell the user "trying again". */
  onRetry?: (info: RetryInfo) => void;
}

export interface RetryPolicy {
  limit: number;
  backoff: (attempt: number) => number;
  jitter: boolean;
  maxRetryAfter: number;
  onRetry: ((info: RetryInfo) => void) | undefined;
}

export const defaultBackoff = (attempt: number): number => Math.min(5000, 300 * 2 ** (attempt - 1));

export const retryPolicy = (options: RetryOptions | number | undefined): RetryPolicy => {
  const o = typeof options === 'number' ? { limit: options } : (options ?? {});
  return {
    limit: Math.max(0, Math.floor(o.limit ?? 2)),
    backoff: o.backoff ?? defaultBackoff,
    jitter: o.jitter ?? true,
    maxRetryAfter: o.maxRetryAfter ?? 30_000,
    onRetry: o.onRetry,
  };
};

/** Statuses worth another try: the request may well succeed later, and writes carry an idempotency key. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

/** Problem codes that are worth another try whatever their status (the first request with this key is still running). */
const RETRY_CODES: ReadonlySet<string> = new Set(['idempotency_in_progress']);

/** Whether an error from one attempt may go away on its own: the retry loop and the outbox both ask this. */
export const isTransient = (error: unknown): boolean =>
  isNetworkError(error) || isTimeoutError(error) || (isHttpError(error) && (RETRY_STATUSES.has(error.status) || RETRY_CODES.has(error.code)));

/**
 * Seconds or an HTTP date (RFC 9110 10.2.3) as milliseconds from `now`; undefined when absent
 * or unreadable. A date in the past means "now".
 */
export const parseRetryAfter = (value: string | null | undefined, now = Date.now()): number | undefined => {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
};
