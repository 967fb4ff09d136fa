// Every public group and the admin group against the real reference server (SQLite in a temp
// dir, demo data). Responses are parsed by the contract's schemas inside the SDK; a drift
// would throw ContractError and fail these tests.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, localDateOf, wallClock } from '@grannskap/contract';
import {
  createClient, isHttpError, isValidationError, onCall, type Client, type Config, type Occurrence, type TrivselpengCreate,
} from '@grannskap/sdk';
import { startTestServer, type TestServer } from './helpers/server.js';
import { reportInput } from './helpers/fixtures.js';
import { makePng } from './helpers/png.js';

let server: TestServer;
let client: Client;
let admin: Client;
let config: Config;
/** The server's clock runs this many ms ahead of the real one (to let an activity date pass). */
let clockShift = 0;

before(async () => {
  server = await startTestServer({ now: () => new Date(Date.now() + clockShift) });
  client = createClient({ baseUrl: server.url, outbox: false, retry: 0 });
  admin = createClient({ baseUrl: server.url, outbox: false, retry: 0, token: server.adminToken });
  config = await client.config.get();
});
after(() => server.close());

const today = () => localDateOf(wallClock(new Date(), 'Europe/Stockholm'));

describe('catalogue', () => {
  test('config, areas, addresses and categories', async () => {
    assert.equal(config.timeZone, 'Europe/Stockholm');
    assert.equal(config.emergency.number, '112');
    const areas = await client.areas.list();
    assert.ok(areas.items.length >= 5);
    const area = areas.items[0]!;
    const addresses = await client.addresses.search({ area: area.id, limit: 3 });
    assert.ok(addresses.items.length > 0 && addresses.items.length <= 3);
    assert.ok(addresses.items.every((a) => a.areaId === area.id));
    const street = addresses.items[0]!.street.slice(0, 4);
    const found = await client.addresses.search({ q: street });
    assert.ok(found.items.some((a) => a.street.startsWith(street)), `search for "${street}"`);
    const all = await client.categories.list();
    const disturbances = await client.categories.list({ kind: 'disturbance' });
    assert.ok(disturbances.items.length > 0 && disturbances.items.length < all.items.length);
    assert.ok(disturbances.items.every((c) => c.kind === 'disturbance'));
  });

  test('the server and the pure onCall agree', async () => {
    // A Wednesday at noon, a Saturday night and Christmas Day.
    for (const at of ['2026-12-02T12:00:00+01:00', '2026-12-05T23:30:00+01:00', '2026-12-25T12:00:00+01:00']) {
      const server = await client.onCall.get({ at: new Date(at) });
      assert.deepEqual(server, onCall(config, new Date(at)), at);
    }
    const now = await client.onCall.get();
    assert.ok(['customer_service', 'trygghetsjour', 'none'].includes(now.who));
  });
});

