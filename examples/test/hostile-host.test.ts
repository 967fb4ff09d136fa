// Issue 8, the host page as an adversary (Chromium): a stranger's site on its own origin embeds the widgets
// from the real server and does what hosts do: a strict Content-Security-Policy with Trusted Types, its
// own Lit, aggressive global CSS, and (from the server's side) hostile text in every field the server
// provides. Every widget flow must still finish with zero CSP violations, legible text, inert hostile
// text, requests only to the API, no cookies, and no personal data left in the browser's storage.
// Runs after `npm run build` (server from dist, widgets from dist and cdn/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { startServer } from '@grannskap/server';
import type { RunningServer } from '@grannskap/server';
import { createClient } from '@grannskap/sdk';
// @ts-expect-error -- a plain .mjs helper without types, shared with the test runner's config
import { findChrome } from '../../scripts/chrome-path.mjs';
import { recordFigures } from '../../packages/server/test/helpers/figures.js';
import { FIXTURES, buildHostBundles, copyCdn } from './helpers/host-bundles.js';
import { startHostSite } from './helpers/host-site.js';
import { dumpStorage, findIn, storageKeys } from './helpers/storage-dump.js';
import type { StorageDump } from './helpers/storage-dump.js';
import type { HostPage, HostSite } from './helpers/host-site.js';
import { PAYLOADS, startHostileServer } from './helpers/hostile-data.js';
import type { HostileServer } from './helpers/hostile-data.js';
import { caseShown, fillTrivselpeng, sendTrivselpeng, dates, fillReport, onCallShown, registerForActivity, sendReport, typedBy, widgetsReady } from './helpers/widget-flows.js';
import type { Typed } from './helpers/widget-flows.js';

const CHROME_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run',
];
const FULL = process.env.GRANNSKAP_VERIFY === 'full';

