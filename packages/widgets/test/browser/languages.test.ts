// Which language a widget shows (its own lang, an ancestor's through shadow roots, the document's,
// Swedish), re-rendering when any of them changes, `dir` for Arabic, and the provider's language picker.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import '../../src/grannskap-provider.js';
import type { GrannskapProvider } from '../../src/provider/provider.js';
import { GrannskapLanguageEvent } from '../../src/events/language-event.js';
import { resolveElementLang } from '../../src/shared/lang.js';
import { renderText } from '../../src/shared/text.js';
import { KNOWN_PROBLEM_CODES, problemMessage } from '../../src/shared/problems.js';
import { PROBLEM_CODES } from '@grannskap/contract';
import { createClient } from '@grannskap/sdk';
import { LANGUAGE_NAMES, LOCALES, getLocale, setLocale } from '../../src/shared/localization.js';
import type { Locale } from '../../src/shared/localization.js';
import { templates as en } from '../../src/locales/en.js';
import { templates as fi } from '../../src/locales/fi.js';
import { templates as ar } from '../../src/locales/ar.js';
import { templates as so } from '../../src/locales/so.js';
import { API, DEAD_API, TEST_TAG, TestWidget, textOf } from './helpers.js';

const SWEDISH_NO_API = 'inte kopplad till någon tjänst';
const catalogues: Record<Exclude<Locale, 'sv'>, Record<string, unknown>> = { en, fi, ar, so };
/** The text of a plain (placeholder-free) catalogue entry. */
const text = (locale: Exclude<Locale, 'sv'>, id: string): string => {
  const value = catalogues[locale][id];
  if (typeof value !== 'string' || !value) throw new Error(`${locale} has no plain text for ${id}`);
  return value;
};
const noApiBase = (locale: Locale): string => (locale === 'sv' ? SWEDISH_NO_API : text(locale, 'common.noApiBase'));

/** A widget without api-base: shows the "not connected" message, in whatever language it resolves to. */
const shows = (widget: Element, locale: Locale) =>
  waitUntil(() => textOf(widget).includes(noApiBase(locale)), `expected ${locale}, still: ${textOf(widget)}`);

/** A component of someone else's whose shadow root holds a widget: `lang` is set on this host only. */
class ShadowHost extends LitElement {
  override render() {
    return html`<section><grannskap-test-widget></grannskap-test-widget></section>`;
  }
}
if (!customElements.get('languages-shadow-host')) customElements.define('languages-shadow-host', ShadowHost);

const documentLang = document.documentElement.lang;

