import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Config } from '@grannskap/contract';
import {
  getActivity, getActivityIcs, getCalendarFeed, getConfig, getHealth, getOnCall, listAreas, listCategories, listOccurrences, searchAddresses,
} from '@grannskap/contract';
import { call, check, startTestServer, type TestServer } from './helpers/server.js';

describe('public read endpoints', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer(); });
  after(async () => t.close());

  it('GET /health answers ok with the version', async () => {
    const res = await call(t, getHealth);
    assert.equal(res.status, 200);
    assert.equal(res.body.status, 'ok');
  });

  it('GET /v1/config returns the seeded configuration with ETag and Cache-Control', async () => {
    const res = await call(t, getConfig);
    assert.equal(res.status, 200);
    assert.ok(Config.safeParse(res.body).success);
    assert.match(res.headers.get('etag') ?? '', /^"[\w-]+"$/);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=\d+/);
  });

  it('answers If-None-Match with 304 and an empty body, and a stale tag with 200', async () => {
    for (const route of [getConfig, listAreas, listCategories]) {
      const first = await call(t, route);
      const etag = first.headers.get('etag')!;
      const again = await call(t, route, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304, route.operationId);
      assert.equal(again.text, '');
      const stale = await call(t, route, { headers: { 'if-none-match': '"not-the-tag"' } });
      assert.equal(stale.status, 200);
    }
  });

  it('lists areas, categories (by kind) and searches addresses', async () => {
    const areas = await call(t, listAreas);
    assert.ok(areas.body.items.length >= 5);
    assert.ok(areas.body.items.some((a: { name: string }) => a.name === 'Årby'));
    const cats = await call(t, listCategories);
    const kinds = new Set(cats.body.items.map((c: { kind: string }) => c.kind));
    const kind = [...kinds][0] as string;
    const filtered = await call(t, listCategories, { query: { kind } });
    assert.ok(filtered.body.items.length > 0);
    assert.ok(filtered.body.items.every((c: { kind: string }) => c.kind === kind));
    const area = areas.body.items[0].id as string;
    const inArea = await call(t, searchAddresses, { query: { area, limit: 5 } });
    assert.ok(inArea.body.items.length > 0 && inArea.body.items.length <= 5);
    assert.ok(inArea.body.items.every((a: { areaId: string }) => a.areaId === area));
    const street = (inArea.body.items[0].street as string).slice(0, 4);
    const byText = await call(t, searchAddresses, { query: { q: street.toUpperCase() } });
    assert.ok(byText.body.items.some((a: { street: string }) => a.street.startsWith(street)));
    const none = await call(t, searchAddresses, { query: { q: 'zzzz-no-such-street' } });
    assert.deepEqual(none.body.items, []);
  });

  it('rejects bad and unknown query parameters with 400 naming the field', async () => {
    const bad = await call(t, searchAddresses, { query: { limit: 1000 } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.issues[0].path, ['query', 'limit']);
    assert.equal(bad.body.issues[0].maximum, 100);
    const unknown = await call(t, listCategories, { query: { colour: 'red' } });
    assert.equal(unknown.status, 400);
    assert.deepEqual(unknown.body.issues[0].path, ['query', 'colour']);
    assert.equal(unknown.body.issues[0].code, 'unrecognized_keys');
  });

  it('tells who answers the phone: customer service on a weekday morning, the jour on a Saturday night', async () => {
    const office = await call(t, getOnCall, { query: { at: '2026-12-01T10:00:00+01:00' } });
    assert.equal(office.body.who, 'customer_service');
    const night = await call(t, getOnCall, { query: { at: '2026-11-28T23:00:00+01:00' } });
    assert.equal(night.body.who, 'trygghetsjour');
    const now = await call(t, getOnCall);
    assert.equal(now.status, 200);
    const bad = await call(t, getOnCall, { query: { at: 'tomorrow' } });
    assert.equal(bad.status, 400);
  });

  it('expands occurrences for a range, with their activities, filtered by category and age', async () => {
    const res = await call(t, listOccurrences, { query: { from: '2026-11-28', to: '2027-01-31' } });
    assert.equal(res.status, 200);
    assert.ok(res.body.items.length > 0);
    const ids = new Set(res.body.activities.map((a: { id: string }) => a.id));
    assert.ok(res.body.items.every((o: { activityId: string }) => ids.has(o.activityId)));
    const starts = res.body.items.map((o: { start: string }) => Date.parse(o.start));
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    const category = res.body.activities[0].category as string;
    const byCat = await call(t, listOccurrences, { query: { from: '2026-11-28', to: '2027-01-31', category } });
    assert.ok(byCat.body.activities.every((a: { category: string }) => a.category === category));
    const byAge = await call(t, listOccurrences, { query: { from: '2026-11-28', to: '2027-01-31', age: 8 } });
    assert.ok(byAge.body.activities.every((a: { ageMin?: number | null; ageMax?: number | null }) => (a.ageMin ?? 0) <= 8 && 8 <= (a.ageMax ?? 120)));
  });

  it('caps the occurrence range and rejects to < from', async () => {
    const long = await call(t, listOccurrences, { query: { from: '2026-01-01', to: '2028-01-01' } });
    assert.equal(long.status, 400);
    assert.deepEqual(long.body.issues[0].path, ['query', 'to']);
    const backwards = await call(t, listOccurrences, { query: { from: '2026-12-10', to: '2026-12-01' } });
    assert.equal(backwards.status, 400);
    const missing = await call(t, listOccurrences, { query: { from: '2026-12-10' } });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.issues[0].path, ['query', 'to']);
  });

  it('serves one activity as JSON and as iCalendar, and the feed for a filter', async () => {
    const occ = await call(t, listOccurrences, { query: { from: '2026-11-28', to: '2027-01-31' } });
    const id = occ.body.activities[0].id as string;
    const one = await call(t, getActivity, { params: { id } });
    assert.equal(one.status, 200);
    assert.equal(one.body.id, id);
    const ics = await call(t, getActivityIcs, { params: { id } });
    assert.equal(ics.status, 200);
    assert.equal(ics.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.match(ics.text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics.text, /TZID[:=]Europe\/Stockholm/);
    assert.ok(ics.headers.get('etag'));
    const feed = await call(t, getCalendarFeed, { query: { category: 'lovaktivitet', lang: 'en' } });
    assert.equal(feed.status, 200);
    assert.match(feed.text, /BEGIN:VEVENT/);
    const etag = feed.headers.get('etag')!;
    const again = await call(t, getCalendarFeed, { query: { category: 'lovaktivitet', lang: 'en' }, headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const missing = await call(t, getActivity, { params: { id: 'no-such-activity' } });
    assert.equal(missing.status, 404);
    const badId = await call(t, getActivity, { params: { id: 'bad id!' } });
    assert.equal(badId.status, 400);
  });

  it('serves the OpenAPI document with every contract path, and 404 problems for unknown routes', async () => {
    const res = await fetch(`${t.url}/openapi.json`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/v1/reports']);
    const unknown = await check(null, await fetch(`${t.url}/v1/nothing-here`));
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'not_found');
    const wrongMethod = await check(null, await fetch(`${t.url}/v1/config`, { method: 'DELETE' }));
    assert.equal(wrongMethod.status, 404);
  });

  it('sends strict security headers on API answers and CORS for any origin when configured so', async () => {
    const res = await fetch(`${t.url}/v1/areas`, { headers: { origin: 'https://partner.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('set-cookie'), null);
    const preflight = await fetch(`${t.url}/v1/reports`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
  });
});

describe('CORS limited to configured origins', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer({ corsOrigins: ['https://allowed.example'] }); });
  after(async () => t.close());

  it('allows the configured origin and not another', async () => {
    const ok = await fetch(`${t.url}/v1/areas`, { headers: { origin: 'https://allowed.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://allowed.example');
    const other = await fetch(`${t.url}/v1/areas`, { headers: { origin: 'https://evil.example' } });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});