/** Exactly the policy of issue 8; `trustedTypes` is the list of allowed policy names. */
const hostCsp = (apiOrigin: string, trustedTypes: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${apiOrigin}`,
    "img-src 'self' blob: data:",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');

/**
 * The least a host must allow for the widgets, as docs/embedding.md lists it: where the scripts come
 * from, the API for data, blob: for photo previews, and the Lit policy names under Trusted Types.
 */
const minimalCsp = (apiOrigin: string, trustedTypes: string): string =>
  ["default-src 'none'", "script-src 'self'", `connect-src ${apiOrigin}`, 'img-src blob:', "require-trusted-types-for 'script'", `trusted-types ${trustedTypes}`].join('; ');

let tmp = '';
let api: RunningServer;
let host: HostSite;
let browser: Browser;
let staffToken = '';
let apiUrl = '';

/** The per-widget CDN files, provider first, as a page with several of them lists them. */
const PER_WIDGET_FILES = ['provider', 'on-call', 'report-form', 'activity-calendar', 'trivselpeng-form', 'case-status'];

const pagesOf = (apiOrigin: string): Record<string, HostPage> => ({
  // npm: the host bundles the widgets with its own (single) Lit, whose policy is `lit-html`
  '/npm.html': { scripts: ['/app/npm-entry.js'], csp: hostCsp(apiOrigin, 'lit-html') },
  // CDN: the host's own Lit (here Lit 2, an older major version) beside Grannskap's CDN file, which
  // carries a second Lit whose policy is named `grannskap`
  '/cdn.html': { scripts: ['/own/host-element-lit2.js', '/cdn/grannskap.js'], csp: hostCsp(apiOrigin, 'lit-html grannskap') },
  '/npm-minimal.html': { scripts: ['/app/npm-entry.js'], csp: minimalCsp(apiOrigin, 'lit-html'), noIcon: true },
  '/cdn-minimal.html': { scripts: ['/own/host-element-lit2.js', '/cdn/grannskap.js'], csp: minimalCsp(apiOrigin, 'lit-html grannskap'), noIcon: true },
  // every per-widget CDN file on one page: each built alone, with its own copy of Lit, the SDK and the shared
  // code, so the widgets work together only through page-global registries (SDK groups, writes, context keys)
  '/cdn-entries.html': {
    scripts: ['/own/host-element.js', ...PER_WIDGET_FILES.map((w) => `/cdn/grannskap-${w}.js`)],
    csp: hostCsp(apiOrigin, 'lit-html grannskap'),
  },
  // GRANNSKAP_VERIFY=full: the other bundle for each root size
  '/reset-10px-npm.html': { scripts: ['/app/npm-entry.js'], styles: ['/css/root-10px.css'], csp: hostCsp(apiOrigin, 'lit-html') },
  '/reset-24px-cdn.html': { scripts: ['/own/host-element.js', '/cdn/grannskap.js'], styles: ['/css/root-24px.css'], csp: hostCsp(apiOrigin, 'lit-html grannskap') },
  '/reset-10px.html': { scripts: ['/own/host-element-lit2.js', '/cdn/grannskap.js'], styles: ['/css/root-10px.css'], csp: hostCsp(apiOrigin, 'lit-html grannskap') },
  '/reset-24px.html': { scripts: ['/app/npm-entry.js'], styles: ['/css/root-24px.css'], csp: hostCsp(apiOrigin, 'lit-html') },
});

before(async () => {
  const chrome = findChrome();
  if (chrome.error) throw new Error(chrome.error);
  tmp = mkdtempSync(join(tmpdir(), 'grannskap-hostile-host-'));
  const [bundles, cdn] = await Promise.all([buildHostBundles(join(tmp, 'bundles')), copyCdn(join(tmp, 'cdn'))]);
  const body = await readFile(join(FIXTURES, 'widgets.html'), 'utf8');
  const pages: Record<string, HostPage> = {};
  host = await startHostSite({ body, pages, api: () => apiUrl, folders: { '/app/': bundles.app, '/own/': bundles.own, '/cdn/': cdn, '/css/': FIXTURES } });
  api = await startServer({ dataDir: join(tmp, 'data'), demo: true, port: 0, logger: false, rateLimit: false, corsOrigins: [host.origin] });
  apiUrl = api.url;
  Object.assign(pages, pagesOf(new URL(api.url).origin));
  staffToken = await api.createAdminToken('hostile host test');
  browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: CHROME_FLAGS });
});

after(async () => {
  await browser?.close();
  await host?.close();
  await api?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  /** CSP violations (from `securitypolicyviolation` events and Chrome's own console lines). */
  violations: string[];
  /** Page errors, console errors and failed or refused requests. */
  problems: string[];
  requests: { url: string; type: string }[];
  /** Responses that tried to set a cookie. */
  setCookies: string[];
}

/** Opens `url` in a fresh incognito context (no storage or cookies from earlier visits). */
async function visit(url: string): Promise<Visit> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const violations: string[] = [];
  const problems: string[] = [];
  const requests: Visit['requests'] = [];
  const setCookies: string[] = [];
  // tsx compiles the functions passed to page.evaluate with esbuild's keep-names helper: give the page one.
  // (A host page's Trusted Types do not cover evaluateOnNewDocument's scripts, which DevTools runs.)
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.exposeFunction('__reportViolation', (line: string) => void violations.push(line));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __reportViolation: (s: string) => void }).__reportViolation(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    }, true);
  });
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warn') return;
    if (/Content Security Policy|Trusted Type/i.test(m.text())) violations.push(`console: ${m.text()}`);
    else if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('request', (r) => void requests.push({ url: r.url(), type: r.resourceType() }));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    if (r.headers()['set-cookie']) setCookies.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, violations, problems, requests, setCookies };
}

/** Waits for every widget to render; when they do not, says what the page saw. */
const ready = (v: Visit) =>
  widgetsReady(v.page).catch(async (error: unknown) => {
    const states = await v.page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('grannskap-')).map((e) => `${e.localName}: ${(e.shadowRoot?.textContent ?? '(no shadow root)').replace(/\s+/g, ' ').slice(0, 120)}`),
    );
    throw new Error(`${v.page.url()}: the widgets did not render (${String(error)}); widgets: ${states.join(' | ')}; violations: ${v.violations.join('; ')}; problems: ${v.problems.join('; ')}`);
  });

const close = (v: Visit) => v.page.browserContext().close();

/** An activity with registration next month, made through the admin API for the calendar flow. */
async function activityToRegisterFor(title: string): Promise<void> {
  const staff = createClient({ baseUrl: api.url, outbox: false, token: staffToken });
  const areas = (await staff.areas.list()).items;
  const { nextMonth } = dates();
  await staff.admin.activities.create({
    title: { sv: title }, description: { sv: 'Vi pysslar med pärlor och papper.' }, category: 'lovaktivitet', areas: [areas[0]!.id],
    place: { name: 'Träffpunkten' }, start: `${nextMonth}-12T13:00`, end: `${nextMonth}-12T15:00`, ageMin: 6, ageMax: 12, capacity: 20,
    registration: { required: true }, organiser: { name: 'Fritidsgården' }, languages: ['sv'],
  });
}

interface FlowRun {
  flows: string[];
  typed: Typed;
  visits: Visit[];
  /** Storage while the report form and then the application were filled in, before sending (drafts). */
  drafts: StorageDump[];
  /** Storage after each flow had finished, by flow. */
  storage: { after: string; dump: StorageDump }[];
}

/**
 * Runs every widget flow on one host page: the on-call banner, a report with a photo and contact
 * details, the case status of that report through its link, a trivselpeng application and a
 * registration found by browsing the calendar. Each flow finishes on the widget's receipt.
 */
async function everyFlow(path: string, stamp: string): Promise<FlowRun> {
  const typed = typedBy(stamp);
  const flows: string[] = [];
  const storage: FlowRun['storage'] = [];
  const done = async (flow: string) => {
    flows.push(flow);
    storage.push({ after: flow, dump: await dumpStorage(page) });
  };
  const { inTwoWeeks, nextMonth } = dates();
  const activity = `Pärlpyssel ${stamp}`;
  await activityToRegisterFor(activity);

  const first = await visit(`${host.url}${path.slice(1)}`);
  const { page } = first;
  await ready(first);
  assert.match(await onCallShown(page), /112/);
  await done('on-call banner');
  await fillReport(page, typed);
  const drafts = [await dumpStorage(page)];
  const statusLink = await sendReport(page);
  await done('report with photo');
  await fillTrivselpeng(page, typed, `Grillkväll ${stamp}`, inTwoWeeks);
  drafts.push(await dumpStorage(page));
  await sendTrivselpeng(page);
  await done('trivselpeng application');
  await registerForActivity(page, typed, nextMonth, activity);
  await done('calendar browse and registration');

  // The status link the receipt gave leads back to this host page, where the case-status widget reads it.
  const link = new URL(statusLink);
  assert.equal(link.origin, host.origin, 'the status link points at the host page');
  await page.goto(statusLink, { waitUntil: 'load' });
  await ready(first);
  const caseText = await caseShown(page, link.searchParams.get('ref')!);
  assert.match(caseText, /Ditt ärende/);
  await done('case-status lookup');
  return { flows, typed, visits: [first], drafts, storage };
}

const violationsOf = (run: FlowRun) => [...new Set(run.visits.flatMap((v) => v.violations))];
const problemsOf = (run: FlowRun) => [...new Set(run.visits.flatMap((v) => v.problems))];

test('a host page with the strict policy of issue 8 runs every widget flow with zero CSP violations (npm bundle, the CDN file, the per-widget CDN files together)', async () => {
  const figures: Record<string, number | string> = {};
  let flowsRun = 0;
  let violationCount = 0;
  let ok = false;
  try {
    const setups: [string, string][] = [
      ['/npm.html', 'npm'], ['/cdn.html', 'cdn'], ['/npm-minimal.html', 'npm, minimal policy'], ['/cdn-minimal.html', 'cdn, minimal policy'],
      ['/cdn-entries.html', 'cdn per-widget entries'],
    ];
    for (const [path, setup] of setups) {
      const run = await everyFlow(path, `${setup.slice(0, 3)}${Date.now().toString(36)}`);
      const violations = violationsOf(run);
      flowsRun += run.flows.length;
      violationCount += violations.length;
      figures[`${setup}: flows`] = run.flows.length;
      figures[`${setup}: violations`] = violations.length;
      // One Lit on the npm page (the bundler shared the host's), two on the CDN page (the host's and Grannskap's),
      // and on the per-widget page the host's and one in each widget file (each is built alone, rollup.config.mjs).
      const lits = await run.visits[0]!.page.evaluate(() => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions ?? []);
      figures[`${setup}: Lit copies on the page`] = lits.length;
      const expectedLits = setup.startsWith('npm') ? 1 : path === '/cdn-entries.html' ? 1 + PER_WIDGET_FILES.length : 2;
      assert.equal(lits.length, expectedLits, `${setup}: Lit copies ${JSON.stringify(lits)}`);
      assert.deepEqual(violations, [], `${setup}: ${violations.join('\n')}`);
      assert.deepEqual(problemsOf(run), [], `${setup}: ${problemsOf(run).join('\n')}`);
      assert.equal(run.flows.length, 5);
      await close(run.visits[0]!);
    }
    ok = true;
  } finally {
    recordFigures('host-csp', 'Host page with a strict CSP and Trusted Types: zero violations', 'examples/test/hostile-host.test.ts (Chromium, host on its own origin, npm bundle and CDN file)', { 'flows run': flowsRun, violations: violationCount, ...figures }, ok);
  }
});

/** The smallest text and the controls that cannot be seen, across every widget's shadow root. */
const legibility = (page: Page) =>
  page.evaluate(() => {
    const roots: ShadowRoot[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && el.localName.startsWith('grannskap-')) {
          roots.push(el.shadowRoot);
          collect(el.shadowRoot);
        }
      }
    };
    collect(document);
    let smallest = Infinity;
    let smallestText = '';
    const hidden: string[] = [];
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && Number(style.opacity) > 0 && box.width > 0 && box.height > 0;
    };
    // visually-hidden text is for screen readers (1px clip), and a file input is reached through its label
    const forScreenReaders = (el: Element) => el.closest('.visually-hidden') !== null;
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        if (forScreenReaders(el) || el.getClientRects().length === 0) continue;
        const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent!.trim()).join('');
        if (text) {
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < smallest) [smallest, smallestText] = [size, `${el.localName}: ${text.slice(0, 40)}`];
        }
        if (el.matches('input, select, textarea, button, a[href], label') && !shown(el)) hidden.push(`${(root.host as Element).localName} ${el.localName}#${el.id}`);
      }
    }
    return { widgets: roots.length, smallest, smallestText, hidden };
  });

