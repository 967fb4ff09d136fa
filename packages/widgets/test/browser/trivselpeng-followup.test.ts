// The follow-up of a trivselpeng activity, end to end against the real server: an application made with
// <grannskap-trivselpeng-form> for today, approved and paid by staff through the admin API, then the tenant
// follows the private status link to <grannskap-case-status>, which offers the follow-up (from the
// activity's date on, the same rule as the server's), sends it once with a receipt photo, and shows it in
// the history.
import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@grannskap/sdk';
import '../../src/grannskap-case-status.js';
import type { GrannskapCaseStatus } from '../../src/case-status/case-status.js';
import { GrannskapFollowedUpEvent } from '../../src/events/followed-up-event.js';
import { GrannskapSubmittedEvent } from '../../src/events/submitted-event.js';
import type { GrannskapClient } from '../../src/shared/context.js';
import { setLocale } from '../../src/shared/localization.js';
import { API, textOf } from './helpers.js';
import { $, $$, active, admin, applicationsTitled, click, fillToReview, form, input, tabTo, today, unique } from './trivselpeng-helpers.js';

/** A photo of a receipt drawn on a canvas, as a JPEG file. */
async function receiptPhoto(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 800;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 600, 800);
  ctx.fillStyle = '#000';
  ctx.font = '40px sans-serif';
  ctx.fillText('KVITTO 1 200 kr', 60, 120);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
  return new File([blob], 'kvitto.jpg', { type: 'image/jpeg' });
}

/** Applies through the widget for today; returns the reference and the status link from the receipt. */
async function applyToday(lang = 'sv'): Promise<{ reference: string; link: URL; title: string }> {
  const title = unique('Uppföljning');
  const el = await form({ lang: 'sv' });
  const submitted = oneEvent(el, GrannskapSubmittedEvent.eventName);
  await fillToReview(el, title, today());
  click(el, '[part=next]');
  const { reference } = (await submitted).detail;
  await waitUntil(() => $(el, '[part=status-link]'));
  const link = new URL($<HTMLAnchorElement>(el, '[part=status-link]')!.href);
  el.remove();
  if (lang !== 'sv') await setLocale(lang);
  return { reference, link, title };
}

async function approveAndPay(reference: string, amount = 1000): Promise<void> {
  await admin.admin.trivselpeng.decide(reference, { status: 'under_review' });
  await admin.admin.trivselpeng.decide(reference, { status: 'approved', amount, message: 'Ni får pengarna. Lycka till!' });
  await admin.admin.trivselpeng.decide(reference, { status: 'paid' });
}

