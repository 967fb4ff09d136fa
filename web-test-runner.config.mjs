// @web/test-runner: every packages/*/test/browser/**/*.test.ts runs in real headless Chromium against
// the REAL reference server (temporary SQLite, demo data), started here on its own port so that the
// test page (served by the test runner) and the API are different origins: CORS is exercised for real.
//
// Run it through `npm run test:browser` (scripts/test-browser.mjs), which needs `npm run build` first
// (the server and the SDK run from their tsc output) and turns any failure into a non-zero exit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChrome } from './scripts/chrome-path.mjs';

const chrome = findChrome();
if (chrome.error) throw new Error(chrome.error);

/** The module that exports `startServer`; overridable to run the suites against another build. */
const serverModule = resolve(process.env.GRANNSKAP_SERVER_MODULE ?? 'packages/server/dist/index.js');

/** Filled in by the plugin's serverStart hook, read by testRunnerHtml for every test page. */
const api = { url: '', adminToken: '', dataDir: '', server: /** @type {{ close(): Promise<void> } | undefined} */ (undefined) };

/** @type {import('@web/test-runner').TestRunnerPlugin} */
const grannskapServer = {
  name: 'grannskap-server',
  async serverStart() {
    let mod;
    try {
      mod = await import(pathToFileURL(serverModule).href);
    } catch (error) {
      throw new Error(`Cannot load the reference server from ${serverModule}: run \`npm run build\` first. (${error.message})`, { cause: error });
    }
    api.dataDir = mkdtempSync(join(tmpdir(), 'grannskap-wtr-'));
    const server = await mod.startServer({
      dataDir: api.dataDir,
      demo: true,
      corsOrigins: true,
      rateLimit: false,
      logger: false,
      host: '127.0.0.1',
      port: 0,
    });
    api.server = server;
    api.url = server.url;
    api.adminToken = await server.createAdminToken('web-test-runner');
    console.log(`grannskap-server: API for the browser tests at ${api.url}`);
  },
  async serverStop() {
    await api.server?.close();
    if (api.dataDir) rmSync(api.dataDir, { recursive: true, force: true });
  },
};

/**
 * The test page's policy: Trusted Types enforced (only Lit's own policies may create HTML: `lit-html` from npm,
 * `grannskap` inside the CDN bundles, see rollup.config.mjs) and no inline
 * styles, so a widget that assigns innerHTML or writes a style="" attribute fails its tests. Scripts
 * stay unrestricted because the test runner itself needs inline module scripts.
 */
export const TEST_PAGE_CSP = "require-trusted-types-for 'script'; trusted-types lit-html grannskap; style-src 'self'";

/** A JSON literal that is safe inside an inline <script> of the test page. */
const scriptLiteral = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Writes a machine-readable summary (files, tests, failures, 404s, CSP violations) to GRANNSKAP_WTR_SUMMARY, so
 * scripts/test-browser.mjs can fail on zero tests or on a failure hidden in a progress line.
 * @returns {import('@web/test-runner').Reporter}
 */
function summaryReporter() {
  const count = (suite, into) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) into.skipped += 1;
      else if (test.passed) into.passed += 1;
      else {
        into.failed += 1;
        into.failures.push(`${test.name}: ${test.error?.message ?? 'failed'}`);
      }
    }
    for (const child of suite?.suites ?? []) count(child, into);
  };
  return {
    onTestRunFinished({ sessions }) {
      const out = process.env.GRANNSKAP_WTR_SUMMARY;
      if (!out) return;
      const summary = { files: [], passed: 0, failed: 0, skipped: 0, failures: [], fileErrors: [], request404s: [], cspViolations: [] };
      for (const session of sessions) {
        summary.files.push(session.testFile);
        const before = summary.passed + summary.failed + summary.skipped;
        count(session.testResults, summary);
        const ran = summary.passed + summary.failed + summary.skipped - before;
        for (const error of session.errors ?? []) summary.fileErrors.push(`${session.testFile}: ${error.message}`);
        if (!session.passed && session.errors?.length === 0 && ran === 0) summary.fileErrors.push(`${session.testFile}: no test ran`);
        for (const url of session.request404s ?? []) summary.request404s.push(`${session.testFile}: ${url}`);
        for (const args of session.logs ?? []) {
          const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
          if (line.includes('CSP violation:')) summary.cspViolations.push(`${session.testFile}: ${line}`);
        }
      }
      writeFileSync(out, JSON.stringify(summary, null, 2));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['packages/*/test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  // Lit's development build (the `development` condition above) adds runtime checks; its banner is noise.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chrome.path,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.test.json' }), grannskapServer],
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), summaryReporter()],
  // Every suite runs under Trusted Types and without inline styles, as on a strict-CSP host page.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${TEST_PAGE_CSP}">
    <title>Grannskap browser tests</title>
  </head>
  <body>
    <script>
      // a CSP or Trusted Types violation anywhere fails the run (see summaryReporter), unless a test is probing for one
      window.__GRANNSKAP_CSP_PROBE__ = false;
      document.addEventListener('securitypolicyviolation', (e) => {
        if (!window.__GRANNSKAP_CSP_PROBE__) console.error('CSP violation: ' + e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
      });
      window.__GRANNSKAP_API__ = ${scriptLiteral(api.url)};
      window.__GRANNSKAP_ADMIN_TOKEN__ = ${scriptLiteral(api.adminToken)};
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
