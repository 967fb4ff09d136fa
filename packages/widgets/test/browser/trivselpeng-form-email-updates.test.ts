// E-mail about the application (the contract's `applicant.emailUpdates`): a checkbox under the applicant's
// e-mail field. Ticked, the application carries `emailUpdates: true` (and only then); ticked without an
// address, the form's own check puts the message at the e-mail field and sends nothing, and so does the
// server's answer when an application without one reaches it. By keyboard, through a reload (the draft
// keeps the choice, never the address), on the review and through axe. Against the real server, with a
// client whose fetch writes down every application it sends.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@grannskap/sdk';
import type { TrivselpengCreate } from '@grannskap/contract';
import { setLocale } from '../../src/shared/localization.js';
import type { GrannskapTrivselpengForm } from '../../src/trivselpeng-form/trivselpeng-form.js';
import { API, textOf } from './helpers.js';
import {
  $, $$, active, allYes, applicationsTitled, click, expectErrorAt, fillActivity, fillOrganiser, form, formWithClient, heading, input, next, nextByKeyboard,
  tabTo, unique,
} from './trivselpeng-helpers.js';

type Form = GrannskapTrivselpengForm;

/**
 * A form whose client writes down the body of every application it sends (`sent`), then sends it to the
 * real server; `alter` changes what reaches the server (the form never sends what it has refused itself).
 */
async function recordingForm(alter?: (body: TrivselpengCreate) => TrivselpengCreate): Promise<{ el: Form; sent: TrivselpengCreate[] }> {
  const sent: TrivselpengCreate[] = [];
  const client = createClient({
    baseUrl: API,
    retry: 0,
    outbox: false,
    fetch: async (request: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(request, init);
      if (req.method !== 'POST' || new URL(req.url).pathname !== '/v1/trivselpeng') return fetch(req);
      const body = (await req.clone().json()) as TrivselpengCreate;
      sent.push(body);
      return alter ? fetch(req.url, { method: 'POST', headers: req.headers, body: JSON.stringify(alter(body)) }) : fetch(req);
    },
  });
  return { el: await formWithClient(client), sent };
}

/** Every eligibility question yes, on to the organiser step. */
async function toOrganiser(el: Form): Promise<void> {
  await allYes(el);
  await next(el, 'Arrangör');
}

/** From the organiser step (filled) through the activity and the budget to the review, both boxes ticked. */
async function organiserToReview(el: Form, title: string): Promise<void> {
  await next(el, 'Aktiviteten');
  await fillActivity(el, title);
  await next(el, 'Budget');
  input(el, '#item-1', 'Korv och bröd');
  input(el, '#amount-1', '800');
  await next(el, 'Granska');
  click(el, '#privacy');
  click(el, '#truthful');
  await el.updateComplete;
}

const box = (el: Form) => $<HTMLInputElement>(el, '#emailUpdates');
const waitForReceipt = (el: Form) => waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });

