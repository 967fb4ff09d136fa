// <grannskap-activity-calendar> links out and in, against the real server: each activity's own link
// (`?grannskap-activity=`) in its details and in the JSON-LD, which opens its details when the page is
// opened with it; the links that add an activity to Google Calendar and Outlook; and the month, view and
// filters kept in the page's address, so a view can be shared and bookmarked.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@grannskap/sdk';
import type { Activity, ActivityCreate } from '@grannskap/contract';
import '../../src/grannskap-activity-calendar.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import { API } from './helpers.js';

const ADMIN_TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';
const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
const unique = (what: string) => `${what} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

async function activity(patch: Partial<ActivityCreate> = {}): Promise<Activity> {
  const areas = (await admin.areas.list()).items;
  return admin.admin.activities.create({
    title: { sv: unique('Länkaktivitet') },
    description: { sv: 'Skapad av testet.' },
    category: 'omradestraff',
    areas: [areas[0]!.id],
    place: { name: 'Träffpunkten', address: 'Testgatan 1, Eskilstuna' },
    start: '2027-09-14T17:00',
    end: '2027-09-14T19:00',
    capacity: null,
    registration: { required: false },
    organiser: { name: 'Områdesvärdarna' },
    languages: ['sv'],
    ...patch,
  });
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

async function calendar(month = ''): Promise<GrannskapActivityCalendar> {
  const el = document.createElement('grannskap-activity-calendar');
  el.apiBase = API;
  if (month) el.month = month;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  return el;
}

/** Opens the details of `a`'s occurrence in the month grid. */
async function openInGrid(el: GrannskapActivityCalendar, a: Activity, date: string): Promise<void> {
  const chip = () => [...(el.shadowRoot!.querySelectorAll<HTMLElement>(`[data-date="${date}"] .chip`) ?? [])].find((c) => c.textContent!.includes(a.title.sv));
  await waitUntil(chip, `${a.title.sv} is not shown on ${date}`, { timeout: 10000 });
  chip()!.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open && $(el, 'dialog .facts'), 'no details');
}

afterEach(() => history.replaceState(null, '', location.pathname));

describe('grannskap-activity-calendar: a link to each activity', () => {
  it('is in the details, and opening the page with it shows the month and opens the details', async () => {
    const a = await activity();
    history.replaceState(null, '', `${location.pathname}?host=kept`);
    const first = await calendar('2027-09');
    await openInGrid(first, a, '2027-09-14');
    const link = $<HTMLAnchorElement>(first, 'dialog [part=activity-link]');
    expect(link, 'no link in the details').to.not.equal(null);
    expect(link!.textContent!.trim()).to.equal('Länk till aktiviteten');
    const href = new URL(link!.href);
    expect(href.searchParams.get('grannskap-activity')).to.equal(`${a.id}@2027-09-14T17:00`);
    expect(href.searchParams.get('host'), "the host page's own parameter").to.equal('kept');
    await expect(first).to.be.accessible();
    first.remove();

    // the visitor opens the link (on a calendar that starts elsewhere and is filtered to another category)
    history.replaceState(null, '', href.pathname + href.search);
    const el = document.createElement('grannskap-activity-calendar');
    el.apiBase = API;
    el.month = '2027-03';
    el.categories = 'lovaktivitet';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open && $(el, 'dialog .facts'), 'the link did not open the details', { timeout: 10000 });
    expect($(el, '#dialog-title')!.textContent).to.equal(a.title.sv);
    expect($(el, '#month-heading')!.textContent).to.equal('september 2027');
    await expect(el).to.be.accessible();
    // closing them takes the activity out of the address, and leaves the host's parameter
    $<HTMLButtonElement>(el, '[part=close]')!.click();
    await waitUntil(() => !new URLSearchParams(location.search).has('grannskap-activity'), 'the activity stayed in the address');
    expect(new URLSearchParams(location.search).get('host')).to.equal('kept');
  });

  it('is the url of the activity in the JSON-LD', async () => {
    const a = await activity({ start: '2027-09-15T10:00', end: '2027-09-15T11:00' });
    const el = await calendar('2027-09');
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]')?.textContent?.includes(a.title.sv), 'no JSON-LD for the activity', { timeout: 10000 });
    const graph = (JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!) as { '@graph': Array<{ name: string; url: string }> })['@graph'];
    const mine = graph.find((e) => e.name === a.title.sv)!;
    expect(new URL(mine.url).searchParams.get('grannskap-activity')).to.equal(`${a.id}@2027-09-15T10:00`);
  });

  it('adds the activity to Google Calendar and Outlook beside the .ics file, filled in with its title, time, place and link', async () => {
    const a = await activity({ start: '2027-09-16T17:30', end: '2027-09-16T19:00' });
    const el = await calendar('2027-09');
    await openInGrid(el, a, '2027-09-16');
    const google = $<HTMLAnchorElement>(el, 'dialog [part=google]');
    const outlook = $<HTMLAnchorElement>(el, 'dialog [part=outlook]');
    expect($(el, 'dialog [part=ics]'), 'the .ics link went').to.not.equal(null);
    expect(google?.textContent?.trim()).to.equal('Lägg till i Google Kalender');
    expect(outlook?.textContent?.trim()).to.equal('Lägg till i Outlook');
    const own = $<HTMLAnchorElement>(el, 'dialog [part=activity-link]')!.href;
    const g = new URL(google!.href);
    expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(g.searchParams.get('action')).to.equal('TEMPLATE');
    expect(g.searchParams.get('text')).to.equal(a.title.sv);
    // 17.30 to 19.00 in Stockholm, summer time: UTC+2
    expect(g.searchParams.get('dates')).to.equal('20270916T153000Z/20270916T170000Z');
    expect(g.searchParams.get('location')).to.equal('Träffpunkten, Testgatan 1, Eskilstuna');
    expect(g.searchParams.get('details')).to.equal(`Skapad av testet.\n\n${own}`);
    const o = new URL(outlook!.href);
    expect(o.origin + o.pathname).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(o.searchParams.get('subject')).to.equal(a.title.sv);
    expect(o.searchParams.get('startdt')).to.equal('2027-09-16T15:30:00.000Z');
    expect(o.searchParams.get('enddt')).to.equal('2027-09-16T17:00:00.000Z');
    expect(o.searchParams.get('location')).to.equal('Träffpunkten, Testgatan 1, Eskilstuna');
    expect(o.searchParams.get('body')).to.contain(own);
    await expect(el).to.be.accessible();
  });

  it('opens nothing for a link to an occurrence that is not there', async () => {
    history.replaceState(null, '', `${location.pathname}?grannskap-activity=nope@2027-09-14T17:00`);
    const el = await calendar('2027-09');
    await waitUntil(() => /\d+ aktivitet/.test($(el, '[part=count]')?.textContent ?? ''), 'not loaded', { timeout: 10000 });
    await new Promise((r) => setTimeout(r, 300));
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });
});

describe('grannskap-activity-calendar: the month, view and filters in the address', () => {
  const params = () => Object.fromEntries([...new URLSearchParams(location.search)].filter(([k]) => k.startsWith('grannskap-') || k === 'host'));
  const change = async (el: GrannskapActivityCalendar, selector: string, value: string) => {
    const control = $<HTMLSelectElement | HTMLInputElement>(el, selector)!;
    control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  };
  const loaded = (el: GrannskapActivityCalendar) =>
    waitUntil(() => /\d+ aktivitet/.test($(el, '[part=count]')?.textContent ?? ''), 'not loaded', { timeout: 10000 });

  it('keeps what the visitor chose, without a history entry each, and a page opened with it shows the same view', async () => {
    history.replaceState(null, '', `${location.pathname}?host=kept`);
    const entries = history.length;
    const areas = (await admin.areas.list()).items;
    const el = await calendar('2027-09');
    await loaded(el);
    expect(params(), 'the address changed before the visitor chose anything').to.deep.equal({ host: 'kept' });
    await waitUntil(() => $(el, `#f-area option[value="${areas[1]!.id}"]`), 'no areas');
    await change(el, '#f-area', areas[1]!.id);
    await change(el, '#f-category', 'lovaktivitet');
    await change(el, '#f-age', '١٠');
    $$(el, '.view-switch button')[1]!.click();
    await el.updateComplete;
    $$(el, '.month-nav button')[1]!.click();
    await el.updateComplete;
    expect(params()).to.deep.equal({
      host: 'kept',
      'grannskap-month': '2027-10',
      'grannskap-view': 'list',
      'grannskap-area': areas[1]!.id,
      'grannskap-category': 'lovaktivitet',
      'grannskap-age': '10',
    });
    expect(history.length, 'each choice added a history entry').to.equal(entries);
    el.remove();

    // the shared address, on a page whose calendar starts in another month
    const again = await calendar('2027-03');
    await waitUntil(() => $<HTMLSelectElement>(again, '#f-area')?.value === areas[1]!.id, 'the area was not taken from the address', { timeout: 10000 });
    expect($(again, '#month-heading')!.textContent).to.equal('oktober 2027');
    expect($<HTMLSelectElement>(again, '#f-category')!.value).to.equal('lovaktivitet');
    expect($<HTMLInputElement>(again, '#f-age')!.value).to.equal('10');
    expect($(again, '.view-switch [aria-pressed=true]')!.textContent!.trim()).to.equal('Lista');
    await expect(again).to.be.accessible();
  });

  it('takes only what it knows from the address, and never overrides what the page fixed', async () => {
    history.replaceState(null, '', `${location.pathname}?grannskap-month=2027-13&grannskap-area=nowhere&grannskap-age=abc&grannskap-view=week&grannskap-category=omradestraff`);
    const el = document.createElement('grannskap-activity-calendar');
    el.apiBase = API;
    el.month = '2027-09';
    el.categories = 'lovaktivitet';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await loaded(el);
    await waitUntil(() => $(el, '#f-area option:nth-child(2)'), 'no areas');
    expect($(el, '#month-heading')!.textContent).to.equal('september 2027');
    expect($<HTMLSelectElement>(el, '#f-area')!.value, 'an unknown area').to.equal('');
    expect($<HTMLInputElement>(el, '#f-age')!.value).to.equal('');
    expect($(el, '#f-category'), 'the fixed category became a choice').to.equal(null);
    expect(textOfFilters(el)).to.contain('Kategori: Lovaktivitet');
    expect(el.currentView).to.equal('month');
  });
});

const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const textOfFilters = (el: Element) => el.shadowRoot!.querySelector('[part=filters]')!.textContent!.replace(/\s+/g, ' ');
