// Runs examples/sdk-node/report.mjs as a child process against a real server and checks that
// the reference it prints exists and that it printed the status it read back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClient } from '@grannskap/sdk';
import { startTestServer, type TestServer } from './helpers/server.js';

const script = fileURLToPath(new URL('../../../examples/sdk-node/report.mjs', import.meta.url));
let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('the Node example submits a report and reads its status back', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [script], { env: { ...process.env, GRANNSKAP_API: server.url }, timeout: 30_000 });
  const reference = /^Reference: (R-\d{4}-\d{6})$/m.exec(stdout)?.[1];
  assert.ok(reference, stdout);
  assert.match(stdout, /^Status: received /m);
  const admin = createClient({ baseUrl: server.url, outbox: false, token: server.adminToken });
  const report = await admin.admin.reports.get(reference);
  assert.match(report.description, /SDK-exemplet/);
  assert.equal(report.contact.anonymous, true);
});

test('the example fails with status 1 and one clear line when no server answers', async () => {
  const run = promisify(execFile)(process.execPath, [script], { env: { ...process.env, GRANNSKAP_API: 'http://127.0.0.1:9/' }, timeout: 30_000 });
  await assert.rejects(run, (e: { code?: number; stderr?: string }) => {
    assert.equal(e.code, 1);
    assert.match(e.stderr ?? '', /^Failed \(network_error\)/m);
    return true;
  });
});
