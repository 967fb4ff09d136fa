import type {} from '@fastify/multipart';
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { Route } from '@grannskap/contract';
import type * as z from 'zod/mini';
import type { Ctx, Deps, HandlerMap, JsonResult, Result } from './context.js';
import { ProblemError, notFound } from './problem.js';
import { toFieldIssues } from '@grannskap/contract';
import { authenticate } from './auth.js';
import { canonicalJson } from './canonical.js';
import { idempotencyRowKey, openBody, sealBody } from './idempotency.js';
import { ReadCache } from './read-cache.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:.-]{8,128}$/;

export interface RateLimits { public: { max: number; timeWindow: number }; sensitive: { max: number; timeWindow: number } }

// Places left change with every registration: caches may keep these but must revalidate (cheap, ETag).
const LIVE_COUNTS = new Set(['listOccurrences', 'getActivity']);

const toFastifyPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Case and registration lookups and every write get the tighter limit. */
const isSensitive = (route: Route) => route.method !== 'GET' || route.operationId === 'getCase' || route.operationId === 'getRegistration';

const parsePart = (schema: z.ZodMiniType | undefined, value: unknown, where: 'path' | 'query' | 'body', hide: string | undefined) => {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (result.success) return result.data;
  if (hide !== undefined && where !== 'body') throw notFound(hide);
  const issues = toFieldIssues(result.error.issues, where === 'body' ? [] : [where]);
  if (where === 'body') throw new ProblemError(422, 'validation_failed', 'The request body has fields that need to be corrected.', issues);
  throw new ProblemError(400, 'validation_failed', `Bad ${where === 'path' ? 'path' : 'query'} parameter.`, issues);
};

/** Shapes a response with the route's schema: unknown keys are dropped, and drift is a server bug. */
const shape = (route: Route, body: unknown): unknown => {
  if (!route.response) return body;
  const result = route.response.safeParse(body);
  if (!result.success) {
    throw new Error(`Response of ${route.operationId} does not match the contract: ${JSON.stringify(result.error.issues).slice(0, 2000)}`);
  }
  return result.data;
};

