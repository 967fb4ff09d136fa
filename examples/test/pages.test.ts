// The demo and the examples, as a visitor's Chromium sees them: every page served by `npm start`
// (housing company, municipality, partner on another origin, staff console, plain HTML, React) loads
// its widgets under its own Content-Security-Policy with zero violations, zero page errors and zero
// failed requests; the partner's calls cross origins for real; the staff console closes the loop of a
// tenant's report. Runs after `npm run build` (server from dist, widgets from cdn/, React bundle).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { partnerSiteRoot, startDemoOutbox, startPartnerSite, startServer, type DemoOutbox } from '@grannskap/server';
import type { PartnerSite, RunningServer } from '@grannskap/server';
import { createClient } from '@grannskap/sdk';
import { dates, fillReport, fillTrivselpeng, installDriver, registerForActivity, sendReport, sendTrivselpeng, typedBy } from './helpers/widget-flows.js';
// @ts-expect-error -- a plain .mjs helper without types, shared with the test runner's config
import { findChrome } from '../../scripts/chrome-path.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const CHROME_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];

let dataDir = '';
let api: RunningServer;
let partner: PartnerSite;
let browser: Browser;
let staffToken = '';
let outbox: DemoOutbox;

before(async () => {
  const chrome = findChrome();
  if (chrome.error) throw new Error(chrome.error);
  dataDir = mkdtempSync(join(tmpdir(), 'grannskap-pages-'));
  let apiUrl = '';
  partner = await startPartnerSite({ root: partnerSiteRoot(), api: () => apiUrl, port: 0 });
  // as `npm start` does: what the server sends is caught, and listed on /demo/outbox/
  outbox = await startDemoOutbox();
  api = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false, corsOrigins: [new URL(partner.url).origin], demoOutbox: outbox });
  apiUrl = api.url;
  staffToken = await api.createAdminToken('pages test');
  browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await partner?.close();
  await api?.close();
  await outbox?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  problems: string[];
  requests: string[];
}

/** Opens `url` and records every CSP violation, page error, console error and failed request. */
async function visit(url: string): Promise<Visit> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  // tsx compiles the functions passed to page.evaluate with esbuild's keep-names helper: give the page one.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    requests.push(r.url());
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems, requests };
}

/** Waits until every grannskap-* element on the page is defined and shows something in its shadow root. */
async function widgetsRendered(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('grannskap-') && e.localName !== 'grannskap-provider');
      return all.length > 0 && all.every((e) => customElements.get(e.localName) && (e.shadowRoot?.textContent ?? '').trim().length > 0 && !e.shadowRoot?.querySelector('.status'));
    },
    { timeout: 20_000 },
  );
  return page.evaluate(() => [...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('grannskap-')));
}

const pages = () => [
  { name: 'housing company', url: `${api.url}/demo/` },
  { name: 'municipality', url: `${api.url}/demo/kommun/` },
  { name: 'partner (another origin)', url: partner.url },
  { name: 'plain HTML example', url: `${api.url}/examples/plain-html/` },
  { name: 'React example', url: `${api.url}/examples/react/` },
];

test('every demo page and example renders its widgets with no CSP violation, error or failed request', async () => {
  for (const { name, url } of pages()) {
    const { page, problems } = await visit(url);
    const tags = await widgetsRendered(page).catch((error: unknown) => {
      throw new Error(`${name}: widgets did not render (${String(error)}); problems: ${problems.join('; ')}`);
    });
    assert.ok(tags.length > 0, `${name}: no widgets`);
    assert.deepEqual(problems, [], `${name}: ${problems.join('\n')}`);
    await page.close();
  }
});

test('the pages are served with a strict Content-Security-Policy that enforces Trusted Types', async () => {
  for (const { name, url } of pages()) {
    const csp = (await fetch(url)).headers.get('content-security-policy') ?? '';
    assert.match(csp, /require-trusted-types-for 'script'/, name);
    assert.match(csp, /script-src 'self'/, name);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, name);
  }
});

test('the partner page calls the API on another origin, allowed by CORS', async () => {
  const { page, requests, problems } = await visit(partner.url);
  await widgetsRendered(page);
  const apiOrigin = new URL(api.url).origin;
  assert.notEqual(new URL(partner.url).origin, apiOrigin);
  assert.ok(requests.some((r) => r.startsWith(`${apiOrigin}/v1/config`)), 'the partner page never asked the API for its configuration');
  assert.deepEqual(problems, []);
  // An origin that is not on the list gets no CORS permission.
  const denied = await fetch(`${api.url}/v1/config`, { headers: { origin: 'http://evil.example' } });
  assert.equal(denied.headers.get('access-control-allow-origin'), null);
  await page.close();
});

