// E-mail about the case (the contract's `contact.emailUpdates`): a checkbox under the e-mail field, for a
// named report only. Ticked, the report carries `emailUpdates: true` (and only then); ticked without an
// address, the form's own check puts the message at the e-mail field and sends nothing. By keyboard alone,
// through a reload (the draft keeps the choice, never the address), and through axe. Against the real
// server, with a client whose fetch writes down every report it sends.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@grannskap/sdk';
import type { ReportCreate } from '@grannskap/contract';
import { setLocale } from '../../src/shared/localization.js';
import type { GrannskapReportForm } from '../../src/report-form/report-form.js';
import { API, textOf } from './helpers.js';
import { $, active, check, formWithClient, input, next, nextByKeyboard, ready, reportsWith, simpleCategory, stepTitleOf, tabTo, unique } from './report-form-helpers.js';

/** A form whose client writes down the body of every report it sends (`sent`), then sends it to the real server. */
async function recordingForm(attrs: { lang?: string } = {}): Promise<{ el: GrannskapReportForm; sent: ReportCreate[] }> {
  const sent: ReportCreate[] = [];
  const client = createClient({
    baseUrl: API,
    retry: 0,
    outbox: false,
    fetch: async (request: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(request, init);
      if (req.method === 'POST' && new URL(req.url).pathname === '/v1/reports') sent.push((await req.clone().json()) as ReportCreate);
      return fetch(req);
    },
  });
  const el = await formWithClient(client, attrs);
  await ready(el);
  return { el, sent };
}

/** By clicks and values to the contact step (a category, happening now, a place, `description`), in any language. */
async function toContact(el: GrannskapReportForm, description: string): Promise<void> {
  const { index } = await simpleCategory();
  check(el, '#kind');
  await el.updateComplete;
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=category]')[index]!.click();
  await next(el);
  check(el, '#now');
  await next(el);
  input(el, '#place', 'Gården vid nummer 12');
  await next(el);
  input(el, '#description', description);
  await next(el);
  expect($(el, '#anonymous'), 'not on the contact step').to.not.equal(null);
}

/** "Ja, här är mina kontaktuppgifter". */
async function chooseNamed(el: GrannskapReportForm): Promise<void> {
  $<HTMLInputElement>(el, 'input[name=anonymous]:not(#anonymous)')!.click();
  await el.updateComplete;
}

const box = (el: GrannskapReportForm) => $<HTMLInputElement>(el, '#emailUpdates');
const waitForReceipt = (el: GrannskapReportForm) => waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });

