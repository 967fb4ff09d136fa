// 112 first, always: the report form, the on-call block and the case status show the emergency numbers
// from their first render — while the configuration loads, and when the API cannot be reached — with
// the built-in numbers, replaced by the configured ones when they arrive.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/grannskap-case-status.js';
import '../../src/grannskap-on-call.js';
import '../../src/grannskap-report-form.js';
import { setLocale } from '../../src/shared/localization.js';
import { API, DEAD_API, textOf } from './helpers.js';

const TAGS = ['grannskap-report-form', 'grannskap-on-call', 'grannskap-case-status'] as const;

const mount = (tag: (typeof TAGS)[number], base: string, lang = 'sv'): Promise<HTMLElement> => {
  const parent = document.createElement('div');
  const el = document.createElement(tag);
  el.setAttribute('api-base', base);
  el.setAttribute('lang', lang);
  parent.append(el);
  return fixture<HTMLElement>(parent).then(() => el);
};

const emergencyLinks = (el: Element): string[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="emergency"] a')].map((a) => a.getAttribute('href') ?? '');

describe('emergency guidance before and without the configuration', () => {
  afterEach(() => setLocale('sv'));

  for (const tag of TAGS) {
    it(`${tag}: 112 and 114 14 from the first render, while loading and when the API cannot be reached`, async () => {
      const el = await mount(tag, DEAD_API);
      // the first render, before the (refused) request has answered
      expect(emergencyLinks(el), textOf(el)).to.deep.equal(['tel:112', 'tel:11414']);
      expect(textOf(el)).to.contain('Akut fara? Ring 112');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="status"][role="alert"]'), `no error: ${textOf(el)}`, { timeout: 8000 });
      expect(emergencyLinks(el), textOf(el)).to.deep.equal(['tel:112', 'tel:11414']);
      expect(textOf(el)).to.contain('Brott som inte är akut? Ring polisen på 114 14');
      await expect(el).to.be.accessible();
    });

    it(`${tag}: the same in Arabic, the numbers isolated left to right`, async () => {
      const el = await mount(tag, DEAD_API, 'ar');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="status"][role="alert"]'), `no error: ${textOf(el)}`, { timeout: 8000 });
      const numbers = [...el.shadowRoot!.querySelectorAll('[part="emergency"] a bdi')].map((b) => b.textContent);
      expect(numbers).to.deep.equal(['112', '114 14']);
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="emergency"] bdi')!).whiteSpace).to.equal('nowrap');
    });
  }

  it('the configured numbers replace the built-in ones, once, in one line', async () => {
    const el = await mount('grannskap-on-call', API);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="banner"]:not(.on-call--loading)'), `no banner: ${textOf(el)}`, { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('[part="emergency"]').length).to.equal(1);
    expect(emergencyLinks(el)).to.deep.equal(['tel:112', 'tel:11414']);
  });
});

describe('the numbers in the tab order once per page', () => {
  /** Tabs through the whole page from its start and says where the focus landed on a tel: link, by widget. */
  async function telStops(): Promise<string[]> {
    const start = document.createElement('button');
    start.textContent = 'start';
    document.body.prepend(start);
    start.focus();
    const stops: string[] = [];
    try {
      for (let i = 0; i < 80; i++) {
        await sendKeys({ press: 'Tab' });
        let el: Element | null = document.activeElement;
        const host = el?.localName ?? '';
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (el === start || el === document.body) break;
        if (el instanceof HTMLAnchorElement && el.href.startsWith('tel:')) stops.push(`${host} ${el.getAttribute('href')}`);
      }
    } finally {
      start.remove();
    }
    return stops;
  }

  it('an on-call banner above a report form and a case status: only the banner\'s numbers are tab stops, and the next widget\'s are once it goes', async () => {
    const page = document.createElement('div');
    for (const tag of ['grannskap-on-call', 'grannskap-report-form', 'grannskap-case-status']) {
      const el = document.createElement(tag);
      el.setAttribute('api-base', API);
      page.append(el);
    }
    await fixture<HTMLElement>(page);
    const [banner, form, status] = [...page.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
    await waitUntil(() => banner!.shadowRoot?.querySelector('[part="phone"]') && form!.shadowRoot?.querySelector('[part="phone"]'), 'the configuration never arrived', { timeout: 8000 });
    const stops = await telStops();
    expect(stops.filter((s) => s.endsWith('tel:112')), 'tel:112 was a tab stop more than once').to.deep.equal(['grannskap-on-call tel:112']);
    // the banner's block (who answers now, 112, the police) is not repeated; the case status's own line to customer service is its content
    const repeated = stops.filter((s) => !s.startsWith('grannskap-on-call ') && (s.startsWith('grannskap-report-form ') || /tel:(112|11414)$/.test(s)));
    expect(repeated, stops.join(', ')).to.deep.equal([]);
    // the others' links are still links, for touch and pointer
    expect(emergencyLinks(form!)).to.deep.equal(['tel:112', 'tel:11414']);
    expect(emergencyLinks(status!)).to.deep.equal(['tel:112', 'tel:11414']);
    banner!.remove();
    await form!.updateComplete;
    const after = await telStops();
    expect(after.filter((s) => s.endsWith('tel:112'))).to.deep.equal(['grannskap-report-form tel:112']);
  });
});