const MIN_FONT_PX = 12;

test('a host page with its own Lit and aggressive global CSS: the report flow finishes and every widget stays legible', async () => {
  const figures: Record<string, number | string> = {};
  let flows = 0;
  let smallest = Infinity;
  let ok = false;
  const paths = ['/reset-10px.html', '/reset-24px.html', ...(FULL ? ['/reset-10px-npm.html', '/reset-24px-cdn.html'] : [])];
  try {
    for (const path of paths) {
      const v = await visit(`${host.url}${path.slice(1)}`);
      await ready(v);
      const lits = await v.page.evaluate(() => (window as unknown as { litHtmlVersions?: string[] }).litHtmlVersions ?? []);
      assert.ok(await v.page.evaluate(() => document.querySelector('host-badge')?.shadowRoot?.textContent?.includes('Värdsidans egen Lit')), `${path}: the host's own Lit component did not render`);
      const before = await legibility(v.page);
      await fillReport(v.page, typedBy(`css${Date.now().toString(36)}`));
      const review = await legibility(v.page);
      await sendReport(v.page);
      flows++;
      const least = Math.min(before.smallest, review.smallest);
      smallest = Math.min(smallest, least);
      figures[`${path.slice(1, -5)}: Lit versions`] = lits.join(' + ');
      figures[`${path.slice(1, -5)}: smallest font px`] = least;
      // the 10px page's host runs Lit 2 beside Grannskap's Lit 3: another major version on one page
      if (path === '/reset-10px.html') assert.ok(lits.some((l) => l.startsWith('2.')) && lits.some((l) => l.startsWith('3.')), `${path}: Lit versions ${JSON.stringify(lits)}`);
      assert.equal(before.widgets, 6, `${path}: widgets with a shadow root (the provider and five widgets)`);
      assert.ok(least >= MIN_FONT_PX, `${path}: text at ${least}px (${before.smallest < review.smallest ? before.smallestText : review.smallestText})`);
      assert.deepEqual([...before.hidden, ...review.hidden], [], `${path}: controls with no size or hidden`);
      assert.deepEqual(v.violations, [], `${path}: ${v.violations.join('\n')}`);
      assert.deepEqual(v.problems, [], `${path}: ${v.problems.join('\n')}`);
      await close(v);
    }
    ok = true;
  } finally {
    recordFigures('host-lit-css', 'Host page with another Lit and aggressive CSS: widgets work and stay legible', 'examples/test/hostile-host.test.ts (host on Lit 2 or 3 beside the CDN file; `* { all: unset }`, `!important` on controls, root font 10px and 24px)', { pages: paths.length, flows, 'smallest font px': smallest, ...figures }, ok);
  }
});

