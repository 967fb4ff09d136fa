import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/grannskap-provider.js';
import { GrannskapProvider } from '../../src/provider/provider.js';
import { GrannskapErrorEvent } from '../../src/events/error-event.js';
import { GrannskapReadyEvent } from '../../src/events/ready-event.js';
import { getLocale, setLocale } from '../../src/shared/localization.js';
import { API, DEAD_API, TEST_TAG, TestWidget, expectDefined, expectDifferent, expectSame, textOf } from './helpers.js';

/** The organisation's name straight from the real API, to compare with what the widgets show. */
async function orgName(): Promise<string> {
  const res = await fetch(new URL('v1/config', API));
  expect(res.ok, `GET /v1/config answered ${res.status}`).to.equal(true);
  const body = (await res.json()) as { organisation: { name: string } };
  return body.organisation.name;
}

const ready = (el: TestWidget | GrannskapProvider) =>
  waitUntil(() => (el instanceof TestWidget ? el.controller.state.status : el.state.status) !== 'loading', 'configuration did not load', { timeout: 8000 });

describe('grannskap-provider', () => {
  afterEach(async () => {
    await setLocale('sv');
  });

  it('is defined by its define module, idempotently', async () => {
    expect(customElements.get('grannskap-provider')).to.equal(GrannskapProvider);
    await import('../../src/grannskap-provider.js');
    expect(customElements.get('grannskap-provider')).to.equal(GrannskapProvider);
    expect(document.createElement('grannskap-provider')).to.be.instanceOf(GrannskapProvider);
  });

  it('creates a client for its api-base and loads the real configuration over CORS', async () => {
    expect(new URL(API).origin, 'the API must be another origin than the test page').to.not.equal(location.origin);
    const name = await orgName();
    const el = document.createElement('grannskap-provider');
    el.setAttribute('api-base', API);
    const readyEvent = oneEvent(el, GrannskapReadyEvent.eventName);
    document.body.append(el);
    try {
      const event = await readyEvent;
      expect(event).to.be.instanceOf(GrannskapReadyEvent);
      expect(event.detail.config.organisation.name).to.equal(name);
      expectDefined(el.client, 'provider client');
      expect(el.state.status).to.equal('ready');
      expect(el.config?.organisation.name).to.equal(name);
      expect(el.matches(':state(ready)')).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('shares its client and configuration with a widget inside it through context', async () => {
    const name = await orgName();
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider api-base=${API}><grannskap-test-widget></grannskap-test-widget></grannskap-provider>`);
    const widget = el.querySelector(TEST_TAG)!;
    await ready(widget);
    expect(widget.controller.source).to.equal('provider');
    expectSame(widget.controller.client, el.client, 'widget client');
    expect(widget.controller.state.status).to.equal('ready');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.org')!.textContent).to.equal(name);
    await expect(el).to.be.accessible();
  });

  it('gives every widget inside it the same client', async () => {
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider api-base=${API}>
      <grannskap-test-widget></grannskap-test-widget>
      <section><div><grannskap-test-widget></grannskap-test-widget></div></section>
    </grannskap-provider>`);
    const [a, b] = [...el.querySelectorAll(TEST_TAG)];
    await ready(a!);
    await ready(b!);
    expectDefined(el.client, 'provider client');
    expectSame(a!.controller.client, el.client, 'first widget client');
    expectSame(b!.controller.client, el.client, 'nested widget client');
  });

  it('makes a new client when api-base changes', async () => {
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider api-base=${DEAD_API}><grannskap-test-widget></grannskap-test-widget></grannskap-provider>`);
    const widget = el.querySelector(TEST_TAG)!;
    await ready(widget);
    expect(widget.controller.state.status).to.equal('error');
    const first = el.client;
    el.apiBase = API;
    await waitUntil(() => widget.controller.state.status === 'ready', 'did not switch to the new api-base', { timeout: 8000 });
    expectDifferent(el.client, first, 'client after api-base changed');
    expectSame(widget.controller.client, el.client, 'widget client');
  });

  it('fires grannskap-error with the SDK error code when the API cannot be reached', async () => {
    const el = document.createElement('grannskap-provider');
    el.apiBase = DEAD_API;
    const failed = oneEvent(el, GrannskapErrorEvent.eventName);
    document.body.append(el);
    try {
      const event = await failed;
      expect(event).to.be.instanceOf(GrannskapErrorEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.source).to.equal('grannskap-provider');
      expect(event.detail.code).to.be.a('string').and.not.equal('unknown');
      expect(el.state.status).to.equal('error');
      expect(el.matches(':state(error)')).to.equal(true);
    } finally {
      el.remove();
    }
  });

  it('without api-base it reports no-api-base', async () => {
    const el = document.createElement('grannskap-provider');
    const failed = oneEvent(el, GrannskapErrorEvent.eventName);
    document.body.append(el);
    try {
      expect((await failed).detail.code).to.equal('no-api-base');
      expectSame(el.client, undefined, 'client without api-base');
    } finally {
      el.remove();
    }
  });
});

describe('a widget on its own', () => {
  afterEach(async () => {
    await setLocale('sv');
  });

  it('makes its own client from its own api-base', async () => {
    const name = await orgName();
    const widget = await fixture<TestWidget>(html`<grannskap-test-widget api-base=${API}></grannskap-test-widget>`);
    await ready(widget);
    expect(widget.controller.source).to.equal('own');
    expectDefined(widget.controller.client, 'own client');
    expect(widget.controller.state.status).to.equal('ready');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('.org')!.textContent).to.equal(name);
    await expect(widget).to.be.accessible();
  });

  it('prefers its own api-base to a surrounding provider', async () => {
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider api-base=${DEAD_API}><grannskap-test-widget api-base=${API}></grannskap-test-widget></grannskap-provider>`);
    const widget = el.querySelector(TEST_TAG)!;
    await waitUntil(() => widget.controller.state.status === 'ready', 'own config did not load', { timeout: 8000 });
    expect(widget.controller.source).to.equal('own');
    expectDifferent(widget.controller.client, el.client, 'own client vs provider client');
  });

  it('without api-base or provider shows a Swedish message, and English with lang="en"', async () => {
    const errors: GrannskapErrorEvent[] = [];
    const listener = (e: GrannskapErrorEvent) => errors.push(e);
    document.addEventListener('grannskap-error', listener);
    try {
      const widget = await fixture<TestWidget>(html`<grannskap-test-widget></grannskap-test-widget>`);
      expect(widget.controller.state.status).to.equal('error');
      expect(errors.map((e) => e.detail.code)).to.include('no-api-base');
      expect(getLocale()).to.equal('sv');
      expect(textOf(widget)).to.contain('inte kopplad till någon tjänst');
      await expect(widget).to.be.accessible();

      widget.lang = 'en';
      await waitUntil(() => textOf(widget).includes('not connected to a service'), `still: ${textOf(widget)}`);
      expect(getLocale()).to.equal('en');
      expect(widget.getAttribute('lang')).to.equal('en');
      await expect(widget).to.be.accessible();
    } finally {
      document.removeEventListener('grannskap-error', listener);
    }
  });

  it('follows the provider\'s lang, and falls back to Swedish for a language without a catalogue', async () => {
    const el = await fixture<GrannskapProvider>(html`<grannskap-provider lang="en" api-base=${DEAD_API}><grannskap-test-widget></grannskap-test-widget></grannskap-provider>`);
    const widget = el.querySelector(TEST_TAG)!;
    await ready(widget);
    await waitUntil(() => textOf(widget).includes('could not be loaded'), `still: ${textOf(widget)}`);
    expect(widget.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();

    el.lang = 'xx';
    await waitUntil(() => textOf(widget).includes('Det gick inte att hämta'), `still: ${textOf(widget)}`);
    expect(getLocale()).to.equal('sv');
  });

  it('goes back to Swedish when lang is removed', async () => {
    const widget = await fixture<TestWidget>(html`<grannskap-test-widget lang="en"></grannskap-test-widget>`);
    await waitUntil(() => textOf(widget).includes('not connected'), `still: ${textOf(widget)}`);
    widget.removeAttribute('lang');
    await waitUntil(() => textOf(widget).includes('inte kopplad'), `still: ${textOf(widget)}`);
    expect(getLocale()).to.equal('sv');
  });

  it('asks again when its retry button is pressed', async () => {
    const widget = await fixture<TestWidget>(html`<grannskap-test-widget api-base=${DEAD_API}></grannskap-test-widget>`);
    await ready(widget);
    expect(widget.controller.state.status).to.equal('error');
    await widget.updateComplete;
    const again = oneEvent(widget, GrannskapErrorEvent.eventName);
    widget.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    expect(widget.controller.state.status).to.equal('loading');
    expect((await again).detail.source).to.equal(TEST_TAG);
    expect(widget.controller.state.status).to.equal('error');
  });
});
