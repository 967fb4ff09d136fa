// Start-up: from spawning the server's CLI (`grannskap-server start --demo`, what `npm start` runs after
// its build) to its ready line, on an empty data folder and on one holding 100,000 reports.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openSqliteStore, startServer } from '@grannskap/server';
import { summary } from './stats.mjs';

const CLI = 'packages/server/dist/cli.js';

/** Milliseconds from spawn to "Grannskap is ready". */
const timeToReady = (dataDir) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'start', '--demo', '--data', dataDir, '--port', '0', '--partner-port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    let ready;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (ready === undefined && out.includes('Grannskap is ready at')) {
        ready = performance.now() - started;
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => (ready === undefined ? reject(new Error(`the server exited with ${code} before it was ready:\n${out}`)) : resolve(ready)));
  });

/** A data folder with the demo seeded and `count` reports in it. */
async function folderWithReports(count) {
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-bench-startup-'));
  const seeded = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false });
  await seeded.close();
  const store = openSqliteStore(dataDir);
  const year = new Date().getFullYear();
  const at = new Date().toISOString();
  await store.transaction(async () => {
    for (let i = 1; i <= count; i += 1) {
      await store.insertReport(
        {
          reference: `R-${year}-${String(i).padStart(6, '0')}`, status: 'received', kind: 'disturbance', category: 'noise', area: 'froslunda',
          place: 'Fröslundavägen 12', occurredAt: at, happeningNow: false, description: `Benchmark report ${i}`, answers: { how_often: 'often' },
          attachments: [], contact: { anonymous: true }, locale: 'sv', createdAt: at, updatedAt: at,
        },
        randomBytes(32).toString('hex'),
      );
    }
  });
  await store.close();
  return dataDir;
}

export async function benchStartup({ runs = 3, reports = 100_000 } = {}) {
  const empty = mkdtempSync(join(tmpdir(), 'grannskap-bench-empty-'));
  const full = await folderWithReports(reports);
  try {
    // The first start on the empty folder seeds it; later starts find the seeded database.
    const firstStart = await timeToReady(empty);
    const emptyRuns = [];
    const fullRuns = [];
    for (let i = 0; i < runs; i += 1) {
      emptyRuns.push(await timeToReady(empty));
      fullRuns.push(await timeToReady(full));
    }
    return { reports, firstStart, seeded: summary(emptyRuns), withReports: summary(fullRuns) };
  } finally {
    rmSync(empty, { recursive: true, force: true });
    rmSync(full, { recursive: true, force: true });
  }
}
