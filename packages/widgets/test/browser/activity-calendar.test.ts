// <grannskap-activity-calendar> against the real server (demo data): the month grid by keyboard, the
// dialog and back, the list view, filters compared with the API, fixed filters, holidays, axe, 320 px.
import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { createClient } from '@grannskap/sdk';
import type { OccurrenceQuery } from '@grannskap/contract';
import '../../src/grannskap-activity-calendar.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import { addMonths, isoWeek, lastOfMonth, monthOf, todayIn } from '../../src/activity-calendar/dates.js';
import { GrannskapChangeEvent } from '../../src/events/change-event.js';
import { GrannskapErrorEvent } from '../../src/events/error-event.js';
import { clientContext, configContext } from '../../src/shared/context.js';
import type { GrannskapClient } from '../../src/shared/context.js';
import { setLocale } from '../../src/shared/localization.js';
import { templates as english } from '../../src/locales/en/activity-calendar.js';
import { API, requestsWhileConfigHeld, textOf } from './helpers.js';

const client = createClient({ baseUrl: API, outbox: false });
const TZ = 'Europe/Stockholm';
const today = todayIn(TZ);
const thisMonth = monthOf(today);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const active = (el: Element): Element | null => el.shadowRoot!.activeElement;
const count = (el: Element): string => $(el, '[part=count]')?.textContent?.trim() ?? '';

/** Waits until the month's activities are shown (the count line says how many). */
async function loaded(el: GrannskapActivityCalendar): Promise<void> {
  await waitUntil(() => /\d+ (aktivitet|activit)/.test(count(el)), `the activities never loaded (count: "${count(el)}")`, { timeout: 10000 });
  await el.updateComplete;
}

async function calendar(attrs: string[] = []): Promise<GrannskapActivityCalendar> {
  const el = document.createElement('grannskap-activity-calendar');
  el.setAttribute('api-base', API);
  for (const a of attrs) {
    const [name, value] = a.split('=') as [string, string];
    el.setAttribute(name, value);
  }
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await loaded(el);
  return el;
}

/** The API's occurrences for a whole month and filter. */
async function apiMonth(month: string, filter: Omit<OccurrenceQuery, 'from' | 'to'> = {}) {
  return client.activities.occurrences({ from: `${month}-01`, to: lastOfMonth(month), ...filter });
}

/**
 * A month the demo data fills (it covers this school year and the next, relative to today): the one of the
 * next sportlov, with lovaktiviteter as well as the regular ones.
 */
let BUSY = '';
/** A month (and the year after it) years beyond the demo data. */
const EMPTY = addMonths(thisMonth, 40);
before(async () => {
  const config = await client.config.get();
  BUSY = monthOf(config.schoolHolidays.find((h) => h.code === 'sportlov' && h.start > today)!.start);
});

const shownCount = (el: Element): number => Number(/(\d+)/.exec(count(el))?.[1] ?? NaN);

