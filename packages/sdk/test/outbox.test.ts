// The outbox against the real server: down → kept; up → sent exactly once (checked through the
// admin API); refused for good → removed and reported.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createClient, isNetworkError, isValidationError, MemoryOutboxStore, type Client, type OutboxEvent, type ReportCreate,
} from '@grannskap/sdk';
import { startTestServer, type TestServer } from './helpers/server.js';
import { startProxy } from './helpers/proxy.js';
import { reportInput } from './helpers/fixtures.js';

let server: TestServer;
let admin: Client;
let template: ReportCreate;

before(async () => {
  server = await startTestServer();
  admin = createClient({ baseUrl: server.url, outbox: false, token: server.adminToken });
  template = await reportInput(admin);
});
after(() => server.close());

const reportsWith = async (description: string) =>
  (await admin.admin.reports.list({ limit: 200 })).items.filter((r) => r.description === description);
const fast = { limit: 1, backoff: () => 10, jitter: false };

describe('outbox', () => {
  test('server down: the report is kept; server up: flush sends it exactly once', async () => {
    // A port that refuses connections: start a proxy, note its port, stop it.
    const probe = await startProxy(server.url);
    const port = probe.port;
    await probe.close();
    const store = new MemoryOutboxStore();
    const client = createClient({ baseUrl: `http://127.0.0.1:${port}/`, outbox: store, retry: fast });
    const events: OutboxEvent[] = [];
    client.outbox!.onChange((e) => events.push(e));
    const description = `offline-${Date.now()}`;

    const submitted = await client.outbox!.submit('createReport', { body: { ...template, description } });
    assert.equal(submitted.status, 'queued');
    assert.ok(submitted.status === 'queued' && isNetworkError(submitted.error));
    assert.deepEqual(events.map((e) => e.type), ['queued']);
    const [pending] = await client.outbox!.pending();
    assert.equal(pending?.id, submitted.key);
    assert.equal(pending?.operation, 'createReport');
    assert.equal(pending?.attempts, 1);
    assert.equal(pending?.lastError?.code, 'network_error');
    assert.deepEqual(Object.keys(pending!).sort(), ['attempts', 'body', 'createdAt', 'id', 'lastError', 'operation', 'params'].sort());

    // Still down: the entry stays, with one more attempt counted.
    const stillDown = await client.outbox!.flush();
    assert.deepEqual([stillDown.sent.length, stillDown.failed.length, stillDown.pending], [0, 0, 1]);
    assert.equal((await client.outbox!.pending())[0]?.attempts, 2);
    assert.equal(events.at(-1)?.type, 'retained');

    const proxy = await startProxy(server.url, port);
    try {
      const flushed = await client.outbox!.flush();
      assert.equal(flushed.sent.length, 1);
      assert.equal(flushed.pending, 0);
      assert.deepEqual(await client.outbox!.pending(), []);
      assert.equal(events.at(-1)?.type, 'sent');
      const stored = await reportsWith(description);
      assert.equal(stored.length, 1);
      assert.equal((flushed.sent[0]?.result as { reference: string }).reference, stored[0]?.reference);
      assert.equal(proxy.seen.filter((s) => s.method === 'POST')[0]?.headers['idempotency-key'], submitted.key, 'sent with the kept key');
      // Nothing left to send, nothing sent twice.
      const again = await client.outbox!.flush();
      assert.equal(again.sent.length, 0);
      assert.equal((await reportsWith(description)).length, 1);
    } finally {
      await proxy.close();
    }
  });

  test('the real server stopped and started again on the same database: one report', async () => {
    const own = await startTestServer();
    const { port, dataDir, adminToken } = own;
    const client = createClient({ baseUrl: own.url, outbox: new MemoryOutboxStore(), retry: fast });
    const input = { ...(await reportInput(client)), description: `killed-${Date.now()}` };
    await own.close({ keepData: true });
    const submitted = await client.outbox!.submit('createReport', { body: input });
    assert.equal(submitted.status, 'queued');
    const again = await startTestServer({ port, dataDir });
    try {
      const flushed = await client.outbox!.flush();
      assert.equal(flushed.sent.length, 1);
      const staff = createClient({ baseUrl: again.url, outbox: false, token: adminToken });
      const stored = (await staff.admin.reports.list({ limit: 200 })).items.filter((r) => r.description === input.description);
      assert.equal(stored.length, 1);
    } finally {
      await again.close();
    }
  });

  test('an answer lost on the way back: kept, and the flush gets the first answer replayed', async () => {
    const proxy = await startProxy(server.url);
    try {
      const client = createClient({ baseUrl: proxy.url, outbox: new MemoryOutboxStore(), retry: 0 });
      const description = `lost-answer-${Date.now()}`;
      proxy.plan = (req) => (req.method === 'POST' ? { drop: 'after' } : undefined);
      const submitted = await client.outbox!.submit('createReport', { body: { ...template, description } });
      assert.equal(submitted.status, 'queued');
      assert.equal((await reportsWith(description)).length, 1, 'the server did store it');
      proxy.plan = () => undefined;
      const flushed = await client.outbox!.flush();
      assert.equal(flushed.sent.length, 1);
      const stored = await reportsWith(description);
      assert.equal(stored.length, 1, 'still exactly one');
      assert.equal((flushed.sent[0]?.result as { reference: string }).reference, stored[0]?.reference);
    } finally {
      await proxy.close();
    }
  });

  test('entries go oldest first; one the server refuses for good is removed and reported', async () => {
    const proxy = await startProxy(server.url);
    try {
      const store = new MemoryOutboxStore();
      const client = createClient({ baseUrl: proxy.url, outbox: store, retry: 0 });
      const stamp = Date.now();
      proxy.plan = () => ({ drop: 'before' });
      const a = await client.outbox!.submit('createReport', { body: { ...template, description: `first-${stamp}` } });
      // Valid for the SDK, unknown to the server: a 422 that will never succeed.
      const b = await client.outbox!.submit('createReport', { body: { ...template, category: 'no_such_category', description: `refused-${stamp}` } });
      const c = await client.outbox!.submit('createReport', { body: { ...template, description: `third-${stamp}` } });
      assert.deepEqual([a.status, b.status, c.status], ['queued', 'queued', 'queued']);
      assert.equal((await client.outbox!.pending()).length, 3);

      proxy.plan = () => undefined;
      proxy.seen.length = 0;
      const events: OutboxEvent[] = [];
      client.outbox!.onChange((e) => events.push(e));
      const flushed = await client.outbox!.flush();
      assert.deepEqual(proxy.seen.filter((s) => s.method === 'POST').map((s) => (JSON.parse(s.body) as { description: string }).description), [`first-${stamp}`, `refused-${stamp}`, `third-${stamp}`]);
      assert.equal(flushed.sent.length, 2);
      assert.equal(flushed.failed.length, 1);
      assert.ok(isValidationError(flushed.failed[0]?.error));
      assert.deepEqual(events.map((e) => e.type), ['sent', 'failed', 'sent']);
      assert.equal(flushed.pending, 0);
      assert.equal((await reportsWith(`refused-${stamp}`)).length, 0);
    } finally {
      await proxy.close();
    }
  });

  test('invalid input is thrown at submit and never kept; a successful submit keeps nothing', async () => {
    const store = new MemoryOutboxStore();
    const client = createClient({ baseUrl: server.url, outbox: store });
    await assert.rejects(client.outbox!.submit('createReport', { body: { ...template, description: '' } }), (e) => isValidationError(e) && e.local);
    const sent = await client.outbox!.submit('createReport', { body: { ...template, description: `direct-${Date.now()}` } });
    assert.equal(sent.status, 'sent');
    assert.ok(sent.status === 'sent' && /^R-/.test(sent.result.reference));
    assert.deepEqual(await store.list(), []);
  });

  test('a flush started while one runs shares it', async () => {
    const proxy = await startProxy(server.url);
    try {
      const client = createClient({ baseUrl: proxy.url, outbox: new MemoryOutboxStore(), retry: 0 });
      proxy.plan = () => ({ drop: 'before' });
      await client.outbox!.submit('createReport', { body: { ...template, description: `shared-${Date.now()}` } });
      proxy.plan = () => undefined;
      proxy.seen.length = 0;
      const [x, y] = [client.outbox!.flush(), client.outbox!.flush()];
      assert.equal(x, y);
      await x;
      assert.equal(proxy.seen.filter((s) => s.method === 'POST').length, 1);
    } finally {
      await proxy.close();
    }
  });
});
