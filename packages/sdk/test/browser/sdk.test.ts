// The SDK in real Chromium against the real server on another origin (real CORS, real
// IndexedDB). The API's URL and an admin token are injected by web-test-runner.config.mjs.
import { expect } from '@open-wc/testing';
import {
  createClient, formatInstant, IndexedDbOutboxStore, isNetworkError, isValidationError, type OutboxEvent, type ReportCreate,
} from '@grannskap/sdk';

declare global {
  interface Window {
    __GRANNSKAP_API__?: string;
    __GRANNSKAP_ADMIN_TOKEN__?: string;
  }
}

const API = window.__GRANNSKAP_API__ ?? '';
const TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';

const today = () => formatInstant(new Date(), 'Europe/Stockholm').slice(0, 10);
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const reportInput = async (description: string): Promise<ReportCreate> => {
  const client = createClient({ baseUrl: API, outbox: false });
  const [areas, categories] = await Promise.all([client.areas.list(), client.categories.list()]);
  const category = categories.items.find((c) => c.fields.every((f) => !f.required));
  return {
    category: category!.code, area: areas.items[0]!.id, place: 'Tvättstugan', occurredAt: formatInstant(new Date(), 'Europe/Stockholm'),
    happeningNow: false, description, attachments: [], contact: { anonymous: true }, privacyAccepted: true,
  };
};

const deleteDatabase = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

