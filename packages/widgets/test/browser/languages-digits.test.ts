// Numbers typed with Arabic-Indic (٠–٩) and Persian (۰–۹) digits reach the real server as numbers in every
// number field (trivselpeng budget and counts, the calendar's age filter and participant ages, the
// follow-up's participant count), and a request the server refuses shows the problem in the visitor's
// language (failedLine/problemMessage), not a general "try again".
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@grannskap/sdk';
import type { Activity, ActivityCreate, OccurrenceQuery } from '@grannskap/contract';
import '../../src/grannskap-activity-calendar.js';
import '../../src/grannskap-case-status.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import type { GrannskapCaseStatus } from '../../src/case-status/case-status.js';
import { addMonths, lastOfMonth, monthOf, todayIn } from '../../src/activity-calendar/dates.js';
import { GrannskapSubmittedEvent } from '../../src/events/submitted-event.js';
import { setLocale } from '../../src/shared/localization.js';
import { failedLine } from '../../src/shared/problems.js';
import { templates as ar } from '../../src/locales/ar.js';
import { templates as fi } from '../../src/locales/fi.js';
import { API, textOf } from './helpers.js';
import { $, admin, allYes, applicationsTitled, click, fillActivity, fillOrganiser, form, input, next, today, unique } from './trivselpeng-helpers.js';

const client = createClient({ baseUrl: API, outbox: false });
const MONTH = addMonths(monthOf(todayIn('Europe/Stockholm')), 1);

/** Types `text` into the control as a keyboard does (each character an input event). */
async function typeInto(el: Element, selector: string, text: string): Promise<void> {
  const control = el.shadowRoot!.querySelector<HTMLInputElement>(selector);
  if (!control) throw new Error(`no ${selector}`);
  control.focus();
  control.select();
  await sendKeys({ type: text });
}

/** An activity of our own next month, for children 6–12, taking registrations. */
async function childrensActivity(patch: Partial<ActivityCreate> = {}): Promise<Activity> {
  const areas = (await admin.areas.list()).items;
  const date = `${MONTH}-${String(1 + Math.floor(Math.random() * 27)).padStart(2, '0')}`;
  return admin.admin.activities.create({
    title: { sv: `Siffertest ${Date.now()}-${Math.random().toString(36).slice(2, 7)}` },
    description: { sv: 'En aktivitet som testet har gjort.' },
    category: 'lovaktivitet',
    areas: [areas[0]!.id],
    place: { name: 'Träffpunkten', address: 'Testgatan 1' },
    start: `${date}T17:00`,
    end: `${date}T19:00`,
    capacity: 5,
    ageMin: 6,
    ageMax: 12,
    registration: { required: true },
    organiser: { name: 'Områdesvärdarna' },
    languages: ['sv'],
    ...patch,
  });
}

/** The calendar as a list of next month, in `lang`, with the activity's details and registration form open. */
async function registrationFor(a: Activity, lang: string): Promise<GrannskapActivityCalendar> {
  const el = document.createElement('grannskap-activity-calendar');
  el.apiBase = API;
  el.view = 'list';
  el.month = MONTH;
  el.lang = lang;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  const find = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=item]')].find((b) => b.textContent!.includes(a.title.sv));
  await waitUntil(() => {
    if (!find()) el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]')?.click();
    return find();
  }, `${a.title.sv} is not listed`, { timeout: 10000 });
  find()!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part=register]'), 'no register button');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=register]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('#p0-name'), 'no registration form');
  return el;
}

afterEach(async () => {
  await setLocale('sv');
  localStorage.clear();
  history.replaceState(null, '', location.pathname);
});

