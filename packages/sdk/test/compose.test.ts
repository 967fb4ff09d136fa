// The composed client (@grannskap/sdk/compose) against the real server: the groups it was given work as
// createClient's do, the others say they are missing, and factories registered later still count.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createReport } from '@grannskap/contract';
import { createClient, isContractError, MemoryOutboxStore, type Client, type OutboxRoutes } from '@grannskap/sdk';
import { composeClient, type GroupFactories } from '@grannskap/sdk/compose';
import { configGroup } from '@grannskap/sdk/groups/config';
import { casesGroup } from '@grannskap/sdk/groups/cases';
import { reportsGroup } from '@grannskap/sdk/groups/reports';
import { defaultOutbox, outboxWith } from '@grannskap/sdk/groups/outbox';
import { startTestServer, type TestServer } from './helpers/server.js';
import { reportInput } from './helpers/fixtures.js';

let server: TestServer;
let admin: Client;

before(async () => {
  server = await startTestServer();
  admin = createClient({ baseUrl: server.url, outbox: false, token: server.adminToken });
});
after(() => server.close());

describe('composeClient', () => {
  test('the registered groups answer as createClient’s do; the others throw and name the way out', async () => {
    const client = composeClient({ baseUrl: server.url, retry: 0 }, { config: configGroup });
    assert.deepEqual(await client.config.get(), await admin.config.get());
    assert.equal(client.baseUrl, admin.baseUrl);
    assert.throws(() => client.reports, /client\.reports is not part of this bundle.*createClient/s);
    assert.throws(() => client.admin.reports.list(), /client\.admin is not part of this bundle/);
    // the same group object on every read: it is made once; and, as on createClient's, it can be replaced
    assert.equal(client.config, client.config);
    const own = { get: () => Promise.reject(new Error('own')) };
    client.config = own;
    assert.equal(client.config, own);
    client.outbox = undefined;
    assert.equal(client.outbox, undefined);
  });

  test('a factory registered after the client was made counts, and writes go out exactly once', async () => {
    const factories: Partial<GroupFactories> = { config: configGroup };
    const client = composeClient({ baseUrl: server.url, retry: 0 }, factories);
    assert.equal(client.outbox, undefined);
    Object.assign(factories, { reports: reportsGroup, cases: casesGroup, outbox: defaultOutbox });
    const description = `composed-${Date.now()}`;
    const body = { ...(await reportInput(admin)), description };
    const result = await client.outbox!.submit('createReport', { body }, { idempotencyKey: client.idempotencyKey() });
    assert.equal(result.status, 'sent');
    const receipt = result.status === 'sent' ? result.result : assert.fail('not sent');
    const status = await client.cases.get(receipt.reference, receipt.token);
    assert.equal(status.reference, receipt.reference);
    const stored = (await admin.admin.reports.list({ limit: 200 })).items.filter((r) => r.description === description);
    assert.equal(stored.length, 1);
  });

  test('outbox options: false turns it off, a given store is used', async () => {
    const off = composeClient({ baseUrl: server.url, outbox: false }, { outbox: defaultOutbox });
    assert.equal(off.outbox, undefined);
    const store = new MemoryOutboxStore();
    const kept = composeClient({ baseUrl: 'http://127.0.0.1:9/', outbox: store, retry: 0, timeout: 2000 }, { reports: reportsGroup, outbox: defaultOutbox });
    const submitted = await kept.outbox!.submit('createReport', { body: await reportInput(admin) });
    assert.equal(submitted.status, 'queued');
    assert.equal((await store.list()).length, 1);
    assert.equal(kept.outbox, kept.outbox);
  });

  test('outboxWith: an outbox sends only the writes it was given; a kept write of another waits until it has the route', async () => {
    const store = new MemoryOutboxStore();
    const routes: OutboxRoutes = {};
    const client = composeClient({ baseUrl: server.url, outbox: store, retry: 0 }, { outbox: outboxWith(routes) });
    const description = `outbox-with-${Date.now()}`;
    const body = { ...(await reportInput(admin)), description };
    await assert.rejects(client.outbox!.submit('createReport', { body }), /cannot send createReport.*outboxWith\(\{ createReport \}\).*README\.md#outbox/s);
    assert.deepEqual(await store.list(), [], 'a write the outbox cannot send is not kept');
    // a report kept by another page's outbox (in a browser they share IndexedDB; here, the store)
    await store.put({ id: crypto.randomUUID(), operation: 'createReport', body, createdAt: Date.now(), attempts: 1 });
    const left = await client.outbox!.flush();
    // not counted as pending: this outbox cannot send it, so a "flush until none pending" loop ends
    assert.deepEqual([left.sent.length, left.failed.length, left.pending], [0, 0, 0]);
    assert.equal((await client.outbox!.pending()).length, 1, 'the write is kept for an outbox that has its route');
    // routes are read when sending: one added later (a widget loaded later) counts
    routes.createReport = createReport;
    const sent = await client.outbox!.flush();
    assert.deepEqual([sent.sent.length, sent.failed.length, sent.pending], [1, 0, 0]);
    const stored = (await admin.admin.reports.list({ limit: 200 })).items.filter((r) => r.description === description);
    assert.equal(stored.length, 1);
  });

  test('options are checked as createClient checks them, and responses are still validated', async () => {
    assert.throws(() => composeClient({} as never, {}), /baseUrl.*README\.md#createclient/s);
    assert.throws(() => composeClient({ baseUrl: 'http://x', timeout: 0 }, {}), /timeout/);
    // a server that answers the config route with something else: the composed client refuses it
    const lying = composeClient(
      { baseUrl: server.url, retry: 0, fetch: async () => new Response('{"organisation":1}', { headers: { 'content-type': 'application/json' } }) },
      { config: configGroup },
    );
    await assert.rejects(lying.config.get(), isContractError);
  });
});