describe('reports and cases', () => {
  test('a photo is uploaded with progress at start and end, then attached to a report whose case can be read', async () => {
    const progress: number[] = [];
    const png = new Blob([new Uint8Array(makePng())], { type: 'image/png' });
    const photo = await client.attachments.upload(png, { filename: 'gård.png', onProgress: (p) => progress.push(p.loaded) });
    assert.deepEqual(progress, [0, png.size]);
    assert.ok(photo.width > 0 && photo.height > 0);
    const input = { ...(await reportInput(client)), attachments: [photo.id] };
    const receipt = await client.reports.create(input);
    assert.match(receipt.reference, /^R-\d{4}-\d{6}$/);
    assert.equal(receipt.status, 'received');
    const status = await client.cases.get(receipt.reference, receipt.token);
    assert.equal(status.reference, receipt.reference);
    assert.equal(status.type, 'report');
    assert.equal(status.status, 'received');
    // The photo is stored re-encoded and staff can fetch it.
    const stored = await admin.admin.attachments.get(photo.id);
    assert.ok(stored instanceof Blob && stored.size > 0);
    assert.match(stored.type, /^image\//);
  });

  test('a case with a wrong token is a 404 HttpError', async () => {
    const receipt = await client.reports.create(await reportInput(client));
    await assert.rejects(client.cases.get(receipt.reference, 'A'.repeat(43)), (e) => isHttpError(e) && e.status === 404 && e.code === 'not_found');
  });

  test('the server rejects what only it can know with a 422 ValidationError naming the field', async () => {
    const input = { ...(await reportInput(client)), category: 'no_such_category' };
    await assert.rejects(client.reports.create(input), (e) => {
      assert.ok(isValidationError(e), String(e));
      assert.equal(e.status, 422);
      assert.equal(e.local, false);
      assert.equal(e.problem?.code, 'validation_failed');
      assert.ok(e.issues.some((i) => i.path.join('.') === 'category'), JSON.stringify(e.issues));
      return true;
    });
  });
});

describe('local validation', () => {
  test('bad input is rejected before anything is sent, with the issue shape the server uses', async () => {
    let requests = 0;
    const counting = createClient({ baseUrl: server.url, outbox: false, fetch: (...args) => (requests++, fetch(...args)) });
    const bad = { ...(await reportInput(client)), description: '   ', contact: { anonymous: false, name: 'Anna' }, extra: 1 };
    delete (bad as { place?: string }).place;
    const error = await counting.reports.create(bad as never).then(() => undefined, (e: unknown) => e);
    assert.ok(isValidationError(error));
    assert.equal(error.local, true);
    assert.equal(error.status, 0);
    assert.equal(requests, 0, 'no request left the client');
    const local = error.issues.map((i) => `${i.path.join('.')}:${i.code}`).sort();
    for (const expected of ['description:too_small', 'contact.phone:phone_or_email', 'extra:unrecognized_keys', 'addressId:address_or_place']) {
      assert.ok(local.includes(expected), `${expected} in ${local.join(', ')}`);
    }
    // The server, sent the same body directly, reports the same fields.
    const res = await fetch(new URL('v1/reports', server.url), {
      method: 'POST', body: JSON.stringify(bad), headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    });
    assert.ok(res.status === 400 || res.status === 422, `status ${res.status}`);
    const problem = (await res.json()) as { issues: { path: (string | number)[]; code: string }[] };
    const remote = problem.issues.map((i) => `${i.path.join('.')}:${i.code}`).sort();
    assert.deepEqual(remote, local);
  });

  test('path and query parameters are checked too', async () => {
    await assert.rejects(client.cases.get('not-a-reference', 'short'), (e) => {
      assert.ok(isValidationError(e) && e.local);
      assert.deepEqual(e.issues.map((i) => i.path.join('.')).sort(), ['reference', 'token'], 'path and query issues together');
      return true;
    });
    await assert.rejects(client.activities.occurrences({ from: '2026-13-01', to: today() }), (e) => isValidationError(e) && e.issues[0]?.path[0] === 'from');
    assert.throws(() => client.activities.feedUrl({ age: 200 }), (e) => isValidationError(e) && e.issues[0]?.path[0] === 'age');
  });
});

describe('activities and registrations', () => {
  const window = async () => {
    const from = today();
    return client.activities.occurrences({ from, to: addDays(from, 120) });
  };

  test('occurrences come with their activities; one activity, its .ics and the feed', async () => {
    const list = await window();
    assert.ok(list.items.length > 0, 'the demo season has occurrences in the next 120 days');
    const ids = new Set(list.activities.map((a) => a.id));
    assert.ok(list.items.every((o) => ids.has(o.activityId)));
    const first = list.items[0]!;
    const activity = await client.activities.get(first.activityId);
    assert.equal(activity.id, first.activityId);
    const ics = await fetch(client.activities.icsUrl(activity.id));
    assert.equal(ics.status, 200);
    assert.match(ics.headers.get('content-type') ?? '', /text\/calendar/);
    assert.match(await ics.text(), /BEGIN:VEVENT/);
    const feed = client.activities.feedUrl({ category: activity.category, lang: 'en' });
    assert.ok(feed.startsWith(server.url) && feed.includes('category=') && feed.includes('lang=en'));
    assert.match(await (await fetch(feed)).text(), /BEGIN:VCALENDAR/);
    assert.match(client.activities.feedUrl({}, { webcal: true }), /^webcal:\/\/127\.0\.0\.1:\d+\/v1\/calendar\.ics$/);
    const filtered = await client.activities.occurrences({ from: today(), to: addDays(today(), 120), category: activity.category });
    assert.ok(filtered.activities.every((a) => a.category === activity.category));
  });

  test('register for an occurrence, read the registration, cancel it', async () => {
    const list = await window();
    const now = new Date();
    const open = (o: Occurrence) => {
      const a = list.activities.find((x) => x.id === o.activityId)!;
      const r = a.registration;
      return r.required && !o.cancelled && !a.cancelled && new Date(o.start) > now && (o.placesLeft ?? 1) > 0 &&
        (!r.opens || new Date(r.opens) <= now) && (!r.closes || new Date(r.closes) > now);
    };
    const occurrence = list.items.find(open);
    assert.ok(occurrence, 'the demo season has an occurrence open for registration');
    const receipt = await client.registrations.create(occurrence.activityId, {
      occurrence: occurrence.key,
      participants: [{ name: 'Testbarn', age: 9 }],
      contact: { name: 'Test Förälder', phone: '070-000 00 00' },
      waitlistOk: true,
      consent: true,
    });
    assert.ok(['confirmed', 'waitlisted'].includes(receipt.status));
    const view = await client.registrations.get(receipt.id, receipt.cancelToken);
    assert.equal(view.status, receipt.status);
    assert.equal(view.participants, 1);
    const staffView = await admin.admin.activities.registrations(occurrence.activityId);
    assert.ok(staffView.items.some((r) => r.id === receipt.id && r.contact.name === 'Test Förälder'));
    const cancelled = await client.registrations.cancel(receipt.id, receipt.cancelToken);
    assert.equal(cancelled.status, 'cancelled');
  });
});

describe('trivselpeng and the admin group', () => {
  const application = (): TrivselpengCreate => {
    const t = config.limits.trivselpeng;
    return {
      area: 'froslunda',
      applicant: { name: 'Test Sökande', address: 'Fröslundavägen 31', phone: '070-111 11 11', age: Math.max(18, t.minOrganiserAge) },
      coOrganisers: Array.from({ length: t.coOrganisersRequired }, (_, i) => ({ name: `Granne ${i + 1}`, address: `Björkgatan ${10 + i * 2}` })),
      activity: {
        title: 'Grillkväll på gården', description: 'Vi grillar och lär känna varandra.', date: today(),
        startTime: '17:00', place: 'Gården', targetGroup: 'Alla i området', expectedParticipants: 30,
      },
      budget: [{ item: 'Korv och bröd', amount: 400 }, { item: 'Saft', amount: 100 }],
      requestedTotal: 500,
      eligibility: Object.fromEntries(t.rules.map((r) => [r.code, true as const])),
      consents: { privacy: true, truthful: true },
    };
  };

  test('apply, review, approve, pay, follow up — and read the case at each step', async () => {
    const areas = await client.areas.list();
    // The activity is tomorrow: a follow-up opens on the activity's own date, not before.
    const base = application();
    const tomorrow = addDays(today(), 1);
    const input = { ...base, activity: { ...base.activity, date: tomorrow }, area: areas.items.find((a) => a.id === 'froslunda')?.id ?? areas.items[0]!.id };
    const receipt = await client.trivselpeng.create(input);
    assert.match(receipt.reference, /^T-\d{4}-\d{6}$/);
    assert.equal(receipt.status, 'submitted');
    const listed = await admin.admin.trivselpeng.list({ status: 'submitted' });
    assert.ok(listed.items.some((a) => a.reference === receipt.reference));
    await admin.admin.trivselpeng.decide(receipt.reference, { status: 'under_review' });
    await admin.admin.trivselpeng.decide(receipt.reference, { status: 'approved', amount: 450, message: 'Beviljat' });
    const paid = await admin.admin.trivselpeng.decide(receipt.reference, { status: 'paid' });
    assert.equal(paid.approvedAmount, 450);
    const sameDay = await client.cases.get(receipt.reference, receipt.token);
    assert.equal(sameDay.type, 'trivselpeng');
    assert.equal(sameDay.approvedAmount, 450);
    assert.equal(sameDay.followUp?.available, false, 'not before the activity\'s date');
    const followUp = { token: receipt.token, participants: 25, howItWent: 'Bra!', receipts: [] };
    await assert.rejects(client.trivselpeng.followUp(receipt.reference, followUp), (e) => isHttpError(e) && e.status === 409 && e.code === 'not_allowed_now');
    // Two days later on the server's clock, the activity has taken place.
    clockShift = 2 * 86_400_000;
    try {
      const dayAfter = await client.cases.get(receipt.reference, receipt.token);
      assert.equal(dayAfter.followUp?.available, true);
      const after = await client.trivselpeng.followUp(receipt.reference, followUp);
      assert.equal(after.status, 'followed_up');
    } finally {
      clockShift = 0;
    }
    const staff = await admin.admin.trivselpeng.get(receipt.reference);
    assert.equal(staff.followUp?.participants, 25);
    assert.deepEqual(staff.history.map((h) => h.status), ['submitted', 'under_review', 'approved', 'paid', 'followed_up']);
  });

  test('reports: list, get, change status; the tenant sees the message', async () => {
    const receipt = await client.reports.create(await reportInput(client, 'Trasig lampa i källargången.'));
    const list = await admin.admin.reports.list({ status: 'received', limit: 200 });
    assert.ok(list.items.some((r) => r.reference === receipt.reference));
    const report = await admin.admin.reports.get(receipt.reference);
    assert.equal(report.description, 'Trasig lampa i källargången.');
    const changed = await admin.admin.reports.setStatus(receipt.reference, { status: 'in_progress', note: 'Fastighetsskötare bokad', message: 'Vi byter lampan i morgon.' });
    assert.equal(changed.status, 'in_progress');
    const tenant = await client.cases.get(receipt.reference, receipt.token);
    assert.equal(tenant.status, 'in_progress');
    assert.ok(tenant.history.some((h) => h.message === 'Vi byter lampan i morgon.'));
    assert.doesNotMatch(JSON.stringify(tenant), /Fastighetsskötare/, 'internal notes never reach the tenant');
  });

  test('activities: create, update, cancel', async () => {
    const start = `${addDays(today(), 14)}T18:00`;
    const created = await admin.admin.activities.create({
      title: { sv: 'Trygghetsvandring i Nyfors' }, description: { sv: 'Vi går runt och tittar på belysningen.' },
      category: 'trygghetsvandring', areas: ['nyfors'], place: { name: 'Nyfors torg' }, start, end: `${addDays(today(), 14)}T19:30`,
      registration: { required: false }, organiser: { name: 'Områdesvärd' }, languages: ['sv'],
    });
    assert.equal(created.cancelled, false);
    const updated = await admin.admin.activities.update(created.id, { place: { name: 'Nyforsskolan' } });
    assert.equal(updated.place.name, 'Nyforsskolan');
    assert.equal(updated.start, start);
    const cancelled = await admin.admin.activities.cancel(created.id, { reason: 'Inställt på grund av storm' });
    assert.equal(cancelled.cancelled, true);
    assert.equal((await client.activities.get(created.id)).cancelled, true);
  });

  test('without a token or with a wrong one the admin group gets 401', async () => {
    await assert.rejects(client.admin.reports.list(), (e) => isHttpError(e) && e.status === 401 && e.code === 'unauthorized');
    const wrong = createClient({ baseUrl: server.url, outbox: false, token: 'not-the-token' });
    await assert.rejects(wrong.admin.trivselpeng.list(), (e) => isHttpError(e) && e.status === 401);
    // The token goes only to admin routes.
    let seen: string | null = 'unset';
    const spy = createClient({ baseUrl: server.url, outbox: false, token: server.adminToken, fetch: (input, init) => {
      seen = new Request(input, init).headers.get('authorization');
      return fetch(input, init);
    } });
    await spy.config.get();
    assert.equal(seen, null);
    await spy.admin.reports.list({ limit: 1 });
    assert.equal(seen, `Bearer ${server.adminToken}`);
  });
});

describe('routing (admin)', () => {
  test('staff read the rules, ask where a case would go, and a bad rule is a ValidationError naming the field', async () => {
    const routing = await admin.admin.routing.get();
    assert.ok(routing.rules.length > 0 && routing.updatedBy === 'demo');
    const where = await admin.admin.routing.dryRun({ kind: 'report', category: 'water_leak', at: '2026-12-24T23:00:00+01:00' });
    assert.deepEqual(where.times, ['jour', 'holiday']);
    assert.ok(where.emails.includes('fastighetsjour@bostad.example'));
    await assert.rejects(
      admin.admin.routing.set({ webhooks: [], rules: [], default: { webhooks: ['nobody'] } }),
      (e: unknown) => isValidationError(e) && e.issues.some((i) => i.path.join('.') === 'default.webhooks.0' && i.code === 'unknown'),
    );
  });
});

describe('deliveries (admin)', () => {
  test('a new case shows up in the delivery log with its event id; a missing delivery is a 404 HttpError; destinations say what to fix', async () => {
    const set = await admin.admin.routing.set({
      webhooks: [{ id: 'nowhere', url: 'http://127.0.0.1:9/hook', allowPrivate: true }], rules: [], default: { webhooks: ['nowhere'] },
    });
    assert.equal(set.newSecrets[0]?.webhookId, 'nowhere');
    assert.match(set.newSecrets[0]!.secret, /^whsec_/);
    const rotated = await admin.admin.routing.rotateSecret('nowhere');
    assert.ok(rotated.previousValidUntil);
    const report = await client.reports.create(await reportInput(client));
    const { items } = await admin.admin.deliveries.list({ record: report.reference });
    assert.equal(items.length, 1);
    assert.equal(items[0]!.destination, 'nowhere');
    const one = await admin.admin.deliveries.get(items[0]!.id);
    assert.equal(one.eventId, items[0]!.eventId);
    await assert.rejects(admin.admin.deliveries.get('no-such-delivery'), (e: unknown) => isHttpError(e) && e.status === 404);
    const health = await admin.admin.deliveries.destinations();
    assert.ok(Array.isArray(health.items) && Array.isArray(health.warnings));
  });
});

describe('createClient misuse', () => {
  test('a missing or bad baseUrl says what to do and where to read', () => {
    assert.throws(() => createClient({} as never), /baseUrl.*README\.md#createclient/s);
    assert.throws(() => createClient({ baseUrl: 'ftp://x' }), /http or https/);
    assert.throws(() => createClient({ baseUrl: 'not a url' }), /not a URL/);
    assert.throws(() => createClient({ baseUrl: 'http://x', timeout: 0 }), /timeout/);
  });

  test('a base URL with a path prefix keeps it', () => {
    const c = createClient({ baseUrl: 'https://api.example.se/grannskap', outbox: false });
    assert.equal(c.activities.icsUrl('a1'), 'https://api.example.se/grannskap/v1/activities/a1/calendar.ics');
  });
});