/**
 * Watches the page while the flows run (every 40 ms and on every DOM change in a shadow root): which
 * payloads appear as literal text, and every sign that one became markup — an element with an event-handler
 * attribute, a script, an iframe or an image from `x` inside a widget, or a `javascript:` link.
 */
const watchForInjection = (page: Page, payloads: readonly string[]) =>
  page.evaluate((list: readonly string[]) => {
    const w = window as unknown as { __seen: Set<string>; __injected: Set<string>; __watch: () => void };
    w.__seen = new Set();
    w.__injected = new Set();
    const scan = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          const text = el.shadowRoot.textContent ?? '';
          for (const p of list) if (text.includes(p)) w.__seen.add(p);
          scan(el.shadowRoot);
        }
        const tag = `${(el.getRootNode() as ShadowRoot).host?.localName ?? 'document'} ${el.localName}`;
        for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) w.__injected.add(`${tag}[${attr}]`);
        if (root !== document && el.matches('script, iframe, img[src="x"], svg[onload]')) w.__injected.add(tag);
        if (el instanceof HTMLAnchorElement && el.protocol === 'javascript:') w.__injected.add(`${tag} href=${el.getAttribute('href')}`);
      }
    };
    w.__watch = () => scan(document);
    setInterval(w.__watch, 40);
  }, payloads);

