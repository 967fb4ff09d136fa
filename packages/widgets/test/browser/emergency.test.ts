// 112 first, always: the report form, the on-call block and the case status show the emergency numbers
// from their first render — while the configuration loads, and when the API cannot be reached — with
// the built-in numbers, replaced by the configured ones when they arrive.
import { expect, fixture, waitUntil } from '@open-wc/testing';
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
    await waitUntil(() => el.shadowRoot!.querySelector('[part="banner"]'), `no banner: ${textOf(el)}`, { timeout: 8000 });
    expect(el.shadowRoot!.querySelectorAll('[part="emergency"]').length).to.equal(1);
    expect(emergencyLinks(el)).to.deep.equal(['tel:112', 'tel:11414']);
  });
});
