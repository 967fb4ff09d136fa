// <grannskap-activity-calendar> registration against the real server: by keyboard, errors, capacity →
// waitlist → a cancellation moves the first waiting up, a double click registers once, offline → one.
// Every activity here is made for the test through the admin API, with a small capacity.
import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { createClient } from '@grannskap/sdk';
import type { Activity, ActivityCreate } from '@grannskap/contract';
import '../../src/grannskap-activity-calendar.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import { addMonths, monthOf, todayIn } from '../../src/activity-calendar/dates.js';
import { GrannskapCancelledEvent } from '../../src/events/cancelled-event.js';
import { GrannskapRegisteredEvent } from '../../src/events/registered-event.js';
import { clientContext, configContext } from '../../src/shared/context.js';
import type { GrannskapClient } from '../../src/shared/context.js';
import { setLocale } from '../../src/shared/localization.js';
import { API, textOf } from './helpers.js';

const ADMIN_TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';
const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
const MONTH = addMonths(monthOf(todayIn('Europe/Stockholm')), 1);
let day = 0;

/** An activity of our own next month, on a day of its own, taking registrations. */
async function activity(patch: Partial<ActivityCreate> = {}): Promise<Activity> {
  const areas = (await admin.areas.list()).items;
  day = (day % 27) + 1;
  const date = `${MONTH}-${String(day).padStart(2, '0')}`;
  return admin.admin.activities.create({
    title: { sv: `Testaktivitet ${Date.now()}-${Math.random().toString(36).slice(2, 7)}` },
    description: { sv: 'En aktivitet som testet har gjort.' },
    category: 'gemensam_aktivitet',
    areas: [areas[0]!.id],
    place: { name: 'Träffpunkten', address: 'Testgatan 1' },
    start: `${date}T17:00`,
    end: `${date}T19:00`,
    capacity: 1,
    registration: { required: true },
    organiser: { name: 'Områdesvärdarna' },
    languages: ['sv'],
    ...patch,
  });
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const active = (el: Element): Element | null => el.shadowRoot!.activeElement;

async function calendar(setup?: (el: GrannskapActivityCalendar) => void, host?: HTMLElement): Promise<GrannskapActivityCalendar> {
  const el = document.createElement('grannskap-activity-calendar');
  if (!host) el.apiBase = API;
  el.view = 'list';
  el.month = MONTH;
  setup?.(el);
  (host ?? (await fixture<HTMLDivElement>(html`<div></div>`))).append(el);
  return el;
}

/** Opens the activity's details from the list (more is loaded until it is there). */
async function openDetails(el: GrannskapActivityCalendar, a: Activity): Promise<void> {
  const find = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=item]')].find((b) => b.textContent!.includes(a.title.sv));
  await waitUntil(() => {
    if (!find()) $<HTMLButtonElement>(el, '[part=more]')?.click();
    return find();
  }, `${a.title.sv} is not listed`, { timeout: 10000 });
  find()!.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open && $(el, '[part=register]'), 'no details with a register button');
}

const input = (el: Element, selector: string, value: string): void => {
  const control = $<HTMLInputElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
};

async function fill(el: GrannskapActivityCalendar, name: string, age?: string): Promise<void> {
  $<HTMLButtonElement>(el, '[part=register]')!.click();
  await waitUntil(() => $(el, '#c-name'), 'no registration form');
  if (age === undefined) {
    // an activity for adults: the one who registers takes part, and types their name once
    expect($<HTMLInputElement>(el, '#self')!.checked, 'the registrant is not a participant by default').to.equal(true);
    expect($(el, '#p0-name'), 'a second name field for the registrant').to.equal(null);
    input(el, '#c-name', name);
  } else {
    input(el, '#p0-name', name);
    input(el, '#p0-age', age);
    input(el, '#c-name', `${name} vuxen`);
  }
  input(el, '#c-phone', '070-123 45 67');
  $<HTMLInputElement>(el, '#consent')!.click();
  await el.updateComplete;
}

async function submitAndWait(el: GrannskapActivityCalendar, part = 'receipt'): Promise<void> {
  $<HTMLButtonElement>(el, '[part=submit]')!.click();
  await waitUntil(() => $(el, `[part=${part}]`), `no ${part}`, { timeout: 10000 });
}