describe('number fields take Arabic-Indic and Persian digits', function () {
  this.timeout(30_000);

  it('trivselpeng: a budget line of ٣٥٠٠, ۱۲ participants and the age ٣٤ are sent as 3500, 12 and 34', async () => {
    const title = unique('Siffror');
    const el = await form({ lang: 'ar' });
    await allYes(el);
    await next(el);
    await fillOrganiser(el);
    await typeInto(el, '#age', '٣٤');
    await next(el);
    await fillActivity(el, title);
    await typeInto(el, '#participants', '۱۲');
    await next(el);
    input(el, '#item-1', 'طعام');
    await typeInto(el, '#amount-1', '٣٥٠٠');
    await el.updateComplete;
    // the total is worked out from the typed digits before anything is sent
    expect(textOf(el)).to.match(/3[\s\u00a0\u202f,.]?500/);
    await next(el);
    click(el, '#privacy');
    click(el, '#truthful');
    await el.updateComplete;
    const submitted = oneEvent(el, GrannskapSubmittedEvent.eventName);
    click(el, '[part=next]');
    await submitted;
    const [stored] = await applicationsTitled(title);
    expect(stored!.budget.map((l) => l.amount)).to.deep.equal([3500]);
    expect(stored!.requestedTotal).to.equal(3500);
    expect(stored!.activity.expectedParticipants).to.equal(12);
  });

  it('activity calendar: an age typed in Persian digits (a text field, not type=number) filters as the same age in 0–9 does', async () => {
    const config = await client.config.get();
    const today = todayIn('Europe/Stockholm');
    const busy = monthOf(config.schoolHolidays.find((h) => h.code === 'sportlov' && h.start > today)!.start);
    const el = document.createElement('grannskap-activity-calendar');
    el.apiBase = API;
    el.month = busy;
    el.lang = 'ar';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const count = () => el.shadowRoot!.querySelector('[part=count]')?.textContent ?? '';
    await waitUntil(() => /\d/.test(count()), 'the activities never loaded', { timeout: 10000 });
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#f-age')!;
    expect(field.type).to.equal('text');
    expect(field.inputMode).to.equal('numeric');
    const month = async (query: Omit<OccurrenceQuery, 'from' | 'to'>) => (await client.activities.occurrences({ from: `${busy}-01`, to: lastOfMonth(busy), ...query })).items.length;
    const all = await month({});
    // an age the demo month's activities are not all for
    let age = 0;
    let expected = all;
    for (const candidate of [70, 30, 10, 3]) {
      expected = await month({ age: candidate });
      age = candidate;
      if (expected < all) break;
    }
    expect(expected, 'no age narrows the demo month').to.be.below(all);
    const persian = String(age).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    await typeInto(el, '#f-age', persian);
    await sendKeys({ press: 'Tab' }); // a change event, as leaving the field gives
    await waitUntil(() => Number(/(\d+)/.exec(count())?.[1]) === expected, `shown: "${count()}", the API has ${expected} for age ${age} (typed ${persian})`, { timeout: 10000 });
    // once applied, the field shows the age the filter holds, in the Western digits the widgets write
    expect(field.value).to.equal(String(age));
  });

  it('activity calendar: a participant aged ٩ is registered as 9', async () => {
    const a = await childrensActivity();
    const el = await registrationFor(a, 'ar');
    input(el, '#p0-name', 'Alva');
    await typeInto(el, '#p0-age', '٩');
    input(el, '#c-name', 'Sara');
    input(el, '#c-phone', '070-123 45 67');
    el.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=receipt]'), `no receipt: ${textOf(el).slice(0, 300)}`, { timeout: 10000 });
    const stored = (await admin.admin.activities.registrations(a.id)).items;
    expect(stored.map((r) => r.participantList.map((p) => p.age))).to.deep.equal([[9]]);
  });

  it('case status follow-up (axe-clean in Arabic): ٣٥ participants are sent as 35', async () => {
    // an application through the widget, approved and paid by staff, then followed up in Arabic
    const title = unique('Uppföljning siffror');
    const applied = await form({ lang: 'sv' });
    const submitted = oneEvent(applied, GrannskapSubmittedEvent.eventName);
    await allYes(applied);
    await next(applied, 'Arrangör');
    await fillOrganiser(applied);
    await next(applied, 'Aktiviteten');
    await fillActivity(applied, title, today());
    await next(applied, 'Budget');
    input(applied, '#item-1', 'Korv');
    input(applied, '#amount-1', '800');
    await next(applied, 'Granska');
    click(applied, '#privacy');
    click(applied, '#truthful');
    click(applied, '[part=next]');
    const { reference } = (await submitted).detail;
    await waitUntil(() => $(applied, '[part=status-link]'));
    const link = new URL($<HTMLAnchorElement>(applied, '[part=status-link]')!.href);
    applied.remove();
    await admin.admin.trivselpeng.decide(reference, { status: 'under_review' });
    await admin.admin.trivselpeng.decide(reference, { status: 'approved', amount: 800 });
    await admin.admin.trivselpeng.decide(reference, { status: 'paid' });

    history.replaceState(null, '', `${location.pathname}${link.search}`);
    const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status api-base=${API} lang="ar"></grannskap-case-status>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#participants'), `no follow-up form: ${textOf(el).slice(0, 300)}`, { timeout: 10000 });
    // the follow-up form in Arabic passes axe too (the other widgets' states: languages-widgets/-rtl)
    await expect(el).to.be.accessible();
    await typeInto(el, '#participants', '٣٥');
    await typeInto(el, '#howItWent', 'كان يومًا جميلًا.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=send-follow-up]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#follow-up-done'), `not sent: ${textOf(el).slice(0, 400)}`, { timeout: 10000 });
    expect((await admin.admin.trivselpeng.get(reference)).followUp?.participants).to.equal(35);
  });
});

describe('a refused request says why, in the visitor\'s language', function () {
  this.timeout(30_000);

  it('failedLine gives the problem\'s own message when its code says more than "try again"', async () => {
    await setLocale('ar');
    expect(failedLine('عام', 'rate_limited')).to.equal(ar['problem.rate_limited']);
    expect(failedLine('عام', 'registration_closed')).to.equal(ar['problem.registration_closed']);
    // codes that only mean "something went wrong" keep the widget's own line
    expect(failedLine('عام', 'malformed_json')).to.equal('عام');
    expect(failedLine('عام', 'unknown')).to.equal('عام');
    expect(failedLine('عام', false)).to.equal('عام');
  });

  for (const lang of ['ar', 'fi'] as const) {
    it(`registration that closed while the form was open: the server's registration_closed shows in ${lang}`, async () => {
      const a = await childrensActivity();
      const el = await registrationFor(a, lang);
      input(el, '#p0-name', 'Alva');
      input(el, '#p0-age', '9');
      input(el, '#c-name', 'Sara');
      input(el, '#c-phone', '070-123 45 67');
      el.shadowRoot!.querySelector<HTMLInputElement>('#consent')!.click();
      await el.updateComplete;
      // staff close registration meanwhile: the real server refuses with 409 registration_closed
      await admin.admin.activities.update(a.id, { registration: { required: true, closes: new Date(Date.now() - 60_000).toISOString() } });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('#reg-failed'), `no failed line: ${textOf(el).slice(0, 300)}`, { timeout: 10000 });
      const expected = (lang === 'ar' ? ar : fi)['problem.registration_closed'] as string;
      expect(el.shadowRoot!.querySelector('#reg-failed')!.textContent!.trim()).to.equal(expected);
      await expect(el).to.be.accessible();
    });
  }
});
