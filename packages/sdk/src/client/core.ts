import { createIdempotencyKey } from './idempotency.js';
import { retryPolicy, type RetryOptions } from './retry.js';
import type { Transport } from './transport.js';
import type { OutboxStore } from '../outbox/store.js';

// What every client shares, whichever groups it has: checked options and the transport. Kept apart from
// the groups so that a bundle that needs a few of them (see ../compose.ts) does not carry the others' schemas.

const DOCS = 'packages/sdk/README.md';

export interface ClientOptions {
  /** The API's base URL, e.g. `https://api.example.se/` (a path prefix is kept). Relative URLs resolve against the page. */
  baseUrl: string | URL;
  /** A fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds one attempt may take, headers and body together (default 10 000). */
  timeout?: number;
  /** Retries of network errors, timeouts, 408, 429 and 502–504; a number sets only `limit`. */
  retry?: RetryOptions | number;
  /** Staff bearer token for `admin.*`, or a function that returns the current one. Never sent to public routes. */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** The user's language (`sv`, `en`, `fi`, `ar`, `so`): sent as `Accept-Language` and as `locale` of new submissions. */
  locale?: string;
  /**
   * Where unsent writes wait (see `client.outbox`). Default: IndexedDB in browsers, memory
   * elsewhere. `false` turns the outbox off.
   */
  outbox?: OutboxStore | false;
  /** In browsers, send kept writes when the `online` event fires and once at start, for entries left by an earlier visit (default false). */
  autoFlush?: boolean;
  /** Makes idempotency keys (default `crypto.randomUUID`). */
  idempotencyKey?: () => string;
}

const resolveBase = (baseUrl: string | URL | undefined): URL => {
  if (baseUrl === undefined || baseUrl === '') {
    throw new TypeError(`createClient needs \`baseUrl\`, the API's address, e.g. createClient({ baseUrl: 'https://api.example.se/' }). See ${DOCS}#createclient`);
  }
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(baseUrl, page);
  } catch {
    throw new TypeError(`createClient: \`baseUrl\` "${String(baseUrl)}" is not a URL; give an absolute http(s) URL (relative ones only work in a page). See ${DOCS}#createclient`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`createClient: \`baseUrl\` must use http or https, not ${url.protocol}. See ${DOCS}#createclient`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
};

/** Checks the options and makes the transport every group of one client shares. */
export const createTransport = (options: ClientOptions): Transport => {
  const base = resolveBase(options?.baseUrl);
  const timeout = options.timeout ?? 10_000;
  if (!(timeout > 0 && timeout <= 2_147_483_647)) {
    throw new TypeError(`createClient: \`timeout\` is milliseconds per attempt, between 1 and 2147483647; got ${timeout}. See ${DOCS}#createclient`);
  }
  const token = options.token;
  const fetchWith = options.fetch;
  return {
    // called unbound, as `window.fetch` wants; the global one is looked up per call
    fetch: fetchWith ? (request) => fetchWith(request) : (request) => globalThis.fetch(request),
    baseUrl: base.href,
    timeout,
    retry: retryPolicy(options.retry),
    locale: options.locale,
    token: typeof token === 'function' ? token : () => token,
    idempotencyKey: options.idempotencyKey ?? createIdempotencyKey,
  };
};
