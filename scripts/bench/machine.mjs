// What machine a benchmark ran on, so the figures in docs/performance.md can be read in context.
import { cpus, totalmem, release, platform } from 'node:os';
import { execFileSync } from 'node:child_process';
import { findChrome } from '../chrome-path.mjs';

export function describeMachine() {
  const cpu = cpus();
  const chrome = findChrome();
  let chromeVersion = 'none';
  if (!chrome.error) {
    try {
      chromeVersion = execFileSync(chrome.path, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
    } catch {
      chromeVersion = chrome.path;
    }
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${platform()} ${release()}`,
    node: process.version,
    chrome: chromeVersion,
  };
}
