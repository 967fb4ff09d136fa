import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES, TARGET_LOCALES, dirOf, getLocale, resolveLocale, setLocale } from '../../src/shared/localization.js';
import { messages } from '../../src/shared/messages.js';
import { templates } from '../../src/locales/en.js';
import { templates as fi } from '../../src/locales/fi.js';
import { templates as ar } from '../../src/locales/ar.js';
import { templates as so } from '../../src/locales/so.js';

const catalogues = { en: templates, fi, ar, so };

describe('localization', () => {
  afterEach(async () => {
    await setLocale('sv');
  });

  it('resolves lang values to a locale with a catalogue, Swedish otherwise', () => {
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale('EN-gb')).to.equal('en');
    expect(resolveLocale('sv_FI')).to.equal('sv');
    expect(resolveLocale('fi-FI')).to.equal('fi');
    expect(resolveLocale('ar-SE')).to.equal('ar');
    expect(resolveLocale('AR')).to.equal('ar');
    expect(resolveLocale('so-SO')).to.equal('so');
    expect(resolveLocale('')).to.equal('sv');
    expect(resolveLocale(undefined)).to.equal('sv');
    expect(resolveLocale('xx')).to.equal('sv');
    expect(resolveLocale('de-DE')).to.equal('sv');
    expect(LOCALES).to.deep.equal(['sv', 'en', 'fi', 'ar', 'so']);
    expect(LOCALES.map(dirOf)).to.deep.equal(['ltr', 'ltr', 'ltr', 'rtl', 'ltr']);
  });

  it('shows Swedish by default and English after setLocale("en")', async () => {
    expect(getLocale()).to.equal('sv');
    expect(messages.retry()).to.equal('Försök igen');
    await setLocale('en');
    expect(getLocale()).to.equal('en');
    expect(messages.retry()).to.equal('Try again');
  });

  it('has a text in every language for every shared message', async () => {
    const swedish = Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, text()]));
    for (const locale of TARGET_LOCALES) {
      await setLocale(locale);
      expect(getLocale()).to.equal(locale);
      for (const [key, text] of Object.entries(messages)) {
        const translated = text();
        expect(translated, `${locale} ${key}`).to.be.a('string').and.not.equal('');
        expect(translated, `${locale} ${key} is still Swedish`).to.not.equal(swedish[key]);
        expect(Object.values(catalogues[locale]), `${key} is not in locales/${locale}.ts`).to.include(translated);
      }
    }
  });

  it('ends in the language asked for last, also when a catalogue is still loading', async () => {
    const first = setLocale('ar');
    const second = setLocale('sv');
    await Promise.all([first, second]);
    expect(getLocale()).to.equal('sv');
    expect(messages.retry()).to.equal('Försök igen');
  });
});

describe('the test page', () => {
  it('enforces Trusted Types and forbids inline styles, like a strict-CSP host page', async () => {
    const probe = window as unknown as { __GRANNSKAP_CSP_PROBE__: boolean };
    const seen: string[] = [];
    const record = (e: SecurityPolicyViolationEvent) => seen.push(e.effectiveDirective);
    probe.__GRANNSKAP_CSP_PROBE__ = true;
    document.addEventListener('securitypolicyviolation', record);
    const el = document.createElement('div');
    try {
      expect(() => {
        el.innerHTML = '<b>not trusted</b>';
      }).to.throw(TypeError);
      el.setAttribute('style', 'color: red');
      document.body.append(el);
      await waitUntil(() => seen.some((d) => d.startsWith('style-src')), `violations seen: ${seen.join(', ')}`);
      expect(seen).to.include('require-trusted-types-for');
    } finally {
      el.remove();
      document.removeEventListener('securitypolicyviolation', record);
      probe.__GRANNSKAP_CSP_PROBE__ = false;
    }
  });
});