const injectionSeen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __seen: Set<string>; __injected: Set<string>; __watch: () => void; __pwned?: unknown };
    w.__watch();
    return { seen: [...w.__seen], injected: [...w.__injected], pwned: w.__pwned !== undefined };
  });

/** Opens the first activity of the calendar's list, so its description, place and organiser render. */
const openFirstActivity = (page: Page) =>
  page.evaluate(async () => {
    const el = document.querySelector('grannskap-activity-calendar') as HTMLElement & { view: string };
    el.view = 'list';
    const end = Date.now() + 15_000;
    let item: HTMLButtonElement | null = null;
    while (!(item = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=item]'))) {
      if (Date.now() > end) throw new Error('no activity in the list');
      await new Promise((r) => setTimeout(r, 25));
    }
    item.click();
    while (!el.shadowRoot!.querySelector('dialog[open]')) {
      if (Date.now() > end) throw new Error('the activity did not open');
      await new Promise((r) => setTimeout(r, 25));
    }
  });

test('hostile text in every field the server provides stays text: nothing runs, the payloads show literally', async () => {
  const hostileSite = { url: '' };
  let hostile: HostileServer | undefined;
  let site: HostSite | undefined;
  let seeded = 0;
  let sentinel = 0;
  const seenAll = new Set<string>();
  let ok = false;
  try {
    const body = await readFile(join(FIXTURES, 'widgets.html'), 'utf8');
    // No policy at all: hostile text that turned into markup would run here, so this page proves it does not.
    site = await startHostSite({ body, pages: { '/plain.html': { scripts: ['/app/npm-entry.js'] } }, api: () => hostileSite.url, folders: { '/app/': join(tmp, 'bundles', 'app') } });
    hostile = await startHostileServer(join(tmp, 'hostile-data'), { port: 0, logger: false, rateLimit: false, corsOrigins: [site.origin] });
    hostileSite.url = hostile.server.url;
    seeded = hostile.fields;
    // A case whose category and area are hostile, and a staff message that is too.
    const token = await hostile.server.createAdminToken('hostile text test');
    const staff = createClient({ baseUrl: hostile.server.url, outbox: false, token });
    const category = (await staff.categories.list()).items.find((c) => c.fields.every((f) => !f.required))!;
    const area = (await staff.areas.list()).items[0]!;
    const receipt = await staff.reports.create({
      category: category.code, answers: {}, area: area.id, occurredAt: new Date().toISOString(), happeningNow: false,
      place: PAYLOADS[0], description: PAYLOADS[1], attachments: [], contact: { anonymous: true }, privacyAccepted: true,
    });
    await staff.admin.reports.setStatus(receipt.reference, { status: 'in_progress', message: PAYLOADS[2] });
    // An activity to register for, made by staff with hostile text too (its form links to the privacy URL).
    const { nextMonth } = dates();
    const title = `${PAYLOADS[4]} ${Date.now().toString(36)}`;
    await staff.admin.activities.create({
      title: { sv: title }, description: { sv: PAYLOADS[5] }, category: 'lovaktivitet', areas: [area.id],
      place: { name: PAYLOADS[3] }, start: `${nextMonth}-12T13:00`, end: `${nextMonth}-12T15:00`, ageMin: 6, ageMax: 12, capacity: 20,
      registration: { required: true }, organiser: { name: PAYLOADS[0] }, languages: ['sv'],
    });

    const v = await visit(`${site.url}plain.html?ref=${receipt.reference}&token=${receipt.token}`);
    await ready(v);
    await watchForInjection(v.page, PAYLOADS);
    await caseShown(v.page, receipt.reference);
    await onCallShown(v.page);
    await openFirstActivity(v.page);
    await fillReport(v.page, typedBy(`x${Date.now().toString(36)}`));
    await sendReport(v.page);
    await fillTrivselpeng(v.page, typedBy(`y${Date.now().toString(36)}`), 'Grillkväll', dates().inTwoWeeks);
    await sendTrivselpeng(v.page);
    await registerForActivity(v.page, typedBy(`z${Date.now().toString(36)}`), nextMonth, title);
    const result = await injectionSeen(v.page);
    for (const p of result.seen) seenAll.add(p);
    if (result.pwned) sentinel++;
    assert.equal(result.pwned, false, 'window.__pwned was set');
    assert.deepEqual(result.injected, [], 'hostile text became markup');
    assert.deepEqual(PAYLOADS.filter((p) => !result.seen.includes(p)), [], 'payloads that never showed as literal text');
    assert.deepEqual(v.problems, [], v.problems.join('\n'));
    await close(v);
    ok = true;
  } finally {
    recordFigures('host-hostile-text', 'Hostile server text is rendered inert', 'examples/test/hostile-host.test.ts (config, areas, categories, activities and a staff message rewritten in the real store; page without CSP)', { 'fields seeded': seeded, payloads: PAYLOADS.length, 'payloads shown literally': seenAll.size, 'sentinel set count': sentinel }, ok);
    await site?.close();
    await hostile?.server.close();
  }
});

