import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { Database } from '../src/storage/sqlite-driver.js';
import { allRoutes } from '@grannskap/contract';
import { bindRoutes } from '../src/http/bind.js';
import { handlers } from '../src/handlers/index.js';
import { openSqliteStore } from '../src/storage/sqlite.js';
import { MIGRATIONS } from '../src/storage/migrations.js';
import { buildApp } from '../src/index.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'grannskap-start-'));

describe('startup', () => {
  it('refuses to start when a contract route has no handler', async () => {
    const dir = tempDir();
    const store = openSqliteStore(dir);
    try {
      const { getCase: _missing, ...incomplete } = handlers;
      assert.throws(
        () => bindRoutes(Fastify(), allRoutes, incomplete, { store, now: () => new Date(), config: () => { throw new Error('unused'); }, routing: async () => undefined, metrics: async () => ({ text: '', contentType: 'text/plain' }), uploadsDir: dir, version: '0', kickDeliveries: () => undefined, delivery: () => ({ worker: false, mail: false }) }, null),
        /No handler for operation\(s\): getCase/,
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('creates the database with WAL, full sync, foreign keys and recorded migrations, once', async () => {
    const dir = tempDir();
    try {
      const app = await buildApp({ dataDir: dir, demo: true });
      await app.close();
      const again = await buildApp({ dataDir: dir, demo: true });
      await again.close();
      const db = new Database(join(dir, 'grannskap.sqlite'));
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
      // every migration recorded exactly once, although the app was built twice
      assert.deepEqual(versions, MIGRATIONS.map(({ version }) => ({ version })));
      const areas = db.prepare('SELECT COUNT(*) AS n FROM areas').get() as { n: number };
      assert.ok(areas.n > 0);
      const activities = db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number };
      const app3 = await buildApp({ dataDir: dir, demo: true });
      await app3.close();
      assert.equal((db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n, activities.n, 'demo data is seeded once');
      db.close();
      assert.ok(existsSync(join(dir, 'uploads')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps registrations that waited whole before they could be split: all their participants still wait', async () => {
    const dir = tempDir();
    try {
      // A database as the release before the split left it: migrations 1–3, one placed and one waiting registration.
      const old = new Database(join(dir, 'grannskap.sqlite'));
      old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      for (const m of MIGRATIONS.filter((m) => m.version <= 3)) {
        old.exec(m.sql);
        old.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-11-01T00:00:00Z');
      }
      old.prepare("INSERT INTO activities VALUES ('a1', 'lovaktivitet', 0, '{}', '2026-11-01')").run();
      const add = old.prepare("INSERT INTO registrations VALUES (?, 'a1', '2026-12-05T14:00', ?, ?, 'h', '{}', ?, '2026-11-01')");
      add.run('placed', 'confirmed', 2, 1);
      add.run('waiting', 'waitlisted', 3, 2);
      old.close();
      const store = openSqliteStore(dir);
      try {
        assert.deepEqual([(await store.getRegistration('placed'))!.waitlisted, (await store.getRegistration('waiting'))!.waitlisted], [0, 3]);
        assert.deepEqual((await store.occurrenceCounts('a1')).get('2026-12-05T14:00'), { confirmed: 2, waitlisted: 3 });
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves static demo folders with a page CSP that allows same-origin modules, and redirects / to /demo/', async () => {
    const dir = tempDir();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><script type="module" src="/cdn/app.js"></script>');
    try {
      const app = await buildApp({ dataDir: join(dir, 'data'), demo: true, staticRoots: [{ prefix: '/demo/', root: join(dir, 'site') }, { prefix: '/cdn/', root: join(dir, 'missing') }] });
      const root = await app.inject({ method: 'GET', url: '/' });
      assert.equal(root.statusCode, 302);
      assert.equal(root.headers.location, '/demo/');
      const page = await app.inject({ method: 'GET', url: '/demo/' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /grannskap|cdn\/app\.js/i);
      const csp = String(page.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-eval/);
      const api = await app.inject({ method: 'GET', url: '/v1/areas' });
      assert.match(String(api.headers['content-security-policy']), /default-src 'none'/);
      await app.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips missing static folders without crashing', async () => {
    const dir = tempDir();
    try {
      const app = await buildApp({ dataDir: dir, staticRoots: [{ prefix: '/nothing/', root: join(dir, 'does-not-exist') }] });
      const res = await app.inject({ method: 'GET', url: '/nothing/index.html' });
      assert.equal(res.statusCode, 404);
      await app.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const runCli = (args: string[], env: Record<string, string> = {}) =>
  spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../src/cli.ts'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

/** Resolves with the URL from the CLI's ready line; `output.text` collects stdout for later checks. */
const readyUrl = (child: ReturnType<typeof runCli>, output: { text: string }) =>
  new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line: ${output.text}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output.text += chunk.toString();
      const m = /Grannskap is ready at (http:\/\/\S+)/.exec(output.text);
      if (m?.[1]) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output.text}`)));
  });

describe('command line', () => {
  it('start prints the ready line, serves the API and stops cleanly on SIGTERM; token create prints a working token', async () => {
    const dir = tempDir();
    try {
      const child = runCli(['start', '--demo', '--data', dir, '--port', '0']);
      const output = { text: '' };
      const url = await readyUrl(child, output);
      const out = () => output.text;
      assert.match(out(), /openapi\.json/);
      const config = await fetch(`${url}/v1/config`);
      assert.equal(config.status, 200);
      const openapi = await fetch(`${url}/openapi.json`);
      assert.equal(openapi.status, 200);

      const tokenProc = runCli(['token', 'create', 'jouren', '--data', dir]);
      let token = '';
      tokenProc.stdout.on('data', (c: Buffer) => { token += c.toString(); });
      await new Promise((r) => tokenProc.on('exit', r));
      const admin = await fetch(`${url}/v1/admin/reports`, { headers: { authorization: `Bearer ${token.trim()}` } });
      assert.equal(admin.status, 200);

      const secret = 'SeCrEtToKeN'.repeat(4);
      const lookup = await fetch(`${url}/v1/cases/R-2026-000001?token=${secret}`);
      assert.equal(lookup.status, 404);
      await fetch(`${url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'log-test-key', authorization: `Bearer ${secret}` }, body: JSON.stringify({ description: 'Personuppgift Kim Exempel' }) });

      const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      assert.equal(await exit, 0);
      assert.match(out(), /"path":"\/v1\/cases\/R-2026-000001"/, 'requests are logged, structured');
      assert.ok(!out().includes(secret), 'no token in the logs');
      assert.ok(!out().includes('Kim Exempel'), 'no body in the logs');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('allows CORS only from the origins given with --cors-origin or GRANNSKAP_CORS_ORIGINS, and refuses a malformed origin', async () => {
    const dir = tempDir();
    try {
      const child = runCli(['start', '--data', dir, '--port', '0', '--cors-origin', 'https://partner.example'], { GRANNSKAP_CORS_ORIGINS: 'https://kommun.example' });
      const output = { text: '' };
      const url = await readyUrl(child, output);
      const allowed = (origin: string) => fetch(`${url}/v1/config`, { headers: { origin } }).then((r) => r.headers.get('access-control-allow-origin'));
      assert.equal(await allowed('https://partner.example'), 'https://partner.example');
      assert.equal(await allowed('https://kommun.example'), 'https://kommun.example');
      assert.equal(await allowed('https://evil.example'), null);
      const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGTERM');
      assert.equal(await exit, 0);

      const bad = runCli(['start', '--data', dir, '--port', '0', '--cors-origin', 'partner.example/path']);
      let err = '';
      bad.stderr.on('data', (c: Buffer) => { err += c.toString(); });
      assert.equal(await new Promise<number | null>((r) => bad.on('exit', (code) => r(code))), 2);
      assert.match(err, /Not an origin/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
