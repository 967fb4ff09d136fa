// Durable delivery across processes (issue 21, points 5 and 8): two server processes on one database file share
// the outbox by leases and never send one delivery twice at once; a process killed with SIGKILL in the middle of
// sending loses nothing, because its leases run out and another process sends under the same webhook-id.
// Counted: events written, events received (verified), ids received more than once, records under two ids.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminSetRouting, createReport, type RoutingSetResult } from '@grannskap/contract';
import { openSqliteStore } from '../src/storage/sqlite.js';
import { createAdminToken } from '../src/http/auth.js';
import { Database } from '../src/storage/sqlite-driver.js';
import { call, freshKey, type TestServer } from './helpers/server.js';
import { reportBody } from './helpers/fixtures.js';
import { eventually, startReceiver, type Receiver } from './helpers/webhook-receiver.js';
import { recordFigures } from './helpers/figures.js';

const child = fileURLToPath(new URL('./helpers/delivery-child.mjs', import.meta.url));
const REPORTS = Number(process.env.DELIVERY_REPORTS ?? 60);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const start = (dataDir: string, port: number, delivery: object) =>
  new Promise<ChildProcess>((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dataDir, String(port), JSON.stringify(delivery)], { stdio: ['ignore', 'pipe', 'inherit'] });
    proc.stdout!.setEncoding('utf8');
    proc.stdout!.on('data', (line: string) => { if (line.includes('ready')) resolve(proc); });
    proc.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before it was ready`)));
  });

const stop = (proc: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });

/** A TestServer-shaped handle on a child process, so `call` works against it. */
const handle = (port: number, admin: string) => ({ url: `http://127.0.0.1:${port}`, admin }) as unknown as TestServer;

/** The report.created events in the database: one per report, with its id. */
const eventsIn = (dataDir: string) => {
  const db = new Database(join(dataDir, 'grannskap.sqlite'), { readonly: true });
  try {
    return db.prepare("SELECT id, record FROM events WHERE type = 'report.created'").all() as { id: string; record: string }[];
  } finally {
    db.close();
  }
};

const prepare = async (receiver: Receiver, schedule: number[], extra: object = {}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-delivery-'));
  // the first process makes the schema and demo data; the test then signs in with its own token
  const port = await freePort();
  const first = await start(dataDir, port, { schedule, pollMs: 50, ...extra });
  const store = openSqliteStore(dataDir);
  const admin = await createAdminToken(store, 'delivery-test', new Date());
  await store.close();
  const set = await call<RoutingSetResult>(handle(port, admin), adminSetRouting, {
    admin, body: { webhooks: [{ id: 'case-system', url: receiver.url, allowPrivate: true }], rules: [], default: { webhooks: ['case-system'] } },
  });
  assert.equal(set.status, 200, set.text);
  receiver.secrets.push(set.body.newSecrets[0]!.secret);
  return { dataDir, port, first, admin };
};

const submit = async (port: number, admin: string) => {
  const t = handle(port, admin);
  const res = await call(t, createReport, { body: await reportBody(t), key: freshKey() });
  assert.equal(res.status, 201, res.text);
  return res.body.reference as string;
};