describe('grannskap-report-form: e-mail about the case', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setLocale('sv');
  });

  it('is offered to a named report only, as a labelled checkbox right under the e-mail field, with its hint', async () => {
    const { el } = await recordingForm();
    await toContact(el, unique('Erbjuds'));
    expect(box(el), 'anonymous: no e-mail to send').to.equal(null);
    await chooseNamed(el);
    const checkbox = box(el)!;
    expect(checkbox.type).to.equal('checkbox');
    expect(checkbox.checked, 'not ticked to begin with').to.equal(false);
    // its label is the one around it, in plain language
    expect(checkbox.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Skicka e-post till mig när något händer i ärendet');
    expect(checkbox.getAttribute('aria-describedby')).to.equal('emailUpdates-hint');
    expect($(el, '#emailUpdates-hint')!.textContent!.trim()).to.equal('Du kan sluta när du vill med en länk i mejlet.');
    // right after the e-mail field: nothing to tab through between them
    const focusable = [...el.shadowRoot!.querySelectorAll('input:not([tabindex="-1"]), a[href], button')];
    expect(focusable.indexOf(checkbox)).to.equal(focusable.indexOf($(el, '#email')!) + 1);
    await expect(el).to.be.accessible();
    // back to anonymous: the question goes
    $<HTMLInputElement>(el, '#anonymous')!.click();
    await el.updateComplete;
    expect(box(el)).to.equal(null);
  });

  it('sends emailUpdates: true when ticked, says so on the review, and the server stores it', async () => {
    const { el, sent } = await recordingForm();
    const description = unique('Vill ha e-post');
    await toContact(el, description);
    await chooseNamed(el);
    input(el, '#name', 'Epost Personsson');
    input(el, '#email', 'epost@example.se');
    check(el, '#emailUpdates');
    check(el, '#privacy');
    await next(el);
    expect(stepTitleOf(el)).to.equal('Kontrollera och skicka');
    expect(textOf(el)).to.contain('Du får e-post när något händer i ärendet.');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.contact).to.deep.equal({ anonymous: false, name: 'Epost Personsson', email: 'epost@example.se', emailUpdates: true });
    const [stored] = await reportsWith(description);
    expect(stored?.contact).to.deep.include({ anonymous: false, email: 'epost@example.se', emailUpdates: true });
  });

  it('leaves emailUpdates out when not ticked, and the review says nothing of it', async () => {
    const { el, sent } = await recordingForm();
    await toContact(el, unique('Vill inte ha e-post'));
    await chooseNamed(el);
    input(el, '#name', 'Ingen Epostsson');
    input(el, '#email', 'ingen@example.se');
    check(el, '#privacy');
    await next(el);
    expect(textOf(el)).not.to.contain('Du får e-post');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.contact).to.deep.equal({ anonymous: false, name: 'Ingen Epostsson', email: 'ingen@example.se' });
    expect(sent[0]!.contact).not.to.have.property('emailUpdates');
  });

  it('ticked without an address: the message is at the e-mail field, announced by the summary, and nothing is sent', async () => {
    const { el, sent } = await recordingForm();
    await toContact(el, unique('Utan adress'));
    await chooseNamed(el);
    input(el, '#name', 'Utan Adress');
    input(el, '#phone', '070-123 45 67');
    check(el, '#emailUpdates');
    check(el, '#privacy');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'), 'no summary');
    expect(stepTitleOf(el), 'went on without an address').to.equal('Hur når vi dig?');
    const email = $<HTMLInputElement>(el, '#email')!;
    const error = $(el, '#email-error')!;
    expect(error.textContent!.trim()).to.equal('Skriv din e-postadress, så att vi kan skicka e-post till dig.');
    expect(error.closest('.field'), 'the message is in the e-mail field').to.equal(email.closest('.field'));
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.contain('email-error');
    // the only problem; the summary (an alert, with the focus) links to the e-mail field
    const summary = $(el, '#summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(active(el)).to.equal(summary);
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.hash)).to.deep.equal(['#email']);
    expect(links[0]!.textContent).to.contain('Skriv din e-postadress');
    await expect(el).to.be.accessible();
    expect(sent, 'a report was sent').to.have.length(0);

    // unticked, the message goes at once; ticked again with an address, the form goes on
    check(el, '#emailUpdates');
    await el.updateComplete;
    expect($(el, '#email-error')).to.equal(null);
    check(el, '#emailUpdates');
    input(el, '#email', 'senare@example.se');
    await next(el);
    expect(stepTitleOf(el)).to.equal('Kontrollera och skicka');
    expect(sent).to.have.length(0);
  });

  it('says it in the tenant’s language (English)', async () => {
    const { el, sent } = await recordingForm({ lang: 'en' });
    await toContact(el, unique('English'));
    await chooseNamed(el);
    expect(box(el)!.labels![0]!.textContent!.trim()).to.equal('Email me when something happens in my case');
    expect($(el, '#emailUpdates-hint')!.textContent!.trim()).to.equal('You can stop whenever you like with a link in the email.');
    input(el, '#name', 'Ann English');
    input(el, '#phone', '070-123 45 67');
    check(el, '#emailUpdates');
    check(el, '#privacy');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#email-error'), 'no message at the e-mail field');
    expect($(el, '#email-error')!.textContent!.trim()).to.equal('Write your email address so that we can email you.');
    await expect(el).to.be.accessible();
    input(el, '#email', 'ann@example.com');
    await next(el);
    expect(textOf(el)).to.contain('You will get an email when something happens in your case.');
    expect(sent).to.have.length(0);
  });

  it('works by keyboard alone: ticking with Space, the summary link to the e-mail field, sending', async () => {
    const { el, sent } = await recordingForm();
    const description = unique('Tangentbord e-post');
    await toContact(el, description);
    await tabTo(el, '#anonymous');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await tabTo(el, '#name');
    await sendKeys({ type: 'Tangent Bordsson' });
    await tabTo(el, '#emailUpdates');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el)!.checked).to.equal(true);
    await tabTo(el, '#privacy');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '[part=next]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#summary'), 'no summary');
    expect(active(el)?.id).to.equal('summary');
    // the summary's link takes the focus to the e-mail field
    await tabTo(el, '#summary a[href="#email"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('email');
    await sendKeys({ type: 'tangent@example.se' });
    await nextByKeyboard(el, 'Kontrollera');
    expect(textOf(el)).to.contain('Du får e-post när något händer i ärendet.');
    await tabTo(el, '[part=next]');
    await sendKeys({ press: 'Enter' });
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.contact).to.deep.equal({ anonymous: false, name: 'Tangent Bordsson', email: 'tangent@example.se', emailUpdates: true });
  });

  it('keeps the choice through a reload, and never the address', async () => {
    const first = await recordingForm();
    await toContact(first.el, unique('Omladdning'));
    await chooseNamed(first.el);
    input(first.el, '#email', 'hemlig@example.se');
    check(first.el, '#emailUpdates');
    await first.el.updateComplete;
    const draft = (JSON.parse(localStorage.getItem('grannskap:draft:report-form')!) as { fields: Record<string, unknown> }).fields;
    expect(draft.emailUpdates).to.equal(true);
    expect(JSON.stringify({ ...localStorage })).not.to.contain('hemlig@example.se');
    first.el.remove();

    // the draft brings back the steps before; the contact step shows the choice once the tenant gives their name again
    const { el } = await recordingForm();
    expect($<HTMLInputElement>(el, '#kind')!.checked).to.equal(true);
    await next(el);
    await next(el);
    expect($<HTMLInputElement>(el, '#place')!.value).to.equal('Gården vid nummer 12');
    await next(el);
    await next(el);
    await chooseNamed(el);
    expect(box(el)!.checked, 'the choice was lost').to.equal(true);
    expect($<HTMLInputElement>(el, '#email')!.value, 'the address was kept').to.equal('');
  });
});
