import * as z from 'zod/mini';
import { allRoutes } from '../routes/all.js';
import type { Route } from '../routes/define.js';
import { Problem } from '../schemas/problem.js';
import { EVENT_TYPES, eventPayload } from '../schemas/events.js';
import type { EventType } from '../schemas/events.js';
import { eventSummaries, summaries, tagDescriptions } from './summaries.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Malformed request (bad JSON, bad query or path parameter).',
  401: 'Missing or wrong bearer token.',
  404: 'Not found, or reference and token do not match.',
  409: 'Not possible in the current state.',
  413: 'Body or file too large.',
  415: 'Wrong content type.',
  422: 'Validation failed: see `issues` for the fields.',
  429: 'Too many requests: wait `Retry-After` seconds.',
  503: 'Temporarily unavailable.',
};

// The server's rate limit is global (packages/server/src/app/build.ts): any operation, even /health, can
// answer 429, so every operation documents it, not only those whose route lists it.
const EVERY_OPERATION_ERRORS = [429] as const;

const parameters = (route: Route) => {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const js = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, prop] of Object.entries(js.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: prop });
    }
  }
  if (route.idempotent) {
    out.push({
      name: 'Idempotency-Key', in: 'header', required: true,
      description: 'One key per logical submission, reused on every retry. A replay returns the first response; the same key with another body gets 422.',
      schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9_:.-]+$' },
    });
  }
  return out;
};

// The headers of every delivery (Standard Webhooks, https://www.standardwebhooks.com/).
const WEBHOOK_HEADERS: JsonSchema[] = [
  {
    name: 'webhook-id', in: 'header', required: true,
    description: 'The event\'s id: the same on every attempt to deliver it, so a receiver can drop a repeat.',
    schema: { type: 'string', pattern: '^msg_[A-Za-z0-9_-]+$' },
  },
  {
    name: 'webhook-timestamp', in: 'header', required: true,
    description: 'When this attempt was signed, in seconds since 1970 (UTC). Reject one far from your clock.',
    schema: { type: 'string', pattern: '^[0-9]+$' },
  },
  {
    name: 'webhook-signature', in: 'header', required: true,
    description: 'Space-separated `v1,<base64>` HMAC-SHA256 signatures of `id.timestamp.body`, one per secret in use (two while a secret is rotated).',
    schema: { type: 'string' },
  },
];

/** `report.created` → `reportCreated`: an operationId for an event's webhook. */
const operationIdOf = (type: EventType) => type.replace(/[._]([a-z])/g, (_, c: string) => c.toUpperCase());

const webhookOf = (type: EventType): JsonSchema => ({
  post: {
    operationId: operationIdOf(type),
    summary: eventSummaries[type],
    tags: ['events'],
    // the receiver is the server here: it checks the signature, not a token
    security: [],
    parameters: WEBHOOK_HEADERS,
    requestBody: { required: true, content: { 'application/json': { schema: toSchema(eventPayload(type), 'output') } } },
    responses: {
      '204': { description: 'Received. Any 2xx ends the delivery.' },
      '400': { description: 'Rejected (a bad signature, a stale timestamp): the delivery is tried again, then dead-lettered.' },
      '429': { description: 'Busy: the next attempt waits for `Retry-After` when given.' },
    },
  },
});

/** Builds the OpenAPI 3.1 document from the route table: the schemas are the only source. */
export const buildOpenApi = (version = '0.1.0') => {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of allRoutes) {
    const responses: Record<string, JsonSchema> = {};
    const ok = String(route.status ?? 200);
    if (route.response) {
      responses[ok] = { description: 'Success.', content: { 'application/json': { schema: toSchema(route.response, 'output') } } };
    } else if (route.produces) {
      responses[ok] = { description: 'Success.', content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } } };
    }
    if (route.cacheable) responses['304'] = { description: 'Not modified (matches `If-None-Match`).' };
    for (const status of new Set([...route.errors, ...EVERY_OPERATION_ERRORS])) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? 'Problem.',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
    }
    const operation: JsonSchema = {
      operationId: route.operationId,
      summary: summaries[route.operationId] ?? '',
      tags: [route.tag],
      parameters: parameters(route),
      responses,
    };
    // Public operations say so with an empty list: without it a reader (or Redocly's `security-defined`)
    // cannot tell "no token needed" from "forgot to document the token".
    operation.security = route.admin ? [{ staffToken: [] }] : [];
    if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } };
    } else if (route.upload) {
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
          },
        },
      };
    }
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Grannskap API',
      version,
      description:
        'Reports, activities, registrations and trivselpeng for a housing company\'s social-sustainability work. ' +
        'Every write needs an `Idempotency-Key`; every error is an RFC 9457 problem document with a stable `code`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: Object.entries(tagDescriptions).map(([name, description]) => ({ name, description })),
    paths,
    webhooks: Object.fromEntries(EVENT_TYPES.map((type) => [type, webhookOf(type)])),
    components: {
      schemas: { Problem: toSchema(Problem, 'output') },
      securitySchemes: { staffToken: { type: 'http', scheme: 'bearer', description: 'Staff token created with `grannskap-server token create`.' } },
    },
  };
};
