// Retries, idempotency, rate limits, timeouts and contract drift, through a real HTTP proxy
// that misbehaves in front of the real server.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createClient, isContractError, isNetworkError, isRateLimitError, isTimeoutError, isHttpError, type Client, type RetryInfo,
} from '@grannskap/sdk';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startProxy, type Proxy } from './helpers/proxy.js';
import { reportInput } from './helpers/fixtures.js';
import { createTransport } from '../src/client/core.js';
import { send } from '../src/client/transport.js';

let server: TestServer;
let proxy: Proxy;
let admin: Client;

before(async () => {
  server = await startTestServer();
  proxy = await startProxy(server.url);
  admin = createClient({ baseUrl: server.url, outbox: false, token: server.adminToken });
});
after(async () => {
  await proxy.close();
  await server.close();
});
beforeEach(() => {
  proxy.plan = () => undefined;
  proxy.seen.length = 0;
});

const fast = { limit: 3, backoff: () => 20, jitter: false };
const reportsWith = async (description: string) =>
  (await admin.admin.reports.list({ limit: 200 })).items.filter((r) => r.description === description);
const posts = () => proxy.seen.filter((s) => s.method === 'POST');

describe('idempotent retries', () => {
  test('a POST whose answer was lost is retried with the same key and stored once', async () => {
    const retries: RetryInfo[] = [];
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: { ...fast, onRetry: (i) => retries.push(i) } });
    const input = await reportInput(client, `dropped-after-${Date.now()}`);
    // The first POST reaches the server, which stores the report; the answer never comes back.
    proxy.plan = (req) => (req.method === 'POST' && posts().length === 1 ? { drop: 'after' } : undefined);
    const receipt = await client.reports.create(input);
    assert.equal(posts().length, 2);
    const [first, second] = posts();
    assert.ok(first?.headers['idempotency-key']);
    assert.equal(second?.headers['idempotency-key'], first?.headers['idempotency-key'], 'one key for the whole submission');
    assert.equal(retries.length, 1);
    assert.ok(isNetworkError(retries[0]?.error));
    const stored = await reportsWith(input.description);
    assert.equal(stored.length, 1, 'exactly one report');
    assert.equal(stored[0]?.reference, receipt.reference, 'the retry got the first answer replayed');
  });

  test('an explicit key covers retries the user starts: two calls, one report', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: 0 });
    const input = await reportInput(client, `double-click-${Date.now()}`);
    const key = client.idempotencyKey();
    const [a, b] = await Promise.allSettled([client.reports.create(input, { idempotencyKey: key }), client.reports.create(input, { idempotencyKey: key })]);
    const ok = [a, b].filter((r) => r.status === 'fulfilled');
    assert.ok(ok.length >= 1);
    // A concurrent twin may be told "in progress" (409); once done, a third call replays the answer.
    const again = await client.reports.create(input, { idempotencyKey: key });
    assert.equal((await reportsWith(input.description)).length, 1);
    assert.equal(again.reference, (ok[0] as PromiseFulfilledResult<{ reference: string }>).value.reference);
  });

  test('408, 502, 503 and 504 are retried with backoff; 500 and 4xx are not', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: { ...fast, limit: 4 } });
    const statuses = [408, 502, 503, 504];
    proxy.plan = (_req, n) => (n < statuses.length ? { status: statuses[n]!, body: { type: 'about:blank', title: 'x', status: statuses[n], code: 'internal_error' } } : undefined);
    const config = await client.config.get();
    assert.equal(config.timeZone, 'Europe/Stockholm');
    assert.equal(proxy.seen.length, 5);
    const gaps = proxy.seen.slice(1).map((s, i) => s.at - proxy.seen[i]!.at);
    assert.ok(gaps.every((g) => g >= 15), `waited between attempts: ${gaps.join(', ')}`);

    proxy.seen.length = 0;
    proxy.plan = () => ({ status: 500, body: { type: 'about:blank', title: 'Internal', status: 500, code: 'internal_error' } });
    await assert.rejects(client.config.get(), (e) => isHttpError(e) && e.status === 500 && e.code === 'internal_error');
    assert.equal(proxy.seen.length, 1);

    proxy.seen.length = 0;
    proxy.plan = () => ({ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' } });
    await assert.rejects(client.activities.get('nope'), (e) => isHttpError(e) && e.status === 404);
    assert.equal(proxy.seen.length, 1);
  });

  test('a write without an idempotency key is never retried; a 409 idempotency_in_progress is', async () => {
    const t = createTransport({ baseUrl: proxy.url, retry: fast });
    // A route as a backend without keys would have it: the same write, no Idempotency-Key.
    const unkeyed = { method: 'POST', path: '/v1/reports', operationId: 'createReport', tag: 'reports', errors: [] } as const;
    proxy.plan = () => ({ status: 503, body: { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' } });
    await assert.rejects(send(t, unkeyed, { body: undefined }), (e) => isHttpError(e) && e.status === 503);
    assert.equal(posts().length, 1, 'sent once');
    assert.equal(posts()[0]?.headers['idempotency-key'], undefined);

    proxy.seen.length = 0;
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: fast });
    const input = await reportInput(createClient({ baseUrl: server.url, outbox: false }), `in-progress-${Date.now()}`);
    proxy.plan = (req) => (req.method === 'POST' && posts().length === 1 ? { status: 409, body: { type: 'about:blank', title: 'In progress', status: 409, code: 'idempotency_in_progress' } } : undefined);
    await client.reports.create(input);
    assert.equal(posts().length, 2);
    assert.equal(posts()[1]?.headers['idempotency-key'], posts()[0]?.headers['idempotency-key']);
    assert.equal((await reportsWith(input.description)).length, 1);
  });

  test('the retry limit is honoured and the last error is thrown', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: { ...fast, limit: 2 } });
    proxy.plan = () => ({ drop: 'before' });
    await assert.rejects(client.reports.create(await reportInput(createClient({ baseUrl: server.url, outbox: false }))), (e) => isNetworkError(e));
    assert.equal(posts().length, 3);
  });
});

