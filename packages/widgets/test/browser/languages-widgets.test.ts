// The stable widgets (on-call, case status, report form) in every language against the real server: the
// texts come from the language's catalogue, API texts are marked with their own lang, axe finds nothing in
// Arabic and Finnish, Arabic is right to left and mirrored (measured), and server field errors are shown
// in the visitor's language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, formatInstant } from '@grannskap/sdk';
import type { ReportReceipt } from '@grannskap/sdk';
import type { Config } from '@grannskap/contract';
import '../../src/grannskap-on-call.js';
import '../../src/grannskap-case-status.js';
import type { GrannskapOnCall } from '../../src/on-call/on-call.js';
import type { GrannskapCaseStatus } from '../../src/case-status/case-status.js';
import { LOCALES, setLocale } from '../../src/shared/localization.js';
import type { Locale } from '../../src/shared/localization.js';
import { templates as en } from '../../src/locales/en.js';
import { templates as fi } from '../../src/locales/fi.js';
import { templates as ar } from '../../src/locales/ar.js';
import { templates as so } from '../../src/locales/so.js';
import { API, textOf } from './helpers.js';
import { $, active, fillToReview, form, ready, simpleCategory, unique } from './report-form-helpers.js';

/** The Swedish source of the texts checked below (the strings in the code). */
const sv: Record<string, string> = {
  'onCall.emergency': 'Akut fara? Ring',
  'onCall.police': 'Brott som inte är akut? Ring polisen på',
  'caseStatus.heading': 'Ditt ärende',
  'caseStatus.history': 'Det här har hänt',
  'caseStatus.status.received': 'Mottagen',
  'caseStatus.status.in_progress': 'Vi arbetar med ärendet',
  'reportForm.step.category': 'Vad vill du anmäla?',
  'reportForm.step.where': 'Var hände det?',
  'field.unknown': 'Vi känner inte igen det här valet. Välj ett av alternativen.',
  'reportForm.next': 'Nästa',
};
const catalogues: Record<Locale, Record<string, unknown>> = { sv, en, fi, ar, so };
/** A placeholder-free text in `locale`. */
const t = (locale: Locale, id: string): string => {
  const value = catalogues[locale][id];
  if (typeof value !== 'string' || !value) throw new Error(`${locale} has no plain text for ${id}`);
  return value;
};
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/;
/** Staff write in whatever language they write in: the API does not say which. */
const STAFF_MESSAGE = 'En elektriker kommer i veckan.';

/** Where a piece of an element's text is drawn (`part` at the start or the end of its text node). */
function rectOf(el: Element, part: string, at: 'start' | 'end'): DOMRect {
  const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(part));
  if (!text) throw new Error(`no "${part}" in "${el.textContent}"`);
  const start = at === 'start' ? text.textContent!.indexOf(part) : text.textContent!.lastIndexOf(part);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + part.length);
  return range.getBoundingClientRect();
}

let config: Config;
let receipt: ReportReceipt;
before(async () => {
  const client = createClient({ baseUrl: API, outbox: false });
  config = await client.config.get();
  const [areas, categories] = await Promise.all([client.areas.list(), client.categories.list()]);
  const category = categories.items.find((c) => c.fields.every((f) => !f.required))!;
  receipt = await client.reports.create({
    category: category.code, area: areas.items[0]!.id, place: 'Gården', occurredAt: formatInstant(new Date(), 'Europe/Stockholm'),
    happeningNow: false, description: 'Det luktar rök i trapphuset.', attachments: [], contact: { anonymous: true }, privacyAccepted: true,
  });
  const admin = createClient({ baseUrl: API, token: window.__GRANNSKAP_ADMIN_TOKEN__ ?? '', outbox: false });
  await admin.admin.reports.setStatus(receipt.reference, { status: 'in_progress', message: STAFF_MESSAGE });
});

// the report form keeps a draft of what was typed; every test starts from an empty form
beforeEach(() => localStorage.clear());
afterEach(async () => {
  await setLocale('sv');
});

