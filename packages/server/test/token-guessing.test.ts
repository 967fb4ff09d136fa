// Status and cancel tokens: a client that guesses a neighbour's reference or token — adjacent references,
// a valid token with one character changed, another case's token, a token of the wrong shape — learns
// nothing: every guess gets the same 404 problem document, byte for byte, whether or not the record exists.
// Lookups are also rate-limited, so guessing cannot be done at speed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cancelRegistration, createRegistration, getCase, getRegistration } from '@grannskap/contract';
import { call, startTestServer, type TestServer } from './helpers/server.js';
import { createActivity, submitReport } from './helpers/fixtures.js';
import { recordFigures } from './helpers/figures.js';

const flip = (token: string, at: number) => `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
const neighbour = (reference: string, delta: number) =>
  reference.replace(/(\d+)$/, (digits) => String(Number(digits) + delta).padStart(digits.length, '0'));

const figures = { guesses: 0, distinctBodies: 0, leaks: 0, rateLimited: 0 };

describe('guessing status and cancel tokens', () => {
  let t: TestServer;
  let cases: { reference: string; token: string }[];
  before(async () => {
    t = await startTestServer();
    cases = [await submitReport(t), await submitReport(t), await submitReport(t)];
  });
  after(async () => t.close());

  it('every wrong reference or token for a case gets the identical 404', async () => {
    const [a, b, c] = cases as [typeof cases[0], typeof cases[0], typeof cases[0]];
    const guesses: [string, string][] = [
      [b.reference, a.token], // the neighbour exists, the token is someone else's
      [b.reference, c.token],
      [neighbour(c.reference, 1), c.token], // the next reference does not exist yet
      [neighbour(a.reference, -1), a.token],
      [neighbour(c.reference, 1000), flip(c.token, 0)],
      [a.reference, flip(a.token, 0)],
      [a.reference, flip(a.token, a.token.length - 1)],
      [a.reference, flip(a.token, 20)],
      [a.reference, a.token.toLowerCase() === a.token ? a.token.toUpperCase() : a.token.toLowerCase()],
    ];
    const bodies = new Set<string>();
    for (const [reference, token] of guesses) {
      const res = await call(t, getCase, { params: { reference }, query: { token } });
      figures.guesses += 1;
      assert.equal(res.status, 404, `${reference} ${token}: ${res.text}`);
      bodies.add(res.text);
    }
    figures.distinctBodies = bodies.size;
    assert.equal(bodies.size, 1, `different 404 bodies leak which guesses were close:\n${[...bodies].join('\n')}`);
    // The right token still works, so the 404s above are not simply a broken lookup.
    assert.equal((await call(t, getCase, { params: { reference: a.reference }, query: { token: a.token } })).status, 200);
  });

  it('a token of the wrong shape is refused without saying whether the case exists', async () => {
    const [a] = cases as [typeof cases[0]];
    const shapes = ['', 'short', 'A'.repeat(200), `${a.token}=`, '../../etc/passwd'];
    const forExisting: string[] = [];
    const forMissing: string[] = [];
    for (const token of shapes) {
      const existing = await call(t, getCase, { params: { reference: a.reference }, query: { token } });
      const missing = await call(t, getCase, { params: { reference: neighbour(a.reference, 500) }, query: { token } });
      figures.guesses += 2;
      assert.ok(existing.status === 400 || existing.status === 404, `${token}: ${existing.status}`);
      forExisting.push(`${existing.status} ${existing.text}`);
      forMissing.push(`${missing.status} ${missing.text}`);
    }
    assert.deepEqual(forExisting, forMissing, 'a badly shaped token is answered differently for a real case');
  });

  it('registration lookups and cancellations with a guessed token get the identical 404', async () => {
    const activity = await createActivity(t);
    const made: { id: string; cancelToken: string }[] = [];
    for (const name of ['A', 'B']) {
      const res = await call(t, createRegistration, {
        params: { id: activity.id },
        body: { occurrence: '2026-12-05T14:00', participants: [{ name, age: 30 }], contact: { name: 'Kontakt Exempel', email: 'kontakt@example.org' }, consent: true },
      });
      assert.equal(res.status, 201, res.text);
      made.push(res.body as { id: string; cancelToken: string });
    }
    const [x, y] = made as [typeof made[0], typeof made[0]];
    const unknownId = `${x.id.slice(0, -1)}${x.id.endsWith('a') ? 'b' : 'a'}`;
    const guesses: [string, string][] = [[x.id, y.cancelToken], [y.id, x.cancelToken], [x.id, flip(x.cancelToken, 0)], [x.id, flip(x.cancelToken, 10)], [unknownId, x.cancelToken]];
    const bodies = new Set<string>();
    for (const [id, token] of guesses) {
      const look = await call(t, getRegistration, { params: { id }, query: { token } });
      const cancel = await call(t, cancelRegistration, { params: { id }, body: { token } });
      figures.guesses += 2;
      assert.equal(look.status, 404, look.text);
      assert.equal(cancel.status, 404, cancel.text);
      bodies.add(look.text).add(cancel.text);
    }
    assert.equal(bodies.size, 1, `different 404 bodies:\n${[...bodies].join('\n')}`);
    figures.leaks = bodies.size - 1;
    // Nothing was cancelled by the guesses.
    const still = await call(t, getRegistration, { params: { id: x.id }, query: { token: x.cancelToken } });
    assert.equal(still.status, 200);
    assert.notEqual((still.body as { status: string }).status, 'cancelled');
  });
});

describe('lookups are rate-limited', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer({ rateLimit: { max: 100, timeWindowMs: 60_000, sensitiveMax: 5 } }); });
  after(async () => t.close());

  it('the sixth guess in a window is answered 429 with Retry-After, for cases and registrations alike', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 8; i++) {
      last = await call(t, getCase, { params: { reference: 'R-2026-000001' }, query: { token: flip('A'.repeat(43), i % 43) } });
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [404, 404, 404, 404, 404, 429, 429, 429]);
    const retryAfter = Number(last!.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 60, String(retryAfter));
    assert.equal(last!.body.code, 'rate_limited');
    const registrations: number[] = [];
    for (let i = 0; i < 6; i++) registrations.push((await call(t, getRegistration, { params: { id: 'abc' }, query: { token: 'A'.repeat(43) } })).status);
    assert.equal(registrations.at(-1), 429, `registration lookups are limited too: ${registrations.join(', ')}`);
    figures.rateLimited = statuses.filter((s) => s === 429).length;
    recordFigures('token-guessing', 'Status and cancel tokens: guessing neighbours gets the same 404; lookups are rate-limited',
      'packages/server/test/token-guessing.test.ts', { 'guesses tried': figures.guesses, 'distinct 404 bodies': figures.distinctBodies, 'leaks': figures.leaks, 'lookup limit (per minute)': 5, '429 after limit': figures.rateLimited },
      figures.distinctBodies === 1 && figures.leaks === 0);
  });
});