describe('rate limits', () => {
  test('429 with Retry-After: 1 is waited out, then retried', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: fast });
    proxy.plan = (_req, n) => (n === 0 ? { status: 429, headers: { 'retry-after': '1' }, body: { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'rate_limited' } } : undefined);
    const started = Date.now();
    const input = await reportInput(createClient({ baseUrl: server.url, outbox: false }), `rate-limited-${Date.now()}`);
    await client.reports.create(input);
    const first = posts()[0]!;
    const second = posts()[1]!;
    assert.ok(second.at - first.at >= 950, `waited ${second.at - first.at} ms`);
    assert.ok(Date.now() - started < 5000);
    assert.equal((await reportsWith(input.description)).length, 1);
  });

  test('Retry-After as an HTTP date is honoured too', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: fast });
    // HTTP dates have whole seconds: ask for the start of the second after next.
    const when = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000);
    proxy.plan = (_req, n) => (n === 0 ? { status: 503, headers: { 'retry-after': when.toUTCString() } } : undefined);
    await client.areas.list();
    assert.ok(proxy.seen[1]!.at >= when.getTime() - 50, `retried at ${proxy.seen[1]!.at - when.getTime()} ms from the asked time`);
  });

  test('a wait longer than maxRetryAfter is not taken: RateLimitError with retryAfter at once', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: { ...fast, maxRetryAfter: 2000 } });
    proxy.plan = () => ({ status: 429, headers: { 'retry-after': '120' }, body: { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'rate_limited', retryAfter: 120 } });
    const started = Date.now();
    await assert.rejects(client.areas.list(), (e) => isRateLimitError(e) && e.retryAfter === 120 && e.code === 'rate_limited');
    assert.equal(proxy.seen.length, 1);
    assert.ok(Date.now() - started < 1000);
  });

  test('the real server\'s own 429 becomes a RateLimitError', async () => {
    const limited = await startTestServer({ rateLimit: { max: 2, timeWindowMs: 60_000 } });
    try {
      const client = createClient({ baseUrl: limited.url, outbox: false, retry: { limit: 0 } });
      const receipt = await client.reports.create(await reportInput(client));
      const attempts = Array.from({ length: 6 }, () => client.cases.get(receipt.reference, receipt.token).then(() => undefined, (e: unknown) => e));
      const errors = (await Promise.all(attempts)).filter((e) => e !== undefined);
      assert.ok(errors.length > 0, 'the limit was hit');
      assert.ok(errors.every((e) => isRateLimitError(e) && e.status === 429 && typeof e.retryAfter === 'number' && e.retryAfter > 0), String(errors[0]));
    } finally {
      await limited.close();
    }
  });
});

