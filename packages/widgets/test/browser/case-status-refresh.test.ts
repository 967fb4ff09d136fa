// <grannskap-case-status> keeps itself current and meets a tenant who arrives from the status link,
// against the real server: real reports, their status changed through the admin API.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, formatInstant } from '@grannskap/sdk';
import type { ReportReceipt } from '@grannskap/sdk';
import '../../src/grannskap-case-status.js';
import { GrannskapCaseStatus } from '../../src/case-status/case-status.js';
import type { ApiController } from '../../src/shared/api-controller.js';
import { API, textOf } from './helpers.js';

const admin = createClient({ baseUrl: API, token: window.__GRANNSKAP_ADMIN_TOKEN__ ?? '', outbox: false });

async function report(): Promise<ReportReceipt> {
  const client = createClient({ baseUrl: API, outbox: false });
  const [areas, categories] = await Promise.all([client.areas.list(), client.categories.list()]);
  const category = categories.items.find((c) => c.fields.every((f) => !f.required))!;
  return client.reports.create({
    category: category.code, area: areas.items[0]!.id, place: 'Cykelrummet', occurredAt: formatInstant(new Date(), 'Europe/Stockholm'),
    happeningNow: false, description: 'Dörren till cykelrummet går inte att låsa.', attachments: [], contact: { anonymous: true }, privacyAccepted: true,
  });
}

/** Counts the widget's lookups of the case: the real client's `cases.get`, wrapped, still over real HTTP. */
class CountingCaseStatus extends GrannskapCaseStatus {
  lookups = 0;
  get controller(): ApiController {
    return this.api;
  }
  countLookups(): void {
    const cases = (this.api.client as unknown as { cases: { get: (...a: unknown[]) => Promise<unknown> } }).cases;
    const get = cases.get.bind(cases);
    cases.get = (...args) => {
      this.lookups++;
      return get(...args);
    };
  }
}
customElements.define('counting-case-status', CountingCaseStatus);

const current = (el: Element) => el.shadowRoot!.querySelector('.current')?.textContent;
const announced = (el: Element) => el.shadowRoot!.querySelector('p.visually-hidden[role="status"]')?.textContent?.trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The case shown (still "Mottagen"), polled every `seconds`, its lookups counted from then on. */
async function counting(receipt: ReportReceipt, seconds: number): Promise<CountingCaseStatus> {
  const el = await fixture<CountingCaseStatus>(
    html`<counting-case-status api-base=${API} reference=${receipt.reference} token=${receipt.token} refresh-seconds=${seconds}></counting-case-status>`,
  );
  await waitUntil(() => current(el) === 'Mottagen', `not shown: ${textOf(el)}`, { timeout: 8000 });
  el.countLookups();
  return el;
}

afterEach(() => history.replaceState(null, '', location.pathname));

describe('grannskap-case-status: arriving from the status link', function () {
  this.timeout(20_000);

  /** The element 6,000 px down a page, as on a long CMS page. */
  async function farDown(attributes: Record<string, string> = {}): Promise<GrannskapCaseStatus> {
    const page = await fixture<HTMLDivElement>(html`<div><div class="spacer"></div></div>`);
    page.querySelector<HTMLElement>('.spacer')!.style.blockSize = '6000px';
    const el = document.createElement('grannskap-case-status');
    for (const [name, value] of Object.entries({ 'api-base': API, ...attributes })) el.setAttribute(name, value);
    page.append(el);
    return el;
  }

  it('scrolls the case into view and focuses its heading', async () => {
    const receipt = await report();
    history.replaceState(null, '', `?ref=${encodeURIComponent(receipt.reference)}&token=${encodeURIComponent(receipt.token)}`);
    window.scrollTo(0, 0);
    const el = await farDown();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'case-heading', `heading not focused: ${textOf(el)}`, { timeout: 8000 });
    expect(document.activeElement).to.equal(el);
    const top = el.shadowRoot!.querySelector('#case-heading')!.getBoundingClientRect().top;
    expect(top, 'heading out of view').to.be.within(0, innerHeight - 20);
    await expect(el).to.be.accessible();
  });

  it('a cut-off link: the explanation is scrolled to and focused', async () => {
    history.replaceState(null, '', '?ref=R-2026-000001&token=abc');
    window.scrollTo(0, 0);
    const el = await farDown();
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'message', `message not focused: ${textOf(el)}`, { timeout: 8000 });
    expect(textOf(el)).to.contain('Länken är inte hel.');
    expect(el.shadowRoot!.querySelector('[part="message"]')!.getBoundingClientRect().top).to.be.within(0, innerHeight - 20);
  });

  it('without a link in the address, the page is left where it is', async () => {
    const receipt = await report();
    window.scrollTo(0, 0);
    const el = await farDown({ reference: receipt.reference, token: receipt.token });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="timeline"]'), `no case: ${textOf(el)}`, { timeout: 8000 });
    await el.updateComplete;
    expect(document.activeElement).not.to.equal(el);
    expect(window.scrollY).to.equal(0);
  });
});

describe('grannskap-case-status: keeps itself current', function () {
  this.timeout(30_000);

  it('shows and announces a new status on its own, and stops looking once the case is done', async () => {
    const receipt = await report();
    const el = await counting(receipt, 0.2);
    await admin.admin.reports.setStatus(receipt.reference, { status: 'in_progress', message: 'Vi har beställt ett nytt lås.' });
    await waitUntil(() => current(el) === 'Vi arbetar med ärendet', `no refresh: ${textOf(el)}`, { timeout: 10_000 });
    expect(announced(el)).to.equal('Ärendet har uppdaterats: Vi arbetar med ärendet.');
    expect(textOf(el)).to.contain('Vi har beställt ett nytt lås.');

    await admin.admin.reports.setStatus(receipt.reference, { status: 'resolved', message: 'Låset är bytt.' });
    await waitUntil(() => current(el) === 'Åtgärdad', `no refresh to resolved: ${textOf(el)}`, { timeout: 10_000 });
    const after = el.lookups;
    await sleep(1500);
    expect(el.lookups, 'still looking up a case that is done').to.equal(after);
    await expect(el).to.be.accessible();
  });

  it('waits longer each time nothing has changed', async () => {
    const receipt = await report();
    const el = await counting(receipt, 0.1);
    await waitUntil(() => el.lookups >= 2, 'no refresh at all', { timeout: 8000 });
    const start = el.lookups;
    await sleep(2000);
    // at a fixed 0.1 s that would be about 20 lookups; doubling from 0.1 s it is at most 4 (0.4, 0.8, 1.6 s …)
    expect(el.lookups - start).to.be.at.most(4);
  });

  it('looks again when the tab becomes visible, also with the poll turned off', async () => {
    const receipt = await report();
    const el = await fixture<GrannskapCaseStatus>(
      html`<grannskap-case-status api-base=${API} reference=${receipt.reference} token=${receipt.token} refresh-seconds="0"></grannskap-case-status>`,
    );
    await waitUntil(() => current(el) === 'Mottagen', `not shown: ${textOf(el)}`, { timeout: 8000 });
    await admin.admin.reports.setStatus(receipt.reference, { status: 'in_progress' });
    await sleep(500);
    expect(current(el), 'refreshed with the poll off').to.equal('Mottagen');
    // what the browser sends when the tenant comes back to the tab
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => current(el) === 'Vi arbetar med ärendet', `no refresh on visibility: ${textOf(el)}`, { timeout: 8000 });
  });
});
