// The parts a widget loads only when first needed (the calendar's dialog, the trivselpeng form's steps
// after the eligibility questions, the report form's checks, address search and photos), as a visitor's Chromium meets them on the demo page (widgets from
// cdn/): when the chunk cannot be fetched, the widget says so in Swedish with a retry, by keyboard, and
// the retry brings the part with the focus where it belongs; nothing answered before is lost. Runs after
// `npm run build` (server from dist, widgets from cdn/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { startServer } from '@grannskap/server';
import type { RunningServer } from '@grannskap/server';
// @ts-expect-error -- a plain .mjs helper without types, shared with the test runner's config
import { findChrome } from '../../scripts/chrome-path.mjs';
import { widgetsReady, type Driver } from './helpers/widget-flows.js';

const CHROME_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];
/** The lazy chunks of the all-in-one file the demo page loads. */
const LAZY_CHUNK = /\/chunks\/grannskap-(dialog-parts|later-steps|later-parts)-[\w-]+\.js$/;
const FAILED = 'Det gick inte att hämta uppgifterna just nu. Försök igen om en stund.';

let dataDir = '';
let api: RunningServer;
let browser: Browser;

before(async () => {
  const chrome = findChrome();
  if (chrome.error) throw new Error(chrome.error);
  dataDir = mkdtempSync(join(tmpdir(), 'grannskap-lazy-'));
  api = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false });
  browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await api?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  /** The lazy chunks' requests that were refused while `blocked` was set. */
  refused: string[];
  blocked: { on: boolean };
  violations: string[];
}

/**
 * The demo page with the lazy chunks refused (a network error) until `blocked.on` is cleared; in a
 * context of its own, so no draft of an earlier test opens a form on a later step.
 */
async function visit(): Promise<Visit> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const refused: string[] = [];
  const violations: string[] = [];
  const blocked = { on: true };
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.text().startsWith('CSP violation')) violations.push(m.text());
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (blocked.on && LAZY_CHUNK.test(new URL(request.url()).pathname)) {
      refused.push(request.url());
      void request.abort('internetdisconnected');
    } else void request.continue();
  });
  await page.goto(`${api.url}/demo/`, { waitUntil: 'load' });
  await widgetsReady(page);
  return { page, refused, blocked, violations };
}

test('the calendar dialog: a failed load says so with a retry that keeps the keyboard focus, and the retry shows the activity', async () => {
  const { page, refused, blocked, violations } = await visit();
  try {
    const failed = await page.evaluate(async () => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-activity-calendar') as HTMLElement & { view: string };
      el.view = 'list';
      await d.until('an activity in the list', () => d.$(el, '[part=item]'));
      d.$(el, '[part=item]')!.focus();
      d.click(el, '[part=item]');
      await d.until('the failed-load message', () => d.$(el, 'dialog [role=alert]'));
      await d.until('the focus on the retry', () => el.shadowRoot!.activeElement?.id === 'part-retry');
      return { open: el.shadowRoot!.querySelector('dialog')!.open, text: d.$(el, 'dialog [role=alert]')!.textContent!.replace(/\s+/g, ' ').trim(), title: d.$(el, '#dialog-title')?.textContent?.trim() };
    });
    assert.ok(refused.length > 0, 'the dialog chunk was never asked for');
    assert.equal(failed.open, true);
    assert.match(failed.text, new RegExp(`^${FAILED} Försök igen$`));
    assert.ok(failed.title, 'the dialog keeps its title (its accessible name) while the part is missing');
    blocked.on = false;
    await page.keyboard.press('Enter');
    const shown = await page.evaluate(async () => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-activity-calendar')!;
      await d.until('the details', () => d.$(el, 'dialog .facts'));
      await d.until('the focus on the title', () => el.shadowRoot!.activeElement?.id === 'dialog-title');
      return { alert: Boolean(d.$(el, 'dialog [role=alert]')) };
    });
    assert.equal(shown.alert, false);
    assert.deepEqual(violations, []);
  } finally {
    await page.browserContext().close();
  }
});

