// The activity calendar and the trivselpeng form in every language, against the real server (demo data):
// the calendar grid keeps ISO week numbers and Monday-first weeks in every locale and is mirrored in
// Arabic (measured: Monday is the rightmost day), the month arrows and the progress steps swap sides,
// API texts carry their own lang, and axe finds nothing in Arabic and Finnish, dialogs and steps included.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createClient } from '@grannskap/sdk';
import '../../src/grannskap-activity-calendar.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import { isoWeek, monthOf, todayIn } from '../../src/activity-calendar/dates.js';
import { LOCALES, dirOf, getLocale, setLocale } from '../../src/shared/localization.js';
import type { Locale } from '../../src/shared/localization.js';
import { API, textOf } from './helpers.js';
import { form as trivselpengForm, allYes, next, fillOrganiser, fillActivity } from './trivselpeng-helpers.js';
import { form as reportForm, ready as reportReady } from './report-form-helpers.js';

const client = createClient({ baseUrl: API, outbox: false });
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const rect = (el: Element, selector: string): DOMRect => {
  const found = $(el, selector);
  if (!found) throw new Error(`no ${selector}`);
  return found.getBoundingClientRect();
};

/** A month the demo data fills: the next sportlov's, with activities in Swedish and English. */
let BUSY = '';
before(async () => {
  const config = await client.config.get();
  const today = todayIn('Europe/Stockholm');
  BUSY = monthOf(config.schoolHolidays.find((h) => h.code === 'sportlov' && h.start > today)!.start);
});

async function calendar(lang: Locale, view: 'month' | 'list' = 'month'): Promise<GrannskapActivityCalendar> {
  const el = document.createElement('grannskap-activity-calendar');
  el.apiBase = API;
  el.month = BUSY;
  el.view = view;
  el.lang = lang;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await waitUntil(() => /\d/.test($(el, '[part=count]')?.textContent ?? ''), `the activities never loaded: ${textOf(el).slice(0, 200)}`, { timeout: 10000 });
  // the count has digits in every language, so also wait for the catalogue and the direction to switch
  await waitUntil(() => getLocale() === lang && el.getAttribute('dir') === dirOf(lang), `${lang} was never applied`, { timeout: 10000 });
  await el.updateComplete;
  return el;
}

beforeEach(async () => {
  await setViewport({ width: 1000, height: 800 });
  localStorage.clear();
});
afterEach(async () => {
  await setLocale('sv');
  await setViewport({ width: 800, height: 600 });
});

