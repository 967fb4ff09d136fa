// <grannskap-on-call> against the real server's configuration (demo data: customer service weekdays
// 08–16, trygghetsjour every evening and night, weekend days and all day on public holidays).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { onCall } from '@grannskap/contract';
import type { Config } from '@grannskap/contract';
import '../../src/grannskap-on-call.js';
import { GrannskapOnCall, OnCallController, renderOnCall } from '../../src/on-call/on-call.js';
import { setLocale } from '../../src/shared/localization.js';
import { API, textOf } from './helpers.js';

let config: Config;
before(async () => {
  const res = await fetch(new URL('v1/config', API));
  config = (await res.json()) as Config;
});

/** A banner at a fixed moment, once its configuration has loaded. */
async function bannerAt(now: string, lang = 'sv'): Promise<GrannskapOnCall> {
  const el = await fixture<GrannskapOnCall>(html`<grannskap-on-call api-base=${API} lang=${lang} .now=${new Date(now)}></grannskap-on-call>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="banner"]:not(.on-call--loading)'), `no banner: ${textOf(el)}`, { timeout: 8000 });
  return el;
}

const phoneHref = (el: GrannskapOnCall) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="phone"]')!.getAttribute('href');

describe('grannskap-on-call', () => {
  afterEach(async () => {
    await setLocale('sv');
  });

  it('is defined by its define module, idempotently', async () => {
    expect(customElements.get('grannskap-on-call')).to.equal(GrannskapOnCall);
    await import('../../src/grannskap-on-call.js');
    expect(customElements.get('grannskap-on-call')).to.equal(GrannskapOnCall);
  });

  it('a weekday at 10:00: customer service until 16.00, as a tel: link with digits only', async () => {
    const el = await bannerAt('2026-12-01T10:00:00+01:00');
    const text = textOf(el);
    expect(text).to.contain('Kundservice svarar just nu:');
    expect(text).to.contain(config.customerService.contact.phone);
    expect(text).to.contain('Till kl. 16.00.');
    expect(text).to.contain('(exempelnummer)');
    expect(phoneHref(el)).to.equal(`tel:${config.customerService.contact.phone.replace(/\D/g, '')}`);
    expect(phoneHref(el)).to.match(/^tel:\d+$/);
    const emergency = el.shadowRoot!.querySelector('[part="emergency"]')!;
    expect(emergency.textContent!.replace(/\s+/g, ' ')).to.contain('Akut fara? Ring 112');
    const hrefs = [...emergency.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:112', 'tel:11414']);
    await expect(el).to.be.accessible();
  });

  it('a weekday evening: the trygghetsjour until 08.00 the next morning', async () => {
    const el = await bannerAt('2026-12-01T19:30:00+01:00');
    expect(textOf(el)).to.contain('Trygghetsjouren svarar just nu:');
    expect(textOf(el)).to.contain('Till onsdag kl. 08.00.');
    expect(phoneHref(el)).to.equal(`tel:${config.trygghetsjour.contact.phone.replace(/\D/g, '')}`);
  });

  it('a Saturday: the trygghetsjour until Monday morning', async () => {
    const el = await bannerAt('2026-11-28T12:00:00+01:00');
    expect(textOf(el)).to.contain('Trygghetsjouren svarar just nu:');
    expect(textOf(el)).to.contain('Till måndag kl. 08.00.');
  });

  it('Good Friday (långfredagen 2026-04-03): the trygghetsjour, through Easter Monday', async () => {
    const el = await bannerAt('2026-04-03T10:00:00+02:00');
    expect(textOf(el)).to.contain('Trygghetsjouren svarar just nu:');
    expect(textOf(el)).to.contain('I dag är det långfredagen.');
    expect(textOf(el)).to.contain('Till tisdag kl. 08.00.');
  });

  it('the Thursday before Good Friday is an ordinary office day', async () => {
    const el = await bannerAt('2026-04-02T10:00:00+02:00');
    expect(textOf(el)).to.contain('Kundservice svarar just nu:');
    expect(textOf(el)).not.to.contain('I dag är det');
  });

  it('midsummer eve (2026-06-19): the trygghetsjour all day, until Monday', async () => {
    const el = await bannerAt('2026-06-19T10:00:00+02:00');
    expect(textOf(el)).to.contain('Trygghetsjouren svarar just nu:');
    expect(textOf(el)).to.contain('I dag är det midsommarafton.');
    expect(textOf(el)).to.contain('Till måndag kl. 08.00.');
  });

  it('the night the clocks go forward (2026-03-29 01:30): Monday 08.00 in summer time', async () => {
    const el = await bannerAt('2026-03-29T01:30:00+01:00');
    expect(textOf(el)).to.contain('Trygghetsjouren svarar just nu:');
    expect(textOf(el)).to.contain('Till måndag kl. 08.00.');
    expect(onCall(config, new Date('2026-03-29T01:30:00+01:00')).until).to.equal('2026-03-30T08:00:00+02:00');
  });

  it('the night the clocks go back (2026-10-25 02:30, both times): Monday 08.00 in winter time', async () => {
    for (const at of ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00']) {
      const el = await bannerAt(at);
      expect(textOf(el), at).to.contain('Trygghetsjouren svarar just nu:');
      expect(textOf(el), at).to.contain('Till måndag kl. 08.00.');
      expect(onCall(config, new Date(at)).until).to.equal('2026-10-26T08:00:00+01:00');
    }
  });

  it('speaks English with lang="en", and passes axe', async () => {
    const el = await bannerAt('2026-12-01T10:00:00+01:00', 'en');
    await waitUntil(() => textOf(el).includes('is answering now'), `still: ${textOf(el)}`);
    expect(textOf(el)).to.contain('Customer service is answering now:');
    expect(textOf(el)).to.contain('Until 16:00.');
    expect(textOf(el)).to.contain('(example number)');
    expect(textOf(el)).to.contain('Acute danger? Call 112');
    await expect(el).to.be.accessible();

    el.now = new Date('2026-11-28T12:00:00+01:00');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Until Monday at 08:00.');
    await expect(el).to.be.accessible();
  });

  it('keeps its shape while the configuration loads, so the page below does not move when it arrives', async () => {
    const original = window.fetch;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await original(input, init);
      if (new URL(input instanceof Request ? input.url : String(input)).pathname === '/v1/config') await released;
      return response;
    };
    // another spelling of the same server: a client of its own, whose configuration is not loaded yet
    const base = API.replace('127.0.0.1', 'localhost');
    try {
      const box = await fixture<HTMLDivElement>(html`<div class="box"><grannskap-on-call api-base=${base} .now=${new Date('2026-12-01T10:00:00+01:00')}></grannskap-on-call><p>Nedanför</p></div>`);
      box.style.inlineSize = '600px';
      const el = box.querySelector('grannskap-on-call')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part="status"]'), 'no loading line');
      const loading = el.shadowRoot!.querySelector('[part="banner"]');
      expect(loading, 'the banner is drawn while loading').to.not.equal(null);
      expect(loading!.querySelector('[role="status"]')!.textContent).to.contain('Laddar');
      expect([...loading!.querySelectorAll('[part="emergency"] a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:11414']);
      await expect(el).to.be.accessible();
      const below = box.querySelector('p')!;
      const before = below.getBoundingClientRect().top;
      release();
      await waitUntil(() => el.shadowRoot!.querySelector('a[part="phone"]'), 'no answer after the configuration');
      const moved = below.getBoundingClientRect().top - before;
      expect(Math.abs(moved), `the text below moved ${moved} px`).to.be.at.most(4);
    } finally {
      release();
      window.fetch = original;
    }
  });

  it('makes its first time-zone formatter while the configuration is on its way, not after it', async () => {
    const original = window.fetch;
    const OriginalFormat = Intl.DateTimeFormat;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const madeWhileHeld: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const config = new URL(input instanceof Request ? input.url : String(input)).pathname === '/v1/config';
      // from the request until its answer is handed over
      if (config) held = true;
      const response = await original(input, init);
      if (config) {
        await released;
        held = false;
      }
      return response;
    };
    Intl.DateTimeFormat = new Proxy(OriginalFormat, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        if (held && args[1]?.timeZone) madeWhileHeld.push(args[1].timeZone);
        return new target(...args);
      },
    });
    // another spelling of the same server: a client of its own, its configuration not loaded yet
    const base = API.replace('127.0.0.1', 'localhost');
    try {
      const el = await fixture<GrannskapOnCall>(html`<grannskap-on-call api-base=${base}></grannskap-on-call>`);
      await waitUntil(() => madeWhileHeld.length > 0, 'no time-zone formatter was made while the configuration was held', { timeout: 4000 });
      expect(madeWhileHeld[0]).to.equal('Europe/Stockholm');
      expect(el.shadowRoot!.querySelector('.on-call--loading'), 'still loading').to.not.equal(null);
      release();
      await waitUntil(() => el.shadowRoot!.querySelector('a[part="phone"]'), 'no answer after the configuration');
    } finally {
      release();
      window.fetch = original;
      Intl.DateTimeFormat = OriginalFormat;
    }
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const el = await bannerAt('2026-04-03T10:00:00+02:00');
    el.style.inlineSize = '320px';
    await el.updateComplete;
    const right = el.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
    }
  });

  it('says plainly when nobody answers, and who answers next and from when', async () => {
    const closed: Config = { ...config, trygghetsjour: { ...config.trygghetsjour, hours: [], holidaysAllDay: false } };
    const at = new Date('2026-11-28T12:00:00+01:00');
    const status = onCall(closed, at);
    expect(status.who).to.equal('none');
    const el = await fixture(html`<div>${renderOnCall(closed, status, at, 'sv')}</div>`);
    const text = el.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Ingen svarar i telefon just nu.');
    expect(text).to.contain('Kundservice svarar från måndag kl. 08.00:');
    expect(el.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal(`tel:${config.customerService.contact.phone.replace(/\D/g, '')}`);
    expect(text).to.contain('Akut fara? Ring 112');
  });

  it('midnight before a public holiday is a boundary when the jour only works holidays', async () => {
    const holidaysOnly: Config = { ...config, trygghetsjour: { ...config.trygghetsjour, hours: [], holidaysAllDay: true } };
    const at = new Date('2026-04-02T17:00:00+02:00');
    const status = onCall(holidaysOnly, at);
    expect(status.who).to.equal('none');
    expect(status.until).to.equal('2026-04-03T00:00:00+02:00');
    const el = await fixture(html`<div>${renderOnCall(holidaysOnly, status, at, 'sv')}</div>`);
    const text = el.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Ingen svarar i telefon just nu.');
    expect(text).to.contain('Trygghetsjouren svarar från midnatt:');
  });
});

/** The banner with a clock that starts just before a boundary and then runs at real speed. */
class ClockedOnCall extends GrannskapOnCall {
  static start = 0;
  // the clock starts at the first render with a configuration, so the banner always begins before the boundary
  private startedAt: number | undefined;
  get controller(): OnCallController {
    return this.onCallClock;
  }
  protected override clock(): number {
    this.startedAt ??= performance.now();
    return ClockedOnCall.start + (performance.now() - this.startedAt);
  }
}
customElements.define('test-clocked-on-call', ClockedOnCall);

describe('grannskap-on-call over a boundary', () => {
  it('switches from customer service to the trygghetsjour by itself when 16.00 passes', async () => {
    ClockedOnCall.start = Date.parse('2026-12-01T15:59:59.400+01:00');
    const el = document.createElement('test-clocked-on-call') as ClockedOnCall;
    el.apiBase = API;
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[part="banner"]:not(.on-call--loading)'), 'no banner', { timeout: 8000 });
      expect(textOf(el)).to.contain('Kundservice svarar just nu:');
      expect(textOf(el)).to.contain('Till kl. 16.00.');
      expect(el.controller.scheduled, 'a timer for the boundary').to.equal(true);
      await waitUntil(() => textOf(el).includes('Trygghetsjouren svarar just nu:'), `still: ${textOf(el)}`, { timeout: 3000 });
      expect(textOf(el)).to.contain('Till onsdag kl. 08.00.');
      expect(el.controller.scheduled, 'a timer for the next boundary').to.equal(true);
    } finally {
      el.remove();
    }
    expect(el.controller.scheduled, 'timer cleared on disconnect').to.equal(false);
  });

  it('sets no timer when `now` is fixed', async () => {
    ClockedOnCall.start = Date.now();
    const el = document.createElement('test-clocked-on-call') as ClockedOnCall;
    el.apiBase = API;
    el.now = new Date('2026-12-01T15:59:59+01:00');
    document.body.append(el);
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[part="banner"]:not(.on-call--loading)'), 'no banner', { timeout: 8000 });
      expect(el.controller.scheduled).to.equal(false);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(textOf(el)).to.contain('Kundservice svarar just nu:');
    } finally {
      el.remove();
    }
  });
});
