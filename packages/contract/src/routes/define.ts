import type * as z from 'zod/mini';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
/** Any zod/mini schema: the shape of a route's params, query, body and response. */
export type Schema = z.ZodMiniType;

/** One operation of the API: the single source for the server's validation, the SDK's calls and the OpenAPI document. */
export interface Route<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | undefined = Schema | undefined,
> {
  readonly method: HttpMethod;
  /** OpenAPI-style template, e.g. `/v1/cases/{reference}`. */
  readonly path: string;
  readonly operationId: string;
  readonly tag: string;
  /** Needs a staff bearer token. */
  readonly admin?: boolean;
  readonly params?: P;
  readonly query?: Q;
  /** JSON body, validated strictly (unknown fields are rejected). */
  readonly body?: B;
  /** `multipart/form-data` with one `file` part instead of a JSON body. */
  readonly upload?: boolean;
  /** The write needs an `Idempotency-Key` header. */
  readonly idempotent?: boolean;
  /**
   * A write without a body that has the same effect however often it is sent, for callers that cannot send an
   * `Idempotency-Key` (a mail program's one-click unsubscribe, RFC 8058).
   */
  readonly repeatable?: true;
  /** JSON response schema; undefined for non-JSON responses (see `produces`). */
  readonly response?: R;
  readonly status?: 200 | 201 | 204;
  /** Media type of a non-JSON response. */
  readonly produces?: 'text/calendar' | 'image/jpeg' | 'text/html' | 'text/plain';
  /** Sends `ETag`/`Cache-Control` and answers `If-None-Match` with 304. */
  readonly cacheable?: boolean;
  /** Status codes of problem documents this operation can answer with. */
  readonly errors: readonly number[];
}

export const defineRoute = <
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
>(
  route: Route<P, Q, B, R>,
): Route<P, Q, B, R> => route;

/** Fills `{name}` placeholders of a route path, encoding each value. */
export const routePath = (path: string, params: Record<string, string> = {}): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
