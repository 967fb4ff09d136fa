import ky from 'ky';
import { routePath, type FieldIssue, type Route } from '@grannskap/contract';
import { ContractError } from '../errors/contract-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { toFieldIssues } from '@grannskap/contract';
import { attempts } from './attempts.js';
import { sdkError } from './ky-errors.js';
import type { RetryPolicy } from './retry.js';

/** What every call shares; made once by `createClient`. */
export interface Transport {
  /** The fetch to send with (the `fetch` option or the global one, looked up per call so a polyfill or spy set later applies). */
  readonly fetch: typeof globalThis.fetch;
  /** The API base URL, always ending in `/`. */
  readonly baseUrl: string;
  readonly timeout: number;
  readonly retry: RetryPolicy;
  readonly locale: string | undefined;
  readonly token: () => string | undefined | Promise<string | undefined>;
  readonly idempotencyKey: () => string;
}

/** Per-call options every operation accepts. */
export interface CallOptions {
  /** Aborts the call (and its retries); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Per-call options of writes. */
export interface WriteOptions extends CallOptions {
  /** The key of this logical submission; pass the same one when the user retries it. A fresh one is made when absent. */
  idempotencyKey?: string;
}

export interface RouteRequest {
  params?: unknown;
  query?: unknown;
  body?: unknown;
  /** A multipart body, made anew for every attempt (a FormData body is used up by sending). */
  form?: () => FormData;
  /** Read the body as a Blob instead of parsing JSON (routes with `produces`). */
  blob?: boolean;
}

interface Schema {
  safeParse(data: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly unknown[] } };
}

type Checked = { ok: true; value: unknown } | { ok: false; issues: FieldIssue[] };

/** Checks one part of a request with the route's schema. */
const checkPart = (schema: unknown, value: unknown): Checked => {
  if (!schema) return { ok: true, value };
  const result = (schema as Schema).safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: toFieldIssues(result.error.issues as Parameters<typeof toFieldIssues>[0]) };
};

/**
 * The request's parts as the route's schemas output them. Bad input never leaves the device:
 * one local `ValidationError` lists the issues of the path, query and body together.
 */
export const checkRequest = (route: Route, req: RouteRequest): { params: Record<string, string>; query: unknown; body: unknown } => {
  const params = checkPart(route.params, req.params ?? {});
  const query = route.query ? checkPart(route.query, req.query ?? {}) : ({ ok: true, value: undefined } as const);
  const body = route.body ? checkPart(route.body, req.body) : ({ ok: true, value: undefined } as const);
  if (params.ok && query.ok && body.ok) return { params: params.value as Record<string, string>, query: query.value, body: body.value };
  const issues = [params, query, body].flatMap((part) => (part.ok ? [] : part.issues));
  throw new ValidationError({ status: 0, operation: route.operationId, method: route.method, url: route.path, local: true, issues });
};

/** The absolute URL of one call: the base, the filled path and the query without its empty values. */
const urlOf = (t: Transport, path: string, query: unknown): string => {
  const url = new URL(t.baseUrl + path);
  if (query !== undefined) {
    for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    }
  }
  return url.href;
};

/**
 * Sends one route call through ky: validates the input, then lets ky try up to `retry.limit + 1` times
 * (its timeout per attempt, its backoff, its Retry-After). Writes carry one `Idempotency-Key` for all
 * their attempts, so retrying a POST is safe; a write without one is never retried. Whatever ky throws
 * leaves as one of the SDK's errors (./ky-errors.ts).
 */
export const send = async (t: Transport, route: Route, req: RouteRequest, options: WriteOptions = {}): Promise<unknown> => {
  const { params, query, body } = checkRequest(route, req);
  const url = urlOf(t, routePath(route.path, params).replace(/^\//, ''), query);
  const headers: Record<string, string> = {};
  if (t.locale) headers['accept-language'] = t.locale;
  if (!req.blob) headers.accept = 'application/json, application/problem+json';
  if (route.admin) {
    const token = await t.token();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  const key = route.idempotent ? (options.idempotencyKey ?? t.idempotencyKey()) : undefined;
  let response: Response;
  try {
    response = await ky(url, {
      method: route.method,
      headers,
      ...(body !== undefined ? { json: body } : req.form ? { body: req.form() } : {}),
      // No cookies anywhere: the API authenticates staff with bearer tokens only.
      credentials: 'omit',
      signal: options.signal,
      timeout: t.timeout,
      fetch: t.fetch,
      ...attempts(t, route, key, options.signal),
    });
  } catch (error) {
    throw await sdkError(t, route, error, options.signal);
  }
  if (req.blob) return response.blob();
  return parseBody(route, response.status, await response.text());
};

const parseBody = (route: Route, status: number, text: string): unknown => {
  const operation = route.operationId;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new ContractError(operation, status, [{ path: [], code: 'invalid_json', message: 'The body is not JSON' }], cause);
  }
  if (!route.response) return json;
  const result = (route.response as unknown as Schema).safeParse(json);
  if (result.success) return result.data;
  throw new ContractError(operation, status, toFieldIssues(result.error.issues as Parameters<typeof toFieldIssues>[0]));
};