describe('grannskap-activity-calendar: month grid', () => {
  afterEach(async () => {
    await setLocale('sv');
    await setViewport({ width: 800, height: 600 });
  });

  it('asks for the month while the configuration is still on its way (one round trip less)', async () => {
    const months = (asked: URL[]) => asked.filter((u) => u.pathname === '/v1/occurrences').map((u) => u.searchParams.get('from'));
    const asked = await requestsWhileConfigHeld(() => calendar([`month=${BUSY}`]), (list) => months(list).length > 0);
    expect(months(asked)).to.deep.equal([`${BUSY}-01`]);
  });

  it('shows the month Monday first with ISO week numbers as row headers and today marked', async () => {
    const el = await calendar();
    const grid = $(el, '[role=grid]')!;
    const heads = $$(el, 'thead th').map((th) => th.querySelector('.visually-hidden')?.textContent);
    expect(heads.slice(1)).to.deep.equal(['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']);
    const rows = [...grid.querySelectorAll('tbody tr')];
    for (const row of rows) {
      const first = row.querySelector<HTMLElement>('[role=gridcell]')!.dataset['date']!;
      expect(row.querySelector('th[scope=row]')!.textContent!.trim()).to.equal(`v. ${isoWeek(first)}`);
    }
    const current = $$(el, '[aria-current=date]');
    expect(current).to.have.length(1);
    expect(current[0]!.dataset['date']).to.equal(today);
    // the one tab stop is today
    expect($$(el, '[role=gridcell][tabindex="0"]').map((c) => c.dataset['date'])).to.deep.equal([today]);
    await expect(el).to.be.accessible();
  });

  it('numbers weeks as ISO 8601 does across a year end', () => {
    expect(isoWeek('2026-12-31')).to.equal(53);
    expect(isoWeek('2027-01-03')).to.equal(53);
    expect(isoWeek('2027-01-04')).to.equal(1);
    expect(isoWeek('2027-03-01')).to.equal(9);
  });

  it('moves by day, week, week ends and month with the keyboard, fetching the new month', async () => {
    const el = await calendar(['month=2027-03']);
    const changes: string[] = [];
    el.addEventListener(GrannskapChangeEvent.eventName, (e) => changes.push(`${e.detail.reason}:${e.detail.month}`));
    $<HTMLElement>(el, '[role=gridcell][tabindex="0"]')!.focus();
    const focusedDate = () => (active(el) as HTMLElement | null)?.dataset['date'];
    expect(focusedDate()).to.equal('2027-03-01');
    const press = async (key: string, expected: string) => {
      await sendKeys({ press: key });
      await waitUntil(() => focusedDate() === expected, `${key}: focus on ${focusedDate()}, expected ${expected}`);
      expect($$(el, '[role=gridcell][tabindex="0"]')).to.have.length(1);
    };
    await press('ArrowRight', '2027-03-02');
    await press('ArrowDown', '2027-03-09');
    await press('End', '2027-03-14');
    await press('Home', '2027-03-08');
    await press('ArrowUp', '2027-03-01');
    await press('ArrowLeft', '2027-02-28');
    expect($(el, '#month-heading')!.textContent).to.equal('februari 2027');
    await press('PageDown', '2027-03-28');
    await press('PageDown', '2027-04-28');
    expect($(el, '#month-heading')!.textContent).to.equal('april 2027');
    await loaded(el);
    const api = await apiMonth('2027-04');
    expect(shownCount(el)).to.equal(api.items.length);
    await press('PageUp', '2027-03-28');
    expect(changes).to.deep.equal(['month:2027-02', 'month:2027-03', 'month:2027-04', 'month:2027-03']);
  });

  it('opens the day with Enter and an activity from it, and gives focus back to the day on close', async () => {
    const el = await calendar([`month=${thisMonth}`]);
    const api = await apiMonth(thisMonth);
    const busy = api.items.find((o) => o.key.slice(0, 10) >= today) ?? api.items[0]!;
    const date = busy.key.slice(0, 10);
    const cell = $<HTMLElement>(el, `[data-date="${date}"]`)!;
    cell.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await waitUntil(() => dialog.open, 'the dialog did not open');
    await waitUntil(() => active(el)?.id === 'dialog-title', 'focus did not move into the dialog');
    // the dialog's views load the first time a dialog opens; the title keeps the focus meanwhile and after
    await waitUntil(() => $$(el, 'dialog [data-entry]').length > 0, 'the day did not list its activities');
    await waitUntil(() => active(el)?.id === 'dialog-title', 'focus did not stay on the title once the day was shown');
    const items = $$(el, 'dialog [data-entry]');
    expect(items.length).to.equal(api.items.filter((o) => o.key.startsWith(date)).length);
    await expect(el).to.be.accessible();
    items[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'dialog .facts'), 'no details');
    const dayItems = api.items.filter((o) => o.key.startsWith(date));
    const firstTitle = api.activities.find((a) => a.id === dayItems[0]!.activityId)!.title.sv;
    expect($(el, '#dialog-title')!.textContent).to.equal(firstTitle);
    const text = textOf(el);
    for (const label of ['När', 'Var', 'För vem', 'Arrangör']) expect(text).to.contain(label);
    expect($$(el, 'dialog [data-entry]')).to.have.length(0);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await waitUntil(() => active(el) === cell, 'focus did not return to the day');
  });

  it('shades school holidays and names them in text', async () => {
    const config = await client.config.get();
    const sportlov = config.schoolHolidays.find((h) => h.code === 'sportlov' && h.start > today) ?? config.schoolHolidays[0]!;
    const el = await calendar([`month=${monthOf(sportlov.start)}`]);
    const cell = $<HTMLElement>(el, `[data-date="${sportlov.start}"]`)!;
    expect(cell.classList.contains('holiday')).to.equal(true);
    expect(cell.textContent).to.contain(sportlov.name.sv);
    expect($(el, '.holiday-legend')!.textContent).to.contain(sportlov.name.sv);
  });

  it('shows the month in English with English week labels, and passes axe', async () => {
    const el = await calendar(['lang=en', 'month=2027-03']);
    await waitUntil(() => $(el, '#month-heading')?.textContent === 'March 2027', 'not in English');
    expect($$(el, 'tbody th[scope=row]')[0]!.textContent!.trim()).to.equal('wk 9');
    expect(count(el)).to.match(/activit/);
    await expect(el).to.be.accessible();
  });
});

