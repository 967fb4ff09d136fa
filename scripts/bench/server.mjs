// Server throughput on loopback: autocannon against the calendar read, the config read and report
// writes, each beside a bare node:http server answering the same bytes in the same run (the ratio is
// what matters; absolute numbers depend on the machine). Server and load generator are separate processes.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { summary } from './stats.mjs';

const startChild = (args) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/bench/serve-child.mjs', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.setEncoding('utf8');
    child.stdout.once('data', (line) => resolve({ url: line.trim(), stop: () => child.kill('SIGTERM') }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });

const run = (options) =>
  new Promise((resolve, reject) => {
    autocannon({ connections: 10, pipelining: 1, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });

/** Month of the demo data the calendar shows first: next month. */
const monthRange = () => {
  const now = new Date();
  const y = now.getUTCMonth() === 11 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
  const m = ((now.getUTCMonth() + 1) % 12) + 1;
  const mm = String(m).padStart(2, '0');
  return `from=${y}-${mm}-01&to=${y}-${mm}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}`;
};

const report = {
  category: 'noise', answers: { how_often: 'often' }, area: 'froslunda', place: 'Fröslundavägen 12', happeningNow: false,
  description: 'Hög musik från lägenheten ovanför, benchmark.', attachments: [], contact: { anonymous: true }, privacyAccepted: true,
};

export async function benchServer({ duration = 5, runs = 3 } = {}) {
  const grannskap = await startChild(['grannskap']);
  const tmp = mkdtempSync(join(tmpdir(), 'grannskap-bench-bodies-'));
  const results = [];
  try {
    const targets = [
      { name: 'calendar read (GET /v1/occurrences, one month)', path: `/v1/occurrences?${monthRange()}`, method: 'GET' },
      { name: 'config read (GET /v1/config)', path: '/v1/config', method: 'GET' },
      { name: 'report write (POST /v1/reports, new key each)', path: '/v1/reports', method: 'POST' },
    ];
    for (const target of targets) {
      // The bare server answers with exactly the bytes Grannskap answers with.
      const sample = await fetch(`${grannskap.url}${target.path}`, target.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: JSON.stringify({ ...report, occurredAt: new Date().toISOString() }) } : {});
      const bodyFile = join(tmp, `${results.length}.json`);
      writeFileSync(bodyFile, Buffer.from(await sample.arrayBuffer()));
      const bare = await startChild(['bare', bodyFile]);
      const request =
        target.method === 'POST'
          ? { method: 'POST', headers: { 'content-type': 'application/json' }, requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() }, body: JSON.stringify({ ...report, occurredAt: new Date().toISOString() }) }) }] }
          : { method: 'GET' };
      const ours = [];
      const theirs = [];
      try {
        for (let i = 0; i < runs; i += 1) {
          // Alternate, so drift in the machine's speed hits both alike.
          ours.push(await run({ url: `${grannskap.url}${target.path}`, duration, ...request }));
          theirs.push(await run({ url: `${bare.url}${target.path}`, duration, ...request }));
        }
      } finally {
        bare.stop();
      }
      const rps = (list) => summary(list.map((r) => r.requests.average));
      const p99 = (list) => summary(list.map((r) => r.latency.p99));
      const errors = (list) => list.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
      results.push({
        name: target.name,
        status: sample.status,
        bytes: Number(sample.headers.get('content-length') ?? 0),
        grannskap: { rps: rps(ours), p99: p99(ours), errors: errors(ours) },
        bare: { rps: rps(theirs), p99: p99(theirs), errors: errors(theirs) },
        // each Grannskap run against the bare run right after it: drift in the machine's speed between
        // pairs (a noisy neighbour on a VM) moves both sides of a pair alike
        share: summary(ours.map((r, i) => r.requests.average / theirs[i].requests.average)),
      });
    }
  } finally {
    grannskap.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return { duration, runs, connections: 10, results };
}
