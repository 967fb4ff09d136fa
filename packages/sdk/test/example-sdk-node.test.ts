// Runs examples/sdk-node/report.mjs as a child process against a real server and checks that
// the reference it prints exists and that it printed the status it read back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClient } from '@grannskap/sdk';
import { startTestServer, type TestServer } from './helpers/server.js';

const script = fileURLToPath(new URL('../../../examples/sdk-node/report.mjs', import.meta.url));
const exportScript = fileURLToPath(new URL('../../../examples/sdk-node/export-activities.mjs', import.meta.url));
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

test('the export example writes next month’s activities as CSV and .ics, one line and one event per occurrence', async () => {
  const out = mkdtempSync(join(tmpdir(), 'grannskap-export-'));
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [exportScript, '--out', out], { env: { ...process.env, GRANNSKAP_API: server.url }, timeout: 30_000 });
    const [, from, to, count] = /^Activities (\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2}): (\d+)$/m.exec(stdout) ?? [];
    assert.ok(from && to, stdout);
    const expected = await createClient({ baseUrl: server.url, outbox: false }).activities.occurrences({ from, to });
    assert.equal(Number(count), expected.items.length);
    assert.ok(expected.items.length > 0, 'the demo data has activities next month');
    const csvFile = /^CSV: (.+)$/m.exec(stdout)?.[1] ?? '';
    const icsFile = /^iCalendar: (.+)$/m.exec(stdout)?.[1] ?? '';
    const csv = readFileSync(csvFile, 'utf8');
    assert.ok(csv.startsWith('\uFEFF"start","end","title"'), 'UTF-8 BOM and a header row');
    assert.equal(csv.trimEnd().split('\r\n').length, expected.items.length + 1);
    const ics = readFileSync(icsFile, 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.equal(ics.match(/^BEGIN:VEVENT$/gm)?.length, expected.items.length);
    assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
