// `npm run screenshots`: pictures of each widget for the web editors' guides (docs/editors/), taken by
// headless Chromium from the demo page against a real server with demo data. Run it after `npm run build`
// whenever a widget's look changes, and commit docs/images/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '@grannskap/server';
import { createClient } from '@grannskap/sdk';
import { findChrome } from './chrome-path.mjs';

const OUT = 'docs/images';
const chrome = findChrome();
if (chrome.error) {
  console.error(chrome.error);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-shots-'));
const server = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false });
const browser = await puppeteer.launch({
  executablePath: chrome.path,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--hide-scrollbars'],
});
try {
  // A real case, so the status widget has a timeline to show.
  const client = createClient({ baseUrl: server.url, outbox: false, token: await server.createAdminToken('screenshots') });
  const receipt = await client.reports.create({
    category: 'lighting', area: 'froslunda', occurredAt: new Date().toISOString(), happeningNow: false,
    place: 'Gångvägen bakom Fröslunda torg', description: 'Lampan vid gångvägen mellan husen är trasig.', attachments: [], contact: { anonymous: true }, privacyAccepted: true,
  });
  await client.admin.reports.setStatus(receipt.reference, { status: 'in_progress', message: 'En elektriker kommer i veckan.' });

  const page = await browser.newPage();
  await page.setViewport({ width: 480, height: 900, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/demo/?ref=${encodeURIComponent(receipt.reference)}&token=${encodeURIComponent(receipt.token)}`, { waitUntil: 'load' });
  const tags = ['grannskap-on-call', 'grannskap-report-form', 'grannskap-case-status', 'grannskap-activity-calendar', 'grannskap-trivselpeng-form'];
  // Swedish, then Arabic: the Arabic pictures show the mirrored layout (docs/accessibility.md and
  // docs/translations-review.md point to them). The language is switched on each widget, as a page can.
  for (const lang of ['sv', 'ar']) {
    for (const tag of tags) {
      const defined = await page.evaluate((t) => Boolean(customElements.get(t) && document.querySelector(t)), tag);
      if (!defined) {
        console.warn(`screenshots: ${tag} is not on the demo page; skipped`);
        continue;
      }
      // the calendar as a month grid, on a screen wide enough for it: the picture shows the order of the days
      const calendar = tag === 'grannskap-activity-calendar';
      await page.setViewport({ width: calendar ? 1000 : 480, height: 900, deviceScaleFactor: 1 });
      await page.evaluate((t, l, grid) => {
        const el = document.querySelector(t);
        if (grid) el.setAttribute('view', 'month');
        el.setAttribute('lang', l);
      }, tag, lang, calendar);
      await page.waitForFunction((t, l) => {
        const el = document.querySelector(t);
        const root = el?.shadowRoot;
        return root && el.getAttribute('dir') === (l === 'ar' ? 'rtl' : 'ltr') && root.textContent.trim().length > 0 && !root.querySelector('.status');
      }, { timeout: 20_000 }, tag, lang);
      const element = await page.$(tag);
      await element.scrollIntoView();
      // a frame for the re-rendered language to be painted
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await element.screenshot({ path: join(OUT, `${tag}-${lang}.png`) });
      console.log(`screenshots: ${OUT}/${tag}-${lang}.png`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