/** What the design lets the browser keep: drafts (localStorage) and the outbox (IndexedDB `grannskap`). */
// a form's draft, the receipt it keeps after sending (reference and status link; checked for personal data below like the rest), the outbox
const ALLOWED_STORAGE = /^(local:grannskap:draft:[a-z-]+(:receipt)?|idb:grannskap\/outbox)$/;

/**
 * The personal data a tenant typed, as it may be stored (phone also as digits only). The report's
 * description and place are not personal by design: a draft keeps them across a reload (report-form
 * DRAFT_KEYS) until the report is sent, when the draft is removed; name, phone, e-mail, address and
 * co-organisers never reach a draft (PERSONAL_KEYS), and the outbox is empty once a write went through.
 */
const personalOf = (t: Typed) => [t.name, t.phone, t.phone.replace(/\D/g, ''), t.email, t.address, t.coOrganiser, t.child];
const draftOnlyOf = (t: Typed) => [t.description, t.place];

test('requests go only to the API and the host page, no cookies are set, and storage holds drafts and the outbox without personal data', async () => {
  const figures: Record<string, number | string> = {};
  let requests = 0;
  let foreign = 0;
  let cookies = 0;
  let personalHits = 0;
  const keys = new Set<string>();
  let ok = false;
  try {
    for (const [path, setup] of [['/npm.html', 'npm'], ['/cdn.html', 'cdn']] as const) {
      const run = await everyFlow(path, `${setup}s${Date.now().toString(36)}`);
      const v = run.visits[0]!;
      const apiOrigin = new URL(api.url).origin;

      // Requests: the API for data, the host's own origin for the page, its scripts and styles only.
      const strange = v.requests.filter((r) => {
        if (/^(data|blob):/.test(r.url)) return false;
        const origin = new URL(r.url).origin;
        if (origin === apiOrigin) return false;
        return origin !== host.origin || !['document', 'script', 'stylesheet'].includes(r.type);
      });
      requests += v.requests.length;
      foreign += strange.length;
      assert.ok(v.requests.some((r) => r.url.startsWith(`${apiOrigin}/v1/attachments`)), `${setup}: the photo never went to the API`);
      assert.deepEqual(strange.map((r) => `${r.type} ${r.url}`), [], `${setup}: requests elsewhere`);

      // Cookies: none on either origin, none offered by any response.
      const jar = await v.page.cookies(host.url, api.url);
      cookies += jar.length + v.setCookies.length;
      assert.deepEqual(jar, [], `${setup}: cookies`);
      assert.deepEqual(v.setCookies, [], `${setup}: responses with Set-Cookie`);

      // Storage: only drafts and the outbox, at every point; personal data in none of them.
      const dumps = [...run.drafts.map((dump, i) => ({ after: `${['report', 'application'][i]} filled in, not sent`, dump })), ...run.storage];
      for (const { after: when, dump } of dumps) {
        for (const key of storageKeys(dump)) keys.add(key);
        assert.deepEqual(storageKeys(dump).filter((k) => !ALLOWED_STORAGE.test(k)), [], `${setup}, after ${when}: storage outside drafts and the outbox`);
        assert.equal(dump.cookie, '', `${setup}, after ${when}: document.cookie`);
        const hits = personalOf(run.typed).flatMap((p) => findIn(dump, p).map((where) => `${where}: ${p}`));
        personalHits += hits.length;
        assert.deepEqual(hits, [], `${setup}, after ${when}: personal data stored`);
      }
      // The drafts did hold what they are meant to hold (so the search above looked in the right place) …
      assert.ok(findIn(run.drafts[0]!, run.typed.description).length > 0, `${setup}: the report's draft did not hold its description`);
      assert.ok(storageKeys(run.drafts[1]!).some((k) => k.startsWith('local:grannskap:draft:') && k !== 'local:grannskap:draft:report-form'), `${setup}: the application kept no draft`);
      // … and nothing of it is left once the report is sent; the outbox is empty after writes that went through.
      for (const { after: when, dump } of run.storage) {
        assert.deepEqual(draftOnlyOf(run.typed).flatMap((p) => findIn(dump, p)), [], `${setup}, after ${when}: the sent report's draft is still stored`);
        assert.deepEqual(dump.indexedDB['grannskap/outbox'] ?? [], [], `${setup}, after ${when}: the outbox is not empty`);
      }
      figures[`${setup}: requests`] = v.requests.length;
      assert.deepEqual(problemsOf(run), [], problemsOf(run).join('\n'));
      await close(v);
    }
    ok = true;
  } finally {
    recordFigures('host-requests-storage', 'Requests only to the API origin; no cookies; storage holds no personal data', 'examples/test/hostile-host.test.ts (every flow, npm bundle and CDN file; localStorage, sessionStorage, every IndexedDB database dumped after each flow and before each send)', {
      requests, 'foreign origins': foreign, cookies, 'storage keys': [...keys].sort().join(', ') || 'none', 'personal-data hits': personalHits, ...figures,
    }, ok);
  }
});
