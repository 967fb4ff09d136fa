// Shared by the widget browser tests. The test runner (web-test-runner.config.mjs) starts the real
// reference server on its own origin and writes its URL into every test page.
import { html, nothing } from 'lit';
import { GrannskapElement } from '../../src/shared/grannskap-element.js';
import type { ApiController } from '../../src/shared/api-controller.js';

declare global {
  interface Window {
    __GRANNSKAP_API__?: string;
    __GRANNSKAP_ADMIN_TOKEN__?: string;
  }
}

/** The real API, on another origin than the test page. */
export const API = window.__GRANNSKAP_API__ ?? '';
if (!API) throw new Error('window.__GRANNSKAP_API__ is not set: run the browser tests through npm run test:browser');

// The calendar keeps the visitor's month, view and filters in the page's address (`grannskap-*`); each test
// starts from an address without them, as a visitor's first visit does.
afterEach(() => {
  const url = new URL(location.href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('grannskap-')) url.searchParams.delete(key);
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
});

/** An origin where nothing listens: port 9 (discard) on loopback refuses connections. */
export const DEAD_API = 'http://127.0.0.1:9/';

/** A test-only widget built on the skeleton: shows the organisation's name once the configuration is there. */
export class TestWidget extends GrannskapElement {
  get controller(): ApiController {
    return this.api;
  }

  override render() {
    const config = this.api.config;
    return html`${this.renderStatus()}${config ? html`<p class="org">${config.organisation.name}</p>` : nothing}`;
  }
}

export const TEST_TAG = 'grannskap-test-widget';
if (!customElements.get(TEST_TAG)) customElements.define(TEST_TAG, TestWidget);

declare global {
  interface HTMLElementTagNameMap {
    'grannskap-test-widget': TestWidget;
  }
}

/** The text a widget shows, whitespace collapsed. */
export const textOf = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Identity checks for SDK clients that never let chai print one: formatting a client object for an
 * assertion message can take the page down, so only a yes/no and a label reach the message.
 */
export function expectSame(actual: unknown, expected: unknown, label: string): void {
  if (actual !== expected) throw new Error(`${label}: expected the same object, got ${describe(actual)} and ${describe(expected)}`);
}
export function expectDifferent(actual: unknown, other: unknown, label: string): void {
  if (actual === other) throw new Error(`${label}: expected different objects, got the same ${describe(actual)}`);
}
export function expectDefined(actual: unknown, label: string): void {
  if (actual === undefined || actual === null) throw new Error(`${label}: expected a value, got ${String(actual)}`);
}
const describe = (value: unknown): string => (value === undefined || value === null ? String(value) : `a ${typeof value}`);

/**
 * Runs `work` with the configuration's answer held until `enough` says the requests a widget should make
 * beside it have gone out (or 5 s have passed), and returns the requests made while it was held. A widget
 * that waited for the configuration's answer before asking would make none of them.
 */
export async function requestsWhileConfigHeld(work: () => Promise<unknown>, enough: (asked: URL[]) => boolean): Promise<URL[]> {
  const original = window.fetch;
  const asked: URL[] = [];
  let held = false;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const safety = setTimeout(() => release(), 5000);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/v1/config') {
      held = true;
      const response = await original(input, init);
      await released;
      held = false;
      return response;
    }
    if (held) asked.push(url);
    if (enough(asked)) release();
    return original(input, init);
  };
  try {
    await work();
  } finally {
    window.fetch = original;
    clearTimeout(safety);
  }
  return asked;
}
