// <grannskap-case-status> against the real server: a real report made with the SDK, its status changed
// through the admin API, then looked up by the widget with the private link.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, formatInstant } from '@grannskap/sdk';
import type { ReportReceipt, TrivselpengReceipt } from '@grannskap/sdk';
import '../../src/grannskap-case-status.js';
import { GrannskapCaseStatus } from '../../src/case-status/case-status.js';
import type { ApiController } from '../../src/shared/api-controller.js';
import { setLocale } from '../../src/shared/localization.js';
import { GrannskapErrorEvent } from '../../src/events/error-event.js';
import { API, DEAD_API, textOf } from './helpers.js';

const ADMIN_TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';
const PERSON = { name: 'Testa Personsson', phone: '070-123 45 67' };
const STAFF_MESSAGE = 'Vi har bytt lampan på gångvägen. Tack för att du hörde av dig!';

/** A real report with contact details (which must never show), moved to in_progress with a message for the tenant. */
async function reportInProgress(): Promise<ReportReceipt> {
  const client = createClient({ baseUrl: API, outbox: false });
  const [areas, categories] = await Promise.all([client.areas.list(), client.categories.list()]);
  const category = categories.items.find((c) => c.fields.every((f) => !f.required))!;
  const receipt = await client.reports.create({
    category: category.code, area: areas.items[0]!.id, place: 'Gångvägen bakom tvättstugan', occurredAt: formatInstant(new Date(), 'Europe/Stockholm'),
    happeningNow: false, description: 'Lampan är trasig och det är mörkt.', attachments: [], contact: { anonymous: false, ...PERSON }, privacyAccepted: true,
  });
  const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
  await admin.admin.reports.setStatus(receipt.reference, { status: 'in_progress', message: STAFF_MESSAGE, note: 'Internt: beställt av elektriker' });
  return receipt;
}

/** A real trivselpeng application for today, reviewed, approved (450 kr, with a message) and paid (or only approved). */
async function paidApplication(upTo: 'approved' | 'paid' = 'paid'): Promise<TrivselpengReceipt> {
  const client = createClient({ baseUrl: API, outbox: false });
  const [config, areas] = await Promise.all([client.config.get(), client.areas.list()]);
  const t = config.limits.trivselpeng;
  const receipt = await client.trivselpeng.create({
    area: areas.items[0]!.id,
    applicant: { name: PERSON.name, address: 'Fröslundavägen 31', phone: PERSON.phone, age: Math.max(18, t.minOrganiserAge) },
    coOrganisers: Array.from({ length: t.coOrganisersRequired }, (_, i) => ({ name: `Granne ${i + 1}`, address: `Björkgatan ${10 + i * 2}` })),
    activity: {
      title: 'Grillkväll på gården', description: 'Vi grillar och lär känna varandra.', date: formatInstant(new Date(), 'Europe/Stockholm').slice(0, 10),
      startTime: '17:00', place: 'Gården', targetGroup: 'Alla i området', expectedParticipants: 30,
    },
    budget: [{ item: 'Korv och bröd', amount: 400 }, { item: 'Saft', amount: 100 }],
    requestedTotal: 500,
    eligibility: Object.fromEntries(t.rules.map((r) => [r.code, true as const])),
    consents: { privacy: true, truthful: true },
  });
  const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
  await admin.admin.trivselpeng.decide(receipt.reference, { status: 'under_review' });
  await admin.admin.trivselpeng.decide(receipt.reference, { status: 'approved', amount: 450, message: 'Ni får 450 kronor. Lycka till!' });
  if (upTo === 'paid') await admin.admin.trivselpeng.decide(receipt.reference, { status: 'paid' });
  return receipt;
}

let receipt: ReportReceipt;
before(async () => {
  receipt = await reportInProgress();
});

const shown = (el: Element) =>
  waitUntil(() => el.shadowRoot!.querySelector('[part="case"], [part="message"]:not([role="status"]), .message-box p'), `still: ${textOf(el)}`, { timeout: 8000 });