describe('the calendar grid in every language', function () {
  this.timeout(20_000);
  for (const lang of LOCALES) {
    it(`${lang}: ISO week numbers and Monday-first weeks, Western digits${lang === 'ar' ? ', Monday rightmost' : ', Monday leftmost'}`, async () => {
      const el = await calendar(lang);
      expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const rows = $$(el, '[role=grid] tbody tr');
      expect(rows.length).to.be.within(4, 6);
      for (const row of rows) {
        const cells = [...row.querySelectorAll<HTMLElement>('[role=gridcell]')];
        expect(cells).to.have.length(7);
        // Monday first: the first cell of every week is a Monday, the last a Sunday
        expect(new Date(`${cells[0]!.dataset['date']}T12:00:00Z`).getUTCDay()).to.equal(1);
        expect(new Date(`${cells[6]!.dataset['date']}T12:00:00Z`).getUTCDay()).to.equal(0);
        const week = row.querySelector('th[scope=row]')!.textContent!;
        expect(week).to.contain(String(isoWeek(cells[0]!.dataset['date']!)));
        expect(week).not.to.match(ARABIC_INDIC);
        // mirrored in Arabic: Monday's cell is right of Sunday's, and the week number right of both
        const [monday, sunday, weekHeader] = [cells[0]!.getBoundingClientRect(), cells[6]!.getBoundingClientRect(), row.querySelector('th')!.getBoundingClientRect()];
        if (lang === 'ar') {
          expect(monday.x, 'ar: Monday right of Sunday').to.be.greaterThan(sunday.x);
          expect(weekHeader.x, 'ar: week number rightmost').to.be.greaterThan(monday.x);
        } else {
          expect(monday.x, `${lang}: Monday left of Sunday`).to.be.lessThan(sunday.x);
          expect(weekHeader.x, `${lang}: week number leftmost`).to.be.lessThan(monday.x);
        }
      }
      const heads = $$(el, 'thead th');
      expect(heads).to.have.length(8);
      const [mondayHead, sundayHead] = [heads[1]!.getBoundingClientRect(), heads[7]!.getBoundingClientRect()];
      if (lang === 'ar') expect(mondayHead.x).to.be.greaterThan(sundayHead.x);
      else expect(mondayHead.x).to.be.lessThan(sundayHead.x);
      expect($(el, '[role=grid]')!.textContent).not.to.match(ARABIC_INDIC);
    });
  }

  it('the month arrows swap sides in Arabic, and each points away from the month heading', async () => {
    for (const lang of ['sv', 'ar'] as const) {
      const el = await calendar(lang);
      const [prev, next] = $$(el, '.month-nav button');
      const heading = rect(el, '#month-heading');
      const [p, n] = [prev!.getBoundingClientRect(), next!.getBoundingClientRect()];
      // each arrow is drawn as written (‹ previous, › next, never mirrored by the text direction) and turned
      // round in right-to-left, where previous is on the right: so it points away from the heading
      for (const [button, mark] of [[prev!, '‹'], [next!, '›']] as const) {
        const arrow = button.querySelector('.arrow')!;
        expect(arrow.textContent).to.equal(mark);
        expect(getComputedStyle(arrow).direction).to.equal('ltr');
        expect(getComputedStyle(arrow).transform).to.equal(lang === 'ar' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
      }
      if (lang === 'sv') {
        expect(p.right).to.be.at.most(heading.left);
        expect(n.left).to.be.at.least(heading.right);
      } else {
        expect(p.left).to.be.at.least(heading.right);
        expect(n.right).to.be.at.most(heading.left);
      }
      el.remove();
      await setLocale('sv');
    }
  });
});

describe('API texts in the calendar and the forms carry their own lang', function () {
  this.timeout(20_000);

  it('an activity title with an English text is plain in English, marked lang="sv" dir="ltr" in Arabic', async () => {
    const month = await client.activities.occurrences({ from: `${BUSY}-01`, to: `${BUSY}-28` });
    const both = month.activities.find((a) => a.title.en && !a.title.ar)!;
    expect(both, 'no demo activity with an English title').to.not.equal(undefined);
    const titleIn = (el: Element, text: string) => $$(el, '.agenda-title').find((t) => t.textContent!.includes(text));
    const en = await calendar('en', 'list');
    await waitUntil(() => titleIn(en, both.title.en!), `no "${both.title.en}" in English`, { timeout: 10000 });
    expect(titleIn(en, both.title.en!)!.querySelector('[lang]')).to.equal(null);
    en.remove();
    await setLocale('sv');
    const ar = await calendar('ar', 'list');
    await waitUntil(() => titleIn(ar, both.title.sv), `no "${both.title.sv}" in Arabic`, { timeout: 10000 });
    const marked = titleIn(ar, both.title.sv)!.querySelector('span[lang]')!;
    expect(marked.getAttribute('lang')).to.equal('sv');
    expect(marked.getAttribute('dir')).to.equal('ltr');
    expect(marked.textContent).to.equal(both.title.sv);
    // the area names in the filter are Swedish place names: their options say so
    for (const option of $$<HTMLOptionElement>(ar, '#f-area option[value]:not([value=""])')) expect(option.lang).to.equal('sv');
  });

  it('report form and trivselpeng form: category names, rules and areas are marked Swedish in Arabic', async () => {
    const report = await reportForm({ lang: 'ar' });
    await reportReady(report);
    $<HTMLInputElement>(report, '#kind')!.click();
    await report.updateComplete;
    const names = $$(report, 'input[name=category] + span');
    expect(names.length).to.be.greaterThan(0);
    for (const name of names) {
      const marked = name.querySelector('span[lang]');
      if (marked) expect([marked.getAttribute('lang'), marked.getAttribute('dir')]).to.deep.equal(['sv', 'ltr']);
      else expect(name.textContent).not.to.match(/[åäö]/i); // an Arabic name from the API needs no mark
    }
    report.remove();
    await setLocale('sv');

    const form = await trivselpengForm({ lang: 'ar' });
    const legends = $$(form, 'fieldset.question legend');
    expect(legends.length).to.be.greaterThan(0);
    for (const legend of legends) {
      const marked = legend.querySelector('span[lang]');
      if (marked) expect(marked.getAttribute('lang')).to.equal('sv');
    }
    await allYes(form);
    await next(form);
    await fillOrganiser(form);
    await next(form);
    for (const option of $$<HTMLOptionElement>(form, '#area option[value]:not([value=""])')) expect(option.lang).to.equal('sv');
  });
});

describe('the trivselpeng form is mirrored in Arabic', function () {
  this.timeout(20_000);
  it('progress steps run from the right, and Back/Next swap sides', async () => {
    const positions: Record<string, { first: number; second: number; back: number; next: number }> = {};
    for (const lang of ['sv', 'ar'] as const) {
      const el = await trivselpengForm({ lang });
      await allYes(el);
      await next(el);
      const steps = $$(el, '.progress-step');
      expect(steps.length).to.be.greaterThan(2);
      positions[lang] = {
        first: steps[0]!.getBoundingClientRect().x,
        second: steps[1]!.getBoundingClientRect().x,
        back: rect(el, '[part=back]').x,
        next: rect(el, '[part=next]').x,
      };
      el.remove();
      await setLocale('sv');
    }
    expect(positions.sv!.first, 'sv: step 1 left of step 2').to.be.lessThan(positions.sv!.second);
    expect(positions.ar!.first, 'ar: step 1 right of step 2').to.be.greaterThan(positions.ar!.second);
    expect(positions.sv!.back).to.be.lessThan(positions.sv!.next);
    expect(positions.ar!.back).to.be.greaterThan(positions.ar!.next);
  });
});

describe('axe in Arabic and Finnish: the calendar and the trivselpeng form, dialogs and steps', function () {
  this.timeout(40_000);
  for (const lang of ['ar', 'fi'] as const) {
    it(`${lang}: calendar grid, list, a day's dialog, an activity's details and its registration form`, async () => {
      const el = await calendar(lang);
      await expect(el).to.be.accessible();
      const busyCell = $$<HTMLElement>(el, '[role=gridcell].busy')[0]!;
      busyCell.click();
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      await waitUntil(() => dialog.open && $(el, 'dialog [data-entry]'), 'the day dialog did not open');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, 'dialog [data-entry]')!.click();
      await waitUntil(() => $(el, 'dialog .facts'), 'no details');
      await expect(el).to.be.accessible();
      const register = $<HTMLButtonElement>(el, '[part=register]');
      if (register) {
        register.click();
        await waitUntil(() => $(el, '#c-name'), 'no registration form');
        // the form with its errors shown
        $<HTMLButtonElement>(el, '[part=submit]')!.click();
        await waitUntil(() => $(el, '#summary'), 'no error summary');
        await expect(el).to.be.accessible();
      }
      $<HTMLButtonElement>(el, '[part=close]')!.click();
      await waitUntil(() => !dialog.open, 'the dialog did not close');
      el.remove();
      await setLocale('sv');
      const list = await calendar(lang, 'list');
      await expect(list).to.be.accessible();
    });

    it(`${lang}: trivselpeng eligibility, organiser, activity and budget steps (with errors), and review`, async () => {
      const el = await trivselpengForm({ lang });
      await expect(el).to.be.accessible();
      await allYes(el);
      await next(el);
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await waitUntil(() => $(el, '#summary'), 'no error summary');
      await expect(el).to.be.accessible();
      await fillOrganiser(el);
      await next(el);
      await expect(el).to.be.accessible();
      await fillActivity(el, `Axe ${lang} ${Date.now()}`);
      await next(el);
      await expect(el).to.be.accessible();
      const amount = $<HTMLInputElement>(el, '#amount-1')!;
      amount.value = '٢٠٠';
      amount.dispatchEvent(new Event('input', { bubbles: true }));
      const item = $<HTMLInputElement>(el, '#item-1')!;
      item.value = 'Korv';
      item.dispatchEvent(new Event('input', { bubbles: true }));
      await next(el);
      await expect(el).to.be.accessible();
    });
  }
});