describe('delivery across processes', () => {
  const dirs: string[] = [];
  const procs: ChildProcess[] = [];
  const receivers: Receiver[] = [];
  before(() => undefined);
  after(async () => {
    for (const p of procs) p.kill('SIGKILL');
    for (const r of receivers) await r.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it(`two processes on one database file: ${REPORTS} reports, every event delivered once, none under two ids`, { timeout: 120_000 }, async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    // slow enough that both workers are busy at once
    receiver.behave({ kind: 'slow', ms: 40 });
    const { dataDir, port, first, admin } = await prepare(receiver, [200, 400, 800]);
    dirs.push(dataDir);
    procs.push(first);
    const port2 = await freePort();
    const second = await start(dataDir, port2, { schedule: [200, 400, 800], pollMs: 50 });
    procs.push(second);

    const references: string[] = [];
    for (let i = 0; i < REPORTS; i += 2) {
      references.push(...(await Promise.all([submit(port, admin), submit(port2, admin)])));
    }
    const events = eventsIn(dataDir);
    assert.equal(events.length, REPORTS);
    await receiver.until((r) => new Set(r.filter((x) => x.verified).map((x) => x.id)).size >= REPORTS, 60_000);
    await new Promise((r) => setTimeout(r, 500));
    const counts = receiver.counts();
    const twice = [...counts.values()].filter((n) => n > 1).length;
    const lost = events.filter((e) => !counts.has(e.id)).length;
    const recordsUnderTwoIds = references.filter((ref) => new Set(receiver.received.filter((x) => x.body.includes(ref)).map((x) => x.id)).size > 1).length;
    recordFigures('delivery-two-processes', 'Delivery: two server processes on one database file send every event once (leases), none under two ids',
      'delivery-processes.test.ts: two child processes, reports sent to both at once, a real verifying receiver',
      { reports: REPORTS, eventsWritten: events.length, eventsReceived: counts.size, lost, sentTwice: twice, recordsUnderTwoIds }, lost === 0 && twice === 0 && recordsUnderTwoIds === 0);
    assert.equal(lost, 0);
    assert.equal(twice, 0, 'no delivery was sent by both processes');
    assert.equal(recordsUnderTwoIds, 0);
    await Promise.all([stop(first), stop(second)]);
  });

  it('kill -9 of the server while it delivers: the next process sends what was in flight, under the same ids; nothing lost', { timeout: 120_000 }, async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    // every answer takes 1.5 s: the process is killed while requests are open
    receiver.behave({ kind: 'slow', ms: 1500 });
    // leases of 3 s (the attempt timeout 2 s and room to write the answer), so the test need not wait 30 s
    const short = { schedule: [200, 400, 800, 1600], pollMs: 50, timeoutMs: 2000, leaseMs: 3000 };
    const { dataDir, port, first, admin } = await prepare(receiver, short.schedule, short);
    dirs.push(dataDir);
    procs.push(first);
    const references: string[] = [];
    for (let i = 0; i < 20; i++) references.push(await submit(port, admin));
    await receiver.until((r) => r.length >= 3, 10_000);
    first.kill('SIGKILL');
    await new Promise<void>((resolve) => first.once('exit', () => resolve()));
    const inFlightAtKill = receiver.received.length;
    receiver.behave({ kind: 'ok' });
    const db = new Database(join(dataDir, 'grannskap.sqlite'), { readonly: true });
    const leased = (db.prepare("SELECT COUNT(*) AS n FROM deliveries WHERE state = 'sending'").get() as { n: number }).n;
    db.close();
    // a new process on the same file takes up the dead one's deliveries once their leases run out
    const next = await start(dataDir, await freePort(), short);
    procs.push(next);
    const events = eventsIn(dataDir);
    assert.equal(events.length, 20, 'every acknowledged report has its event');
    await eventually(() => events.every((e) => receiver.received.some((x) => x.id === e.id && x.verified)), 30_000, 'every event received');
    const recordsUnderTwoIds = references.filter((ref) => new Set(receiver.received.filter((x) => x.body.includes(ref)).map((x) => x.id)).size > 1).length;
    const sentAgain = [...receiver.counts().values()].filter((n) => n > 1).length;
    recordFigures('delivery-kill9', 'Delivery: kill -9 mid-delivery loses no event; what was in flight is sent again under the same webhook-id',
      'delivery-processes.test.ts: 20 reports, receiver answering after 1.5 s, SIGKILL, a new process on the same file',
      { reports: 20, inFlightAtKill, leasesHeldByKilled: leased, lost: 0, sentAgainSameId: sentAgain, recordsUnderTwoIds }, recordsUnderTwoIds === 0);
    assert.ok(leased > 0, 'the killed process held leases');
    assert.equal(recordsUnderTwoIds, 0);
    await stop(next);
  });
});
