import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRoutes, routePath } from '@grannskap/contract';
import { check, startTestServer, type TestServer } from './helpers/server.js';

const adminRoutes = allRoutes.filter((r) => r.admin);
const sample: Record<string, string> = { reference: 'R-2026-000001', id: 'abc' };

describe('admin authentication', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer(); });
  after(async () => t.close());

  it('covers every admin route in the contract', () => {
    assert.ok(adminRoutes.length >= 11);
  });

  for (const route of adminRoutes) {
    it(`${route.method} ${route.path}: 401 with no token or a wrong one, not 401 with a right one`, async () => {
      const url = `${t.url}${routePath(route.path, sample)}`;
      const init = (auth?: string): RequestInit => ({
        method: route.method,
        headers: { ...(auth ? { authorization: auth } : {}), ...(route.body ? { 'content-type': 'application/json' } : {}), 'idempotency-key': 'auth-test-key-1' },
        body: route.body ? '{}' : undefined,
      });
      for (const auth of [undefined, 'Bearer wrong-token-wrong-token-wrong', `Basic ${t.admin}`, `Bearer ${t.admin}x`]) {
        const res = await check(route, await fetch(url, init(auth)));
        assert.equal(res.status, 401, `${auth}`);
        assert.equal(res.body.code, 'unauthorized');
        assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      }
      const ok = await check(route, await fetch(url, init(`Bearer ${t.admin}`)));
      assert.notEqual(ok.status, 401);
      assert.ok(ok.status < 500, String(ok.status));
    });
  }

  it('a second token works and the plaintext is never stored', async () => {
    const second = t.server.createAdminToken('area-host');
    const res = await fetch(`${t.url}/v1/admin/reports`, { headers: { authorization: `Bearer ${second}` } });
    assert.equal(res.status, 200);
    const { readdirSync, readFileSync } = await import('node:fs');
    for (const f of readdirSync(t.dataDir).filter((n) => n.startsWith('grannskap.sqlite'))) {
      const bytes = readFileSync(`${t.dataDir}/${f}`);
      assert.ok(!bytes.includes(second) && !bytes.includes(t.admin), `${f} holds a plaintext token`);
    }
  });
});