describe('timeouts and drift', () => {
  test('a server slower than `timeout` gives TimeoutError (after the retries)', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, timeout: 150, retry: { ...fast, limit: 1 } });
    proxy.plan = () => ({ delay: 600 });
    const started = Date.now();
    await assert.rejects(client.config.get(), (e) => isTimeoutError(e) && e.timeout === 150 && e.operation === 'getConfig');
    assert.equal(proxy.seen.length, 2);
    assert.ok(Date.now() - started < 1000);
  });

  test('a body that stalls after the headers counts against the same timeout', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, timeout: 300, retry: { ...fast, limit: 1 } });
    proxy.plan = (_req, n) => (n === 0 ? { stallBody: 1500 } : undefined);
    const started = Date.now();
    const config = await client.config.get();
    assert.equal(config.timeZone, 'Europe/Stockholm', 'the retry got the whole body');
    assert.equal(proxy.seen.length, 2);
    assert.ok(Date.now() - started < 1200, `gave up on the stalled body in time (${Date.now() - started} ms)`);
    proxy.seen.length = 0;
    proxy.plan = () => ({ stallBody: 1500 });
    await assert.rejects(client.config.get(), (e) => isTimeoutError(e));
  });

  test('a timeout on the first attempt of a write is retried with the same key: one report', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, timeout: 400, retry: fast });
    const input = await reportInput(createClient({ baseUrl: server.url, outbox: false }), `slow-${Date.now()}`);
    proxy.plan = (req) => (req.method === 'POST' && posts().length === 1 ? { delay: 700 } : undefined);
    await client.reports.create(input);
    // The delayed first request still reaches the server after the client gave up on it.
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await reportsWith(input.description)).length, 1);
  });

  test('a response that drifted from the contract is a ContractError naming the path', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: fast });
    proxy.plan = () => ({
      rewrite: (json) => {
        const c = json as { limits: { photos: { maxCount: unknown } } };
        c.limits.photos.maxCount = 'four';
        return c;
      },
    });
    await assert.rejects(client.config.get(), (e) => {
      assert.ok(isContractError(e), String(e));
      assert.equal(e.operation, 'getConfig');
      assert.equal(e.path, 'limits.photos.maxCount');
      assert.deepEqual(e.issues[0]?.path, ['limits', 'photos', 'maxCount']);
      assert.match(e.message, /getConfig.*limits\.photos\.maxCount/);
      return true;
    });
    assert.equal(proxy.seen.length, 1, 'a drift is not retried');

    proxy.plan = () => ({ rewrite: (json) => ({ ...(json as object), items: [{ id: 'x y', name: '' }] }) });
    await assert.rejects(client.areas.list(), (e) => isContractError(e) && e.path.startsWith('items.0.'));
  });

  test('an aborted call rejects with the signal\'s reason and is not retried', async () => {
    const client = createClient({ baseUrl: proxy.url, outbox: false, retry: fast });
    proxy.plan = () => ({ delay: 500 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user left')), 50);
    await assert.rejects(client.config.get({ signal: controller.signal }), /user left/);
    assert.equal(proxy.seen.length, 1);
  });
});
