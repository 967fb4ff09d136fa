import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allRoutes, routePath } from '@grannskap/contract';
import { createHash } from 'node:crypto';
import { check, startTestServer, type TestServer } from './helpers/server.js';
import { recordFigures } from './helpers/figures.js';

const adminRoutes = allRoutes.filter((r) => r.admin);
const sample: Record<string, string> = { reference: 'R-2026-000001', id: 'abc' };
const refusals = { routes: 0, tried: 0, refused: 0 };

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
      // No token, malformed ones (wrong scheme, junk, empty) and wrong-but-well-formed ones (same length and alphabet).
      const wellFormed = `${t.admin.slice(0, -1)}${t.admin.endsWith('A') ? 'B' : 'A'}`;
      refusals.routes += 1;
      for (const auth of [undefined, 'Bearer wrong-token-wrong-token-wrong', `Basic ${t.admin}`, `Bearer ${t.admin}x`, 'Bearer', 'Bearer ', `bearer  ${t.admin} extra`, `Bearer ${wellFormed}`]) {
        const res = await check(route, await fetch(url, init(auth)));
        refusals.tried += 1;
        if (res.status === 401) refusals.refused += 1;
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
    const second = await t.server.createAdminToken('area-host');
    const res = await fetch(`${t.url}/v1/admin/reports`, { headers: { authorization: `Bearer ${second}` } });
    assert.equal(res.status, 200);
    const { readdirSync, readFileSync } = await import('node:fs');
    // on SQLite, the database's files byte for byte (WAL included); on PostgreSQL the table below
    for (const f of readdirSync(t.dataDir).filter((n) => n.startsWith('grannskap.sqlite'))) {
      const bytes = readFileSync(`${t.dataDir}/${f}`);
      assert.ok(!bytes.includes(second) && !bytes.includes(t.admin), `${f} holds a plaintext token`);
    }
    {
      const rows = await t.sql<{ hash: string; label: string }>('SELECT hash, label FROM admin_tokens');
      const sha = (s: string) => createHash('sha256').update(s).digest();
      const stored = rows.map((r) => r.hash);
      for (const token of [t.admin, second]) {
        assert.ok(!stored.some((h) => h.includes(token)), 'admin_tokens holds a plaintext token');
        // Stored as a SHA-256 digest (in hex or base64url), so a copy of the database opens nothing.
        assert.ok(stored.includes(sha(token).toString('hex')) || stored.includes(sha(token).toString('base64url')), 'admin token not stored as its SHA-256');
      }
      recordFigures('admin-auth', 'Admin API: every route refuses without a valid token; tokens are stored hashed',
        'packages/server/test/admin-auth.test.ts', { 'admin routes': refusals.routes, 'bad-token requests': refusals.tried, 'refused with 401': refusals.refused, 'plaintext tokens in admin_tokens': 0, 'token rows': rows.length },
        refusals.refused === refusals.tried && refusals.routes === adminRoutes.length);
    }
  });
});
