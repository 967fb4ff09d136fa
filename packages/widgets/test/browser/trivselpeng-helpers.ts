// Shared by the trivselpeng suites (trivselpeng*.test.ts): the real server's configuration, the admin
// API, mounting the form, driving it by keyboard or by values, and reading every kind of browser storage.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { createClient } from '@grannskap/sdk';
import type { AdminTrivselpeng, Config } from '@grannskap/contract';
import '../../src/grannskap-trivselpeng-form.js';
import type { GrannskapTrivselpengForm } from '../../src/trivselpeng-form/trivselpeng-form.js';
import { clientContext, configContext } from '../../src/shared/context.js';
import type { GrannskapClient } from '../../src/shared/context.js';
import { todayIn } from '../../src/shared/local-date.js';
import { API, textOf } from './helpers.js';

export const ADMIN_TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';
export const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
export const publicClient = createClient({ baseUrl: API, outbox: false });

export const unique = (what: string): string => `${what} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

let setup: { config: Config; area: string } | undefined;
/** The real configuration and the first area. */
export async function serverSetup(): Promise<{ config: Config; area: string }> {
  if (setup) return setup;
  const [config, areas] = await Promise.all([publicClient.config.get(), publicClient.areas.list()]);
  setup = { config, area: areas.items[0]!.id };
  return setup;
}

/** The organisation's today (YYYY-MM-DD), and a date some days ahead. */
export const today = (): string => todayIn('Europe/Stockholm');
export const daysAhead = (days: number): string => {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Applications the server stored with this exact title. */
export async function applicationsTitled(title: string): Promise<AdminTrivselpeng[]> {
  const list = await admin.admin.trivselpeng.list({ limit: 200 });
  return list.items.filter((a) => a.activity.title === title);
}

type Form = GrannskapTrivselpengForm;
export const $ = <T extends Element = HTMLElement>(el: Form | Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Form | Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const active = (el: Form | Element): Element | null => el.shadowRoot!.activeElement;
export const heading = (el: Form): string => ($(el, '#step-heading .step-title') ?? $(el, '#step-heading'))?.textContent?.trim() ?? '';

export async function ready(el: Form): Promise<void> {
  await waitUntil(() => $(el, 'input[type=radio]') || $(el, '#step-heading'), `the form did not appear: ${textOf(el)}`, { timeout: 10000 });
}

export async function form(attrs: { lang?: string } = {}): Promise<Form> {
  const { area } = await serverSetup();
  const el = await fixture<Form>(html`<grannskap-trivselpeng-form api-base=${API} area=${area} lang=${attrs.lang ?? 'sv'}></grannskap-trivselpeng-form>`);
  el.minFillTime = 0;
  await ready(el);
  return el;
}

/** Mounts the form inside a context that provides `client` (a client with the test's own fetch). */
export async function formWithClient(client: GrannskapClient): Promise<Form> {
  const config = await client.config.get();
  const { area } = await serverSetup();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: clientContext, initialValue: client });
  new ContextProvider(host, { context: configContext, initialValue: { status: 'ready', config } });
  const el = document.createElement('grannskap-trivselpeng-form');
  el.area = area;
  el.minFillTime = 0;
  host.append(el);
  await ready(el);
  return el;
}

/** Presses Tab until `selector` has focus: a keyboard user's way to a control. */
export async function tabTo(el: Form | Element, selector: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (active(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function nextByKeyboard(el: Form, expectedHeading: string): Promise<void> {
  await tabTo(el, '[part=next]');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => heading(el).includes(expectedHeading), `no step "${expectedHeading}", still: ${heading(el)} ${textOf(el).slice(0, 300)}`);
  await stepLoaded(el);
}

/** The steps after the eligibility questions load when first needed: waits until the step's fields are there. */
export async function stepLoaded(el: Form): Promise<void> {
  await waitUntil(() => !$(el, '#part-status'), 'the step did not load');
}

/** Types a YYYY-MM-DD date into a focused date input, in the segment order of the browser's own locale. */
export async function typeDate(date: string): Promise<void> {
  const [y, m, d] = date.split('-') as [string, string, string];
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2001, 10, 22)))
    .filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day')
    .map((p) => p.type);
  await sendKeys({ type: order.map((t) => (t === 'year' ? y : t === 'month' ? m : d)).join('') });
}

export const input = (el: Form | Element, selector: string, value: string): void => {
  const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector)!;
  if (!control) throw new Error(`no ${selector}`);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
};
export const click = (el: Form | Element, selector: string): void => {
  const target = $<HTMLElement>(el, selector);
  if (!target) throw new Error(`no ${selector}`);
  target.click();
};

/** Clicks Next and waits until the heading is `expected` (or the summary shows when `expected` is omitted). */
export async function next(el: Form, expected?: string): Promise<void> {
  const before = heading(el);
  click(el, '[part=next]');
  if (expected) {
    try {
      await waitUntil(() => heading(el).includes(expected));
    } catch {
      throw new Error(`no step "${expected}", still: ${heading(el)}: ${$(el, '#summary')?.textContent?.replace(/\s+/g, ' ') ?? textOf(el).slice(0, 400)} ${$$<HTMLAnchorElement>(el, '#summary a').map((a) => a.getAttribute('href')).join(' ')}`);
    }
  }
  else await waitUntil(() => heading(el) !== before || $(el, '#summary'), 'Next did nothing');
  await stepLoaded(el);
}

/** Answers every eligibility question yes (by clicks). */
export async function allYes(el: Form): Promise<void> {
  for (const fieldset of $$(el, 'fieldset.question')) fieldset.querySelector<HTMLInputElement>('input')!.click();
  await el.updateComplete;
}

export interface Filled {
  title: string;
  name: string;
  phone: string;
  email: string;
}

/** The organiser step, by values (a fresh person per call). */
export async function fillOrganiser(el: Form, person: Partial<Filled> = {}): Promise<void> {
  input(el, '#name', person.name ?? 'Amina Applicantsson');
  input(el, '#address', 'Fröslundavägen 31');
  input(el, '#phone', person.phone ?? '070-111 22 33');
  input(el, '#email', person.email ?? 'amina@example.com');
  input(el, '#age', '34');
  for (const [i] of $$(el, 'input[id$=-name][id^=co-]').entries()) {
    input(el, `#co-${i + 1}-name`, `Granne ${i + 1}`);
    input(el, `#co-${i + 1}-address`, `Björkgatan ${10 + i}`);
  }
  await el.updateComplete;
}

