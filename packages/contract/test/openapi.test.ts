import { test } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import { EVENT_TYPES, Event, allRoutes } from '../src/index.js';
import { buildOpenApi } from '../src/openapi/index.js';

type Operation = {
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  security?: Record<string, string[]>[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, unknown> }>;
};
// A JSON round trip: what the server serves is what is validated.
const doc = JSON.parse(JSON.stringify(buildOpenApi('9.9.9'))) as {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string; description?: string }[];
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
  webhooks: Record<string, { post: Operation & { tags: string[]; summary: string } }>;
};
const operationOf = (method: string, path: string) => doc.paths[path]?.[method.toLowerCase()];

test('the document is valid OpenAPI 3.1 according to a real validator', async () => {
  const validator = new Validator();
  const result = await validator.validate(doc as never);
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2)?.slice(0, 3000));
  assert.equal(validator.version, '3.1');
  assert.equal(doc.info.version, '9.9.9');
});

test('the validator is not a rubber stamp: a broken document fails', async () => {
  const broken = structuredClone(doc);
  const first = Object.values(Object.values(broken.paths)[0]!)[0]!;
  first.parameters.push({ name: 'x', in: 'nowhere', required: true, schema: {} });
  const result = await new Validator().validate(broken as never);
  assert.equal(result.valid, false);
});

test('every route appears with its operationId, once', () => {
  assert.ok(allRoutes.length >= 20, `${allRoutes.length} routes`);
  const ids = allRoutes.map((r) => r.operationId);
  assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
  for (const route of allRoutes) {
    const op = operationOf(route.method, route.path);
    assert.ok(op, `${route.method} ${route.path} is missing`);
    assert.equal(op.operationId, route.operationId);
  }
  const count = Object.values(doc.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);
  assert.equal(count, allRoutes.length, 'no operation that is not a route');
});

test('every path placeholder is a required path parameter', () => {
  for (const route of allRoutes) {
    const op = operationOf(route.method, route.path)!;
    const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const declared = op.parameters.filter((p) => p.in === 'path');
    assert.deepEqual(declared.map((p) => p.name).sort(), [...names].sort(), route.operationId);
    for (const p of declared) assert.equal(p.required, true);
  }
});

test('every idempotent route declares a required Idempotency-Key header, and every write is idempotent', () => {
  for (const route of allRoutes) {
    const op = operationOf(route.method, route.path)!;
    const header = op.parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
    if (route.idempotent) {
      assert.ok(header, `${route.operationId} lacks Idempotency-Key`);
      assert.equal(header.required, true);
      assert.equal(header.schema.type, 'string');
    } else {
      assert.equal(header, undefined, route.operationId);
    }
    if (route.method !== 'GET' && route.repeatable) {
      // the one exception: a write that a repeat cannot change, with nothing in a body to differ between tries
      assert.equal(route.idempotent, undefined, route.operationId);
      assert.equal(route.body, undefined, `${route.operationId} is repeatable, so it takes no body`);
    } else if (route.method !== 'GET') assert.equal(route.idempotent, true, `${route.operationId} is a write without an idempotency key`);
  }
});

test('every admin route is secured by the bearer scheme, and no public route is', () => {
  assert.deepEqual(doc.components.securitySchemes.staffToken, { ...doc.components.securitySchemes.staffToken, type: 'http', scheme: 'bearer' });
  let admin = 0;
  for (const route of allRoutes) {
    const op = operationOf(route.method, route.path)!;
    if (route.admin) {
      admin++;
      assert.deepEqual(op.security, [{ staffToken: [] }], route.operationId);
      assert.ok(route.path.startsWith('/v1/admin/'), `${route.operationId} lives under /v1/admin`);
      assert.ok(op.responses['401'], `${route.operationId} documents 401`);
    } else {
      // An explicit empty list: "no token needed", not "forgot to say".
      assert.deepEqual(op.security, [], route.operationId);
      assert.ok(!route.path.startsWith('/v1/admin/'), route.operationId);
    }
  }
  assert.ok(admin >= 5);
});