const etagOf = (payload: string | Buffer) => `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;

const matchesEtag = (header: string | undefined, etag: string) =>
  header !== undefined && header.split(',').some((t) => { const v = t.trim(); return v === '*' || v === etag || v === `W/${etag}`; });

const isJson = (contentType: string | undefined) => {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
};

/** Registers every contract route; fails before listening when one has no handler. */
export const bindRoutes = (app: FastifyInstance, routes: readonly Route[], handlers: HandlerMap, deps: Omit<Deps, 'logger'>, limits: RateLimits | null) => {
  const missing = routes.filter((r) => !handlers[r.operationId]).map((r) => r.operationId);
  if (missing.length) throw new Error(`No handler for operation(s): ${missing.join(', ')}`);
  const known = new Set(routes.map((r) => r.operationId));
  const extra = Object.keys(handlers).filter((id) => !known.has(id));
  if (extra.length) throw new Error(`Handlers for operations the contract does not have: ${extra.join(', ')}`);
  const readCache = new ReadCache();

  for (const route of routes) {
    const spec = handlers[route.operationId]!;
    const hide = spec.hideInvalid;
    const limit = limits ? (isSensitive(route) ? limits.sensitive : limits.public) : null;

    // Public cacheable GETs are answered from the read cache while the data is unchanged.
    const cached = route.cacheable && route.method === 'GET' && !route.admin;
    const cacheControl = LIVE_COUNTS.has(route.operationId) ? 'public, no-cache' : 'public, max-age=60';

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      const cacheKey = cached ? `${request.url}\n${request.headers['accept-language'] ?? ''}` : '';
      const version = cached ? await deps.store.dataVersion() : '';
      const hit = cached ? readCache.get(cacheKey, version) : undefined;
      if (hit) {
        reply.code(hit.status).type(hit.contentType).header('etag', hit.etag).header('cache-control', cacheControl);
        for (const [name, value] of Object.entries(hit.headers)) reply.header(name, value);
        if (matchesEtag(request.headers['if-none-match'], hit.etag)) return reply.code(304).send();
        return reply.send(hit.payload);
      }
      const admin = route.admin ? await authenticate(request, deps.store) : null;
      const params = parsePart(route.params, request.params, 'path', hide);
      const query = parsePart(route.query, request.query, 'query', hide);
      if (route.body && !isJson(request.headers['content-type'])) {
        throw new ProblemError(415, 'unsupported_media_type', 'Send the body as application/json.');
      }
      if (route.upload && !request.isMultipart()) {
        throw new ProblemError(415, 'unsupported_media_type', 'Send the photo as multipart/form-data with one "file" part.');
      }
      let key: string | null = null;
      if (route.idempotent) {
        const raw = request.headers['idempotency-key'];
        if (typeof raw !== 'string' || !IDEMPOTENCY_KEY.test(raw)) {
          throw new ProblemError(400, 'idempotency_key_required', 'Send an Idempotency-Key header: 8–128 characters of A–Z, a–z, 0–9, _ : . -');
        }
        key = raw;
      }
      const body = parsePart(route.body, request.body, 'body', undefined);

      let committed = false;
      const path = request.url.split('?')[0] ?? '';
      const commit = (write: () => Promise<JsonResult>): Promise<JsonResult> => {
        committed = true;
        return deps.store.transaction(async (): Promise<JsonResult> => {
          if (key === null) {
            const result = await write();
            return { ...result, body: shape(route, result.body) };
          }
          const fingerprint = createHash('sha256')
            // a route without a body ignores whatever was sent as one, and so does its fingerprint
            .update(`${route.method}\n${path}\n${admin ?? ''}\n${(request as { uploadDigest?: string }).uploadDigest ?? (route.body ? canonicalJson(request.body) : '')}`)
            .digest('hex');
          const rowKey = idempotencyRowKey(key);
          const previous = await deps.store.getIdempotency(rowKey);
          if (previous) {
            if (previous.fingerprint !== fingerprint) {
              throw new ProblemError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
            }
            return { status: previous.status, body: JSON.parse(openBody(key, previous.body)) as unknown, headers: { 'idempotent-replayed': 'true' } };
          }
          const result = await write();
          const shaped = shape(route, result.body);
          const status = result.status ?? route.status ?? 200;
          await deps.store.putIdempotency(rowKey, { fingerprint, status, body: sealBody(key, JSON.stringify(shaped)) }, deps.now().toISOString());
          return { ...result, status, body: shaped };
        });
      };

      const ctx: Ctx = { params, query, body, request, reply, deps: { ...deps, logger: request.log }, admin, commit };
      let result: Result = await spec.handle(ctx);
      if (route.idempotent && !committed) throw new Error(`${route.operationId} did not commit its write`);
      if ('body' in result && !committed) result = { ...result, body: shape(route, result.body) };

      const status = result.status ?? route.status ?? 200;
      reply.code(status);
      for (const [name, value] of Object.entries(result.headers ?? {})) reply.header(name, value);
      const payload = 'raw' in result ? result.raw : JSON.stringify(result.body);
      const contentType = 'raw' in result ? result.contentType : 'application/json; charset=utf-8';
      reply.type(contentType);
      if (route.cacheable) {
        const etag = etagOf(payload);
        if (cached && status === 200) readCache.set(cacheKey, { version, status, payload: Buffer.from(payload), contentType, etag, headers: { ...(result.headers ?? {}) } });
        reply.header('etag', etag).header('cache-control', cacheControl);
        if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
      } else {
        // Private answers (case status, receipts with tokens) must not sit in shared caches.
        reply.header('cache-control', 'no-store');
      }
      return reply.send(payload);
    };

    const options: RouteOptions = {
      method: route.method,
      url: toFastifyPath(route.path),
      handler,
      config: limit ? { rateLimit: limit } : {},
    };
    app.route(options);
  }
};