const found = (el: Element) => waitUntil(() => el.shadowRoot!.querySelector('[part="timeline"]'), `no timeline: ${textOf(el)}`, { timeout: 8000 });
const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="timeline"] > li')];

/** Exposes the controller so a test can put a dead client's `cases` group in the real one's place. */
class TestCaseStatus extends GrannskapCaseStatus {
  get controller(): ApiController {
    return this.api;
  }
}
customElements.define('test-case-status', TestCaseStatus);

describe('grannskap-case-status', () => {
  afterEach(async () => {
    await setLocale('sv');
    history.replaceState(null, '', location.pathname);
  });

  it('is defined by its define module, idempotently', async () => {
    expect(customElements.get('grannskap-case-status')).to.equal(GrannskapCaseStatus);
    await import('../../src/grannskap-case-status.js');
    expect(customElements.get('grannskap-case-status')).to.equal(GrannskapCaseStatus);
  });

  it('shows the history as an ordered timeline with labels, dates and the staff message, and no personal data', async () => {
    const el = await fixture<GrannskapCaseStatus>(
      html`<grannskap-case-status api-base=${API} reference=${receipt.reference} token=${receipt.token}></grannskap-case-status>`,
    );
    await found(el);
    const text = textOf(el);
    expect(text).to.contain(receipt.reference);
    expect(text).to.contain('Anmälan');
    expect(el.shadowRoot!.querySelector('.current')!.textContent).to.equal('Vi arbetar med ärendet');
    expect(el.shadowRoot!.querySelector('ol[part="timeline"]')).to.not.equal(null);
    const items = entries(el);
    expect(items.length).to.equal(2);
    expect(items[0]!.querySelector('.label')!.textContent).to.equal('Mottagen');
    expect(items[0]!.querySelector('.message')).to.equal(null);
    expect(items[1]!.querySelector('.label')!.textContent).to.equal('Vi arbetar med ärendet');
    expect(items[1]!.querySelector('.message')!.textContent).to.equal(STAFF_MESSAGE);
    const times = items.map((li) => li.querySelector('time')!);
    expect(Date.parse(times[0]!.dateTime)).to.be.at.most(Date.parse(times[1]!.dateTime));
    // Swedish style: "6 december 2026 kl. 15.27", the time with a full stop
    const expected = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(times[1]!.dateTime)).replace(/(\d{2}):(\d{2})$/, '$1.$2');
    expect(times[1]!.textContent).to.equal(expected);
    expect(expected).to.match(/ kl\. \d{2}\.\d{2}$/);
    for (const secret of [PERSON.name, PERSON.phone, 'Internt', 'Lampan är trasig', 'Gångvägen']) expect(text).not.to.contain(secret);
    await expect(el).to.be.accessible();
  });

  it('reads the link from the page address (?ref=…&token=…, also reference=)', async () => {
    for (const name of ['ref', 'reference']) {
      history.replaceState(null, '', `?${name}=${encodeURIComponent(receipt.reference)}&token=${encodeURIComponent(receipt.token)}`);
      const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status api-base=${API}></grannskap-case-status>`);
      await found(el);
      expect(textOf(el), name).to.contain(receipt.reference);
      expect(entries(el).length, name).to.equal(2);
    }
  });

  it('a wrong token: one neutral message with the number to call, no details, and grannskap-error', async () => {
    const errors: GrannskapErrorEvent[] = [];
    const listener = (e: GrannskapErrorEvent) => errors.push(e);
    document.addEventListener('grannskap-error', listener);
    try {
      // well-formed but wrong (a cut-off or missing token is another case: see "an incomplete link")
      for (const token of ['A'.repeat(30), 'B'.repeat(40)]) {
        const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status api-base=${API} reference=${receipt.reference} token=${token}></grannskap-case-status>`);
        // the number comes from the configuration, which may arrive after the answer
        await waitUntil(() => textOf(el).includes('Ring Kundservice'), `still: ${textOf(el)}`, { timeout: 8000 });
        expect(textOf(el)).to.contain('Vi hittar inget ärende med den länken.');
        expect(el.shadowRoot!.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.match(/^tel:\d+$/);
        expect(el.shadowRoot!.querySelector('[part="case"], [part="timeline"]')).to.equal(null);
        expect(textOf(el)).not.to.contain(receipt.reference);
        await expect(el).to.be.accessible();
      }
      expect(errors.length).to.equal(2);
      expect(errors.every((e) => e.detail.source === 'grannskap-case-status')).to.equal(true);
    } finally {
      document.removeEventListener('grannskap-error', listener);
    }
  });

  it('no link at all: says the link is incomplete and what to do, without asking the server', async () => {
    const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status api-base=${API}></grannskap-case-status>`);
    await waitUntil(() => textOf(el).includes('Länken är inte hel'), `still: ${textOf(el)}`, { timeout: 8000 });
    expect(textOf(el)).not.to.contain('Vi hittar inget ärende');
  });

  it('an incomplete link (no token, a token or reference cut short): says so and what to do, not "not found"', async () => {
    const errors: GrannskapErrorEvent[] = [];
    const listener = (e: GrannskapErrorEvent) => errors.push(e);
    document.addEventListener('grannskap-error', listener);
    try {
      const cut = [
        { name: 'no token', ref: receipt.reference, token: '' },
        { name: 'token cut short', ref: receipt.reference, token: receipt.token.slice(0, 12) },
        { name: 'token cut at a bad character', ref: receipt.reference, token: `${receipt.token.slice(0, 24)}%` },
        { name: 'reference cut short', ref: receipt.reference.slice(0, 8), token: receipt.token },
      ];
      for (const { name, ref, token } of cut) {
        history.replaceState(null, '', `?ref=${encodeURIComponent(ref)}${token ? `&token=${encodeURIComponent(token)}` : ''}`);
        const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status api-base=${API}></grannskap-case-status>`);
        await waitUntil(() => textOf(el).includes('Ring Kundservice'), `${name}, still: ${textOf(el)}`, { timeout: 8000 });
        const text = textOf(el);
        expect(text, name).to.contain('Länken är inte hel.');
        expect(text, name).to.contain('Öppna länken igen från kvittot');
        expect(text, name).not.to.contain('Vi hittar inget ärende');
        await expect(el).to.be.accessible();
      }
      expect(errors.length, 'no lookup was tried').to.equal(0);
    } finally {
      document.removeEventListener('grannskap-error', listener);
    }
  });

  it('a closed report: says it is done and what to do if it happens again, with no customer-service number', async () => {
    const closed = await reportInProgress();
    const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
    await admin.admin.reports.setStatus(closed.reference, { status: 'closed', message: 'Lampan är lagad.' });
    const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status api-base=${API} reference=${closed.reference} token=${closed.token}></grannskap-case-status>`);
    await found(el);
    const text = textOf(el);
    expect(el.shadowRoot!.querySelector('.current')!.textContent).to.equal('Avslutad');
    expect(text).to.contain('Ärendet är klart. Händer samma sak igen? Gör en ny anmälan.');
    expect(text).not.to.contain('Kundservice');
    expect(text).not.to.contain('016-00 00 00');
    // only the emergency numbers are there to call
    const tel = [...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(tel).to.deep.equal(['tel:112', 'tel:11414']);
    await expect(el).to.be.accessible();
  });

  it('a network error: a message with a retry button that works', async () => {
    const el = await fixture<TestCaseStatus>(html`<test-case-status api-base=${API} reference=${receipt.reference} token=${receipt.token}></test-case-status>`);
    await found(el);
    const client = el.controller.client as unknown as { cases: unknown };
    const real = client.cases;
    // a real SDK client on a port where nothing listens: the lookup fails with the SDK's own network error
    client.cases = createClient({ baseUrl: DEAD_API, outbox: false, retry: { limit: 0 } }).cases;
    const failed = oneEvent(el, GrannskapErrorEvent.eventName);
    el.reload();
    const event = await failed;
    expect(event.detail.code).to.be.oneOf(['network_error', 'timeout']);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), `still: ${textOf(el)}`);
    expect(textOf(el)).to.contain('Det gick inte att hämta ärendet just nu.');
    expect(el.shadowRoot!.querySelector('[part="timeline"]')).to.equal(null);
    await expect(el).to.be.accessible();

    client.cases = real;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    await found(el);
    expect(entries(el).length).to.equal(2);
  });

  it('loading, found and not found pass axe in English too', async () => {
    const el = await fixture<TestCaseStatus>(html`<test-case-status lang="en" api-base=${API} reference=${receipt.reference} token=${receipt.token}></test-case-status>`);
    await found(el);
    await waitUntil(() => textOf(el).includes('What has happened'), `still: ${textOf(el)}`);
    expect(entries(el)[0]!.querySelector('.label')!.textContent).to.equal('Received');
    expect(entries(el)[1]!.querySelector('.label')!.textContent).to.equal('We are working on it');
    expect(textOf(el)).to.contain('Report');
    await expect(el).to.be.accessible();

    // loading: a lookup that has not answered yet
    const client = el.controller.client as unknown as { cases: unknown };
    client.cases = { get: () => new Promise(() => undefined) };
    el.reload();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('Fetching the case');
    await expect(el).to.be.accessible();

    el.token = 'B'.repeat(30);
    client.cases = createClient({ baseUrl: API, outbox: false }).cases;
    await waitUntil(() => textOf(el).includes('We cannot find a case'), `still: ${textOf(el)}`, { timeout: 8000 });
    expect(textOf(el)).to.contain('Call Customer service');
    await expect(el).to.be.accessible();
  });

  it('Swedish loading state passes axe', async () => {
    const el = await fixture<TestCaseStatus>(html`<test-case-status api-base=${API} reference=${receipt.reference} token=${receipt.token}></test-case-status>`);
    await shown(el);
    const client = el.controller.client as unknown as { cases: unknown };
    client.cases = { get: () => new Promise(() => undefined) };
    el.reload();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Hämtar ärendet');
    await expect(el).to.be.accessible();
  });

  it('a trivselpeng application: its statuses, the approved amount in kronor, and the follow-up area when it opens', async () => {
    const application = await paidApplication();
    const el = await fixture<TestCaseStatus>(
      html`<test-case-status api-base=${API} reference=${application.reference} token=${application.token}><a slot="follow-up" href="#uppfoljning">Skicka uppföljning</a></test-case-status>`,
    );
    await found(el);
    expect(textOf(el)).to.contain('Ansökan om trivselpeng');
    expect(el.shadowRoot!.querySelector('.current')!.textContent).to.equal('Pengarna är utbetalda');
    expect(el.shadowRoot!.querySelector('.amount')!.textContent).to.equal(new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(450));
    expect(entries(el).map((li) => li.querySelector('.label')!.textContent)).to.deep.equal([
      'Ansökan har kommit in', 'Vi går igenom ansökan', 'Beviljad', 'Pengarna är utbetalda',
    ]);
    expect(textOf(el)).to.contain('Ni får 450 kronor. Lycka till!');
    for (const secret of [PERSON.name, PERSON.phone, 'Fröslundavägen', 'Granne 1', 'Korv']) expect(textOf(el)).not.to.contain(secret);
    // paid, and the activity is today: the follow-up is open (from the activity's date on, as the server says)
    await waitUntil(() => el.shadowRoot!.querySelector('[part="follow-up"]'), 'no follow-up area');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[part="follow-up"] slot[name="follow-up"]')!;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['Skicka uppföljning']);
    await expect(el).to.be.accessible();

    // approved but not paid yet: no follow-up, although the activity is today
    const approved = await paidApplication('approved');
    el.reference = approved.reference;
    el.token = approved.token;
    await waitUntil(() => el.shadowRoot!.querySelector('.current')?.textContent === 'Beviljad', `still: ${textOf(el)}`);
    expect(el.shadowRoot!.querySelector('[part="follow-up"]')).to.equal(null);
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const el = await fixture<GrannskapCaseStatus>(
      html`<grannskap-case-status api-base=${API} reference=${receipt.reference} token=${receipt.token}></grannskap-case-status>`,
    );
    await found(el);
    el.style.inlineSize = '320px';
    await el.updateComplete;
    const right = el.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
    }
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
