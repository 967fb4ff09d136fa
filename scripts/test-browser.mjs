// Runs the Chromium suites (web-test-runner.config.mjs) and exits non-zero on ANY failure:
// a failed test, a test file that errored, a 404 or a CSP/Trusted Types violation on a test page,
// or no test at all.
// @web/test-runner prints pass/fail inside a progress line, so the verdict here comes from the
// JSON summary that the config's reporter writes, and from wtr's own exit code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');
const dir = mkdtempSync(join(tmpdir(), 'grannskap-wtr-summary-'));
const summaryFile = join(dir, 'summary.json');

const result = spawnSync(process.execPath, [wtrBin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, GRANNSKAP_WTR_SUMMARY: summaryFile, CI: process.env.CI ?? 'true' },
});

let summary;
try {
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  summary = undefined;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const problems = [];
if (result.status !== 0) problems.push(`web-test-runner exited with ${result.status ?? result.signal}`);
if (!summary) problems.push('no test results were reported (did the runner start?)');
else {
  const total = summary.passed + summary.failed;
  if (total === 0) problems.push(`no test ran (${summary.files.length} test file(s))`);
  if (summary.failed > 0) problems.push(`${summary.failed} test(s) failed:\n  ${summary.failures.join('\n  ')}`);
  if (summary.fileErrors.length > 0) problems.push(`test file errors:\n  ${summary.fileErrors.join('\n  ')}`);
  if (summary.cspViolations?.length > 0) problems.push(`CSP / Trusted Types violations:\n  ${summary.cspViolations.join('\n  ')}`);
  if (summary.request404s.length > 0) problems.push(`requests answered 404:\n  ${summary.request404s.join('\n  ')}`);
  console.log(`test-browser: ${summary.files.length} file(s), ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
}
if (problems.length > 0) {
  console.error(`test-browser: FAILED\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
