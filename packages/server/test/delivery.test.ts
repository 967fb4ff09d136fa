// Delivery (issue 21, points 4–6 and 8): every case reaches the destinations its rules name — by e-mail
// through a real SMTP server (smtp-server, the demo's catcher) and by signed webhook to a real HTTP receiver
// that verifies with the standardwebhooks package. Faults are real: error statuses, 429 with Retry-After, a
// receiver too slow, down and back, an SMTP server down and back. The retry schedule is shortened to
// fractions of a second; the clock is the real one (signatures carry real timestamps).
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import sharp from 'sharp';
import {
  adminDecideTrivselpeng, adminDestinationHealth, adminGetDelivery, adminGetTrivselpeng, adminListDeliveries, adminListRegistrations,
  adminRetryDelivery, adminRotateWebhookSecret, adminSetReportStatus, adminSetRouting, cancelRegistration, createRegistration,
  createTrivselpeng, getPhotoLink, getUnsubscribe, unsubscribe, uploadAttachment,
  type DeliveryDetail, type DeliveryList, type DestinationHealthList, type Routing, type RoutingSetResult, type WebhookSecret,
} from '@grannskap/contract';
import { call, startTestServer, type TestServer } from './helpers/server.js';
import { eventually, startReceiver, type Receiver } from './helpers/webhook-receiver.js';
import { createActivity, reportBody, submitReport, trivselpengBody } from './helpers/fixtures.js';
import { startDemoOutbox, type DemoOutbox } from '../src/demo/outbox.js';
import { storeOf } from '../src/app/build.js';
import { recordFigures } from './helpers/figures.js';

const SCHEDULE = [150, 300, 600];

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

const routingFor = (receiver: Receiver): Routing => ({
  webhooks: [{ id: 'case-system', url: receiver.url, allowPrivate: true }],
  rules: [{ name: 'Jouren: farligt just nu', when: { kinds: ['report'], urgent: true }, to: { emails: ['jour@bostad.example'], webhooks: ['case-system'] } }],
  default: { emails: ['kundservice@bostad.example'], webhooks: ['case-system'] },
});

const deliveriesOf = async (t: TestServer, record: string) => {
  const res = await call<DeliveryList>(t, adminListDeliveries, { admin: t.admin, query: { record } });
  assert.equal(res.status, 200, res.text);
  return res.body.items;
};