test('the trivselpeng steps: a failed load says so with a retry; after it, the steps work and no answer is lost', async () => {
  const { page, refused, blocked, violations } = await visit();
  try {
    const failed = await page.evaluate(async () => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-trivselpeng-form')!;
      await d.until('the eligibility questions', () => el.shadowRoot!.querySelector('fieldset.question'));
      for (const q of el.shadowRoot!.querySelectorAll('fieldset.question')) q.querySelector<HTMLInputElement>('input')!.click();
      await d.next(el);
      await d.until('the failed-load message', () => d.$(el, '[role=alert] #part-retry'));
      return { heading: d.$(el, '#step-heading .step-title')!.textContent!.trim(), text: d.$(el, '#part-retry')!.parentElement!.textContent!.replace(/\s+/g, ' ').trim() };
    });
    assert.ok(refused.length > 0, 'the steps chunk was never asked for');
    assert.equal(failed.heading, 'Arrangör');
    assert.match(failed.text, new RegExp(`^${FAILED} Försök igen$`));
    blocked.on = false;
    // by keyboard: the retry is a real button
    await page.evaluate(() => document.querySelector('grannskap-trivselpeng-form')!.shadowRoot!.querySelector<HTMLElement>('#part-retry')!.focus());
    await page.keyboard.press('Enter');
    const after = await page.evaluate(async () => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-trivselpeng-form')!;
      await d.until('the organiser fields', () => d.$(el, '#name'));
      await d.until('the focus on the step heading', () => el.shadowRoot!.activeElement?.id === 'step-heading');
      d.input(el, '#name', 'Amina Lazysson');
      d.click(el, '[part=back]');
      await d.until('the questions again', () => el.shadowRoot!.querySelector('fieldset.question'));
      const answered = [...el.shadowRoot!.querySelectorAll('fieldset.question')].every((q) => q.querySelector<HTMLInputElement>('input')!.checked);
      await d.next(el);
      await d.until('the organiser fields again', () => d.$(el, '#name'));
      return { answered, name: (d.$(el, '#name') as HTMLInputElement).value };
    });
    assert.equal(after.answered, true, 'the eligibility answers were lost');
    assert.equal(after.name, 'Amina Lazysson', 'the name typed after the retry was lost');
    assert.deepEqual(violations, []);
  } finally {
    await page.browserContext().close();
  }
});

test('the report form: its checks, which come with the later part, say at "Nästa" that they failed to load; the retry goes on and keeps every answer', async () => {
  const { page, refused, blocked, violations } = await visit();
  try {
    const failed = await page.evaluate(async () => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-report-form')!;
      await d.until('the first step', () => d.$(el, '#kind'));
      d.click(el, '#kind');
      await d.until('categories', () => el.shadowRoot!.querySelector('input[name=category]'));
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=category]')];
      radios[radios.length - 1]!.click();
      await new Promise((r) => setTimeout(r, 50));
      for (const group of el.shadowRoot!.querySelectorAll('fieldset[id^=answer-]')) group.querySelector<HTMLInputElement>('input')?.click();
      // pressed twice: the second press while the part is on its way changes nothing
      d.click(el, '[part=next]');
      d.click(el, '[part=next]');
      await d.until('the failed-load message', () => d.$(el, '[role=alert] #part-retry'));
      return {
        heading: d.$(el, '#step-heading')!.textContent!.replace(/\s+/g, ' ').trim(),
        category: el.shadowRoot!.querySelector<HTMLInputElement>('input[name=category]:checked')?.value,
        text: d.$(el, '#part-retry')!.parentElement!.textContent!.replace(/\s+/g, ' ').trim(),
        focus: el.shadowRoot!.activeElement?.id,
      };
    });
    assert.ok(refused.length > 0, 'the later parts chunk was never asked for');
    assert.match(failed.heading, /^Steg 1 av 6/);
    assert.ok(failed.category, 'the category chosen was lost');
    assert.match(failed.text, new RegExp(`^${FAILED} Försök igen$`));
    assert.equal(failed.focus, 'part-retry', 'the retry did not get the focus');
    blocked.on = false;
    await page.keyboard.press('Enter');
    const after = await page.evaluate(async () => {
      const d = (window as unknown as { __drive: Driver }).__drive;
      const el = document.querySelector('grannskap-report-form')!;
      await d.until('the second step', () => /^Steg 2 av 6/.test(d.$(el, '#step-heading')!.textContent!.trim()));
      await d.until('the focus on the step heading', () => el.shadowRoot!.activeElement?.id === 'step-heading');
      d.click(el, '#now');
      await d.next(el);
      return { heading: d.$(el, '#step-heading')!.textContent!.replace(/\s+/g, ' ').trim(), combobox: d.$(el, '#place')?.getAttribute('role') };
    });
    assert.match(after.heading, /^Steg 3 av 6/, 'the second press skipped a step, or the form did not go on');
    assert.equal(after.combobox, 'combobox');
    assert.deepEqual(violations, []);
  } finally {
    await page.browserContext().close();
  }
});