test('React receives the elements’ events and drives their attributes', async () => {
  const { page, problems } = await visit(`${api.url}/examples/react/`);
  await widgetsRendered(page);
  // grannskap-ready from the provider set React state (the organisation's name in the heading).
  await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Exempelbostäder'), { timeout: 10_000 });
  await page.click('header button');
  await page.waitForFunction(() => document.querySelector('grannskap-on-call')?.shadowRoot?.textContent?.includes('Acute danger'), { timeout: 10_000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the staff console shows a tenant’s report and its status change reaches the tenant’s status link', async () => {
  const tenant = createClient({ baseUrl: api.url, outbox: false });
  const receipt = await tenant.reports.create({
    category: 'noise', answers: { how_often: 'often' }, area: 'froslunda', occurredAt: new Date().toISOString(), happeningNow: false,
    place: 'Fröslundavägen 12', description: 'Hög musik från lägenheten ovanför, sent på kvällen.', attachments: [], contact: { anonymous: true }, privacyAccepted: true,
  });
  const { page, problems } = await visit(`${api.url}/staff/#token=${staffToken}`);
  // The token left the address bar at once.
  assert.equal(new URL(page.url()).hash, '');
  const button = await page.waitForSelector(`xpath/.//button[contains(., "${receipt.reference}")]`, { timeout: 10_000 });
  await button!.click();
  await page.waitForSelector('#new-status');
  await page.select('#new-status', 'in_progress');
  await page.type('#status-message', 'Vi har pratat med grannen.');
  await page.click('#report-detail form button[type="submit"]');
  await page.waitForFunction(() => document.getElementById('notice')?.textContent?.includes('Pågår'), { timeout: 10_000 });
  const seen = await tenant.cases.get(receipt.reference, receipt.token);
  assert.equal(seen.status, 'in_progress');
  // where the case went: its deliveries in the detail, and every destination's health on the Utskick tab
  await page.waitForFunction(() => (document.getElementById('report-deliveries')?.textContent ?? '').includes('Webhook till demo-inbox'), { timeout: 10_000 });
  await page.click('[data-tab="deliveries"]');
  await page.waitForFunction(() => (document.getElementById('destination-list')?.textContent ?? '').includes('kundservice@bostad.example'), { timeout: 10_000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('axe-core finds no WCAG 2.2 AA violation on any page, light themes and the dark partner theme alike, on a desktop and a phone', async () => {
  const staff = { name: 'staff console', url: `${api.url}/staff/#token=${staffToken}` };
  const sent = { name: 'outbox', url: `${api.url}/demo/outbox/` };
  const staffDeliveries = { name: 'staff console, deliveries tab', url: `${api.url}/staff/#token=${staffToken}` };
  // on a phone, wide content (the demo page's embed code) scrolls sideways and must be reachable by keyboard
  const viewports = [{ width: 800, height: 600 }, { width: 360, height: 740, isMobile: true, hasTouch: true }];
  for (const { name: pageName, url } of [...pages(), staff, staffDeliveries, sent]) for (const viewport of viewports) {
    const name = `${pageName} at ${viewport.width} px`;
    const page = await browser.newPage();
    try {
      await page.setViewport(viewport);
      // axe is injected as a script, which the pages' CSP rightly refuses: bypass it for this visit only.
      await page.setBypassCSP(true);
      await page.goto(url, { waitUntil: 'load' });
      if (pageName === staff.name) await page.waitForSelector('#report-list li', { timeout: 10_000 });
      else if (pageName === staffDeliveries.name) {
        await page.waitForSelector('#report-list li', { timeout: 10_000 });
        await page.click('[data-tab="deliveries"]');
        await page.waitForSelector('#destination-list li', { timeout: 10_000 });
      } else if (pageName === sent.name) await page.waitForFunction(() => document.querySelector('#mail-count')?.textContent !== '', { timeout: 10_000 });
      else await widgetsRendered(page);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      assert.deepEqual(violations, [], `${name}: ${violations.join('\n')}`);
    } finally {
      await page.close();
    }
  }
});

test('one submission per widget succeeds on the demo pages: a report, an application across origins, a registration', async () => {
  const staff = createClient({ baseUrl: api.url, outbox: false, token: staffToken });
  const stamp = Date.now().toString(36);

  // The housing company's page: a report through <grannskap-report-form>.
  {
    // a named report with a photo, through the same in-page flow as the host and fault suites
    const typed = typedBy(`demo${stamp}`);
    const { description } = typed;
    const { page, problems } = await visit(`${api.url}/demo/`);
    await widgetsRendered(page);
    await installDriver(page);
    await fillReport(page, typed);
    await sendReport(page);
    const stored = (await staff.admin.reports.list({ limit: 50 })).items.filter((r) => r.description === description);
    assert.equal(stored.length, 1, 'the report was stored once');
    assert.deepEqual(problems, []);
    await page.close();

    // and the person sees it go out: the staff mail and the signed webhook on /demo/outbox/
    const sent = await visit(`${api.url}/demo/outbox/`);
    const reference = stored[0]!.reference;
    await sent.page.waitForFunction(
      (ref: string) => [...document.querySelectorAll('#mails summary')].some((s) => s.textContent!.includes(ref)) &&
        [...document.querySelectorAll('#webhooks li')].some((li) => li.textContent!.includes(ref) && li.textContent!.includes('Signaturen stämmer')),
      { timeout: 15_000 },
      reference,
    );
    assert.ok(outbox.mails.some((m) => m.text.includes(description)), 'the staff mail carries the description');
    assert.deepEqual(sent.problems, []);
    await sent.page.close();
  }

  // The partner's page, on another origin: a trivselpeng application.
  {
    const title = `Grillkväll ${stamp}`;
    const { page, problems } = await visit(partner.url);
    await widgetsRendered(page);
    await installDriver(page);
    await fillTrivselpeng(page, typedBy(`partner${stamp}`), title, dates().inTwoWeeks);
    await sendTrivselpeng(page);
    const stored = (await staff.admin.trivselpeng.list({ limit: 50 })).items.filter((a) => a.activity.title === title);
    assert.equal(stored.length, 1, 'the application was stored once');
    assert.deepEqual(problems, []);
    await page.close();
  }

  // The municipality's page: a registration for a holiday activity.
  {
    const month = dates().nextMonth;
    const areas = (await staff.areas.list()).items;
    const activity = await staff.admin.activities.create({
      title: { sv: `Lovpyssel ${stamp}` }, description: { sv: 'Vi pysslar.' }, category: 'lovaktivitet', areas: [areas[0]!.id],
      place: { name: 'Träffpunkten' }, start: `${month}-10T13:00`, end: `${month}-10T15:00`, ageMin: 6, ageMax: 12, capacity: 10,
      registration: { required: true }, organiser: { name: 'Fritidsgården' }, languages: ['sv'],
    });
    const { page, problems } = await visit(`${api.url}/demo/kommun/`);
    await widgetsRendered(page);
    await installDriver(page);
    await registerForActivity(page, typedBy(`kommun${stamp}`), month, `Lovpyssel ${stamp}`);
    const registrations = (await staff.admin.activities.registrations(activity.id)).items;
    assert.equal(registrations.length, 1, 'the registration was stored once');
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('the demo page has a language switch with all five languages that switches every widget, Arabic right to left', async () => {
  const { page, problems } = await visit(`${api.url}/demo/`);
  await widgetsRendered(page);
  const picker = await page.evaluate(() => {
    const provider = document.querySelector('grannskap-provider')!;
    return [...provider.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="language"]')].map((b) => b.lang);
  });
  assert.deepEqual(picker, ['sv', 'en', 'fi', 'ar', 'so']);
  for (const lang of ['ar', 'fi', 'so', 'en', 'sv']) {
    await page.evaluate((l) => {
      const provider = document.querySelector('grannskap-provider')!;
      [...provider.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="language"]')].find((b) => b.lang === l)!.click();
    }, lang);
    // every widget inside the provider follows: its lang, its direction, and its text re-rendered
    await page.waitForFunction(
      (l) => {
        const widgets = [...document.querySelectorAll('grannskap-provider *')].filter((el) => el.localName.startsWith('grannskap-') && el.shadowRoot);
        return widgets.length >= 4 && widgets.every((el) => el.getAttribute('dir') === (l === 'ar' ? 'rtl' : 'ltr') && (el.closest('[lang]') as HTMLElement).lang === l);
      },
      { timeout: 10_000 },
      lang,
    );
  }
  assert.deepEqual(problems, [], problems.join('\n'));
  await page.close();
});
