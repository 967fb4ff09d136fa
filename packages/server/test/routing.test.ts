// Routing rules (issue 21, point 1): staff read and replace them through the admin API, checked whole, and
// ask where a case would go at a given moment. The demo organisation's rules are seeded; the on-call calendar
// (customer service weekdays 08–16, the trygghetsjour evenings, nights, weekends and public holidays) decides
// which times a moment counts as, in Europe/Stockholm.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../src/index.js';
import { adminGetRouting, adminRoutingDryRun, adminSetRouting, type Problem, type Routing, type RoutingDryRun, type RoutingView } from '@grannskap/contract';
import { call, issuePaths, startTestServer, type TestServer } from './helpers/server.js';

describe('routing', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  const dryRun = async (query: Record<string, string>) => {
    const res = await call<RoutingDryRun>(t, adminRoutingDryRun, { admin: t.admin, query });
    assert.equal(res.status, 200, res.text);
    return res.body;
  };

  it('on Christmas Eve at 23:00 a report happening now goes to the jour; the same report on a weekday morning to customer service', async () => {
    const night = await dryRun({ kind: 'report', category: 'noise', area: 'froslunda', urgent: 'true', at: '2026-12-24T23:00:00+01:00' });
    assert.deepEqual(night.times, ['jour', 'holiday']);
    assert.deepEqual(night.matched, ['Trygghetsjouren: pågår nu, utanför kontorstid']);
    assert.deepEqual(night.emails, ['jour@bostad.example']);
    assert.equal(night.usedDefault, false);

    const morning = await dryRun({ kind: 'report', category: 'noise', urgent: 'true', at: '2026-12-01T10:00:00+01:00' });
    assert.deepEqual(morning.times, ['office_hours']);
    assert.deepEqual(morning.matched, []);
    assert.equal(morning.usedDefault, true);
    assert.deepEqual(morning.emails, ['kundservice@bostad.example']);
  });

  it('every matching rule adds its destinations: a water leak at night goes to the jour and to property care', async () => {
    const leak = await dryRun({ kind: 'report', category: 'water_leak', urgent: 'true', at: '2026-12-05T02:00:00+01:00' });
    assert.deepEqual(leak.times, ['jour']);
    assert.equal(leak.matched.length, 2);
    assert.deepEqual(leak.emails, ['jour@bostad.example', 'fastighetsjour@bostad.example']);
    const notNow = await dryRun({ kind: 'report', category: 'water_leak', urgent: 'false', at: '2026-12-05T02:00:00+01:00' });
    assert.deepEqual(notNow.emails, ['fastighetsjour@bostad.example'], 'not happening now: the jour rule does not match');
  });

  it('staff replace the rules; the new ones route at once and say who set them', async () => {
    const routing: Routing = {
      webhooks: [{ id: 'case-system', url: 'https://cases.bostad.example/grannskap' }],
      rules: [{ name: 'Allt från Årby till ärendesystemet', when: { areas: ['arby'] }, to: { webhooks: ['case-system'] } }],
      default: { emails: ['Kundservice@bostad.example'] },
    };
    const set = await call<RoutingView>(t, adminSetRouting, { admin: t.admin, body: routing });
    assert.equal(set.status, 200, set.text);
    assert.equal(set.body.updatedBy, 'test-staff');
    const got = await call<RoutingView>(t, adminGetRouting, { admin: t.admin });
    assert.deepEqual(got.body.rules, routing.rules);

    const arby = await dryRun({ kind: 'registration', area: 'arby' });
    assert.deepEqual(arby.webhooks, [{ id: 'case-system', url: 'https://cases.bostad.example/grannskap' }]);
    assert.deepEqual(arby.emails, []);
    const elsewhere = await dryRun({ kind: 'registration', area: 'froslunda' });
    assert.deepEqual(elsewhere.emails, ['kundservice@bostad.example'], 'addresses compare without case');
  });

  it('refuses rules that would send nowhere or into the server\'s own network, naming each field', async () => {
    const bad = {
      webhooks: [
        { id: 'meta', url: 'https://169.254.169.254/latest/meta-data' },
        { id: 'local', url: 'https://localhost:8080/hook' },
        { id: 'plain', url: 'http://hooks.bostad.example/' },
        { id: 'lan', url: 'http://192.168.1.20/hook', allowPrivate: true },
        { id: 'v6', url: 'https://[::ffff:10.0.0.1]/hook' },
      ],
      rules: [{ name: 'Okänd mottagare', when: {}, to: { webhooks: ['nobody'] } }],
      default: {},
    };
    const res = await call<Problem>(t, adminSetRouting, { admin: t.admin, body: bad });
    assert.equal(res.status, 422, res.text);
    assert.deepEqual(issuePaths(res.body).sort(), [
      'default:required',
      'rules.0.to.webhooks.0:unknown',
      'webhooks.0.url:invalid_format',
      'webhooks.1.url:invalid_format',
      'webhooks.2.url:invalid_format',
      'webhooks.4.url:invalid_format',
    ]);
    const malformed = await call<Problem>(t, adminSetRouting, { admin: t.admin, body: { webhooks: [], rules: [{ name: 'x', when: { kinds: ['parcel'] }, to: {} }], default: { emails: ['inte en adress'] } } });
    assert.equal(malformed.status, 422, malformed.text);
    assert.deepEqual(issuePaths(malformed.body).map((p) => p.split(':')[0]).sort(), ['default.emails.0', 'rules.0.when.kinds.0']);
    // nothing of it was stored
    const got = await call<RoutingView>(t, adminGetRouting, { admin: t.admin });
    assert.equal(got.body.rules[0]?.name, 'Allt från Årby till ärendesystemet');
  });

  it('a dry run with a bad kind or moment is a 400 naming each parameter; without a token a 401', async () => {
    const res = await call<Problem>(t, adminRoutingDryRun, { admin: t.admin, query: { kind: 'parcel', at: 'i morgon' } });
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(issuePaths(res.body).map((p) => p.split(':')[0]).sort(), ['query.at', 'query.kind']);
    const anonymous = await call(t, adminRoutingDryRun, { query: { kind: 'report' } });
    assert.equal(anonymous.status, 401);
  });
});

describe('routing import (CLI)', () => {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'grannskap-routing-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const importFile = (routing: unknown) => {
    const file = join(dir, 'routing.json');
    writeFileSync(file, JSON.stringify(routing));
    return spawnSync(process.execPath, [cli, 'routing', 'import', file, '--data', join(dir, 'data')], { encoding: 'utf8' });
  };

  it('refuses what the admin API refuses, naming the field, and stores nothing; stores good rules', async () => {
    const bad = importFile({ webhooks: [{ id: 'x', url: 'https://127.0.0.1/h' }], rules: [], default: { webhooks: ['x'] } });
    assert.equal(bad.status, 2, bad.stderr);
    assert.match(bad.stderr, /webhooks\.0\.url: This address is loopback/);
    const good = importFile({ webhooks: [], rules: [], default: { emails: ['kundservice@bostad.example'] } });
    assert.equal(good.status, 0, good.stderr);
    const store = openSqliteStore(join(dir, 'data'));
    try {
      assert.deepEqual((await store.getRouting())?.routing.default, { emails: ['kundservice@bostad.example'] });
      assert.equal((await store.getRouting())?.updatedBy, 'cli');
    } finally {
      await store.close();
    }
  });
});
