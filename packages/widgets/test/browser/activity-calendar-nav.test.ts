// <grannskap-activity-calendar> navigation as calendar users expect it, against the real server: Ctrl+Home/End
// to the month's ends and the "Idag" button. The arrows in right-to-left are measured in languages-rtl.test.ts,
// the month and filters in the page's address in activity-calendar-links.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/grannskap-activity-calendar.js';
import { addMonths, formatMonth, monthOf, todayIn } from '../../src/activity-calendar/dates.js';
import { GrannskapChangeEvent } from '../../src/events/change-event.js';
import { setLocale } from '../../src/shared/localization.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import { API } from './helpers.js';

const today = todayIn('Europe/Stockholm');
const thisMonth = monthOf(today);

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const active = (el: Element): Element | null => el.shadowRoot!.activeElement;
const count = (el: Element): string => $(el, '[part=count]')?.textContent?.trim() ?? '';
const focusedDate = (el: Element): string | undefined => (active(el) as HTMLElement | null)?.dataset['date'];

async function calendar(attrs: Record<string, string> = {}): Promise<GrannskapActivityCalendar> {
  const el = document.createElement('grannskap-activity-calendar');
  el.setAttribute('api-base', API);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await waitUntil(() => /\d+ (aktivitet|activit|نشاط|نشاطات)/.test(count(el)) || $(el, '[role=grid]'), `the calendar never loaded (count: "${count(el)}")`, { timeout: 10000 });
  await el.updateComplete;
  return el;
}

async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

describe('grannskap-activity-calendar: Ctrl+Home and Ctrl+End', () => {
  it('move the focus to the first and the last day of the month shown', async () => {
    const el = await calendar({ month: '2027-02' });
    $<HTMLElement>(el, '[role=gridcell][data-date="2027-02-10"]')!.focus();
    await ctrl('End');
    await waitUntil(() => focusedDate(el) === '2027-02-28', `Ctrl+End: focus on ${focusedDate(el)}`);
    await ctrl('Home');
    await waitUntil(() => focusedDate(el) === '2027-02-01', `Ctrl+Home: focus on ${focusedDate(el)}`);
    // still one tab stop, and the month did not change
    expect(el.shadowRoot!.querySelectorAll('[role=gridcell][tabindex="0"]')).to.have.length(1);
    expect($(el, '#month-heading')!.textContent).to.equal('februari 2027');
  });
});

describe('grannskap-activity-calendar: the "Idag" button', () => {
  afterEach(() => setLocale('sv'));

  it('shows the month of today and moves the grid focus to today', async () => {
    const el = await calendar({ month: addMonths(thisMonth, 3) });
    const changes: string[] = [];
    el.addEventListener(GrannskapChangeEvent.eventName, (e) => changes.push(`${e.detail.reason}:${e.detail.month}`));
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=toolbar] button')].find((b) => b.textContent!.trim() === 'Idag');
    expect(button, 'no "Idag" button in the toolbar').to.not.equal(undefined);
    button!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedDate(el) === today, `focus on ${focusedDate(el)}, expected today ${today}`);
    expect($(el, '#month-heading')!.textContent).to.equal(formatMonth(thisMonth, 'sv'));
    expect(el.shadowRoot!.querySelectorAll('[role=gridcell][tabindex="0"]')).to.have.length(1);
    expect(changes).to.deep.equal([`month:${thisMonth}`]);
    await expect(el).to.be.accessible();
    // in this month already, it still brings the focus back to today
    $<HTMLElement>(el, `[role=gridcell][data-date="${thisMonth}-01"]`)!.focus();
    button!.click();
    await waitUntil(() => focusedDate(el) === today, 'the focus did not go back to today');
  });

  it('is in the visitor\'s language', async () => {
    const el = await calendar({ lang: 'en', month: '2027-03' });
    await waitUntil(() => $(el, '#month-heading')?.textContent === 'March 2027', 'not in English');
    const texts = [...el.shadowRoot!.querySelectorAll('[part=toolbar] button')].map((b) => b.textContent!.trim());
    expect(texts).to.include('Today');
  });
});