describe('@grannskap/sdk in Chromium', () => {
  it('runs on another origin than the API (CORS is real)', () => {
    expect(API).to.match(/^http:\/\/127\.0\.0\.1:\d+\/?$/);
    expect(new URL(API).origin).not.to.equal(location.origin);
  });

  it('reads the config and the occurrences of the coming months', async () => {
    const client = createClient({ baseUrl: API, outbox: false });
    const config = await client.config.get();
    expect(config.timeZone).to.equal('Europe/Stockholm');
    const from = today();
    const list = await client.activities.occurrences({ from, to: plusDays(from, 120) });
    expect(list.items.length).to.be.greaterThan(0);
    expect(list.activities.length).to.be.greaterThan(0);
  });

  it('uploads a photo, creates a report and reads its case status', async () => {
    const client = createClient({ baseUrl: API, outbox: false, locale: 'sv' });
    const canvas = new OffscreenCanvas(40, 30);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#3a7';
    ctx.fillRect(0, 0, 40, 30);
    const photo = await client.attachments.upload(await canvas.convertToBlob({ type: 'image/png' }), { filename: 'trappa.png' });
    expect(photo.width).to.equal(40);
    const receipt = await client.reports.create({ ...(await reportInput('Browser test: trasig dörr')), attachments: [photo.id] });
    expect(receipt.reference).to.match(/^R-\d{4}-\d{6}$/);
    const status = await client.cases.get(receipt.reference, receipt.token);
    expect(status.reference).to.equal(receipt.reference);
    expect(status.status).to.equal('received');
  });

  it('shows field issues without a round trip', async () => {
    const client = createClient({ baseUrl: API, outbox: false });
    let error: unknown;
    try {
      await client.reports.create({ ...(await reportInput('x')), description: '' });
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).to.equal(true);
    expect(isValidationError(error) && error.local && error.issues[0]?.path).to.deep.equal(['description']);
  });

  it('IndexedDbOutboxStore: put, list and delete survive a new store instance', async () => {
    const database = `grannskap-test-${Date.now()}`;
    const store = new IndexedDbOutboxStore({ database });
    const entry = (id: string, createdAt: number) => ({ id, operation: 'createReport' as const, body: { description: id }, createdAt, attempts: 0 });
    await store.put(entry('b', 2));
    await store.put(entry('a', 1));
    store.close();
    const again = new IndexedDbOutboxStore({ database });
    expect((await again.list()).map((e) => e.id)).to.deep.equal(['a', 'b']);
    await again.delete('a');
    expect(await again.get('a')).to.equal(undefined);
    expect((await again.get('b'))?.body).to.deep.equal({ description: 'b' });
    again.close();
    const third = new IndexedDbOutboxStore({ database });
    expect((await third.list()).map((e) => e.id)).to.deep.equal(['b']);
    third.close();
    await deleteDatabase(database);
  });

  it('outbox: kept in IndexedDB while offline, sent once when the online event fires', async () => {
    const database = `grannskap-outbox-${Date.now()}`;
    // The browser cannot be taken offline from a test: this fetch fails like an offline one
    // (TypeError) while `offline` is set, and is the real network otherwise.
    let offline = true;
    const fetchOrFail: typeof fetch = (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
    const client = createClient({
      baseUrl: API, fetch: fetchOrFail, outbox: new IndexedDbOutboxStore({ database }), autoFlush: true, retry: { limit: 0 },
    });
    const events: OutboxEvent[] = [];
    const sent = new Promise<OutboxEvent>((resolve) => client.outbox!.onChange((e) => (events.push(e), e.type === 'sent' && resolve(e))));
    const description = `Browser outbox ${Date.now()}`;
    const result = await client.outbox!.submit('createReport', { body: await reportInput(description) });
    expect(result.status).to.equal('queued');
    expect(result.status === 'queued' && isNetworkError(result.error)).to.equal(true);
    // A new store on the same database sees the entry: it would survive a reload.
    const other = new IndexedDbOutboxStore({ database });
    expect((await other.list()).map((e) => e.id)).to.deep.equal([result.key]);
    other.close();

    offline = false;
    window.dispatchEvent(new Event('online'));
    const event = await sent;
    expect((event as { result: { reference: string } }).result.reference).to.match(/^R-/);
    expect(await client.outbox!.pending()).to.deep.equal([]);
    client.outbox!.close();

    const admin = createClient({ baseUrl: API, outbox: false, token: TOKEN });
    const reports = await admin.admin.reports.list({ limit: 200 });
    expect(reports.items.filter((r) => r.description === description).length).to.equal(1);
    expect(events.map((e) => e.type)).to.deep.equal(['queued', 'sent']);
    await deleteDatabase(database);
  });

  it('outbox: an entry left by an earlier visit is sent when an autoFlush client starts', async () => {
    const database = `grannskap-earlier-${Date.now()}`;
    const description = `Left behind ${Date.now()}`;
    const earlier = new IndexedDbOutboxStore({ database });
    await earlier.put({ id: crypto.randomUUID(), operation: 'createReport', body: await reportInput(description), createdAt: Date.now(), attempts: 1 });
    earlier.close();
    const client = createClient({ baseUrl: API, outbox: new IndexedDbOutboxStore({ database }), autoFlush: true });
    const event = await new Promise<OutboxEvent>((resolve) => client.outbox!.onChange(resolve));
    expect(event.type).to.equal('sent');
    expect(await client.outbox!.pending()).to.deep.equal([]);
    client.outbox!.close();
    const admin = createClient({ baseUrl: API, outbox: false, token: TOKEN });
    const reports = await admin.admin.reports.list({ limit: 200 });
    expect(reports.items.filter((r) => r.description === description).length).to.equal(1);
    await deleteDatabase(database);
  });

  it('makes an "add to calendar" link from an activity', async () => {
    const { activityToIcs, icsDataUrl } = await import('@grannskap/sdk');
    const client = createClient({ baseUrl: API, outbox: false });
    const from = today();
    const list = await client.activities.occurrences({ from, to: plusDays(from, 120) });
    const occurrence = list.items[0]!;
    const activity = list.activities.find((a) => a.id === occurrence.activityId)!;
    const url = icsDataUrl(activityToIcs(activity, occurrence));
    const text = await (await fetch(url)).text();
    expect(text).to.contain('BEGIN:VEVENT');
    const served = await fetch(client.activities.icsUrl(activity.id));
    expect(served.status).to.equal(200);
  });
});
