import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allRoutes, routePath, type Route } from '@grannskap/contract';
import { createRegistration, createTrivselpeng, createReport } from '@grannskap/contract';
import { check, freshKey, startTestServer, type TestServer } from './helpers/server.js';
import { recordFigures } from './helpers/figures.js';
import { activityBody, catalogue, createActivity, reportBody, submitReport, trivselpengBody } from './helpers/fixtures.js';

// Property: nothing a client can send makes the server answer 5xx, and every error is a
// problem document (checked inside `check`). Runs a few hundred cases per write endpoint.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

let fuzzed = 0;
let fuzzFiveHundreds = 0;

const writeRoutes = allRoutes.filter((r) => r.method !== 'GET');
const readRoutes = allRoutes.filter((r) => r.method === 'GET');

/** Sets `value` at a random path inside a copy of `base`, so fuzzed bodies get past the first checks. */
const mutate = (base: unknown) =>
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })).map(([picks, value]) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    let node: unknown = copy;
    for (let i = 0; i < picks.length; i++) {
      if (node === null || typeof node !== 'object') break;
      const keys = Object.keys(node as object);
      if (keys.length === 0) break;
      const key = keys[picks[i]! % keys.length]!;
      if (i === picks.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object') {
        (node as Record<string, unknown>)[key] = value;
        break;
      }
      node = (node as Record<string, unknown>)[key];
    }
    return copy;
  });

describe('hostile input never gives a 5xx', () => {
  let t: TestServer;
  let params: Record<string, string>;
  let bases: Record<string, unknown>;
  before(async () => {
    t = await startTestServer();
    const { areas } = await catalogue(t);
    const activity = await createActivity(t, { capacity: 3 });
    const report = await submitReport(t);
    const triv = await fetch(`${t.url}/v1/trivselpeng`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': freshKey() }, body: JSON.stringify(await trivselpengBody(t)),
    }).then((r) => r.json() as Promise<{ reference: string }>);
    const reg = await fetch(`${t.url}/v1/activities/${activity.id}/registrations`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': freshKey() },
      body: JSON.stringify({ occurrence: '2026-12-05T14:00', participants: [{ name: 'A', age: 30 }], contact: { name: 'K', email: 'k@example.org' }, consent: true }),
    }).then((r) => r.json() as Promise<{ id: string; cancelToken: string }>);
    params = { id: activity.id, reference: report.reference };
    bases = {
      [createReport.operationId]: await reportBody(t),
      [createTrivselpeng.operationId]: await trivselpengBody(t),
      [createRegistration.operationId]: { occurrence: '2026-12-05T14:00', participants: [{ name: 'B', age: 20 }], contact: { name: 'K', phone: '070-1' }, consent: true, waitlistOk: true },
      adminCreateActivity: activityBody(areas[0]!.id),
      adminUpdateActivity: { capacity: 5, title: { sv: 'Ny titel' } },
      adminCancelActivity: { reason: 'Sjukdom' },
      adminSetReportStatus: { status: 'in_progress', message: 'Hej' },
      adminDecideTrivselpeng: { status: 'approved', amount: 100 },
      cancelRegistration: { token: reg.cancelToken },
      createFollowUp: { token: 'A'.repeat(43), participants: 3, howItWent: 'Bra', receipts: [] },
    };
    // Routes keyed by reference: trivselpeng ones need a T- reference, registrations an id.
    params.trivselpeng = triv.reference;
    params.registration = reg.id;
  });
  after(async () => t.close());

  const urlFor = (route: Route) => {
    // an unsubscribe token of the right shape whose signature is wrong
    const p: Record<string, string> = { id: params.id!, reference: params.reference!, token: `${params.reference!}~${'A'.repeat(43)}` };
    if (route.path.includes('/trivselpeng/')) p.reference = params.trivselpeng!;
    if (route.path.startsWith('/v1/registrations/')) p.id = params.registration!;
    return `${t.url}${routePath(route.path, p)}`;
  };

  const send = async (route: Route, body: string | FormData, contentType?: string, query = '') => {
    const headers: Record<string, string> = { 'idempotency-key': freshKey(), authorization: `Bearer ${t.admin}` };
    if (contentType) headers['content-type'] = contentType;
    const res = await fetch(`${urlFor(route)}${query}`, { method: route.method, headers, body: route.method === 'GET' ? undefined : body });
    const answer = await check(route, res);
    fuzzed += 1;
    if (answer.status >= 500) fuzzFiveHundreds += 1;
    assert.ok(answer.status < 500, `${route.operationId} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
    return answer;
  };

  for (const route of writeRoutes) {
    it(`${route.operationId}: arbitrary JSON, mutated valid bodies and arbitrary strings`, async () => {
      const base = bases[route.operationId] ?? {};
      await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (v) => { await send(route, JSON.stringify(v), 'application/json'); }), { numRuns: RUNS });
      await fc.assert(fc.asyncProperty(mutate(base), async (v) => { await send(route, JSON.stringify(v), 'application/json'); }), { numRuns: RUNS });
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', undefined),
          async (s, type) => { await send(route, s, type); }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    });
  }

  it('uploadAttachment: arbitrary bytes as the file', async () => {
    const route = allRoutes.find((r) => r.operationId === 'uploadAttachment')!;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.string({ maxLength: 40 }), async (bytes, name) => {
        const fd = new FormData();
        fd.append('file', new Blob([bytes]), name || 'x');
        await send(route, fd);
      }),
      { numRuns: RUNS },
    );
  });

  for (const route of readRoutes) {
    it(`${route.operationId}: arbitrary query strings`, async () => {
      const pair = fc.tuple(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 40 }));
      const known = fc.tuple(fc.constantFrom('from', 'to', 'age', 'limit', 'q', 'area', 'kind', 'token', 'cursor', 'at', 'lang', 'category', 'status'), fc.string({ maxLength: 30 }));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(pair, known), { maxLength: 5 }), async (pairs) => {
          const qs = new URLSearchParams(pairs).toString();
          await send(route, '', undefined, qs ? `?${qs}` : '');
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
      // Raw, unencoded garbage straight into the URL.
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 60 }).filter((s) => !s.includes('#')), async (s) => {
          const res = await fetch(`${urlFor(route)}?${s}`).catch(() => null);
          if (res) assert.ok(res.status < 500, `${route.operationId} answered ${res.status} for ?${s}`);
        }),
        { numRuns: Number(process.env.RAW_RUNS ?? 40) },
      );
    });
  }
  after(() => {
    recordFigures('fuzz-properties', 'Bad input: property-based bodies and queries on every route give no 5xx, only problem documents',
      'packages/server/test/fuzz.test.ts (fast-check)', { 'runs per property': RUNS, 'requests tried': fuzzed, '5xx answers': fuzzFiveHundreds },
      fuzzFiveHundreds === 0);
  });
});