describe('grannskap-activity-calendar: when the API fails', () => {
  it('says so, fires grannskap-error, and loads on "try again"', async () => {
    let down = true;
    const flaky: GrannskapClient = createClient({
      baseUrl: API,
      retry: 0,
      outbox: false,
      fetch: (input, init) => (down && String(input instanceof Request ? input.url : input).includes('/v1/occurrences') ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const config = await flaky.config.get();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: clientContext, initialValue: flaky });
    new ContextProvider(host, { context: configContext, initialValue: { status: 'ready', config } });
    const el = document.createElement('grannskap-activity-calendar');
    el.month = BUSY;
    const failed = oneEvent(el, GrannskapErrorEvent.eventName);
    host.append(el);
    expect((await failed).detail.code).to.equal('network_error');
    await waitUntil(() => $(el, '.status--error[role=alert]'), 'no error message');
    await expect(el).to.be.accessible();
    down = false;
    $<HTMLButtonElement>(el, '.status--error button')!.click();
    await loaded(el);
    expect(shownCount(el)).to.equal((await apiMonth(BUSY)).items.length);
    expect($(el, '.status--error')).to.equal(null);
  });
});

describe('grannskap-activity-calendar: texts', () => {
  it('has an English text for every message id the calendar uses, and none left over', async () => {
    const modules = ['activity-calendar', 'agenda-list', 'dialog', 'filters', 'ics', 'add-to-calendar', 'labels', 'month-grid', 'registration', 'registration-flow'];
    const ids = new Set<string>();
    for (const m of modules) {
      // the test server hands out the source (compiled to JavaScript, strings intact)
      const source = await (await fetch(new URL(`../../src/activity-calendar/${m}.ts`, import.meta.url))).text();
      for (const [, id] of source.matchAll(/id: ['"](activityCalendar\.[^'"]+)['"]/g)) ids.add(id!);
    }
    assert.isAbove(ids.size, 50, 'the message ids were not found');
    expect([...ids].filter((id) => !(id in english)), 'missing in locales/en/activity-calendar.ts').to.deep.equal([]);
    expect(Object.keys(english).filter((id) => !ids.has(id)), 'not used').to.deep.equal([]);
  });
});

describe('grannskap-activity-calendar: list view and filters', () => {
  afterEach(async () => {
    await setLocale('sv');
    await setViewport({ width: 800, height: 600 });
  });

  it('lists the activities by day and gives focus back to the item after the dialog', async () => {
    const el = await calendar(['view=list', `month=${BUSY}`]);
    const api = await apiMonth(BUSY);
    const days = $$(el, '.agenda-day');
    assert.isAbove(days.length, 0, 'no days listed');
    const firstDay = api.items[0]!.key.slice(0, 10);
    expect(days[0]!.querySelector('h3')!.textContent).to.contain(String(Number(firstDay.slice(8, 10))));
    const item = $<HTMLButtonElement>(el, '[part=item]')!;
    item.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=close]')!.click();
    await waitUntil(() => active(el) === item, 'focus did not return to the list item');
    await expect(el).to.be.accessible();
  });

  it('shows the list and the dialog in English, passes axe, and tells the host about a view change', async () => {
    const el = await calendar(['lang=en', `month=${BUSY}`]);
    await waitUntil(() => /^[A-Z][a-z]+ \d{4}$/.test($(el, '#month-heading')?.textContent ?? ''), 'not in English');
    const change = oneEvent(el, GrannskapChangeEvent.eventName);
    [...$$<HTMLButtonElement>(el, '.view-switch button')].find((b) => b.textContent === 'List')!.click();
    const event = await change;
    expect(event.detail).to.include({ reason: 'view', view: 'list', month: BUSY });
    await waitUntil(() => $(el, '[part=item]'), 'no list');
    expect($(el, '.agenda-date')!.textContent).to.match(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d+ [A-Z][a-z]+ \d{4}$/);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=item]')!.click();
    await waitUntil(() => $(el, 'dialog .facts'));
    for (const label of ['When', 'Where', 'For whom', 'Organiser']) expect(textOf(el)).to.contain(label);
    await expect(el).to.be.accessible();
  });

  it('loads more with a real button', async () => {
    const el = await calendar(['view=list', `month=${BUSY}`]);
    const before = $$(el, '[part=item]').length;
    const more = $<HTMLButtonElement>(el, '[part=more]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part=item]').length > before, 'nothing more was shown');
  });

  it('loads more by itself while the end of the list is in view', async () => {
    // years ahead there are no activities, so the end of the list stays in view until all twelve months are fetched
    const el = await calendar(['view=list', `month=${EMPTY}`]);
    await waitUntil(() => !$(el, '[part=more]'), 'the list did not load on by itself', { timeout: 10000 });
    expect($$(el, '[part=item]')).to.have.length(0);
  });

  it('is a list by default on a narrow element, and the attribute wins', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await calendar([`month=${BUSY}`]);
    await waitUntil(() => $(el, '[part=agenda]'), 'not a list on a narrow screen');
    const fixedView = await calendar([`month=${BUSY}`, 'view=month']);
    expect($(fixedView, '[role=grid]')).to.not.equal(null);
  });

  it('narrows by area, category and age exactly as the API does, and announces the count', async () => {
    const el = await calendar([`month=${BUSY}`]);
    const areas = (await client.areas.list()).items;
    const status = $(el, '[part=count]')!;
    expect(status.getAttribute('role')).to.equal('status');
    const select = async (selector: string, value: string) => {
      const control = $<HTMLSelectElement | HTMLInputElement>(el, selector)!;
      control.value = value;
      const change = oneEvent(el, GrannskapChangeEvent.eventName);
      control.dispatchEvent(new Event('change', { bubbles: true }));
      const event = await change;
      expect(event.detail.reason).to.equal('filter');
      await loaded(el);
    };
    await select('#f-area', areas[1]!.id);
    expect(shownCount(el)).to.equal((await apiMonth(BUSY, { area: areas[1]!.id })).items.length);
    await select('#f-category', 'lovaktivitet');
    expect(shownCount(el)).to.equal((await apiMonth(BUSY, { area: areas[1]!.id, category: 'lovaktivitet' })).items.length);
    await select('#f-area', '');
    await select('#f-age', '10');
    const api = await apiMonth(BUSY, { category: 'lovaktivitet', age: 10 });
    expect(shownCount(el)).to.equal(api.items.length);
    const all = await apiMonth(BUSY);
    assert.isBelow(api.items.length, all.items.length, 'the filter narrowed nothing');
    // what is shown is what the API gave: every occurrence's day cell holds its title
    for (const o of api.items.slice(0, 5)) {
      const title = api.activities.find((a) => a.id === o.activityId)!.title.sv;
      const cell = $(el, `[data-date="${o.key.slice(0, 10)}"]`)!;
      const chips = cell.querySelectorAll('.chip');
      assert.isAbove(chips.length, 0, `no activity shown on ${o.key}`);
      if (!cell.querySelector('.chip--more')) expect(cell.textContent).to.contain(title);
    }
  });

  it('says what to try when nothing matches', async () => {
    // the demo data covers this school year and the next, so a month years ahead is empty
    const el = await calendar([`month=${EMPTY}`]);
    const control = $<HTMLInputElement>(el, '#f-age')!;
    control.value = '10';
    control.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => $(el, '[part=empty]')?.textContent?.includes('ta bort åldern'), 'no empty state with the age suggestion');
    expect(shownCount(el)).to.equal(0);
    expect((await apiMonth(EMPTY, { age: 10 })).items).to.have.length(0);
    expect($(el, '[part=empty]')!.textContent).to.contain('titta i nästa månad');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=empty] button')!.click();
    await waitUntil(() => !$(el, '[part=empty]')?.textContent?.includes('ta bort åldern'), 'the age stayed');
    expect($<HTMLInputElement>(el, '#f-age')!.value).to.equal('');
  });

  it('keeps a filter fixed by an attribute out of the visitor\'s reach', async () => {
    const areas = (await client.areas.list()).items;
    const area = areas[2]!;
    const el = await calendar([`area=${area.id}`, 'categories=omradestraff', `month=${BUSY}`]);
    expect($(el, '#f-area')).to.equal(null);
    expect($(el, '#f-category')).to.equal(null);
    expect($(el, '#f-age')).to.not.equal(null);
    // the areas' names come in their own request, which may answer after the month's activities
    await waitUntil(() => $(el, '[part=filters]')?.textContent?.includes(area.name), `the fixed area is not shown by its name (${$(el, '[part=filters]')?.textContent})`, { timeout: 10000 });
    expect($(el, '[part=filters]')!.textContent).to.contain(area.name);
    expect(shownCount(el)).to.equal((await apiMonth(BUSY, { area: area.id, category: 'omradestraff' })).items.length);
    // the feed links carry the fixed filter
    const feed = $<HTMLAnchorElement>(el, '[part=feed]')!.href;
    expect(new URL(feed).searchParams.get('area')).to.equal(area.id);
    expect(new URL(feed).searchParams.get('category')).to.equal('omradestraff');
  });

  it('with several categories lets the visitor pick only among them', async () => {
    const el = await calendar(['categories=omradestraff,lovaktivitet', `month=${BUSY}`]);
    const options = $$<HTMLOptionElement>(el, '#f-category option').map((o) => o.value);
    expect(options).to.deep.equal(['', 'omradestraff', 'lovaktivitet']);
    const [a, b] = await Promise.all([apiMonth(BUSY, { category: 'omradestraff' }), apiMonth(BUSY, { category: 'lovaktivitet' })]);
    expect(shownCount(el)).to.equal(a.items.length + b.items.length);
    expect(shownCount(el)).to.equal((await apiMonth(BUSY, { categories: 'omradestraff,lovaktivitet' })).items.length);
    // one subscription for both
    const feeds = $$<HTMLAnchorElement>(el, '[part=feed]');
    expect(feeds).to.have.length(1);
    expect(new URL(feeds[0]!.href).searchParams.get('categories')).to.equal('omradestraff,lovaktivitet');
    // the visitor narrows to one of them
    const select = $<HTMLSelectElement>(el, '#f-category')!;
    select.value = 'lovaktivitet';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => shownCount(el) === b.items.length && new URL($<HTMLAnchorElement>(el, '[part=feed]')!.href).searchParams.get('category') === 'lovaktivitet', 'did not narrow to one category');
  });

  it('does not scroll sideways at 320 px in either view', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const view of ['list', 'month']) {
      const el = await calendar([`view=${view}`, `month=${BUSY}`]);
      assert.isAtMost(document.documentElement.scrollWidth, 320, `the page scrolls sideways (${view})`);
      assert.isAtMost(el.scrollWidth, el.clientWidth, `the calendar scrolls sideways (${view})`);
      await expect(el).to.be.accessible();
    }
  });
});
