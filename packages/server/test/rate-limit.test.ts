import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, getCase, listAreas } from '@grannskap/contract';
import { call, startTestServer, type TestServer } from './helpers/server.js';

describe('rate limits per client', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer({ rateLimit: { max: 6, timeWindowMs: 60_000, sensitiveMax: 2 } }); });
  after(async () => t.close());

  it('answers 429 with Retry-After and retryAfter once public GETs pass the limit', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 8; i++) {
      last = await call(t, listAreas);
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 429, 429]);
    const retryAfter = Number(last!.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60);
    assert.equal(last!.body.code, 'rate_limited');
    assert.equal(last!.body.retryAfter, retryAfter);
  });

  it('limits case lookups and writes more tightly than public GETs', async () => {
    const lookups = [];
    for (let i = 0; i < 3; i++) lookups.push((await call(t, getCase, { params: { reference: 'R-2026-000001' }, query: { token: 'A'.repeat(43) } })).status);
    assert.deepEqual(lookups, [404, 404, 429]);
    const writes = [];
    for (let i = 0; i < 3; i++) writes.push((await call(t, createReport, { body: {} })).status);
    assert.deepEqual(writes, [422, 422, 429]);
  });
});

describe('rate limits behind a reverse proxy', () => {
  const limits = { max: 3, timeWindowMs: 60_000 };
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  const statuses = async (t: TestServer, ip: string, n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await call(t, listAreas, from(ip))).status);
    return out;
  };

  it('counts each visitor named by a trusted proxy on its own', async () => {
    const t = await startTestServer({ rateLimit: limits, trustProxy: ['127.0.0.1'] });
    try {
      assert.deepEqual(await statuses(t, '203.0.113.7', 4), [200, 200, 200, 429]);
      // a neighbour behind the same proxy is not locked out by the first visitor
      assert.deepEqual(await statuses(t, '198.51.100.9', 3), [200, 200, 200]);
    } finally {
      await t.close();
    }
  });

  it('ignores X-Forwarded-For unless a proxy is trusted, so a client cannot escape its limit', async () => {
    const t = await startTestServer({ rateLimit: limits });
    try {
      const seen = [];
      for (let i = 0; i < 5; i++) seen.push((await call(t, listAreas, from(`203.0.113.${i + 1}`))).status);
      assert.deepEqual(seen, [200, 200, 200, 429, 429]);
    } finally {
      await t.close();
    }
  });
});
