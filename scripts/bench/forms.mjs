// Forms: time from navigation start to interactive (the first field exists and takes focus), for each
// form widget against the floor — a plain HTML page with the same fields in a native <form>. Each run is
// a fresh page with the HTTP cache disabled, so every run downloads what a first visit downloads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@grannskap/server';
import { launchChrome } from './browser.mjs';
import { startPages } from './pages.mjs';
import { summary } from './stats.mjs';

const FORMS = [
  { name: '<grannskap-report-form>', page: 'report-widget.html', floor: 'report-floor.html', floorName: 'plain HTML <form> with the report form’s fields' },
  { name: '<grannskap-trivselpeng-form>', page: 'trivselpeng-widget.html', floor: 'trivselpeng-floor.html', floorName: 'plain HTML <form> with the application’s fields' },
];

async function interactiveAt(browser, url) {
  const page = await browser.newPage();
  try {
    await page.setCacheEnabled(false);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.__interactiveAt === 'number', { timeout: 30_000, polling: 50 });
    return await page.evaluate(() => window.__interactiveAt);
  } finally {
    await page.close();
  }
}

export async function benchForms({ runs = 15 } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-bench-forms-'));
  const api = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false, corsOrigins: true });
  const pages = await startPages({ api: api.url });
  const browser = await launchChrome();
  try {
    const results = [];
    for (const form of FORMS) {
      // Warm the server and Chromium once, then alternate widget and floor so drift hits both alike.
      await interactiveAt(browser, `${pages.url}/${form.floor}`);
      await interactiveAt(browser, `${pages.url}/${form.page}`);
      const widget = [];
      const floor = [];
      for (let i = 0; i < runs; i += 1) {
        floor.push(await interactiveAt(browser, `${pages.url}/${form.floor}`));
        widget.push(await interactiveAt(browser, `${pages.url}/${form.page}`));
      }
      results.push({ name: form.name, interactive: summary(widget), floor: { name: form.floorName, interactive: summary(floor) } });
    }
    return { runs, results };
  } finally {
    await browser.close();
    await pages.close();
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