/** The case status element as the status link opens it: the reference and token from the page's address. */
async function openLink(link: URL, lang = 'sv', client?: GrannskapClient): Promise<GrannskapCaseStatus> {
  history.replaceState(null, '', `${location.pathname}${link.search}`);
  const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status api-base=${API} lang=${lang}></grannskap-case-status>`);
  if (client) (el as unknown as { api: { client: GrannskapClient } }).api.client = client;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="timeline"]'), `no timeline: ${textOf(el)}`, { timeout: 8000 });
  return el;
}

const labels = (el: Element) => $$(el, '[part="timeline"] > li .label').map((l) => l.textContent);

describe('trivselpeng follow-up in grannskap-case-status', () => {
  // a receipt kept by another suite's form would stand where the application form should be
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setLocale('sv');
    history.replaceState(null, '', location.pathname);
    localStorage.clear();
  });

  it('application → approved and paid by staff → the status link shows it → the follow-up is accepted and shows in the history', async () => {
    const { reference, link, title } = await applyToday();
    const [stored] = await applicationsTitled(title);
    expect(stored?.reference).to.equal(reference);
    expect(stored?.activity.date).to.equal(today());

    // before staff have paid: the status link shows the application, and no follow-up
    const early = await openLink(link);
    expect(early.shadowRoot!.querySelector('.current')!.textContent).to.equal('Ansökan har kommit in');
    assert.isNull($(early, '[part="follow-up"]'), 'a follow-up before the money was paid');
    early.remove();

    await approveAndPay(reference);
    const el = await openLink(link);
    expect(el.shadowRoot!.querySelector('.current')!.textContent).to.equal('Pengarna är utbetalda');
    expect(labels(el)).to.deep.equal(['Ansökan har kommit in', 'Vi går igenom ansökan', 'Beviljad', 'Pengarna är utbetalda']);
    expect(textOf(el)).to.contain('Ni får pengarna. Lycka till!');
    await waitUntil(() => $(el, '#participants'), 'no follow-up form');
    await expect(el).to.be.accessible();

    // empty: an error summary with messages at the fields
    click(el, '[part=send-follow-up]');
    await waitUntil(() => $(el, '#summary'));
    await waitUntil(() => active(el)?.id === 'summary', 'focus did not move to the summary');
    expect($(el, '#participants')!.getAttribute('aria-invalid')).to.equal('true');
    // the form's styles came with the lazily loaded form
    expect(getComputedStyle($(el, '#summary')!).borderInlineStartWidth).to.equal('6px');
    expect($(el, '#howItWent-error')!.textContent).to.contain('Berätta kort hur det gick');
    await expect(el).to.be.accessible();

    // by keyboard: participants and how it went; a receipt photo through the picker
    await tabTo(el, '#participants');
    await sendKeys({ type: '35' });
    await tabTo(el, '#howItWent');
    await sendKeys({ type: 'Mycket uppskattat, vi gör det igen.' });
    const picker = $<HTMLInputElement>(el, '#receipts')!;
    const transfer = new DataTransfer();
    transfer.items.add(await receiptPhoto());
    picker.files = transfer.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => textOf(el).includes('Uppladdad'), `the receipt was not uploaded: ${textOf(el)}`, { timeout: 10000 });
    await expect(el).to.be.accessible();

    const followedUp = oneEvent(el, GrannskapFollowedUpEvent.eventName);
    await tabTo(el, '[part=send-follow-up]');
    await sendKeys({ press: 'Enter' });
    expect((await followedUp).detail.reference).to.equal(reference);
    await waitUntil(() => $(el, '#follow-up-done'));
    expect(active(el)?.id).to.equal('follow-up-done');
    expect(el.shadowRoot!.querySelector('.current')!.textContent).to.equal('Uppföljningen är klar');
    expect(labels(el).at(-1)).to.equal('Uppföljningen är klar');
    expect(textOf(el)).to.contain('Uppföljningen har kommit in');
    assert.isNull($(el, '#participants'), 'the form is still there after sending');
    await expect(el).to.be.accessible();

    const full = await admin.admin.trivselpeng.get(reference);
    expect(full.status).to.equal('followed_up');
    expect(full.followUp?.participants).to.equal(35);
    expect(full.followUp?.howItWent).to.equal('Mycket uppskattat, vi gör det igen.');
    expect(full.followUp?.receipts).to.have.length(1);

    // the link opened again: the follow-up is in the history, no form
    el.remove();
    const later = await openLink(link);
    expect(labels(later).at(-1)).to.equal('Uppföljningen är klar');
    assert.isNull($(later, '#participants'));
  });

  it('sends the follow-up once when the button is pressed twice', async () => {
    const { reference, link } = await applyToday();
    await approveAndPay(reference);
    const el = await openLink(link);
    await waitUntil(() => $(el, '#participants'));
    input(el, '#participants', '0');
    input(el, '#howItWent', 'Det regnade, ingen kom.');
    const send = $<HTMLButtonElement>(el, '[part=send-follow-up]')!;
    send.click();
    send.click();
    await waitUntil(() => $(el, '#follow-up-done'), 'no thanks', { timeout: 10000 });
    const full = await admin.admin.trivselpeng.get(reference);
    expect(full.history.filter((h) => h.status === 'followed_up')).to.have.length(1);
    expect(full.followUp?.participants).to.equal(0);
  });

  it('keeps the follow-up in the outbox while offline and sends it once when back online', async () => {
    const { reference, link } = await applyToday();
    await approveAndPay(reference);
    let offline = false;
    const client: GrannskapClient = createClient({
      baseUrl: API,
      retry: 0,
      fetch: (request, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(request, init)),
    });
    const el = await openLink(link, 'sv', client);
    await waitUntil(() => $(el, '#participants'));
    input(el, '#participants', '12');
    input(el, '#howItWent', 'Bra, men kort.');
    offline = true;
    click(el, '[part=send-follow-up]');
    await waitUntil(() => textOf(el).includes('Det du skrev är sparat och skickas automatiskt'), `not kept: ${textOf(el)}`);
    expect((await admin.admin.trivselpeng.get(reference)).status).to.equal('paid');
    offline = false;
    const followedUp = oneEvent(el, GrannskapFollowedUpEvent.eventName);
    await client.outbox!.flush();
    await followedUp;
    await waitUntil(() => labels(el).at(-1) === 'Uppföljningen är klar');
    const full = await admin.admin.trivselpeng.get(reference);
    expect(full.history.filter((h) => h.status === 'followed_up')).to.have.length(1);
  });

  it('has no horizontal scroll at 320 px with the follow-up form and its errors', async () => {
    const { reference, link } = await applyToday();
    await approveAndPay(reference);
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await openLink(link);
      await waitUntil(() => $(el, '#participants'));
      click(el, '[part=send-follow-up]');
      await waitUntil(() => $(el, '#summary'));
      assert.isAtMost(document.documentElement.scrollWidth, 320, 'the page scrolls sideways');
      assert.isAtMost(el.scrollWidth, el.clientWidth, 'the status scrolls sideways');
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('passes axe in English: the form, with errors, and after sending', async () => {
    const { reference, link } = await applyToday('en');
    await approveAndPay(reference);
    const el = await openLink(link, 'en');
    await waitUntil(() => textOf(el).includes('Tell us how the activity went'), `not English: ${textOf(el)}`);
    expect(el.shadowRoot!.querySelector('.current')!.textContent).to.equal('The money has been paid');
    await expect(el).to.be.accessible();
    click(el, '[part=send-follow-up]');
    await waitUntil(() => $(el, '#summary'));
    expect($(el, '#howItWent-error')!.textContent).to.contain('Tell us briefly how it went');
    await expect(el).to.be.accessible();
    input(el, '#participants', '20');
    input(el, '#howItWent', 'Lovely evening.');
    click(el, '[part=send-follow-up]');
    await waitUntil(() => $(el, '#follow-up-done'), 'no thanks', { timeout: 10000 });
    expect(textOf(el)).to.contain('Thank you! We have received your follow-up.');
    await expect(el).to.be.accessible();
  });
});
