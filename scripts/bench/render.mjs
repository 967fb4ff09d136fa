// Calendar rendering in one Chromium: Grannskap's <grannskap-activity-calendar> against FullCalendar 6,
// both showing the same month of N occurrences fetched from the same API endpoint (a fresh server per N,
// with N one-off activities in the month and N in the next). Per run: a fresh page (cache off), first
// render, switch to the next month, back, filter to one category; then the JS heap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openSqliteStore, startServer } from '@grannskap/server';
import { launchChrome } from './browser.mjs';
import { fullCalendarBundle } from './bytes.mjs';
import { startPages } from './pages.mjs';
import { summary } from './stats.mjs';

const MONTH = '2027-03';
const NEXT = '2027-04';
const VIEWPORT = { width: 1280, height: 900 };

/** A data folder with the demo configuration and `n` one-off activities in each of two months. */
async function dataWith(n) {
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-bench-render-'));
  const seeded = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false });
  await seeded.close();
  const store = openSqliteStore(dataDir);
  const template = (await store.listActivities({}))[0];
  const now = new Date().toISOString();
  await store.transaction(async () => {
    for (const store_ of await store.listActivities({})) await store.updateActivity({ ...store_, cancelled: true });
    for (const month of [MONTH, NEXT]) {
      for (let i = 0; i < n; i += 1) {
        const day = String((i % 28) + 1).padStart(2, '0');
        const hour = String(8 + (i % 12)).padStart(2, '0');
        await store.insertActivity({
          ...template,
          id: randomUUID(),
          title: { sv: `Aktivitet ${i + 1}`, en: `Activity ${i + 1}` },
          category: i % 2 ? 'lovaktivitet' : 'omradestraff',
          start: `${month}-${day}T${hour}:00`,
          end: `${month}-${day}T${hour}:45`,
          recurrence: null,
          cancelled: false,
          updatedAt: now,
        });
      }
    }
  });
  await store.close();
  return dataDir;
}

async function measure(browser, url) {
  const page = await browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => typeof window.__bench === 'object', { timeout: 30_000 });
    const first = await page.evaluate(() => window.__bench.first());
    const switched = await page.evaluate(() => window.__bench.switchMonth());
    await page.evaluate(() => window.__bench.back());
    const filter = await page.evaluate(() => window.__bench.filter('lovaktivitet'));
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { JSHeapUsedSize: heap } = await page.metrics();
    return { first, switched, filter, heap };
  } finally {
    await page.close();
  }
}

export async function benchRender({ runs = 7, sizes = [100, 1000, 5000] } = {}) {
  const browser = await launchChrome();
  const fc = await fullCalendarBundle();
  const results = { grannskap: {}, fullcalendar: {} };
  try {
    for (const n of sizes) {
      const dataDir = await dataWith(n);
      const api = await startServer({ dataDir, port: 0, logger: false, rateLimit: false, corsOrigins: true, staticRoots: [{ prefix: '/cdn/', root: resolve('packages/widgets/cdn') }] });
      const pages = await startPages({ api: api.url, month: MONTH, extra: { '/fullcalendar.js': fc } });
      try {
        // Both libraries read the same endpoint: warm the server's cache for both months and both filters once.
        for (const q of [`from=${MONTH}-01&to=${MONTH}-31`, `from=${NEXT}-01&to=${NEXT}-30`]) await fetch(`${api.url}/v1/occurrences?${q}`);
        const runsOf = { grannskap: [], fullcalendar: [] };
        for (let i = 0; i < runs + 1; i += 1) {
          // Alternate the libraries; the first round warms Chromium and is not counted.
          const g = await measure(browser, `${pages.url}/calendar-grannskap.html`);
          const f = await measure(browser, `${pages.url}/calendar-fullcalendar.html`);
          if (i > 0) {
            runsOf.grannskap.push(g);
            runsOf.fullcalendar.push(f);
          }
        }
        for (const lib of ['grannskap', 'fullcalendar']) {
          const list = runsOf[lib];
          results[lib][n] = {
            first: summary(list.map((r) => r.first)),
            switch: summary(list.map((r) => r.switched)),
            filter: summary(list.map((r) => r.filter)),
            heap: summary(list.map((r) => r.heap)).median,
          };
        }
      } finally {
        await pages.close();
        await api.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  return {
    runs,
    sizes,
    viewport: `${VIEWPORT.width}×${VIEWPORT.height}, headless`,
    results,
    notes: [
      'First render counts from navigation start, so it includes downloading and running each library (Grannskap: its CDN entry with the SDK; FullCalendar: one bundle) and the API request.',
      'FullCalendar 6 injects its CSS as <style> elements at run time, so it needs `style-src \'unsafe-inline\'` on a CSP page; Grannskap needs neither that nor `unsafe-eval`. The benchmark pages send no CSP, to compare like with like.',
    ],
  };
}