/** The banner on a weekday at 10:00 (customer service answers), in `lang`. */
async function banner(lang: Locale): Promise<GrannskapOnCall> {
  const el = await fixture<GrannskapOnCall>(html`<grannskap-on-call api-base=${API} lang=${lang} .now=${new Date('2026-12-01T10:00:00+01:00')}></grannskap-on-call>`);
  // the emergency line shows while the configuration loads; the banner proper follows it
  await waitUntil(() => el.shadowRoot!.querySelector('[part="banner"]:not(.on-call--loading)') && textOf(el).includes(t(lang, 'onCall.emergency')), `no ${lang} banner: ${textOf(el)}`, { timeout: 8000 });
  return el;
}

async function caseStatus(lang: Locale): Promise<GrannskapCaseStatus> {
  const el = await fixture<GrannskapCaseStatus>(html`<grannskap-case-status lang=${lang} api-base=${API} reference=${receipt.reference} token=${receipt.token}></grannskap-case-status>`);
  await waitUntil(() => textOf(el).includes(t(lang, 'caseStatus.history')), `no ${lang} case: ${textOf(el)}`, { timeout: 8000 });
  return el;
}

/** The left and right edges of an element in a shadow root. */
const box = (el: Element, selector: string): DOMRect => {
  const found = el.shadowRoot!.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found.getBoundingClientRect();
};

describe('the stable widgets in every language', function () {
  this.timeout(20_000);
  for (const lang of LOCALES) {
    it(`on-call speaks ${lang}, with the API's contact name in ${lang} when it has one and marked as Swedish when not`, async () => {
      const el = await banner(lang);
      const text = textOf(el);
      expect(text).to.contain(t(lang, 'onCall.police'));
      if (lang !== 'sv') expect(text, 'Swedish left in the banner').not.to.match(/svarar|Till kl|Akut fara/);
      expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      const name = config.customerService.contact.name;
      const marked = el.shadowRoot!.querySelector('.who span[lang]');
      if (name[lang]) {
        expect(text).to.contain(name[lang]!);
        expect(marked, 'a name in the page\'s language needs no lang of its own').to.equal(null);
      } else {
        expect(marked!.getAttribute('lang')).to.equal('sv');
        expect(marked!.getAttribute('dir')).to.equal('ltr');
        expect(marked!.textContent).to.equal(name.sv);
      }
    });

    it(`case status speaks ${lang}, dates in ${lang} with Western digits`, async () => {
      const el = await caseStatus(lang);
      expect(el.shadowRoot!.querySelector('#case-heading')!.textContent).to.equal(t(lang, 'caseStatus.heading'));
      const labels = [...el.shadowRoot!.querySelectorAll('[part="timeline"] .label')].map((l) => l.textContent);
      expect(labels).to.deep.equal([t(lang, 'caseStatus.status.received'), t(lang, 'caseStatus.status.in_progress')]);
      const when = el.shadowRoot!.querySelector('[part="timeline"] time')!.textContent!;
      expect(when).to.match(/\d/);
      expect(when).not.to.match(ARABIC_INDIC);
      expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      // a message of unknown language takes its direction from its own text: Swedish stays left to right
      const message = el.shadowRoot!.querySelector('[part="timeline"] .message')!;
      expect(message.textContent).to.equal(STAFF_MESSAGE);
      expect(getComputedStyle(message).direction).to.equal('ltr');
    });

    it(`report form speaks ${lang}`, async () => {
      const el = await form({ lang });
      await ready(el);
      await waitUntil(() => $(el, '#step-heading .step-title')?.textContent?.trim() === t(lang, 'reportForm.step.category'), `heading: ${$(el, '#step-heading .step-title')?.textContent}`);
      expect($(el, '[part=next]')!.textContent!.trim()).to.equal(t(lang, 'reportForm.next'));
      expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
    });
  }

  it('re-renders when lang changes at runtime, on the widget or on the page, and dir follows', async () => {
    const el = await banner('sv');
    el.lang = 'ar';
    await waitUntil(() => textOf(el).includes(t('ar', 'onCall.emergency')), `still: ${textOf(el)}`);
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    el.removeAttribute('lang');
    document.documentElement.lang = 'fi';
    try {
      await waitUntil(() => textOf(el).includes(t('fi', 'onCall.emergency')), `still: ${textOf(el)}`);
      await el.updateComplete;
      expect(el.getAttribute('dir')).to.equal('ltr');
    } finally {
      document.documentElement.lang = 'sv';
    }
    await waitUntil(() => textOf(el).includes(t('sv', 'onCall.emergency')), `still: ${textOf(el)}`);
  });

  for (const lang of ['ar', 'fi'] as const) {
    it(`axe finds nothing in ${lang === 'ar' ? 'Arabic' : 'Finnish'}: on-call, case status, report form`, async () => {
      await expect(await banner(lang)).to.be.accessible();
      await expect(await caseStatus(lang)).to.be.accessible();
      const el = await form({ lang });
      await ready(el);
      await waitUntil(() => $(el, '#step-heading .step-title')?.textContent?.trim() === t(lang, 'reportForm.step.category'));
      await expect(el).to.be.accessible();
    });
  }
});