describe('delivery', () => {
  let t: TestServer;
  let receiver: Receiver;
  let mail: DemoOutbox;
  const figures: Record<string, number> = {};

  before(async () => {
    receiver = await startReceiver();
    mail = await startDemoOutbox();
    t = await startTestServer({
      now: () => new Date(),
      delivery: { mail: { smtp: mail.smtpUrl, from: 'Grannskap <noreply@bostad.example>' }, schedule: SCHEDULE, timeoutMs: 800, pollMs: 50 },
    });
    const set = await call<RoutingSetResult>(t, adminSetRouting, { admin: t.admin, body: routingFor(receiver) });
    assert.equal(set.status, 200, set.text);
    assert.equal(set.body.newSecrets.length, 1, 'a new endpoint gets a secret, shown once');
    assert.match(set.body.newSecrets[0]!.secret, /^whsec_/);
    receiver.secrets.push(set.body.newSecrets[0]!.secret);
    const again = await call<RoutingSetResult>(t, adminSetRouting, { admin: t.admin, body: routingFor(receiver) });
    assert.deepEqual(again.body.newSecrets, [], 'setting the same rules again shows no secret');
  });
  after(async () => {
    recordFigures('delivery-faults', 'Delivery: every event reaches its webhook and mail destinations through receiver and SMTP faults; 0 lost, 0 under two ids',
      'delivery.test.ts: real smtp-server and HTTP receiver; schedule shortened to 150/300/600 ms', figures, true);
    await t.close();
    await receiver.close();
    await mail.close();
  });
  beforeEach(() => receiver.behave({ kind: 'ok' }));

  it('a dangerous water leak reaches the jour by mail with what it needs to act, the case system by signed webhook, the tenant a receipt', async () => {
    const photo = await sharp({ create: { width: 60, height: 40, channels: 3, background: { r: 0, g: 90, b: 200 } } }).jpeg().toBuffer();
    const fd = new FormData();
    fd.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'leak.jpg');
    const uploaded = await call(t, uploadAttachment, { raw: fd });
    assert.equal(uploaded.status, 201, uploaded.text);
    const body = await reportBody(t, {
      category: 'water_leak', place: 'Tvättstugan, Ringvägen 3', happeningNow: true, description: 'Vatten sprutar från ett rör <b>nu</b>.',
      answers: { dangerous_now: true }, attachments: [uploaded.body.id],
      contact: { anonymous: false, name: 'Anna Andersson', phone: '070-123 45 67', email: 'anna@example.se', emailUpdates: true },
    });
    const { reference } = await submitReport(t, body);

    await eventually(() => mail.mails.filter((m) => m.text.includes(reference)).length >= 2, 10_000, 'jour mail and receipt');
    const jour = mail.mails.find((m) => m.to.includes('jour@bostad.example') && m.subject.includes(reference))!;
    assert.ok(jour, 'the jour rule matched: farligt just nu');
    assert.match(jour.subject, /^BRÅDSKANDE: Vattenläcka/);
    for (const needed of ['Vattenläcka', 'Tvättstugan, Ringvägen 3', 'JA – farligt just nu', 'Vatten sprutar från ett rör <b>nu</b>.', 'Anna Andersson', '070-123 45 67']) {
      assert.ok(jour.text.includes(needed), `the jour's mail says ${needed}`);
    }
    assert.ok(jour.html.includes('&#60;b&#62;nu&#60;/b&#62;'), 'the HTML part escapes what the tenant wrote');
    assert.ok(!jour.html.includes('<b>nu</b>'));
    assert.equal(jour.headers['list-unsubscribe'], undefined, 'staff mail has no unsubscribe');
    // the photo is a signed link that works without a sign-in; nothing is attached
    assert.ok(!/content-disposition: attachment/i.test(jour.text));
    const link = /http:\/\/\S+\/v1\/photo-links\/\S+/.exec(jour.text)?.[0];
    assert.ok(link, 'the mail links the photo');
    const image = await fetch(link!);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/jpeg');
    const tampered = await fetch(link!.replace(/signature=./, (s) => (s.endsWith('A') ? s.slice(0, -1) + 'B' : s.slice(0, -1) + 'A')));
    assert.equal(tampered.status, 404, 'a changed signature is refused');
    const expired = new URL(link!);
    expired.searchParams.set('expires', String(Math.floor(Date.now() / 1000) - 10));
    assert.equal((await fetch(expired)).status, 404, 'an expired link is refused (its signature no longer matches either)');
    const noQuery = await call(t, getPhotoLink, { params: { id: uploaded.body.id } });
    assert.equal(noQuery.status, 404);

    const receipt = mail.mails.find((m) => m.to.includes('anna@example.se'))!;
    assert.match(receipt.subject, /Vi har tagit emot ditt ärende/);
    assert.match(receipt.headers['list-unsubscribe'] ?? '', /^<http:\/\/.+\/v1\/unsubscribe\/.+>/);
    assert.equal(receipt.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    assert.ok(receipt.text.includes('/v1/unsubscribe/'), 'and a link in the text');

    await receiver.until((r) => r.some((x) => x.type === 'report.created' && x.body.includes(reference)));
    const hook = receiver.received.find((x) => x.body.includes(reference))!;
    assert.equal(hook.verified, true, 'signed per Standard Webhooks with the endpoint secret');
    assert.equal(JSON.parse(hook.body).data.reference, reference);

    const items = await eventually(async () => {
      const list = await deliveriesOf(t, reference);
      return list.length === 3 && list.every((d) => d.state === 'delivered') ? list : null;
    }, 10_000, 'all delivered');
    assert.deepEqual(items.map((d) => `${d.channel}:${d.audience}:${d.destination}`).sort(), [
      'email:staff:jour@bostad.example', 'email:tenant:anna@example.se', 'webhook:staff:case-system',
    ]);
    assert.equal(new Set(items.map((d) => d.eventId)).size, 1, 'one event, one id, for all its deliveries');
    const detail = await call<DeliveryDetail>(t, adminGetDelivery, { admin: t.admin, params: { id: items[0]!.id } });
    assert.equal(detail.body.attemptLog.length, 1);
    assert.equal(detail.body.attemptLog[0]!.error, null);
  });

  it('one-click unsubscribe (RFC 8058) stops the tenant mails of that case; a wrong token gets the same 404 as a missing one', async () => {
    const { reference } = await submitReport(t, { contact: { anonymous: false, name: 'Bo', email: 'bo@example.se', emailUpdates: true } });
    const receipt = await eventually(() => mail.mails.find((m) => m.to.includes('bo@example.se') && m.subject.includes(reference)), 10_000, 'receipt');
    const url = /<(.+)>/.exec(receipt.headers['list-unsubscribe']!)![1]!;
    const token = url.split('/').pop()!;
    const page = await call(t, getUnsubscribe, { params: { token } });
    assert.equal(page.status, 200);
    assert.match(page.text, /<form method="post">/, 'the link opens a page with a button; a link scanner that GETs changes nothing');
    // what a mail program sends for one-click
    const oneClick = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.equal(oneClick.status, 200, await oneClick.clone().text());
    assert.deepEqual(await oneClick.json(), { record: reference, unsubscribed: true });
    const repeated = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.deepEqual([repeated.status, await repeated.json()], [200, { record: reference, unsubscribed: true }], 'a repeat answers the same');
    const fromPage = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, body: '' });
    assert.match(await fromPage.text(), /Du får inga fler mejl om ärende/, 'the page\'s button gets a page back');
    const before = mail.mails.length;
    const status = await call(t, adminSetReportStatus, { admin: t.admin, params: { reference }, body: { status: 'in_progress', message: 'Vi kommer i morgon.' } });
    assert.equal(status.status, 200, status.text);
    await receiver.until((r) => r.some((x) => x.type === 'report.message_to_tenant' && x.body.includes(reference)));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(mail.mails.slice(0, mail.mails.length - before).filter((m) => m.to.includes('bo@example.se')).length, 0, 'no more mail to the tenant');

    const wrong = await call(t, unsubscribe, { params: { token: `${reference}~${'A'.repeat(43)}` } });
    const missing = await call(t, unsubscribe, { params: { token: `R-2026-999999~${'A'.repeat(43)}` } });
    assert.equal(wrong.status, 404);
    assert.equal(missing.status, 404);
    assert.equal(wrong.body.detail, missing.body.detail);
    assert.equal((await call(t, unsubscribe, { params: { token: 'x' } })).status, 404, 'a malformed token answers the same 404');
  });

  it('a tenant who did not ask for mail gets none; a status change with a message gives one mail, not two', async () => {
    const quiet = await submitReport(t, { contact: { anonymous: false, name: 'Cia', email: 'cia@example.se' } });
    const asked = await submitReport(t, { contact: { anonymous: false, name: 'Dan', email: 'dan@example.se', emailUpdates: true } });
    await call(t, adminSetReportStatus, { admin: t.admin, params: { reference: asked.reference }, body: { status: 'resolved', message: 'Lagat.' } });
    await call(t, adminSetReportStatus, { admin: t.admin, params: { reference: quiet.reference }, body: { status: 'resolved' } });
    await eventually(() => mail.mails.filter((m) => m.to.includes('dan@example.se')).length >= 2, 10_000, 'receipt and message');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(mail.mails.filter((m) => m.to.includes('cia@example.se')).length, 0);
    const dan = mail.mails.filter((m) => m.to.includes('dan@example.se')).map((m) => m.subject);
    assert.equal(dan.length, 2, dan.join(' | '));
    assert.ok(dan.some((s) => s.startsWith('Meddelande om ditt ärende')));
    const message = mail.mails.find((m) => m.to.includes('dan@example.se') && m.subject.startsWith('Meddelande'))!;
    assert.ok(message.text.includes('Åtgärdad') && message.text.includes('Lagat.'), 'the message mail says the new status too');
    // asking for mail without an address is an error next to the field
    const res = await fetch(`${t.url}/v1/reports`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `k-${Date.now()}-noaddr` },
      body: JSON.stringify(await reportBody(t, { contact: { anonymous: false, name: 'Eva', phone: '070-1', emailUpdates: true } })),
    });
    assert.equal(res.status, 422);
    assert.deepEqual(((await res.json()) as { issues: { path: string[] }[] }).issues.map((i) => i.path.join('.')), ['contact.email']);
  });

  it('an applicant who asked gets a receipt and each decision by mail, in plain Swedish, until they unsubscribe', async () => {
    const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const base = await trivselpengBody(t);
    const quiet = await call(t, createTrivselpeng, { body: { ...base, applicant: { ...base.applicant, email: 'tyst@example.se' }, activity: { ...base.activity, date } } });
    assert.equal(quiet.status, 201, quiet.text);
    const res = await call(t, createTrivselpeng, {
      body: { ...base, applicant: { ...base.applicant, email: 'amina@example.se', emailUpdates: true }, activity: { ...base.activity, date } },
    });
    assert.equal(res.status, 201, res.text);
    const { reference } = res.body as { reference: string };
    const receipt = await eventually(() => mail.mails.find((m) => m.to.includes('amina@example.se') && m.subject.includes(reference)), 10_000, 'receipt');
    assert.match(receipt.subject, /^Vi har tagit emot din ansökan om trivselpeng/);
    assert.ok(receipt.text.includes('900 kr') && /arbetsdagar/.test(receipt.text), receipt.text);
    assert.ok(receipt.headers['list-unsubscribe'] && receipt.headers['list-unsubscribe-post'] === 'List-Unsubscribe=One-Click');

    for (const body of [{ status: 'under_review' }, { status: 'approved', amount: 800, message: 'Välkommen att hämta pengarna på kontoret.' }] as const) {
      const decided = await call(t, adminDecideTrivselpeng, { admin: t.admin, params: { reference }, body });
      assert.equal(decided.status, 200, decided.text);
    }
    const approved = await eventually(() => mail.mails.find((m) => m.to.includes('amina@example.se') && m.subject.includes('är beviljad')), 10_000, 'decision');
    assert.ok(approved.text.includes('800 kr') && approved.text.includes('Välkommen att hämta pengarna'), approved.text);
    assert.ok(approved.html.includes('800') && !approved.html.includes('<script'), 'the HTML part says the same');
    assert.ok(mail.mails.some((m) => m.to.includes('amina@example.se') && m.subject.startsWith('Vi går igenom din ansökan')));

    const url = /<(.+)>/.exec(approved.headers['list-unsubscribe']!)![1]!;
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    assert.match(await page.text(), /Sluta få mejl om ansökan T-/);
    const oneClick = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    assert.deepEqual([oneClick.status, await oneClick.json()], [200, { record: reference, unsubscribed: true }]);
    const staffView = await call<{ applicant: { emailUpdates?: boolean } }>(t, adminGetTrivselpeng, { admin: t.admin, params: { reference } });
    assert.equal(staffView.body.applicant.emailUpdates, false, 'staff see that the applicant stopped the mails');
    const before = mail.mails.length;
    assert.equal((await call(t, adminDecideTrivselpeng, { admin: t.admin, params: { reference }, body: { status: 'paid' } })).status, 200);
    await receiver.until((r) => r.some((x) => x.type === 'application.decided' && x.body.includes('"paid"') && x.body.includes(reference)));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(mail.mails.slice(before).filter((m) => m.to.includes('amina@example.se')).length, 0, 'no mail after unsubscribing');
    assert.equal(mail.mails.filter((m) => m.to.includes('tyst@example.se')).length, 0, 'none to one who did not ask');

    const noAddress = await call(t, createTrivselpeng, { body: { ...base, applicant: { ...base.applicant, emailUpdates: true }, activity: { ...base.activity, date } } });
    assert.equal(noAddress.status, 422);
    assert.deepEqual(noAddress.body.issues.map((i: { path: string[] }) => i.path.join('.')), ['applicant.email']);
  });

  it('a registration on the waitlist is told so by mail, and told again when a place comes free', async () => {
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const { id } = await createActivity(t, { start: `${day}T14:00`, end: `${day}T16:00`, capacity: 1, title: { sv: 'Läxhjälp', en: 'Homework club' } });
    const register = (name: string, email: string, emailUpdates?: boolean) =>
      call(t, createRegistration, {
        params: { id },
        body: { occurrence: `${day}T14:00`, participants: [{ name }], contact: { name, email, ...(emailUpdates ? { emailUpdates } : {}) }, waitlistOk: true, consent: true },
      });
    const first = await register('Sara', 'sara@example.se');
    assert.equal(first.status, 201, first.text);
    const second = await register('Omar', 'omar@example.se', true);
    assert.equal(second.status, 201, second.text);
    const waiting = await eventually(() => mail.mails.find((m) => m.to.includes('omar@example.se')), 10_000, 'waitlist mail');
    assert.match(waiting.subject, /^Din anmälan: Läxhjälp/);
    assert.ok(waiting.text.includes('väntelistan') && waiting.text.includes('plats 1 i kön') && waiting.text.includes(`${day} kl. 14:00`), waiting.text);

    const cancelled = await call(t, cancelRegistration, { params: { id: (first.body as { id: string }).id }, body: { token: (first.body as { cancelToken: string }).cancelToken } });
    assert.equal(cancelled.status, 200, cancelled.text);
    const promoted = await eventually(() => mail.mails.find((m) => m.to.includes('omar@example.se') && m.subject.startsWith('Du har fått plats')), 10_000, 'promoted mail');
    assert.ok(promoted.text.includes('Läxhjälp') && promoted.headers['list-unsubscribe'], promoted.text);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(mail.mails.filter((m) => m.to.includes('sara@example.se')).length, 0, 'Sara did not ask for mail');
    const staff = await call<{ items: { contact: { email?: string | null; emailUpdates?: boolean } }[] }>(t, adminListRegistrations, { admin: t.admin, params: { id } });
    assert.deepEqual(staff.body.items.map((r) => [r.contact.email, r.contact.emailUpdates]), [['sara@example.se', false], ['omar@example.se', true]]);
  });

  it('no header injection: line breaks in any field reach no header and add no recipient', async () => {
    const evil = 'Anna\r\nBcc: evil@attacker.example\r\nSubject: hacked';
    const { reference } = await submitReport(t, {
      happeningNow: true, answers: { dangerous_now: true }, category: 'water_leak',
      place: 'Gården\r\nBcc: evil@attacker.example', description: `Hjälp\r\nBcc: evil@attacker.example\r\n\r\n<script>x</script>`,
      contact: { anonymous: false, name: evil, email: 'eve@example.se', emailUpdates: true },
    });
    await eventually(() => mail.mails.filter((m) => m.text.includes(reference)).length >= 2, 10_000, 'mails');
    const mine = mail.mails.filter((m) => m.text.includes(reference));
    for (const m of mine) {
      assert.ok(!m.to.some((a) => a.includes('attacker')), `no added recipient: ${m.to.join(',')}`);
      assert.equal(m.headers.bcc, undefined);
      assert.ok(!/hacked/.test(m.subject));
      assert.ok(!/[\r\n]/.test(m.subject));
    }
    figures.headerInjectionMails = mine.length;
  });

  it('receiver faults: 500s then success, 429 with Retry-After honoured, too slow, down and back — delivered, one id, every attempt logged', async () => {
    // 500 twice, then ok
    receiver.behave((n) => (n < 2 ? { kind: 'status', status: 500 } : { kind: 'ok' }));
    const a = await submitReport(t);
    await receiver.until((r) => r.filter((x) => x.body.includes(a.reference)).length >= 3);
    const aHooks = receiver.received.filter((x) => x.body.includes(a.reference));
    assert.equal(new Set(aHooks.map((x) => x.id)).size, 1, 'the same webhook-id on every attempt');
    const aDelivery = await eventually(async () => (await deliveriesOf(t, a.reference)).find((d) => d.channel === 'webhook' && d.state === 'delivered'), 5000, 'a delivered');
    const aLog = (await call<DeliveryDetail>(t, adminGetDelivery, { admin: t.admin, params: { id: aDelivery.id } })).body.attemptLog;
    assert.deepEqual(aLog.map((x) => x.statusCode), [500, 500, 204]);
    assert.match(aLog[0]!.error!, /HTTP 500/);
    figures.after500s = aLog.length;

    // 429 with Retry-After: 1 — the next attempt waits a second although the schedule says 150 ms
    receiver.behave((n) => (n === 0 ? { kind: 'status', status: 429, retryAfter: '1' } : { kind: 'ok' }));
    const b = await submitReport(t);
    await receiver.until((r) => r.filter((x) => x.body.includes(b.reference)).length >= 2, 10_000);
    const [first, second] = receiver.received.filter((x) => x.body.includes(b.reference));
    const waited = second!.at - first!.at;
    assert.ok(waited >= 900, `waited ${waited} ms after Retry-After: 1`);
    figures.retryAfterWaitedMs = waited;

    // slower than the timeout (800 ms): that attempt counts as failed, the next one succeeds
    receiver.behave((n) => (n === 0 ? { kind: 'slow', ms: 2000 } : { kind: 'ok' }));
    const c = await submitReport(t);
    const cDelivery = await eventually(async () => (await deliveriesOf(t, c.reference)).find((d) => d.channel === 'webhook' && d.state === 'delivered'), 10_000, 'c delivered');
    const cLog = (await call<DeliveryDetail>(t, adminGetDelivery, { admin: t.admin, params: { id: cDelivery.id } })).body.attemptLog;
    assert.match(cLog[0]!.error!, /no answer within 800 ms/);
    assert.equal(cLog.at(-1)!.error, null);

    // down: nothing listens; back after a moment on the same port
    const port = receiver.port;
    await receiver.close();
    const d = await submitReport(t);
    await eventually(async () => (await deliveriesOf(t, d.reference)).find((x) => x.channel === 'webhook' && x.attempts >= 1 && x.lastError?.includes('ECONNREFUSED')), 5000, 'refused attempt');
    const back = await startReceiver(port);
    back.secrets.push(...receiver.secrets);
    await back.until((r) => r.some((x) => x.body.includes(d.reference)), 10_000);
    assert.equal(back.received.filter((x) => x.body.includes(d.reference))[0]!.verified, true);
    await back.close();
    receiver = await startReceiver(port);
    receiver.secrets.push(...back.secrets);
    figures.receiverDownThenBack = 1;
  });

  it('gives up after the schedule (dead letter), says so, and "send again" delivers under the same event id; 410 is dead at once', async () => {
    receiver.behave({ kind: 'status', status: 503 });
    const r = await submitReport(t);
    const r2 = await submitReport(t);
    const dead = await eventually(async () => (await deliveriesOf(t, r.reference)).find((d) => d.channel === 'webhook' && d.state === 'dead'), 10_000, 'dead');
    await eventually(async () => (await deliveriesOf(t, r2.reference)).find((d) => d.channel === 'webhook' && d.state === 'dead'), 10_000, 'second dead');
    assert.equal(dead.attempts, SCHEDULE.length + 1, 'the first attempt and one per step of the schedule');
    const deadList = await call<DeliveryList>(t, adminListDeliveries, { admin: t.admin, query: { state: 'dead' } });
    assert.ok(deadList.body.items.some((d) => d.id === dead.id), 'in the dead-letter list');
    // the destination keeps failing: flagged
    const health = await call<DestinationHealthList>(t, adminDestinationHealth, { admin: t.admin });
    const hook = health.body.items.find((i) => i.channel === 'webhook' && i.destination === 'case-system')!;
    assert.equal(hook.failing, true);
    assert.ok(hook.consecutiveFailures >= 8, `${hook.consecutiveFailures} failures in a row`);
    assert.ok(hook.dead >= 2);
    // … and in the metrics a Prometheus scraper reads with the staff token (a tenant's mail is no destination there)
    const tenant = await submitReport(t, { contact: { anonymous: false, name: 'Eli', email: 'eli@example.se', emailUpdates: true } });
    await eventually(async () => (await deliveriesOf(t, tenant.reference)).find((d) => d.audience === 'tenant' && d.state === 'delivered'), 10_000, 'tenant mail');
    const scraped = await fetch(`${t.url}/v1/admin/metrics`, { headers: { authorization: `Bearer ${t.admin}` } });
    assert.equal(scraped.status, 200);
    assert.match(scraped.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await scraped.text();
    const metric = (line: RegExp) => Number(line.exec(text)?.[1] ?? Number.NaN);
    assert.equal(metric(/^grannskap_delivery_destination_failing\{channel="webhook",destination="case-system"\} (\d+)$/m), 1, text);
    assert.ok(metric(/^grannskap_deliveries\{state="dead"\} (\d+)$/m) >= 2, text);
    assert.ok(metric(/^grannskap_delivery_attempts_total\{channel="webhook",outcome="retry"\} (\d+)$/m) >= SCHEDULE.length * 2, text);
    assert.ok(metric(/^grannskap_delivery_attempts_total\{channel="webhook",outcome="dead"\} (\d+)$/m) >= 2, text);
    assert.match(text, /^# TYPE grannskap_delivery_attempt_duration_seconds histogram$/m);
    assert.doesNotMatch(text, /example\.se/, 'no tenant address among the destinations');
    const healthNow = await call<DestinationHealthList>(t, adminDestinationHealth, { admin: t.admin });
    assert.ok(!healthNow.body.items.some((i) => i.destination.endsWith('@example.se')), 'nor in the destination health');
    assert.equal((await fetch(`${t.url}/v1/admin/metrics`)).status, 401, 'not without the token');

    receiver.behave({ kind: 'ok' });
    const retried = await call<DeliveryDetail>(t, adminRetryDelivery, { admin: t.admin, params: { id: dead.id } });
    assert.equal(retried.status, 200, retried.text);
    assert.equal(retried.body.state, 'pending');
    await eventually(async () => (await call<DeliveryDetail>(t, adminGetDelivery, { admin: t.admin, params: { id: dead.id } })).body.state === 'delivered', 5000, 'delivered again');
    const ids = new Set(receiver.received.filter((x) => x.body.includes(r.reference)).map((x) => x.id));
    assert.deepEqual([...ids], [dead.eventId]);
    const healthy = await call<DestinationHealthList>(t, adminDestinationHealth, { admin: t.admin });
    assert.equal(healthy.body.items.find((i) => i.destination === 'case-system')!.failing, false, `a success clears the flag: ${healthy.text}`);

    receiver.behave({ kind: 'status', status: 410 });
    const g = await submitReport(t);
    const gone = await eventually(async () => (await deliveriesOf(t, g.reference)).find((d) => d.channel === 'webhook' && d.state === 'dead'), 5000, 'gone');
    assert.equal(gone.attempts, 1);
    assert.match(gone.lastError!, /gone/);
    figures.deadAfterAttempts = dead.attempts;
  });

  it('the SMTP server down, then back: the mail waits and goes out', async () => {
    const port = await freePort();
    const t2 = await startTestServer({
      now: () => new Date(),
      delivery: { mail: { smtp: `smtp://127.0.0.1:${port}`, from: 'g@bostad.example' }, schedule: [200, 400, 800, 1600], timeoutMs: 500, pollMs: 50 },
    });
    try {
      const { reference } = await submitReport(t2);
      const waiting = await eventually(async () => (await deliveriesOf(t2, reference)).find((d) => d.channel === 'email' && d.attempts >= 1), 5000, 'a failed mail attempt');
      assert.match(waiting.lastError!, /ECONNREFUSED|ESOCKET|connect/i);
      const { SMTPServer } = await import('smtp-server');
      const got: string[] = [];
      const smtp = new SMTPServer({
        disabledCommands: ['STARTTLS', 'AUTH'], authOptional: true,
        onData(stream, _session, cb) { let s = ''; stream.on('data', (c: Buffer) => (s += c.toString())); stream.on('end', () => { got.push(s); cb(); }); },
      });
      await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
      try {
        await eventually(() => got.some((m) => m.includes(reference)), 10_000, 'mail after SMTP came back');
        const done = await eventually(async () => (await deliveriesOf(t2, reference)).find((d) => d.channel === 'email' && d.state === 'delivered'), 5000, 'delivered');
        assert.ok(done.attempts >= 2);
        figures.smtpDownThenBackAttempts = done.attempts;
      } finally {
        await new Promise<void>((resolve) => smtp.close(() => resolve()));
      }
    } finally {
      await t2.close();
    }
  });

  it('SMTP with a user and password from the URL (as GRANNSKAP_SMTP_URL gives it); a wrong password is an error staff can read', async () => {
    const { SMTPServer } = await import('smtp-server');
    const got: string[] = [];
    const smtp = new SMTPServer({
      // loopback only, so plain-text auth is allowed here; a real server offers STARTTLS or TLS
      disabledCommands: ['STARTTLS'], allowInsecureAuth: true, authMethods: ['PLAIN', 'LOGIN'],
      onAuth(auth, _session, cb) { cb(auth.username === 'jour' && auth.password === 'hemligt lösen' ? null : new Error('Invalid username or password'), { user: auth.username }); },
      onData(stream, _session, cb) { let s = ''; stream.on('data', (c: Buffer) => (s += c.toString())); stream.on('end', () => { got.push(s); cb(); }); },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    const servers: TestServer[] = [];
    try {
      for (const pass of ['hemligt lösen', 'fel']) {
        const s2 = await startTestServer({
          now: () => new Date(),
          delivery: { mail: { smtp: `smtp://jour:${encodeURIComponent(pass)}@127.0.0.1:${port}`, from: 'g@bostad.example' }, schedule: [60_000], timeoutMs: 1000, pollMs: 50 },
        });
        servers.push(s2);
        const { reference } = await submitReport(s2);
        const d = await eventually(async () => (await deliveriesOf(s2, reference)).find((x) => x.channel === 'email' && x.attempts >= 1), 5000, 'an attempt');
        if (pass === 'fel') assert.match(d.lastError!, /EAUTH|Invalid username/);
        else {
          assert.equal(d.state, 'delivered', d.lastError ?? '');
          assert.ok(got.some((m) => m.includes(reference)));
        }
      }
    } finally {
      for (const s2 of servers) await s2.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it('without a mail server, mail waits untouched (and staff are told why) while webhooks still go', async () => {
    const saved = process.env.GRANNSKAP_SMTP_URL;
    delete process.env.GRANNSKAP_SMTP_URL;
    const t2 = await startTestServer({ now: () => new Date(), delivery: { schedule: SCHEDULE, timeoutMs: 800, pollMs: 50 } });
    try {
      const set = await call<RoutingSetResult>(t2, adminSetRouting, { admin: t2.admin, body: routingFor(receiver) });
      receiver.secrets.push(set.body.newSecrets[0]!.secret);
      const { reference } = await submitReport(t2);
      await receiver.until((r) => r.some((x) => x.body.includes(reference) && x.verified));
      await new Promise((r) => setTimeout(r, 300));
      const mailDelivery = (await deliveriesOf(t2, reference)).find((d) => d.channel === 'email')!;
      assert.equal(mailDelivery.state, 'pending');
      assert.equal(mailDelivery.attempts, 0, 'not tried, so not given up after a day either');
      const health = await call<DestinationHealthList>(t2, adminDestinationHealth, { admin: t2.admin });
      assert.ok(health.body.warnings.some((w) => w.includes('No mail server is configured')), health.text);
    } finally {
      await t2.close();
      if (saved !== undefined) process.env.GRANNSKAP_SMTP_URL = saved;
    }
  });

  it('a case is routed for the moment it came in, though it is routed after its write: by staff looking, with no worker running', async () => {
    // delivery off: this process sends nothing, so only the staff read below routes the waiting event
    const t2 = await startTestServer({ delivery: false });
    try {
      const rules: Routing = {
        webhooks: [],
        rules: [{ name: 'Jouren på natten', when: { kinds: ['report'], times: ['jour'] }, to: { emails: ['jour@bostad.example'] } }],
        default: { emails: ['kundservice@bostad.example'] },
      };
      assert.equal((await call(t2, adminSetRouting, { admin: t2.admin, body: rules })).status, 200);
      t2.clock.ms = Date.parse('2026-12-12T23:30:00+01:00'); // a Saturday night: the jour answers
      const { reference } = await submitReport(t2, { occurredAt: '2026-12-12T23:10:00+01:00' });
      const waiting = await storeOf(t2.server.app).listDeliveries({ record: reference }, 10);
      assert.deepEqual(waiting, [], 'the write stored its event only');
      t2.clock.ms = Date.parse('2026-12-14T10:00:00+01:00'); // Monday morning, office hours, when staff look
      const items = await deliveriesOf(t2, reference);
      assert.deepEqual(items.map((d) => [d.channel, d.destination, d.state]), [['email', 'jour@bostad.example', 'pending']]);
      assert.equal(items[0]!.createdAt, '2026-12-12T23:30:00+01:00', 'made when the case came in');
      assert.deepEqual((await deliveriesOf(t2, reference)).map((d) => d.id), items.map((d) => d.id), 'routed once, not at every look');
    } finally {
      await t2.close();
    }
  });

  it('oversized or malformed routing gets a problem answer naming what is wrong, never a 500', async () => {
    const big = { ...routingFor(receiver), rules: Array.from({ length: 199 }, (_, i) => ({ name: `Regel ${i} ${'x'.repeat(90)}`, when: { areas: Array.from({ length: 100 }, (_, j) => `omrade-${j}`) }, to: { emails: ['a@bostad.example'] } })) };
    const tooBig = await call(t, adminSetRouting, { admin: t.admin, body: big });
    assert.equal(tooBig.status, 413, tooBig.text);
    const badEmail = await call(t, adminSetRouting, { admin: t.admin, body: { webhooks: [], rules: [], default: { emails: ['inte en adress\r\nBcc: x@y.se'] } } });
    assert.equal(badEmail.status, 422);
    assert.ok(badEmail.body.issues.some((i: { path: (string | number)[] }) => i.path.join('.') === 'default.emails.0'), badEmail.text);
    const badUrl = await call(t, adminSetRouting, { admin: t.admin, body: { webhooks: [{ id: 'x', url: 'ftp://cases.example/x' }], rules: [], default: { webhooks: ['x'] } } });
    assert.equal(badUrl.status, 422);
    assert.ok(badUrl.body.issues.some((i: { path: (string | number)[] }) => i.path.join('.') === 'webhooks.0.url'), badUrl.text);
  });

  it('rotating a secret signs with both for a day, so a receiver that still has the old one accepts', async () => {
    const rotated = await call<WebhookSecret>(t, adminRotateWebhookSecret, { admin: t.admin, params: { id: 'case-system' } });
    assert.equal(rotated.status, 200, rotated.text);
    assert.ok(rotated.body.previousValidUntil);
    const { reference } = await submitReport(t);
    await receiver.until((r) => r.some((x) => x.body.includes(reference) && x.verified));
    // only the new secret verifies too
    const onlyNew = await startReceiver();
    onlyNew.secrets.push(rotated.body.secret);
    const signatures = await storeOf(t.server.app).webhookSecrets('case-system', new Date().toISOString());
    assert.equal(signatures.length, 2, 'two secrets valid at once');
    await onlyNew.close();
    const unknown = await call(t, adminRotateWebhookSecret, { admin: t.admin, params: { id: 'nope' } });
    assert.equal(unknown.status, 404);
  });

  it('webhook URLs into private networks: refused when saved, and checked again at sending (a name that resolves to loopback)', async () => {
    const refused = await call(t, adminSetRouting, {
      admin: t.admin,
      body: { webhooks: [{ id: 'x', url: 'https://169.254.169.254/latest' }], rules: [], default: { webhooks: ['x'] } },
    });
    assert.equal(refused.status, 422);
    const { guardedLookup, sendWebhook } = await import('../src/delivery/webhook-send.js');
    // the connection's own lookup: what a name resolves to decides, at the moment of connecting
    const resolve = (allowPrivate: boolean) =>
      new Promise<string>((done) => guardedLookup(allowPrivate)('localhost', { family: 4 }, (error, address) => done(error ? error.message : String(address))));
    assert.match(await resolve(false), /resolves to a loopback or private address/);
    assert.equal(await resolve(true), '127.0.0.1');
    const byText = await sendWebhook({ url: 'https://localhost/x', allowPrivate: false, headers: {}, body: '{}', timeoutMs: 2000 });
    assert.match(byText.error!, /private|loopback/);
    const mapped = await sendWebhook({ url: 'https://[::ffff:127.0.0.1]/x', allowPrivate: false, headers: {}, body: '{}', timeoutMs: 2000 });
    assert.match(mapped.error!, /private|loopback/);
  });
});
