// Crash test: `kill -9` the server at random points while a client that retries makes 1,000 keyed
// writes. After each restart, and at the end, every write the client saw acknowledged exists exactly
// once, no write exists twice, and SQLite's integrity check is ok (WAL + synchronous=FULL, the
// idempotency record in the same transaction as the report).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database } from '../src/storage/sqlite-driver.js';
import { recordFigures } from './helpers/figures.js';

const child = fileURLToPath(new URL('./helpers/crash-child.mjs', import.meta.url));
const WRITES = Number(process.env.CRASH_WRITES ?? 1000);
const CONCURRENCY = 8;

let dataDir = '';
before(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'grannskap-crash-'));
});
after(() => rmSync(dataDir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const start = (port: number) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    proc.stdout!.setEncoding('utf8');
    proc.stdout!.on('data', (line: string) => {
      if (line.includes('ready')) resolve(proc);
    });
    proc.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before it was ready`)));
  });

/** A deterministic pseudo-random sequence, so a failing run can be repeated. */
const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

test(`kill -9 during ${WRITES} keyed writes: every acknowledged write exactly once, integrity ok`, { timeout: 300_000 }, async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const rand = random(20261128);
  let server = await start(port);
  const acknowledged = new Map<string, string>();
  let kills = 0;
  let attempts = 0;

  // Kill at random moments: after a random number of attempts, the running process gets SIGKILL and a
  // new one starts on the same folder, while writes are in flight.
  let nextKillAt = 40 + Math.floor(rand() * 120);
  let restarting: Promise<void> | undefined;
  const maybeKill = () => {
    if (restarting || attempts < nextKillAt) return;
    nextKillAt = attempts + 40 + Math.floor(rand() * 160);
    kills += 1;
    const victim = server;
    restarting = (async () => {
      await new Promise<void>((resolve) => {
        victim.once('exit', () => resolve());
        victim.kill('SIGKILL');
      });
      server = await start(port);
      restarting = undefined;
    })();
  };

  const write = async (i: number) => {
    const key = `crash-key-${i}`;
    const body = JSON.stringify({
      category: 'lighting', area: 'froslunda', place: 'Gångvägen', happeningNow: false, occurredAt: new Date().toISOString(),
      description: `Krocktest ${key}`, attachments: [], contact: { anonymous: true }, privacyAccepted: true,
    });
    // Like the SDK's outbox: the same key until the server acknowledges.
    for (;;) {
      attempts += 1;
      maybeKill();
      let answer: { status: number; text: string } | undefined;
      try {
        const res = await fetch(`${url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body, signal: AbortSignal.timeout(5000) });
        answer = { status: res.status, text: await res.text() };
      } catch {
        // connection refused or reset while the server was down, or a timeout: retry with the same key
      }
      if (answer?.status === 201) {
        acknowledged.set(key, (JSON.parse(answer.text) as { reference: string }).reference);
        return;
      }
      // 409: the same key is still being processed by a request the crash interrupted; 5xx: retry too.
      if (answer) assert.ok(answer.status >= 500 || answer.status === 409, `unexpected ${answer.status} for ${key}: ${answer.text}`);
      await (restarting ?? new Promise((r) => setTimeout(r, 10)));
    }
  };

  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < WRITES) await write(next++);
    }),
  );
  await restarting;
  server.kill('SIGKILL');
  await new Promise((r) => server.once('exit', r));

  assert.equal(acknowledged.size, WRITES);
  assert.ok(kills >= 3, `only ${kills} kills happened`);
  const db = new Database(join(dataDir, 'grannskap.sqlite'), { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const rows = db.prepare(`SELECT reference, json_extract(json, '$.description') AS description FROM reports WHERE json_extract(json, '$.description') LIKE 'Krocktest %'`).all() as { reference: string; description: string }[];
    const byKey = new Map<string, string[]>();
    for (const r of rows) byKey.set(r.description.slice('Krocktest '.length), [...(byKey.get(r.description.slice('Krocktest '.length)) ?? []), r.reference]);
    let lost = 0;
    let duplicates = 0;
    for (const [key, reference] of acknowledged) {
      const stored = byKey.get(key) ?? [];
      if (!stored.includes(reference)) lost += 1;
      if (stored.length > 1) duplicates += stored.length - 1;
    }
    recordFigures('crash-kill9', 'Faults: kill -9 during keyed writes loses no acknowledged write and stores none twice; integrity_check ok',
      'packages/server/test/crash.test.ts', { 'keyed writes': WRITES, attempts, 'kill -9 injected': kills, 'records lost': lost, duplicates, 'stored rows': rows.length, integrity_check: String(integrity) },
      lost === 0 && duplicates === 0 && rows.length === WRITES && integrity === 'ok');
    assert.equal(integrity, 'ok');
    for (const [key, reference] of acknowledged) {
      assert.deepEqual(byKey.get(key), [reference], `${key}: acknowledged as ${reference}, stored as ${JSON.stringify(byKey.get(key))}`);
    }
    assert.equal(rows.length, WRITES, 'a write was stored twice or without being acknowledged');
  } finally {
    db.close();
  }
  console.log(`crash test: ${WRITES} writes, ${attempts} attempts, ${kills} kills`);
});