test('bodies, responses and problems are documented', () => {
  for (const route of allRoutes) {
    const op = operationOf(route.method, route.path)!;
    if (route.body) {
      const schema = op.requestBody?.content['application/json']?.schema;
      assert.ok(schema, route.operationId);
      // Strict bodies: unknown fields are rejected, and the document says so.
      const branches = (schema.oneOf ?? schema.anyOf ?? [schema]) as Record<string, unknown>[];
      for (const b of branches) assert.equal(b.additionalProperties, false, `${route.operationId} body allows unknown fields`);
    }
    if (route.upload) assert.ok(op.requestBody?.content['multipart/form-data'], route.operationId);
    const ok = op.responses[String(route.status ?? 200)];
    assert.ok(ok, `${route.operationId} success response`);
    if (route.produces) assert.ok(ok.content?.[route.produces], route.operationId);
    for (const status of route.errors) assert.ok(op.responses[String(status)]?.content?.['application/problem+json'], `${route.operationId} ${status}`);
    if (route.cacheable) assert.ok(op.responses['304'], route.operationId);
  }
});

test('the shipped openapi.json is the document the schemas build (rebuild after changing the contract)', (t) => {
  const file = new URL('../openapi.json', import.meta.url);
  if (!existsSync(file)) {
    t.skip('openapi.json is written by `npm run build`');
    return;
  }
  assert.equal(readFileSync(file, 'utf8'), `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
});

test('every operation has a summary (they live in openapi/summaries.ts, outside the browser bundles)', () => {
  for (const route of allRoutes) {
    const op = doc.paths[route.path]?.[route.method.toLowerCase()] as (Operation & { summary?: string }) | undefined;
    assert.ok(op?.summary && op.summary.length > 10, `${route.operationId} has no summary`);
  }
});

test('every tag is described and used, and every operation\'s tag is declared', () => {
  const webhookTags = Object.values(doc.webhooks).flatMap((item) => item.post.tags);
  const used = new Set([...allRoutes.map((r) => r.tag), ...webhookTags]);
  assert.deepEqual(doc.tags.map((t) => t.name).sort(), [...used].sort());
  for (const tag of doc.tags) assert.ok(tag.description && tag.description.length > 20, `tag ${tag.name} has no description`);
});

test('every operation documents 429, since the rate limit is global, and so has a 4xx answer', () => {
  for (const route of allRoutes) {
    const op = operationOf(route.method, route.path)!;
    assert.ok(op.responses['429']?.content?.['application/problem+json'], `${route.operationId} lacks 429`);
  }
});

test('every event is an OpenAPI 3.1 webhook with the Standard Webhooks headers and its payload schema', () => {
  assert.deepEqual(Object.keys(doc.webhooks).sort(), [...EVENT_TYPES].sort());
  for (const [type, item] of Object.entries(doc.webhooks)) {
    const op = item.post;
    assert.ok(op.summary.length > 10, `${type} has no summary`);
    assert.deepEqual(op.parameters.filter((p) => p.in === 'header').map((p) => p.name), ['webhook-id', 'webhook-timestamp', 'webhook-signature']);
    const schema = op.requestBody!.content['application/json']!.schema as { properties: { type: { const?: string }; data: unknown }; required: string[] };
    assert.equal(schema.properties.type.const, type, `${type}: the body's type is fixed`);
    assert.deepEqual([...schema.required].sort(), ['data', 'timestamp', 'type']);
  }
});

test('an event body parses only with the data of its own type', () => {
  const cancelled = { type: 'registration.cancelled', timestamp: '2026-12-24T22:00:00.000Z', data: { id: 'r1', activityId: 'a1', occurrence: '2026-12-27T10:00', participants: 2, at: '2026-12-24T22:00:00.000Z' } };
  assert.equal(Event.safeParse(cancelled).success, true);
  assert.equal(Event.safeParse({ ...cancelled, type: 'registration.promoted' }).success, false, 'promoted needs promoted and waitlistedParticipants');
  assert.equal(Event.safeParse({ ...cancelled, type: 'report.deleted' }).success, false, 'an unknown type is refused');
});