export async function fillActivity(el: Form, title: string, date: string = daysAhead(14)): Promise<void> {
  input(el, '#title', title);
  input(el, '#description', 'Vi grillar och lär känna varandra.');
  input(el, '#date', date);
  input(el, '#place', 'Gården');
  input(el, '#targetGroup', 'Alla i området');
  input(el, '#participants', '30');
  await el.updateComplete;
}

/** Answers yes, fills every step by values and stops on the review step with both boxes ticked. */
export async function fillToReview(el: Form, title: string, date?: string): Promise<void> {
  await allYes(el);
  await next(el, 'Arrangör');
  await fillOrganiser(el);
  await next(el, 'Aktiviteten');
  await fillActivity(el, title, date);
  await next(el, 'Budget');
  input(el, '#item-1', 'Korv och bröd');
  input(el, '#amount-1', '1 200');
  await next(el, 'Granska');
  click(el, '#privacy');
  click(el, '#truthful');
  await el.updateComplete;
}

/** Every value in localStorage, sessionStorage and every IndexedDB database, as one string. */
export async function everythingStored(): Promise<string> {
  const parts: string[] = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const name of [...db.objectStoreNames]) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name, 'readonly').objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
      parts.push(`${info.name}/${name}: ${JSON.stringify(all)}`);
    }
    db.close();
  }
  return parts.join('\n');
}

export const fieldError = (el: Form, field: string): string => $(el, `#${field}-error`)?.textContent?.trim() ?? '';
export function expectErrorAt(el: Form, field: string, text: string): void {
  const control = $(el, `#${field}`);
  expect(control, `no #${field}`).to.not.equal(null);
  if (field !== 'total') expect(control!.getAttribute('aria-invalid'), `#${field} aria-invalid`).to.equal('true');
  expect(control!.getAttribute('aria-describedby') ?? '', `#${field} describedby`).to.contain(`${field}-error`);
  expect(fieldError(el, field), `message at #${field}`).to.contain(text);
}
