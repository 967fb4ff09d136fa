// E-mail about a registration (the contract's `contact.emailUpdates`): a checkbox under the contact's e-mail
// field in the calendar's registration form. Ticked, the registration carries `emailUpdates: true` (and only
// then); ticked without an address, the form's own check puts the message at the e-mail field and sends
// nothing, and so does the server's answer when a registration without one reaches it. By keyboard and
// through axe. The form keeps no draft and has no review step, so there is neither to test. Against the real
// server, with a client whose fetch writes down every registration it sends.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { createClient } from '@grannskap/sdk';
import type { Activity, ActivityCreate, RegistrationCreate } from '@grannskap/contract';
import '../../src/grannskap-activity-calendar.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import { addMonths, monthOf, todayIn } from '../../src/activity-calendar/dates.js';
import { clientContext, configContext } from '../../src/shared/context.js';
import { setLocale } from '../../src/shared/localization.js';
import { API } from './helpers.js';

const ADMIN_TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';
const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
const MONTH = addMonths(monthOf(todayIn('Europe/Stockholm')), 1);
let day = 0;

/** An activity of our own next month, for adults, taking registrations. */
async function activity(patch: Partial<ActivityCreate> = {}): Promise<Activity> {
  const areas = (await admin.areas.list()).items;
  day = (day % 27) + 1;
  const date = `${MONTH}-${String(day).padStart(2, '0')}`;
  return admin.admin.activities.create({
    title: { sv: `E-postaktivitet ${Date.now()}-${Math.random().toString(36).slice(2, 7)}` },
    description: { sv: 'En aktivitet som testet har gjort.' },
    category: 'gemensam_aktivitet',
    areas: [areas[0]!.id],
    place: { name: 'Träffpunkten', address: 'Testgatan 1' },
    start: `${date}T17:00`,
    end: `${date}T19:00`,
    capacity: 5,
    registration: { required: true },
    organiser: { name: 'Områdesvärdarna' },
    languages: ['sv'],
    ...patch,
  });
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const active = (el: Element): Element | null => el.shadowRoot!.activeElement;
const input = (el: Element, selector: string, value: string): void => {
  const control = $<HTMLInputElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
};

async function tabTo(el: Element, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (active(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

/**
 * A calendar (list view, next month) whose client writes down the body of every registration it sends
 * (`sent`), then sends it to the real server; `alter` changes what reaches the server (the form never sends
 * what it has refused itself).
 */
async function recordingCalendar(
  lang = 'sv',
  alter?: (body: RegistrationCreate) => RegistrationCreate,
): Promise<{ el: GrannskapActivityCalendar; sent: RegistrationCreate[] }> {
  const sent: RegistrationCreate[] = [];
  const client = createClient({
    baseUrl: API,
    retry: 0,
    outbox: false,
    fetch: async (request: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(request, init);
      if (req.method !== 'POST' || !new URL(req.url).pathname.endsWith('/registrations')) return fetch(req);
      const body = (await req.clone().json()) as RegistrationCreate;
      sent.push(body);
      return alter ? fetch(req.url, { method: 'POST', headers: req.headers, body: JSON.stringify(alter(body)) }) : fetch(req);
    },
  });
  const config = await client.config.get();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: clientContext, initialValue: client });
  new ContextProvider(host, { context: configContext, initialValue: { status: 'ready', config } });
  const el = document.createElement('grannskap-activity-calendar');
  el.view = 'list';
  el.month = MONTH;
  el.lang = lang;
  host.append(el);
  return { el, sent };
}

/** Opens the activity from the list and its registration form. */
async function openForm(el: GrannskapActivityCalendar, a: Activity): Promise<void> {
  const find = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=item]')].find((b) => b.textContent!.includes(a.title.sv));
  await waitUntil(() => {
    if (!find()) $<HTMLButtonElement>(el, '[part=more]')?.click();
    return find();
  }, `${a.title.sv} is not listed`, { timeout: 10000 });
  find()!.click();
  await waitUntil(() => $(el, '[part=register]'), 'no register button');
  $<HTMLButtonElement>(el, '[part=register]')!.click();
  await waitUntil(() => $(el, '#c-name'), 'no registration form');
}

/** The one who registers takes part; a name, a phone number and the consent. */
async function fill(el: GrannskapActivityCalendar, name: string): Promise<void> {
  input(el, '#c-name', name);
  input(el, '#c-phone', '070-123 45 67');
  $<HTMLInputElement>(el, '#consent')!.click();
  await el.updateComplete;
}

const box = (el: Element) => $<HTMLInputElement>(el, '#emailUpdates');
const submit = (el: Element) => $<HTMLButtonElement>(el, '[part=submit]')!.click();
const waitForReceipt = (el: Element) => waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });
const registrations = async (a: Activity) => (await admin.admin.activities.registrations(a.id)).items;