async function tabTo(el: Element, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (active(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

const registrations = async (a: Activity) => (await admin.admin.activities.registrations(a.id)).items;

describe('grannskap-activity-calendar: registration', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setLocale('sv');
  });

  it('registers by keyboard alone, and the server stores it', async () => {
    const a = await activity({ capacity: 5, ageMin: 6, ageMax: 12 });
    const el = await calendar();
    await waitUntil(() => [...el.shadowRoot!.querySelectorAll('[part=item]')].some((b) => b.textContent!.includes(a.title.sv)), 'not listed', { timeout: 10000 });
    const item = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=item]')].find((b) => b.textContent!.includes(a.title.sv))!;
    item.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=register]'));
    expect(textOf(el)).to.contain('För 6–12 år');
    await tabTo(el, '[part=register]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => active(el)?.id === 'reg-heading', 'focus did not move to the form');
    await tabTo(el, '#p0-name');
    await sendKeys({ type: 'Kim Testsson' });
    await tabTo(el, '#p0-age');
    await sendKeys({ type: '9' });
    await tabTo(el, '#c-name');
    await sendKeys({ type: 'Vuxen Testsson' });
    await tabTo(el, '#c-phone');
    await sendKeys({ type: '070-123 45 67' });
    await tabTo(el, '#consent');
    await sendKeys({ press: 'Space' });
    const registered = oneEvent(el, GrannskapRegisteredEvent.eventName);
    await tabTo(el, '[part=submit]');
    await sendKeys({ press: 'Enter' });
    const event = await registered;
    expect(event.detail.status).to.equal('confirmed');
    expect(event.detail.activityId).to.equal(a.id);
    await waitUntil(() => active(el)?.id === 'receipt-heading', 'focus did not move to the receipt');
    expect(JSON.stringify(event.detail)).to.not.contain('Kim');
    const stored = await registrations(a);
    expect(stored).to.have.length(1);
    expect(stored[0]!.participantList).to.deep.equal([{ name: 'Kim Testsson', age: 9 }]);
    expect(stored[0]!.contact.phone).to.equal('070-123 45 67');
    expect(stored[0]!.status).to.equal('confirmed');
    const link = new URL($<HTMLAnchorElement>(el, '[part=cancel-link]')!.href);
    expect(link.searchParams.get('registration')).to.equal(event.detail.registrationId);
    await expect(el).to.be.accessible();
    // the list is fetched again (places left changed) and focus still finds its way back to the item
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => active(el) === item, 'focus did not return to the list item');
    await waitUntil(() => item.textContent!.includes('4 platser kvar'), 'the places left were not updated');
  });

  it('shows the errors in a summary and beside each field, in Swedish and English', async () => {
    const a = await activity({ capacity: 5, ageMin: 6, ageMax: 12 });
    for (const lang of ['sv', 'en']) {
      const el = await calendar((e) => (e.lang = lang));
      await openDetails(el, a);
      $<HTMLButtonElement>(el, '[part=register]')!.click();
      await waitUntil(() => $(el, '#p0-name'));
      input(el, '#p0-age', '15');
      $<HTMLButtonElement>(el, '[part=submit]')!.click();
      await waitUntil(() => active(el)?.id === 'summary', 'focus did not move to the summary');
      const summary = $(el, '#summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      const links = [...summary.querySelectorAll('a')].map((x) => x.getAttribute('href'));
      expect(links).to.deep.equal(['#p0-name', '#p0-age', '#c-name', '#c-phone', '#consent']);
      for (const id of ['p0-name', 'p0-age', 'c-name', 'c-phone', 'consent']) {
        const control = $(el, `#${id}`)!;
        expect(control.getAttribute('aria-invalid'), id).to.equal('true');
        expect(control.getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
      }
      expect($(el, '#p0-age-error')!.textContent).to.contain(lang === 'sv' ? '6–12 år' : 'ages 6–12');
      await expect(el).to.be.accessible();
      (summary.querySelector('a[href="#c-phone"]') as HTMLAnchorElement).click();
      expect(active(el)?.id).to.equal('c-phone');
      expect(await registrations(a)).to.have.length(0);
    }
  });

  it('shows the form and the receipt in English, and both pass axe', async () => {
    const a = await activity({ capacity: 3 });
    const el = await calendar((e) => (e.lang = 'en'));
    await openDetails(el, a);
    expect($(el, '[part=register]')!.textContent!.trim()).to.equal('Register');
    await fill(el, 'English');
    expect($(el, '#reg-heading')!.textContent).to.equal('Register');
    // the form's rules came with the dialog's part (the month and the list do not carry them)
    expect(getComputedStyle($(el, '.field')!).display, 'field rules adopted with the part').to.equal('grid');
    await expect(el).to.be.accessible();
    await submitAndWait(el);
    expect($(el, '#receipt-heading')!.textContent).to.contain('You are registered');
    expect(getComputedStyle($(el, '.link-row')!).display, 'receipt rules adopted with the part').to.equal('flex');
    await expect(el).to.be.accessible();
  });

  it('fills up, offers the waitlist, and a cancellation moves the first waiting person up', async () => {
    const a = await activity({ capacity: 1 });
    const first = await calendar();
    await openDetails(first, a);
    await fill(first, 'Först');
    await submitAndWait(first);
    expect($(first, '#receipt-heading')!.textContent).to.contain('Du är anmäld');

    const second = await calendar();
    await openDetails(second, a);
    expect(textOf(second)).to.contain('Fullt');
    expect($(second, '[part=register]')!.textContent).to.contain('Ställ dig i kö');
    await fill(second, 'Tvåa');
    expect($(second, '[part=waitlist-notice]')).to.not.equal(null);
    expect($(second, '[part=submit]')!.textContent).to.contain('Ställ mig i kö');
    await submitAndWait(second);
    expect($(second, '#receipt-heading')!.textContent).to.contain('Du står i kö, plats 1');
    await expect(second).to.be.accessible();

    let stored = await registrations(a);
    expect(stored.map((r) => [r.participantList[0]!.name, r.status])).to.deep.equal([['Först', 'confirmed'], ['Tvåa', 'waitlisted']]);

    const cancelled = oneEvent(first, GrannskapCancelledEvent.eventName);
    $<HTMLButtonElement>(first, '[part=cancel]')!.click();
    await cancelled;
    await waitUntil(() => $(first, '#receipt-heading')?.textContent?.includes('avbokad'), 'no cancellation message');
    stored = await registrations(a);
    expect(stored.map((r) => [r.participantList[0]!.name, r.status])).to.deep.equal([['Först', 'cancelled'], ['Tvåa', 'confirmed']]);
  });

  it('stores the one who registers as the participant from one name field, or someone else when unticked', async () => {
    const a = await activity({ capacity: 5 });
    const el = await calendar();
    await openDetails(el, a);
    await fill(el, 'Själv Testsson');
    await submitAndWait(el);
    let stored = await registrations(a);
    expect(stored.map((r) => r.participantList)).to.deep.equal([[{ name: 'Själv Testsson', age: null }]]);
    expect(stored[0]!.contact.name).to.equal('Själv Testsson');

    const other = await calendar();
    await openDetails(other, a);
    $<HTMLButtonElement>(other, '[part=register]')!.click();
    await waitUntil(() => $(other, '#self'), 'no registration form');
    $<HTMLInputElement>(other, '#self')!.click();
    await other.updateComplete;
    expect($(other, '#p0-name'), 'no field for the one who takes part').to.not.equal(null);
    expect($(other, '.participant legend')!.textContent!.trim()).to.equal('Deltagare 1');
    input(other, '#p0-name', 'Granne Testsson');
    input(other, '#c-name', 'Anhörig Testsson');
    input(other, '#c-phone', '070-123 45 67');
    $<HTMLInputElement>(other, '#consent')!.click();
    await other.updateComplete;
    await expect(other).to.be.accessible();
    await submitAndWait(other);
    stored = await registrations(a);
    expect(stored[1]!.participantList).to.deep.equal([{ name: 'Granne Testsson', age: null }]);
    expect(stored[1]!.contact.name).to.equal('Anhörig Testsson');
  });

  it('says at the participants how many places are left when more are added, and that the rest join the waitlist; the first get the places', async () => {
    const a = await activity({ capacity: 2 });
    const el = await calendar();
    await openDetails(el, a);
    await fill(el, 'Familj Testsson');
    const add = async () => {
      $<HTMLButtonElement>(el, '[part=add-participant]')!.click();
      await el.updateComplete;
    };
    await add();
    expect($(el, '[part=capacity-notice]'), 'two fit in two places').to.equal(null);
    expect($(el, '[part=submit]')!.textContent).to.contain('Skicka anmälan');
    await add();
    const notice = $(el, '[part=capacity-notice]');
    expect(notice, 'no word of the places left').to.not.equal(null);
    expect(notice!.getAttribute('role')).to.equal('status');
    expect(notice!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Det finns 2 platser kvar. De 2 som står först i listan får plats. 1 av er hamnar i kö och får plats i tur och ordning om någon avbokar.',
    );
    // at the field: right after the participants, before the button that adds one more
    expect(notice!.previousElementSibling!.classList.contains('participant')).to.equal(true);
    // some get places, so it is a registration, not a queue
    expect($(el, '[part=submit]')!.textContent).to.contain('Skicka anmälan');
    expect($(el, '#reg-heading')!.textContent).to.contain('Anmäl dig');
    input(el, '#p0-name', 'Barn Ett');
    input(el, '#p1-name', 'Barn Två');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const events: GrannskapRegisteredEvent[] = [];
    el.addEventListener('grannskap-registered', (e) => events.push(e));
    await submitAndWait(el);
    expect($(el, '#receipt-heading')!.textContent).to.contain('Tack! Du är anmäld.');
    expect($(el, '[part=receipt]')!.textContent!.replace(/\s+/g, ' ')).to.contain('2 av er har fått plats. 1 står i kö, plats 1.');
    await expect(el).to.be.accessible();
    expect(events.map((e) => [e.detail.status, e.detail.participants, e.detail.waitlistedParticipants])).to.deep.equal([['confirmed', 3, 1]]);
    const stored = await registrations(a);
    expect(stored.map((r) => [r.participantList.map((p) => p.name), r.status, r.waitlistedParticipants])).to.deep.equal([[['Familj Testsson', 'Barn Ett', 'Barn Två'], 'confirmed', 1]]);
    // the private link says the same: registered, with one of them in the queue
    const link = new URL($<HTMLAnchorElement>(el, '[part=cancel-link]')!.href);
    const before = location.href;
    history.replaceState(null, '', link.search);
    try {
      const linked = await calendar();
      await waitUntil(() => $(linked, '[part=linked]'), 'the linked registration was not shown', { timeout: 10000 });
      expect($(linked, '[part=linked]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Du är anmäld. 2 av er har fått plats. 1 står i kö, plats 1.');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('with one place left, says the first in the list gets it and the others wait', async () => {
    const a = await activity({ capacity: 1 });
    const el = await calendar();
    await openDetails(el, a);
    await fill(el, 'Förälder Testsson');
    $<HTMLButtonElement>(el, '[part=add-participant]')!.click();
    await el.updateComplete;
    expect($(el, '[part=capacity-notice]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Det finns 1 plats kvar. Den som står först i listan får platsen. 1 av er hamnar i kö och får plats i tur och ordning om någon avbokar.',
    );
    input(el, '#p0-name', 'Barn Testsson');
    await el.updateComplete;
    await submitAndWait(el);
    expect((await registrations(a)).map((r) => [r.status, r.participants, r.waitlistedParticipants])).to.deep.equal([['confirmed', 2, 1]]);
  });

  it('offers the waitlist when the server says full although the calendar still showed a place', async () => {
    const a = await activity({ capacity: 1 });
    const el = await calendar();
    await openDetails(el, a);
    // someone else takes the last place meanwhile
    await createClient({ baseUrl: API, outbox: false }).registrations.create(a.id, {
      occurrence: a.start, participants: [{ name: 'Någon annan' }], contact: { name: 'Någon annan', email: 'annan@example.org' }, consent: true,
    });
    await fill(el, 'Sen');
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await waitUntil(() => $(el, '[part=waitlist-notice]'), 'the waitlist was not offered');
    expect(await registrations(a)).to.have.length(1);
    await submitAndWait(el);
    expect((await registrations(a)).map((r) => r.status)).to.deep.equal(['confirmed', 'waitlisted']);
  });

  it('says why when the activity is cancelled while the form is open, and stores nothing', async () => {
    const a = await activity({ capacity: 5 });
    const el = await calendar();
    await openDetails(el, a);
    await fill(el, 'Inställd');
    await admin.admin.activities.cancel(a.id, { reason: 'Ledaren är sjuk.' });
    $<HTMLButtonElement>(el, '[part=submit]')!.click();
    await waitUntil(() => $(el, '#reg-failed'), 'no failure line', { timeout: 10000 });
    // the server's reason (not_allowed_now), not the "registration has closed" of a deadline
    expect($(el, '#reg-failed')!.textContent!.trim()).to.equal('Det går inte att göra det här just nu.');
    expect(await registrations(a)).to.have.length(0);
  });

  it('keeps every field when several change before the next render (as browser autofill does)', async () => {
    const a = await activity({ capacity: 5, ageMin: 6, ageMax: 12 });
    const el = await calendar();
    await openDetails(el, a);
    $<HTMLButtonElement>(el, '[part=register]')!.click();
    await waitUntil(() => $(el, '#p0-name'), 'no registration form');
    // One task, no render in between: name, age and contact together.
    for (const [selector, value] of [['#p0-name', 'Alva'], ['#p0-age', '9'], ['#c-name', 'Sara'], ['#c-phone', '070-123 45 67']] as const) input(el, selector, value);
    $<HTMLInputElement>(el, '#consent')!.click();
    await el.updateComplete;
    await submitAndWait(el);
    const stored = await registrations(a);
    expect(stored.length).to.equal(1);
    expect(stored[0]!.participantList.map((p) => [p.name, p.age])).to.deep.equal([['Alva', 9]]);
  });

  it('registers once on a double click', async () => {
    const a = await activity({ capacity: 5 });
    const el = await calendar();
    await openDetails(el, a);
    await fill(el, 'Dubbel');
    const submit = $<HTMLButtonElement>(el, '[part=submit]')!;
    submit.click();
    submit.click();
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });
    submit.click();
    expect(await registrations(a)).to.have.length(1);
  });

  it('keeps the registration while offline and sends it exactly once when back online', async () => {
    const a = await activity({ capacity: 5 });
    let offline = false;
    const client: GrannskapClient = createClient({
      baseUrl: API,
      retry: 0,
      fetch: (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const config = await client.config.get();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: clientContext, initialValue: client });
    new ContextProvider(host, { context: configContext, initialValue: { status: 'ready', config } });
    const el = await calendar(undefined, host);
    await openDetails(el, a);
    await fill(el, 'Offline');
    offline = true;
    await submitAndWait(el, 'queued');
    // the fetch failed while the browser is online: the server, not the internet, is named
    expect(textOf(el)).to.contain('Det du skrev är sparat och skickas automatiskt');
    await expect(el).to.be.accessible();
    expect(await registrations(a)).to.have.length(0);
    offline = false;
    await client.outbox!.flush();
    await client.outbox!.flush();
    const stored = await registrations(a);
    expect(stored).to.have.length(1);
    assert.equal(stored[0]!.participantList[0]!.name, 'Offline');
  });

  it('offers the cancellation on the page the private link leads to', async () => {
    const a = await activity({ capacity: 1 });
    const receipt = await createClient({ baseUrl: API, outbox: false }).registrations.create(a.id, {
      occurrence: a.start, participants: [{ name: 'Länk' }], contact: { name: 'Länk', email: 'lank@example.org' }, consent: true,
    });
    const before = location.href;
    history.replaceState(null, '', `?registration=${receipt.id}&token=${receipt.cancelToken}`);
    try {
      const el = await calendar();
      await waitUntil(() => $(el, '[part=linked] [part=cancel]'), 'no cancellation offered', { timeout: 10000 });
      expect($(el, '[part=linked]')!.textContent).to.contain(a.title.sv);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=linked] [part=cancel]')!.click();
      await waitUntil(() => active(el)?.id === 'linked-done', 'no confirmation');
      expect((await registrations(a))[0]!.status).to.equal('cancelled');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