describe('a widget\'s language', () => {
  afterEach(async () => {
    document.documentElement.lang = documentLang;
    await setLocale('sv');
  });

  it('is its own lang, else the nearest ancestor\'s (through shadow roots), else the document\'s, else Swedish', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fi"><p><grannskap-test-widget lang="ar-SE"></grannskap-test-widget><languages-shadow-host lang="so"></languages-shadow-host><grannskap-test-widget id="inherits"></grannskap-test-widget></p></div>`);
    const own = outer.querySelector(TEST_TAG)!;
    const host = outer.querySelector('languages-shadow-host')!;
    await (host as ShadowHost).updateComplete;
    const inShadow = host.shadowRoot!.querySelector(TEST_TAG)!;
    expect(resolveElementLang(own)).to.deep.equal({ lang: 'ar-SE', locale: 'ar', source: 'own' });
    expect(resolveElementLang(inShadow)).to.deep.equal({ lang: 'so', locale: 'so', source: 'ancestor' });
    expect(resolveElementLang(outer.querySelector('#inherits')!)).to.deep.equal({ lang: 'fi', locale: 'fi', source: 'ancestor' });

    outer.removeAttribute('lang');
    expect(resolveElementLang(outer.querySelector('#inherits')!)).to.deep.equal({ lang: documentLang, locale: 'sv', source: 'document' });
    document.documentElement.lang = 'en';
    expect(resolveElementLang(outer.querySelector('#inherits')!)).to.deep.equal({ lang: 'en', locale: 'en', source: 'document' });
    document.documentElement.removeAttribute('lang');
    expect(resolveElementLang(outer.querySelector('#inherits')!)).to.deep.equal({ lang: '', locale: 'sv', source: 'document' });
    // an unsupported language is Swedish, not "keep looking further up"
    outer.setAttribute('lang', 'de');
    expect(resolveElementLang(outer.querySelector('#inherits')!)).to.deep.equal({ lang: 'de', locale: 'sv', source: 'ancestor' });
  });

  it('never writes an empty lang="" on the widget (that would mark its text as an unknown language)', async () => {
    const widget = await fixture<TestWidget>(html`<grannskap-test-widget></grannskap-test-widget>`);
    await widget.updateComplete;
    expect(widget.hasAttribute('lang')).to.equal(false);
    widget.lang = 'fi';
    expect(widget.getAttribute('lang')).to.equal('fi');
    widget.lang = '';
    expect(widget.hasAttribute('lang')).to.equal(false);
  });

  it('follows an ancestor\'s lang, also inside another component\'s shadow root, and re-renders when it changes', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fi"><languages-shadow-host></languages-shadow-host></div>`);
    const host = outer.querySelector<ShadowHost>('languages-shadow-host')!;
    await host.updateComplete;
    const widget = host.shadowRoot!.querySelector(TEST_TAG)!;
    await shows(widget, 'fi');
    expect(getLocale()).to.equal('fi');

    host.setAttribute('lang', 'so');
    await shows(widget, 'so');
    outer.setAttribute('lang', 'en');
    await shows(widget, 'so'); // the nearer ancestor still says Somali
    host.removeAttribute('lang');
    await shows(widget, 'en');
  });

  it('follows the document\'s lang at runtime', async () => {
    const widget = await fixture<TestWidget>(html`<grannskap-test-widget></grannskap-test-widget>`);
    await shows(widget, 'sv');
    document.documentElement.lang = 'fi';
    await shows(widget, 'fi');
    document.documentElement.lang = 'sv-SE';
    await shows(widget, 'sv');
  });

  it('sets dir="rtl" on the widget for Arabic and "ltr" otherwise, and keeps a dir the page set', async () => {
    const widget = await fixture<TestWidget>(html`<grannskap-test-widget lang="ar"></grannskap-test-widget>`);
    await shows(widget, 'ar');
    await widget.updateComplete;
    expect(widget.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(widget.shadowRoot!.querySelector('.status')!).direction).to.equal('rtl');
    widget.lang = 'en';
    await shows(widget, 'en');
    await widget.updateComplete;
    expect(widget.getAttribute('dir')).to.equal('ltr');

    const pinned = await fixture<TestWidget>(html`<grannskap-test-widget lang="ar" dir="ltr"></grannskap-test-widget>`);
    await shows(pinned, 'ar');
    await pinned.updateComplete;
    expect(pinned.getAttribute('dir')).to.equal('ltr');
  });

  it('one language per page: a widget\'s own lang beats an inherited one, and the latest change wins between equals', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div><grannskap-test-widget id="a" lang="en"></grannskap-test-widget><div lang="fi"><grannskap-test-widget id="b"></grannskap-test-widget></div></div>`);
    const a = outer.querySelector<TestWidget>('#a')!;
    const b = outer.querySelector<TestWidget>('#b')!;
    await shows(a, 'en');
    await shows(b, 'en');
    b.lang = 'so';
    await shows(a, 'so');
    a.lang = 'fi';
    await shows(b, 'fi');
    a.remove();
    // the widget that decided is gone: the rest decide again
    await shows(b, 'so');
  });

  it('treats an unsupported lang as Swedish, without an error', async () => {
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('grannskap-error', listener);
    try {
      const widget = await fixture<TestWidget>(html`<grannskap-test-widget lang="de"></grannskap-test-widget>`);
      await shows(widget, 'sv');
      expect(errors.filter((c) => c === 'locale')).to.deep.equal([]);
    } finally {
      document.removeEventListener('grannskap-error', listener);
    }
  });
});

describe('problem codes from the server and the SDK', () => {
  afterEach(async () => {
    await setLocale('sv');
  });

  it('has a message for every problem code of the contract, in every language', async () => {
    expect(KNOWN_PROBLEM_CODES).to.include.members([...PROBLEM_CODES, 'network_error', 'timeout']);
    const swedish = Object.fromEntries(KNOWN_PROBLEM_CODES.map((c) => [c, problemMessage(c)]));
    expect(problemMessage('no_such_code')).to.equal('Något gick fel. Försök igen om en stund.');
    expect(problemMessage(undefined)).to.equal('Något gick fel. Försök igen om en stund.');
    for (const locale of ['en', 'fi', 'ar', 'so'] as const) {
      await setLocale(locale);
      for (const code of KNOWN_PROBLEM_CODES) {
        expect(problemMessage(code), `${locale} ${code}`).to.be.a('string').and.not.equal(swedish[code]);
      }
    }
  });

  it('turns a real server refusal into the visitor\'s language', async () => {
    const client = createClient({ baseUrl: API, outbox: false });
    const error = await client.cases.get('R-2026-999999', 'x'.repeat(32)).then(
      () => undefined,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).to.equal('not_found');
    await setLocale('fi');
    expect(problemMessage(error?.code)).to.equal(text('fi', 'problem.not_found'));
    await setLocale('ar');
    expect(problemMessage(error?.code)).to.equal(text('ar', 'problem.not_found'));
    expect(problemMessage('no_such_code')).to.equal(text('ar', 'problem.generic'));
  });
});

describe('renderText (content from the API)', () => {
  const name = { sv: 'Kundservice', en: 'Customer service', ar: 'خدمة العملاء' };
  const rendered = (value: unknown): HTMLElement => {
    const box = document.createElement('p');
    render(value, box);
    return box;
  };

  it('gives the text in the visitor\'s language as it is, with no lang of its own', () => {
    expect(renderText(name, 'en')).to.equal('Customer service');
    expect(renderText(name, 'sv')).to.equal('Kundservice');
  });

  it('falls back to Swedish, marked lang="sv" dir="ltr", and marks Arabic content dir="rtl"', () => {
    const swedish = rendered(renderText(name, 'so')).querySelector('span')!;
    expect([swedish.lang, swedish.dir, swedish.textContent]).to.deep.equal(['sv', 'ltr', 'Kundservice']);
    const arabic = rendered(renderText({ sv: 'Kundservice', ar: 'خدمة العملاء' }, 'ar'));
    expect(arabic.textContent).to.equal('خدمة العملاء');
    expect(arabic.querySelector('span')).to.equal(null);
    const fallback = rendered(renderText({ sv: 'Kundservice' }, 'ar')).querySelector('span')!;
    expect([fallback.lang, fallback.dir]).to.deep.equal(['sv', 'ltr']);
  });
});

describe('the language picker (<grannskap-provider language-picker>)', () => {
  afterEach(async () => {
    await setLocale('sv');
  });

  const buttons = (el: GrannskapProvider) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="language"]')];

  it('is off by default', async () => {
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider api-base=${DEAD_API}></grannskap-provider>`);
    expect(el.shadowRoot!.querySelector('[part="language-picker"]')).to.equal(null);
  });

  it('lists every language in its own language, marks the current one pressed, and switches the widgets inside', async () => {
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider language-picker><grannskap-test-widget></grannskap-test-widget></grannskap-provider>`);
    const widget = el.querySelector(TEST_TAG)!;
    await shows(widget, 'sv');
    const group = el.shadowRoot!.querySelector('[part="language-picker"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Välj språk');
    expect(buttons(el).map((b) => [b.textContent!.trim(), b.lang])).to.deep.equal(LOCALES.map((l) => [LANGUAGE_NAMES[l], l]));
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'false', 'false']);
    await expect(el).to.be.accessible();

    const chosen = oneEvent(el, GrannskapLanguageEvent.eventName);
    buttons(el)[3]!.click();
    expect((await chosen).detail.lang).to.equal('ar');
    await shows(widget, 'ar');
    expect(el.getAttribute('lang')).to.equal('ar');
    await el.updateComplete;
    expect(buttons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'true', 'false']);
    expect(el.shadowRoot!.querySelector('.picker')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part="language-picker"]')!.getAttribute('aria-label')).to.equal(text('ar', 'common.language'));
    expect(el.hasAttribute('dir'), 'the provider wraps the page\'s content and keeps its direction').to.equal(false);
    expect(widget.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('lets the page take over: a cancelled grannskap-language event changes nothing', async () => {
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider language-picker lang="fi"><grannskap-test-widget></grannskap-test-widget></grannskap-provider>`);
    const widget = el.querySelector(TEST_TAG)!;
    await shows(widget, 'fi');
    el.addEventListener(GrannskapLanguageEvent.eventName, (e) => e.preventDefault(), { once: true });
    buttons(el)[1]!.click();
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('fi');
    expect(textOf(widget)).to.contain(noApiBase('fi'));
  });
});
