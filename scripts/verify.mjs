// `npm run verify`: runs the reliability suites of issue 8 with their full counts, the browser
// reliability suites when present and the server load bench, then writes docs/reliability.md from
// the figures each suite recorded (packages/server/test/helpers/figures.ts) in this run.
// Figures come from the run, never from memory: a suite that did not run shows as "not run".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchServer } from './bench/server.mjs';
import { describeMachine } from './bench/machine.mjs';

const started = Date.now();
const results = mkdtempSync(join(tmpdir(), 'grannskap-verify-'));
const env = {
  ...process.env,
  GRANNSKAP_VERIFY: 'full',
  GRANNSKAP_VERIFY_RESULTS: results,
  // Full counts; the defaults in each file are the quick subset `npm test` runs.
  HOSTILE_REQUESTS: process.env.HOSTILE_REQUESTS ?? '50000',
  CRASH_WRITES: process.env.CRASH_WRITES ?? '3000',
  FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000',
  RAW_RUNS: process.env.RAW_RUNS ?? '200',
  DELIVERY_REPORTS: process.env.DELIVERY_REPORTS ?? '300',
};

const NODE_SUITES = [
  'packages/server/test/hostile.test.ts',
  'packages/server/test/fuzz.test.ts',
  'packages/server/test/crash.test.ts',
  'packages/server/test/token-guessing.test.ts',
  'packages/server/test/admin-auth.test.ts',
  'packages/server/test/rate-limit.test.ts',
  'packages/server/test/retention.test.ts',
  'packages/server/test/upload-memory.test.ts',
  'packages/server/test/delivery.test.ts',
  'packages/server/test/delivery-processes.test.ts',
].filter((f) => existsSync(f));
const BROWSER_SUITES = ['examples/test/hostile-host.test.ts', 'examples/test/faults.test.ts'];

const suiteRuns = [];
const timed = (label, fn) => {
  const t0 = Date.now();
  const status = fn();
  const seconds = (Date.now() - t0) / 1000;
  suiteRuns.push({ label, status, seconds });
  console.log(`verify: ${label}: ${status === 0 ? 'passed' : `FAILED (${status})`} in ${seconds.toFixed(0)} s`);
  return status;
};