describe('Arabic is right to left and mirrored', () => {
  it('on-call: the accent edge and the reading order move to the right', async () => {
    for (const lang of ['sv', 'ar'] as const) {
      const el = await banner(lang);
      const edge = getComputedStyle(el.shadowRoot!.querySelector('[part="banner"]')!);
      const text = box(el, '.who > span');
      const phone = box(el, '[part="phone"]');
      const card = box(el, '[part="banner"]');
      // a phone number keeps its digit groups in order in both directions
      const link = el.shadowRoot!.querySelector('[part="phone"] bdi')!; // the number, isolated inside its link
      const [first, last] = [link.textContent!.slice(0, 3), link.textContent!.slice(-2)];
      expect(rectOf(link, first, 'start').left, `${lang}: "${link.textContent}" drawn out of order`).to.be.lessThan(rectOf(link, last, 'end').left);
      if (lang === 'sv') {
        expect(edge.borderLeftWidth).to.equal('4px');
        expect(edge.borderRightWidth).to.equal('0px');
        expect(text.left, 'text first, from the left').to.be.lessThan(phone.left);
        expect(text.left - card.left).to.be.lessThan(card.right - text.right);
      } else {
        expect(edge.direction).to.equal('rtl');
        expect(edge.borderRightWidth).to.equal('4px');
        expect(edge.borderLeftWidth).to.equal('0px');
        expect(text.right, 'text first, from the right').to.be.greaterThan(phone.right);
        expect(card.right - text.right).to.be.lessThan(text.left - card.left);
      }
      el.remove();
      await setLocale('sv');
    }
  });

  it('report form: Back and Next swap sides', async () => {
    const positions: Record<string, { back: number; next: number }> = {};
    for (const lang of ['sv', 'ar'] as const) {
      const el = await form({ lang });
      await ready(el);
      $<HTMLInputElement>(el, '#kind')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=category]')[(await simpleCategory()).index]!.click();
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await waitUntil(() => $(el, '[part=back]'), 'no Back button on step 2');
      positions[lang] = { back: box(el, '[part=back]').left, next: box(el, '[part=next]').left };
      el.remove();
      await setLocale('sv');
    }
    expect(positions.sv!.back, 'sv: Back left of Next').to.be.lessThan(positions.sv!.next);
    expect(positions.ar!.back, 'ar: Back right of Next').to.be.greaterThan(positions.ar!.next);
  });
});

describe('server field errors in the visitor\'s language', function () {
  // a whole form filled step by step, then a round trip to the server
  this.timeout(30_000);
  for (const lang of ['fi', 'en', 'ar'] as const) {
    it(`a field the server refuses shows its message in ${lang}${lang === 'ar' ? ', and passes axe' : ''}`, async () => {
      const el = await form({ lang, area: 'no-such-area' });
      await fillToReview(el, unique(`Okänt område ${lang}`));
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await waitUntil(() => $(el, '#summary'), `no summary after the server refused: ${textOf(el)}`, { timeout: 10000 });
      expect($(el, '#step-heading .step-title')!.textContent!.trim()).to.equal(t(lang, 'reportForm.step.where'));
      expect($(el, '#area')!.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#area-error')!.textContent!.trim()).to.equal(t(lang, 'field.unknown'));
      expect(textOf(el)).not.to.contain(sv['field.unknown']);
      expect(active(el)?.id).to.equal('summary');
      if (lang === 'ar') await expect(el).to.be.accessible();
    });
  }
});
