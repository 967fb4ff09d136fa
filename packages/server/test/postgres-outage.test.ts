// PostgreSQL stopped under a running server, then started again: meanwhile every request gets 503 with
// Retry-After (a problem document, never a 500), nothing is stored by halves, and once the database is back the
// server answers again without a restart of its own — the write that got a 503 goes in once, with its key.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, getConfig } from '@grannskap/contract';
import { call, freshKey, startTestServer, type TestServer } from './helpers/server.js';
import { reportBody } from './helpers/fixtures.js';
import { startPostgres, type PostgresCluster } from './helpers/postgres.js';
import { eventually } from './helpers/webhook-receiver.js';

describe('PostgreSQL stopped and started under a running server', () => {
  let cluster: PostgresCluster;
  let t: TestServer;
  before(async () => {
    cluster = await startPostgres();
    t = await startTestServer({ database: cluster.createDatabase('outage') });
  });
  after(async () => {
    await t?.close();
    cluster?.stop();
  });

  it('answers 503 with Retry-After while the database is down, and serves again once it is back', async () => {
    assert.equal((await call(t, getConfig)).status, 200);
    const body = await reportBody(t);
    const key = freshKey();
    cluster.pause();
    try {
      for (const answer of [await call(t, getConfig), await call(t, createReport, { body, key }), await call(t, getConfig)]) {
        assert.equal(answer.status, 503, answer.text);
        assert.equal(answer.headers.get('retry-after'), '5');
        assert.equal(answer.body.status, 503);
        assert.match(answer.body.detail, /database/);
      }
    } finally {
      cluster.resume();
    }
    await eventually(async () => (await call(t, getConfig)).status === 200 || undefined, 20_000, 'the config read to answer again');
    const sent = await call(t, createReport, { body, key });
    assert.equal(sent.status, 201, sent.text);
    const again = await call(t, createReport, { body, key });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.reference, sent.body.reference);
  });
});