for (const file of NODE_SUITES) {
  timed(file, () => spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', file], { stdio: 'inherit', env }).status ?? 1);
}
const browserRan = new Map();
for (const file of BROWSER_SUITES) {
  if (!existsSync(file)) {
    browserRan.set(file, 'not run (suite not present)');
    continue;
  }
  // node:test files that drive Chromium through puppeteer-core (not wtr suites), run like the Node suites.
  const status = timed(file, () => spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', file], { stdio: 'inherit', env }).status ?? 1);
  browserRan.set(file, status === 0 ? 'passed' : 'failed');
}

// Load: the bench's own child processes, loopback only.
let bench = null;
{
  const t0 = Date.now();
  try {
    bench = await benchServer({ duration: Number(process.env.VERIFY_BENCH_SECONDS ?? 4), runs: 2 });
    suiteRuns.push({ label: 'scripts/bench/server.mjs', status: 0, seconds: (Date.now() - t0) / 1000 });
  } catch (error) {
    console.error(error);
    suiteRuns.push({ label: 'scripts/bench/server.mjs', status: 1, seconds: (Date.now() - t0) / 1000 });
  }
}
if (bench) {
  const figures = {};
  let errors = 0;
  for (const r of bench.results) {
    figures[`${r.name}: requests/s vs bare node:http`] = `${r.grannskap.rps.median.toFixed(0)} / ${r.bare.rps.median.toFixed(0)} = ${(r.grannskap.rps.median / r.bare.rps.median).toFixed(2)}`;
    figures[`${r.name}: p99 (ms), ours / bare`] = `${r.grannskap.p99.median.toFixed(0)} / ${r.bare.p99.median.toFixed(0)}`;
    errors += r.grannskap.errors + r.bare.errors;
  }
  figures.errors = errors;
  figures.connections = bench.connections;
  figures['seconds × runs per target'] = `${bench.duration} × ${bench.runs}`;
  writeFileSync(join(results, 'load.json'), JSON.stringify({
    id: 'load', promise: 'Load: calendar read, config read and report writes beside a bare node:http server; zero errors',
    how: 'scripts/bench/server.mjs (autocannon, loopback, separate processes)', ok: errors === 0, figures,
  }));
}

// The promises of issue 8, in its order; each row is filled from the figures a suite recorded.
const PROMISES = [
  ['host-csp', 'Host page with a strict CSP and Trusted Types: zero violations', 'examples/test/hostile-host.test.ts'],
  ['host-lit-css', 'Host page with another Lit and aggressive CSS: widgets work and stay legible', 'examples/test/hostile-host.test.ts'],
  ['host-hostile-text', 'Hostile server text is rendered inert', 'examples/test/hostile-host.test.ts'],
  ['host-requests-storage', 'Requests only to the API origin; no cookies; storage holds no personal data', 'examples/test/hostile-host.test.ts'],
  ['faults', 'Offline, 503, 429, timeouts, server killed, reload, double click: exactly one record each', 'examples/test/faults.test.ts'],
  ['crash-kill9', 'kill -9 during keyed writes: every acknowledged key exactly once, integrity ok', 'packages/server/test/crash.test.ts'],
  ['hostile-requests', 'Hostile requests across every endpoint: no 5xx, problem documents, bounded memory', 'packages/server/test/hostile.test.ts'],
  ['fuzz-properties', 'Property-based bodies and queries on every route: no 5xx', 'packages/server/test/fuzz.test.ts'],
  ['token-guessing', "Guessing neighbours' references and tokens gets the same 404; lookups rate-limited", 'packages/server/test/token-guessing.test.ts'],
  ['admin-auth', 'Every admin route refuses without a valid token; tokens stored hashed', 'packages/server/test/admin-auth.test.ts'],
  ['load', 'Load beside bare node:http: requests/s ratio, p99, zero errors', 'scripts/bench/server.mjs'],
  ['upload-memory', 'Memory bounded during 50 concurrent 10 MB uploads; no 5xx', 'packages/server/test/upload-memory.test.ts'],
  ['retention', 'Retention deletes old records and photos; audit log holds counts only', 'packages/server/test/retention.test.ts'],
];
const recorded = new Map(readdirSync(results).filter((f) => f.endsWith('.json')).map((f) => {
  const r = JSON.parse(readFileSync(join(results, f), 'utf8'));
  return [r.id, r];
}));
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const rows = [];
for (const [id, promise, file] of PROMISES) {
  const r = recorded.get(id);
  recorded.delete(id);
  const browserState = browserRan.get(file);
  const result = r ? (r.ok ? 'ok' : '**FAILED**') : browserState && browserState !== 'passed' ? browserState : 'not run';
  const figures = r ? Object.entries(r.figures).map(([k, v]) => `${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`).join('; ') : '–';
  rows.push(`| ${cell(r?.promise ?? promise)} | ${cell(r?.how ?? file)} | ${result} | ${cell(figures)} |`);
}
// Figures from suites this list does not name yet (e.g. new browser checks) still make it in.
for (const r of recorded.values()) {
  const figures = Object.entries(r.figures).map(([k, v]) => `${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`).join('; ');
  rows.push(`| ${cell(r.promise)} | ${cell(r.how)} | ${r.ok ? 'ok' : '**FAILED**'} | ${cell(figures)} |`);
}

const machine = describeMachine();
const minutes = (Date.now() - started) / 60_000;
const doc = `# Reliability: what is promised, how it is tested, what the last run measured

Written by \`npm run verify\` (scripts/verify.mjs) — do not edit by hand; run it again.
Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}, ${machine.chrome}, ${minutes.toFixed(1)} minutes in all.
Counts for this run: HOSTILE_REQUESTS=${env.HOSTILE_REQUESTS}, CRASH_WRITES=${env.CRASH_WRITES}, FUZZ_RUNS=${env.FUZZ_RUNS}, DELIVERY_REPORTS=${env.DELIVERY_REPORTS}.
\`npm test\` runs the same files with their smaller default counts.

| Promise | How it is tested | Result | Figures from the last run |
| --- | --- | --- | --- |
${rows.join('\n')}

## Suites in this run

| Suite | Result | Seconds |
| --- | --- | --- |
${suiteRuns.map((s) => `| ${s.label} | ${s.status === 0 ? 'passed' : 'failed'} | ${s.seconds.toFixed(0)} |`).join('\n')}
${[...browserRan].filter(([, s]) => s.startsWith('not run')).map(([f, s]) => `| ${f} | ${s} | – |`).join('\n')}
`;
writeFileSync('docs/reliability.md', doc);
rmSync(results, { recursive: true, force: true });
console.log(`verify: wrote docs/reliability.md in ${minutes.toFixed(1)} min`);
process.exit(suiteRuns.some((s) => s.status !== 0) ? 1 : 0);