describe('grannskap-trivselpeng-form: e-mail about the application', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(async () => {
    await setLocale('sv');
  });

  it('is a labelled checkbox right under the e-mail field, with its hint, not ticked to begin with', async () => {
    const el = await form();
    await toOrganiser(el);
    const checkbox = box(el)!;
    expect(checkbox.type).to.equal('checkbox');
    expect(checkbox.checked).to.equal(false);
    expect(checkbox.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Jag vill få mejl om min ansökan (bekräftelse och beslut)');
    expect(checkbox.getAttribute('aria-describedby')).to.equal('emailUpdates-hint');
    expect($(el, '#emailUpdates-hint')!.textContent!.trim()).to.equal('Du kan sluta när du vill med en länk i mejlet.');
    // right after the e-mail field: nothing to tab through between them
    const focusable = $$(el, 'input:not([tabindex="-1"]), a[href], button');
    expect(focusable.indexOf(checkbox)).to.equal(focusable.indexOf($(el, '#email')!) + 1);
    await expect(el).to.be.accessible();
  });

  it('sends emailUpdates: true when ticked, says so on the review, and the server stores it', async () => {
    const { el, sent } = await recordingForm();
    const title = unique('Vill ha mejl');
    await toOrganiser(el);
    await fillOrganiser(el, { email: 'mejl@example.se' });
    click(el, '#emailUpdates');
    await organiserToReview(el, title);
    const organiser = $$(el, '.review-row').find((row) => row.querySelector('dt')!.textContent!.trim() === 'Arrangör')!;
    expect(organiser.querySelector('dd')!.textContent).to.contain('\nDu får mejl med bekräftelsen och beslutet.');
    await expect(el).to.be.accessible();
    click(el, '[part=next]');
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.applicant).to.deep.include({ email: 'mejl@example.se', emailUpdates: true });
    const stored = await applicationsTitled(title);
    expect(stored).to.have.length(1);
    expect(stored[0]!.applicant, 'staff do not see the choice').to.deep.include({ email: 'mejl@example.se', emailUpdates: true });
  });

  it('leaves emailUpdates out when not ticked, and the review says nothing of it', async () => {
    const { el, sent } = await recordingForm();
    const title = unique('Vill inte ha mejl');
    await toOrganiser(el);
    await fillOrganiser(el, { email: 'ingen@example.se' });
    await organiserToReview(el, title);
    expect(textOf(el)).not.to.contain('Du får mejl');
    click(el, '[part=next]');
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.applicant.email).to.equal('ingen@example.se');
    expect(sent[0]!.applicant).not.to.have.property('emailUpdates');
    const [stored] = await applicationsTitled(title);
    expect(stored!.applicant.emailUpdates ?? false).to.equal(false);
  });

  it('ticked without an address: the message is at the e-mail field, announced by the summary, and nothing is sent', async () => {
    const { el, sent } = await recordingForm();
    await toOrganiser(el);
    await fillOrganiser(el, { email: '' });
    click(el, '#emailUpdates');
    await el.updateComplete;
    await next(el);
    expect(heading(el), 'went on without an address').to.equal('Arrangör');
    expectErrorAt(el, 'email', 'Skriv din e-postadress, så att vi kan skicka e-post till dig.');
    expect($(el, '#email-error')!.closest('.field'), 'the message is in the e-mail field').to.equal($(el, '#email')!.closest('.field'));
    // the only problem; the summary (an alert, with the focus) links to the e-mail field
    const summary = $(el, '#summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(active(el)).to.equal(summary);
    expect([...summary.querySelectorAll<HTMLAnchorElement>('a')].map((a) => a.hash)).to.deep.equal(['#email']);
    await expect(el).to.be.accessible();

    // unticked, the message goes at once; ticked again with an address, the form goes on
    click(el, '#emailUpdates');
    await el.updateComplete;
    expect($(el, '#email-error')).to.equal(null);
    click(el, '#emailUpdates');
    input(el, '#email', 'senare@example.se');
    await next(el, 'Aktiviteten');
    expect(sent).to.have.length(0);
  });

  it('puts the server’s "give an address" at the e-mail field, on the organiser step', async () => {
    // the server gets the application without the address the form checked: it refuses it at applicant.email
    const { el, sent } = await recordingForm((body) => {
      const applicant = { ...body.applicant };
      delete applicant.email;
      return { ...body, applicant };
    });
    const title = unique('Servern säger till');
    await toOrganiser(el);
    await fillOrganiser(el, { email: 'borta@example.se' });
    click(el, '#emailUpdates');
    await organiserToReview(el, title);
    click(el, '[part=next]');
    await waitUntil(() => $(el, '#summary'), 'no summary after the server refused it', { timeout: 10000 });
    expect(sent).to.have.length(1);
    expect(heading(el)).to.equal('Arrangör');
    expectErrorAt(el, 'email', 'Skriv din e-postadress, så att vi kan skicka e-post till dig.');
    expect(active(el)?.id).to.equal('summary');
    await expect(el).to.be.accessible();
    expect(await applicationsTitled(title)).to.have.length(0);
  });

  it('says it in the applicant’s language (English)', async () => {
    const el = await form({ lang: 'en' });
    await allYes(el);
    await next(el, 'Organiser');
    expect(box(el)!.labels![0]!.textContent!.trim()).to.equal('Email me about my application (confirmation and decision)');
    expect($(el, '#emailUpdates-hint')!.textContent!.trim()).to.equal('You can stop whenever you like with a link in the email.');
    await fillOrganiser(el, { email: '' });
    click(el, '#emailUpdates');
    await next(el);
    expectErrorAt(el, 'email', 'Write your email address so that we can email you.');
    await expect(el).to.be.accessible();
  });

  it('works by keyboard: ticking with Space, the summary link to the e-mail field, going on', async () => {
    const el = await form();
    await toOrganiser(el);
    await fillOrganiser(el, { email: '' });
    await tabTo(el, '#emailUpdates');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el)!.checked).to.equal(true);
    await tabTo(el, '[part=next]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#summary'), 'no summary');
    expect(active(el)?.id).to.equal('summary');
    await tabTo(el, '#summary a[href="#email"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('email');
    await sendKeys({ type: 'tangent@example.se' });
    await nextByKeyboard(el, 'Aktiviteten');
  });

  it('keeps the choice through a reload, never the address, and asks for the address again', async () => {
    const first = await form();
    await toOrganiser(first);
    input(first, '#email', 'hemlig@example.se');
    click(first, '#emailUpdates');
    await first.updateComplete;
    const draft = (JSON.parse(localStorage.getItem('grannskap:draft:trivselpeng-form')!) as { fields: Record<string, unknown> }).fields;
    expect(draft.emailUpdates).to.equal(true);
    expect(JSON.stringify({ ...localStorage })).not.to.contain('hemlig@example.se');
    first.remove();

    // the draft brings back the organiser step with the box ticked; the address is to be written again
    const el = await form();
    await waitUntil(() => heading(el) === 'Arrangör', `not back on the organiser step: ${heading(el)}`);
    await waitUntil(() => box(el), 'the organiser step did not load');
    expect(box(el)!.checked, 'the choice was lost').to.equal(true);
    expect($<HTMLInputElement>(el, '#email')!.value, 'the address was kept').to.equal('');
    await fillOrganiser(el, { email: '' });
    await next(el);
    expectErrorAt(el, 'email', 'Skriv din e-postadress');
  });
});
