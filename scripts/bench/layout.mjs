// Layout shift: how much the demo page's own content moves while the widgets load into it, as Chromium's
// layout-shift entries report it (the Cumulative Layout Shift score, summed over shifts without recent
// input), at a phone's and a desktop's width. Each run is a fresh page with the HTTP cache off; the score
// is read once every widget on the page has rendered its content and 1.5 s more have passed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@grannskap/server';
import { launchChrome } from './browser.mjs';
import { summary } from './stats.mjs';

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/** Installed before the page's scripts: sums layout shifts and keeps what moved, for the report. */
const OBSERVE = `(() => {
  window.__cls = { score: 0, shifts: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls.score += e.value;
      window.__cls.shifts.push({ value: e.value, at: Math.round(e.startTime), sources: (e.sources || []).map((s) => {
        const n = s.node;
        const name = !n ? '?' : n.nodeType === 1 ? n.localName + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : '') : '#text';
        return name + ' ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y);
      }) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/**
 * Every grannskap-* element on the page shows its content: it has rendered, and no loading line is left
 * (the widgets' `Laddar …` lines are `role=status` with the `status` class or part; the on-call banner's
 * loading shape is `.on-call--loading`).
 */
const settled = () =>
  [...document.querySelectorAll('*')]
    .filter((e) => e.localName.startsWith('grannskap-') && e.localName !== 'grannskap-provider')
    .every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('.status[role="status"], [part~="status"][role="status"], .on-call--loading'));

async function shiftOf(browser, url, viewport) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: viewport.width, height: viewport.height });
    await page.setCacheEnabled(false);
    await page.evaluateOnNewDocument(OBSERVE);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(settled, { timeout: 30_000, polling: 50 });
    await new Promise((r) => setTimeout(r, 1500));
    return await page.evaluate(() => window.__cls);
  } finally {
    await page.close();
  }
}

export async function benchLayout({ runs = 5, path = '/demo/' } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-bench-layout-'));
  const api = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false });
  const browser = await launchChrome();
  try {
    const results = [];
    for (const viewport of VIEWPORTS) {
      await shiftOf(browser, `${api.url}${path}`, viewport);
      const scores = [];
      let worst;
      for (let i = 0; i < runs; i += 1) {
        const r = await shiftOf(browser, `${api.url}${path}`, viewport);
        scores.push(r.score);
        if (!worst || r.score > worst.score) worst = r;
      }
      results.push({ viewport, score: summary(scores), worst: worst.shifts.sort((a, b) => b.value - a.value).slice(0, 5) });
    }
    return { runs, path, results };
  } finally {
    await browser.close();
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