/** The e-mail field carries the message, pointed to by its describedby, and the summary links to it alone. */
function expectMessageAtEmail(el: Element, text: string): void {
  const email = $<HTMLInputElement>(el, '#c-email')!;
  const error = $(el, '#c-email-error');
  expect(error, 'no message at the e-mail field').to.not.equal(null);
  expect(error!.textContent!.trim()).to.equal(text);
  expect(error!.closest('.field'), 'the message is in the e-mail field').to.equal(email.closest('.field'));
  expect(email.getAttribute('aria-invalid')).to.equal('true');
  expect(email.getAttribute('aria-describedby')).to.contain('c-email-error');
  const summary = $(el, '#summary')!;
  expect(summary.getAttribute('role')).to.equal('alert');
  expect([...summary.querySelectorAll<HTMLAnchorElement>('a')].map((x) => x.getAttribute('href'))).to.deep.equal(['#c-email']);
}

describe('grannskap-activity-calendar: e-mail about the registration', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setLocale('sv');
  });

  it('is a labelled checkbox right under the e-mail field, with its hint, not ticked to begin with', async () => {
    const a = await activity();
    const { el } = await recordingCalendar();
    await openForm(el, a);
    const checkbox = box(el)!;
    expect(checkbox.type).to.equal('checkbox');
    expect(checkbox.checked).to.equal(false);
    expect(checkbox.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Jag vill få mejl om min anmälan (bekräftelse och om jag får en plats från kön)');
    expect(checkbox.getAttribute('aria-describedby')).to.equal('emailUpdates-hint');
    expect($(el, '#emailUpdates-hint')!.textContent!.trim()).to.equal('Du kan sluta när du vill med en länk i mejlet.');
    expect(checkbox.closest('fieldset'), 'outside the contact group').to.equal($(el, '#c-email')!.closest('fieldset'));
    // right after the e-mail field: nothing to tab through between them
    const focusable = [...$(el, 'dialog')!.querySelectorAll('input:not([tabindex="-1"]), a[href], button')];
    expect(focusable.indexOf(checkbox)).to.equal(focusable.indexOf($(el, '#c-email')!) + 1);
    await expect(el).to.be.accessible();
  });

  it('sends emailUpdates: true when ticked, and the server stores it', async () => {
    const a = await activity();
    const { el, sent } = await recordingCalendar();
    await openForm(el, a);
    await fill(el, 'Mejl Testsson');
    input(el, '#c-email', 'mejl@example.se');
    box(el)!.click();
    await el.updateComplete;
    submit(el);
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.contact).to.deep.equal({ name: 'Mejl Testsson', phone: '070-123 45 67', email: 'mejl@example.se', emailUpdates: true });
    const stored = await registrations(a);
    expect(stored).to.have.length(1);
    expect(stored[0]!.contact, 'staff do not see the choice').to.deep.include({ email: 'mejl@example.se', emailUpdates: true });
    await expect(el).to.be.accessible();
  });

  it('leaves emailUpdates out when not ticked', async () => {
    const a = await activity();
    const { el, sent } = await recordingCalendar();
    await openForm(el, a);
    await fill(el, 'Ingen Mejlsson');
    input(el, '#c-email', 'ingen@example.se');
    submit(el);
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.contact).to.deep.equal({ name: 'Ingen Mejlsson', phone: '070-123 45 67', email: 'ingen@example.se' });
    const [stored] = await registrations(a);
    expect(stored!.contact.emailUpdates ?? false).to.equal(false);
  });

  it('ticked without an address: the message is at the e-mail field, announced by the summary, and nothing is sent', async () => {
    const a = await activity();
    const { el, sent } = await recordingCalendar();
    await openForm(el, a);
    await fill(el, 'Utan Adress');
    box(el)!.click();
    await el.updateComplete;
    submit(el);
    await waitUntil(() => active(el)?.id === 'summary', 'focus did not move to the summary');
    expectMessageAtEmail(el, 'Skriv din e-postadress, så att vi kan skicka e-post till dig.');
    await expect(el).to.be.accessible();
    expect(sent).to.have.length(0);

    // unticked, the message goes at once; ticked again with an address, it is sent
    box(el)!.click();
    await el.updateComplete;
    expect($(el, '#c-email-error')).to.equal(null);
    box(el)!.click();
    input(el, '#c-email', 'senare@example.se');
    await el.updateComplete;
    submit(el);
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.contact).to.deep.include({ email: 'senare@example.se', emailUpdates: true });
  });

  it('puts the server’s "give an address" at the e-mail field', async () => {
    const a = await activity();
    // the server gets the registration without the address the form checked: it refuses it at contact.email
    const { el, sent } = await recordingCalendar('sv', (body) => {
      const contact = { ...body.contact };
      delete contact.email;
      return { ...body, contact };
    });
    await openForm(el, a);
    await fill(el, 'Servern Säger');
    input(el, '#c-email', 'borta@example.se');
    box(el)!.click();
    await el.updateComplete;
    submit(el);
    await waitUntil(() => active(el)?.id === 'summary', 'no summary after the server refused it', { timeout: 10000 });
    expect(sent).to.have.length(1);
    expectMessageAtEmail(el, 'Skriv din e-postadress, så att vi kan skicka e-post till dig.');
    await expect(el).to.be.accessible();
    expect(await registrations(a)).to.have.length(0);
  });

  it('says it in the visitor’s language (English)', async () => {
    const a = await activity();
    const { el, sent } = await recordingCalendar('en');
    await openForm(el, a);
    expect(box(el)!.labels![0]!.textContent!.trim()).to.equal('Email me about my registration (confirmation and if I get a place from the waiting list)');
    expect($(el, '#emailUpdates-hint')!.textContent!.trim()).to.equal('You can stop whenever you like with a link in the email.');
    await fill(el, 'Ann English');
    box(el)!.click();
    await el.updateComplete;
    submit(el);
    await waitUntil(() => $(el, '#c-email-error'), 'no message at the e-mail field');
    expectMessageAtEmail(el, 'Write your email address so that we can email you.');
    await expect(el).to.be.accessible();
    expect(sent).to.have.length(0);
  });

  it('works by keyboard alone: ticking with Space, the summary link to the e-mail field, sending', async () => {
    const a = await activity();
    const { el, sent } = await recordingCalendar();
    await openForm(el, a);
    await tabTo(el, '#c-name');
    await sendKeys({ type: 'Tangent Bordsson' });
    await tabTo(el, '#c-phone');
    await sendKeys({ type: '070-123 45 67' });
    await tabTo(el, '#emailUpdates');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(box(el)!.checked).to.equal(true);
    await tabTo(el, '#consent');
    await sendKeys({ press: 'Space' });
    await tabTo(el, '[part=submit]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'summary', 'focus did not move to the summary');
    await tabTo(el, '#summary a[href="#c-email"]');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)?.id).to.equal('c-email');
    await sendKeys({ type: 'tangent@example.se' });
    await tabTo(el, '[part=submit]');
    await sendKeys({ press: 'Enter' });
    await waitForReceipt(el);
    expect(sent).to.have.length(1);
    expect(sent[0]!.contact).to.deep.equal({ name: 'Tangent Bordsson', phone: '070-123 45 67', email: 'tangent@example.se', emailUpdates: true });
  });
});
