// examples/webhook-receiver/receiver.mjs as a real HTTP server in a child process, fed deliveries signed by the
// server's own signer (packages/server/src/delivery/sign.ts, the `standardwebhooks` package): a good one is
// handled once however often it comes, everything else is refused with 400 and never handled.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { newEventId, newWebhookSecret, signedHeaders } from '../../packages/server/src/delivery/sign.js';

const script = fileURLToPath(new URL('../webhook-receiver/receiver.mjs', import.meta.url));
const OLD = newWebhookSecret();
const NEW = newWebhookSecret();
let child: ChildProcess;
let url = '';
const lines: Record<string, unknown>[] = [];

before(async () => {
  // the receiver knows only the new secret; the sender is mid-rotation and signs with both
  child = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0', GRANNSKAP_WEBHOOK_SECRETS: NEW }, stdio: ['ignore', 'pipe', 'inherit'] });
  const rl = createInterface({ input: child.stdout! });
  url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
    rl.on('line', (line) => {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      lines.push(parsed);
      if (typeof parsed.listening === 'string') resolve(parsed.listening);
    });
  });
});
after(() => {
  child.kill();
});

const event = (type = 'registration.cancelled') =>
  JSON.stringify({ type, timestamp: '2026-12-24T22:00:00.000Z', data: { id: 'r1', activityId: 'a1', occurrence: '2026-12-27T10:00', participants: 2, at: '2026-12-24T22:00:00.000Z' } });

const deliver = async (body: string, headers: Record<string, string>) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
};

/** Lets the receiver's output for the last delivery arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

test('a delivery signed during a rotation is handled, and a repeat of the same id is not handled again', async () => {
  const id = newEventId();
  const body = event();
  const first = await deliver(body, signedHeaders([OLD, NEW], id, new Date(), body));
  assert.equal(first.status, 204, first.text);
  // a retry after a lost answer: same id, new attempt time, new signature
  const again = await deliver(body, signedHeaders([OLD, NEW], id, new Date(), body));
  assert.equal(again.status, 204);
  await settle();
  assert.deepEqual(lines.filter((l) => l.handled === id).map((l) => l.type), ['registration.cancelled']);
});

test('a wrong secret, a changed body, an old timestamp, missing headers and a non-event are refused and never handled', async () => {
  const before = lines.filter((l) => 'handled' in l).length;
  const body = event();
  const cases: [string, Promise<{ status: number; text: string }>, string][] = [
    ['another endpoint\'s secret', deliver(body, signedHeaders([newWebhookSecret()], newEventId(), new Date(), body)), 'invalid_signature'],
    ['a body changed after signing', deliver(body.replace('"participants":2', '"participants":20'), signedHeaders([NEW], newEventId(), new Date(), body)), 'invalid_signature'],
    ['signed ten minutes ago (a replay)', deliver(body, signedHeaders([NEW], newEventId(), new Date(Date.now() - 10 * 60_000), body)), 'invalid_signature'],
    ['no signature headers', deliver(body, {}), 'invalid_signature'],
    ['signed but not an event', deliver(event('report.deleted'), signedHeaders([NEW], newEventId(), new Date(), event('report.deleted'))), 'invalid_event'],
  ];
  for (const [what, answer, code] of cases) {
    const { status, text } = await answer;
    assert.equal(status, 400, `${what}: ${text}`);
    assert.equal(text.trim(), code, what);
  }
  await settle();
  assert.equal(lines.filter((l) => 'handled' in l).length, before, 'nothing refused was handled');
  assert.equal(lines.filter((l) => 'refused' in l).length, cases.length);
});
