// One headless Chromium for the browser benchmarks, with the flags this machine needs.
import puppeteer from 'puppeteer-core';
import { findChrome } from '../chrome-path.mjs';

export async function launchChrome() {
  const chrome = findChrome();
  if (chrome.error) throw new Error(chrome.error);
  return puppeteer.launch({
    executablePath: chrome.path,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-extensions'],
  });
}
