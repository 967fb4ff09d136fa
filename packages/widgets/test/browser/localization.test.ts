import { expect, waitUntil } from '@open-wc/testing';
import { LOCALES, getLocale, resolveLocale, setLocale } from '../../src/shared/localization.js';
import { messages } from '../../src/shared/messages.js';
import { templates } from '../../src/locales/en.js';

describe('localization', () => {
  afterEach(async () => {
    await setLocale('sv');
  });

  it('resolves lang values to a locale with a catalogue, Swedish otherwise', () => {
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale('EN-gb')).to.equal('en');
    expect(resolveLocale('sv_FI')).to.equal('sv');
    expect(resolveLocale('')).to.equal('sv');
    expect(resolveLocale(undefined)).to.equal('sv');
    expect(resolveLocale('xx')).to.equal('sv');
    expect(LOCALES).to.deep.equal(['sv', 'en']);
  });

  it('shows Swedish by default and English after setLocale("en")', async () => {
    expect(getLocale()).to.equal('sv');
    expect(messages.retry()).to.equal('Försök igen');
    await setLocale('en');
    expect(getLocale()).to.equal('en');
    expect(messages.retry()).to.equal('Try again');
  });

  it('has an English text for every shared message', async () => {
    await setLocale('en');
    for (const [key, text] of Object.entries(messages)) {
      const english = text();
      expect(english, key).to.be.a('string').and.not.equal('');
      expect(Object.values(templates), `${key} is not in locales/en.ts`).to.include(english);
    }
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
