// A host page that already runs its own Lit (here: Lit from npm, whose Trusted Types policy is `lit-html`)
// loads Grannskap's CDN bundle, which carries a second copy of Lit. Both must work under Trusted Types:
// the CDN copy's policy is renamed to `grannskap` at build time (rollup.config.mjs), so it never asks for
// a second `lit-html` policy, which an enforcing page refuses.
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { API } from './helpers.js';

class HostGreeting extends LitElement {
  override render() {
    return html`<p>Värdsidans egen Lit</p>`;
  }
}
if (!customElements.get('host-greeting')) customElements.define('host-greeting', HostGreeting);

describe('a host page with its own Lit', () => {
  it('refuses a second policy named lit-html (why the CDN copy has its own name)', async () => {
    const probe = window as unknown as { __GRANNSKAP_CSP_PROBE__: boolean };
    const seen: string[] = [];
    const record = (e: SecurityPolicyViolationEvent) => seen.push(e.effectiveDirective);
    probe.__GRANNSKAP_CSP_PROBE__ = true;
    document.addEventListener('securitypolicyviolation', record);
    const el = document.createElement('host-greeting');
    try {
      // The host's Lit created `lit-html` when it first rendered; render once to be sure.
      document.body.append(el);
      await (el as HostGreeting).updateComplete;
      const tt = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
      expect(() => tt.createPolicy('lit-html', { createHTML: (s: string) => s })).to.throw();
      // The violation is reported asynchronously: wait for it before the probe ends.
      await waitUntil(() => seen.includes('trusted-types'), `violations seen: ${seen.join(', ')}`);
    } finally {
      el.remove();
      document.removeEventListener('securitypolicyviolation', record);
      probe.__GRANNSKAP_CSP_PROBE__ = false;
    }
  });

  it('runs the CDN bundle beside it: both render under Trusted Types', async () => {
    const host = document.createElement('host-greeting');
    document.body.append(host);
    await (host as HostGreeting).updateComplete;
    // The built CDN entry, as a partner page loads it (npm run build makes it).
    await import(/* @vite-ignore */ `${new URL('/packages/widgets/cdn/grannskap-on-call.js', location.href).href}`);
    const banner = document.createElement('grannskap-on-call');
    banner.setAttribute('api-base', API);
    document.body.append(banner);
    try {
      await waitUntil(() => (banner.shadowRoot?.textContent ?? '').includes('112'), 'the CDN on-call banner did not render', { timeout: 10_000 });
      expect(host.shadowRoot?.textContent).to.include('Värdsidans egen Lit');
      // Two different classes: the CDN copy did not reuse the host's Lit.
      expect(Object.getPrototypeOf(Object.getPrototypeOf(customElements.get('grannskap-on-call')!))).to.not.equal(LitElement);
    } finally {
      banner.remove();
      host.remove();
    }
  });

  it('runs a second per-widget CDN file beside the first: each its own Lit, one grannskap policy', async () => {
    // Each per-widget file is built alone and carries its own Lit; a second `grannskap` policy would be
    // refused on this page (no 'allow-duplicates'), so the second copy must reuse the first one's.
    const tt = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    const probe = window as unknown as { __GRANNSKAP_CSP_PROBE__: boolean };
    const seen: string[] = [];
    const record = (e: SecurityPolicyViolationEvent) => seen.push(e.effectiveDirective);
    probe.__GRANNSKAP_CSP_PROBE__ = true;
    document.addEventListener('securitypolicyviolation', record);
    try {
      expect(() => tt.createPolicy('grannskap', { createHTML: (s: string) => s }), 'the first CDN file made the policy').to.throw();
      await waitUntil(() => seen.includes('trusted-types'), `violations seen: ${seen.join(', ')}`);
    } finally {
      document.removeEventListener('securitypolicyviolation', record);
      probe.__GRANNSKAP_CSP_PROBE__ = false;
    }
    await import(/* @vite-ignore */ `${new URL('/packages/widgets/cdn/grannskap-case-status.js', location.href).href}`);
    const onCall = customElements.get('grannskap-on-call')!;
    const caseStatus = customElements.get('grannskap-case-status')!;
    const litOf = (c: CustomElementConstructor): unknown => Object.getPrototypeOf(Object.getPrototypeOf(c));
    expect(litOf(caseStatus), 'two files, two copies of the shared code').to.not.equal(litOf(onCall));
    const banner = document.createElement('grannskap-on-call');
    const status = document.createElement('grannskap-case-status');
    for (const el of [banner, status]) {
      el.setAttribute('api-base', API);
      document.body.append(el);
    }
    try {
      await waitUntil(() => (banner.shadowRoot?.textContent ?? '').includes('112'), 'the on-call banner did not render', { timeout: 10_000 });
      // without a link in the page address: its neutral message
      await waitUntil(() => status.shadowRoot?.querySelector('[part="message"]') != null, 'the case status did not render', { timeout: 10_000 });
    } finally {
      banner.remove();
      status.remove();
    }
  });
});
