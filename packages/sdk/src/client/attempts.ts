import { TimeoutError as KyTimeoutError, isHTTPError, type Options } from 'ky';
import type { Route } from '@grannskap/contract';
import { sdkError } from './ky-errors.js';
import { RETRY_STATUSES, parseRetryAfter, type RetryPolicy } from './retry.js';
import type { Transport } from './transport.js';

// How ky tries one call: the SDK's retry policy as ky's `retry` options, and the hooks that ky has no
// option for (one Idempotency-Key per logical call, a timeout that also covers the body, `onRetry`).

/** The methods ky retries by default, and the writes it may retry once they carry an idempotency key. */
const READS = ['get', 'put', 'head', 'delete', 'options', 'trace'];
const WRITES = ['post', 'patch'];
/** Statuses whose body must be empty, so a copy of the response cannot be given one. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** The problem code of a response, read from a copy so the response itself stays unread. */
const problemCode = async (response: Response): Promise<unknown> =>
  ((await response.clone().json().catch(() => undefined)) as { code?: unknown } | undefined)?.code;

/**
 * Reads the whole body within `ms`, or cancels it and throws ky's TimeoutError, which ky retries as it
 * retries a response that never came: a server that sends its headers and then stalls is no better.
 */
const readWithin = async (request: Request, response: Response, ms: number): Promise<Uint8Array<ArrayBuffer> | null> => {
  const reader = response.body?.getReader();
  if (!reader) return null;
  const chunks: Uint8Array[] = [];
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new KyTimeoutError(request));
      void reader.cancel().catch(() => undefined);
    }, Math.max(0, ms));
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stalled]);
      // cancelling ends the read as if the body were complete: what came is only a part
      if (timedOut) throw new KyTimeoutError(request);
      if (done) break;
      chunks.push(value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
};

/** ky's `retry` and `hooks` for one call of `route`; `key` is its Idempotency-Key (writes only). */
export const attempts = (t: Transport, route: Route, key: string | undefined, signal: AbortSignal | undefined): Pick<Options, 'retry' | 'hooks'> => {
  const policy: RetryPolicy = t.retry;
  let started = 0;
  // The wait before the next attempt, for `onRetry`: ky's own Retry-After, or the backoff it asked us for.
  let wait = 0;
  const backoff = (attempt: number) => (wait = Math.max(0, policy.backoff(attempt)));
  return {
    retry: {
      limit: policy.limit,
      methods: key ? [...READS, ...WRITES] : READS,
      statusCodes: [...RETRY_STATUSES],
      afterStatusCodes: [...RETRY_STATUSES],
      retryOnTimeout: true,
      delay: backoff,
      backoffLimit: Number.POSITIVE_INFINITY,
      ...(policy.jitter ? { jitter: (delay: number) => (wait = delay / 2 + Math.random() * (delay / 2)) } : {}),
      shouldRetry: async ({ error }) => {
        if (signal?.aborted) return false;
        if (!isHTTPError(error)) return undefined;
        const { status, headers } = error.response;
        // The first request with this key is still being handled: ask again shortly.
        if (status === 409) return (await problemCode(error.response)) === 'idempotency_in_progress';
        if (!RETRY_STATUSES.has(status)) return false;
        const after = parseRetryAfter(headers.get('retry-after'));
        // ky would wait the longest it is allowed and then try; asked to wait longer, the SDK gives up now.
        if (after !== undefined && after > policy.maxRetryAfter) return false;
        if (after !== undefined) wait = after;
        return undefined;
      },
    },
    hooks: {
      beforeRequest: [
        (request) => {
          started = Date.now();
          // Set once: ky sends every retry as a copy of this request, so all attempts carry the one key.
          if (key && !request.headers.has('idempotency-key')) request.headers.set('idempotency-key', key);
        },
      ],
      afterResponse: [
        async (request, _options, response) => {
          const body = await readWithin(request, response, t.timeout - (Date.now() - started));
          const copy = new Response(NULL_BODY.has(response.status) ? null : body, response);
          Object.defineProperty(copy, 'url', { value: response.url });
          return copy;
        },
      ],
      beforeRetry: [
        async ({ error, retryCount }) => {
          if (!policy.onRetry) return;
          policy.onRetry({ operation: route.operationId, attempt: retryCount, delay: wait, error: await sdkError(t, route, error, signal) });
        },
      ],
    },
  };
};
