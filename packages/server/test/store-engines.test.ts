// The Kysely store gives the answers SQLite's own engine gives, on SQLite and on PostgreSQL: one scenario that
// calls every operation, run on each engine, its answers compared with the better-sqlite3 engine's.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Activity, AdminReport, Config } from '@grannskap/contract';
import { Routing } from '@grannskap/contract';
import { demoAddresses, demoAreas, demoCategories, demoConfig, demoRouting } from '../src/demo/index.js';
import type { Store, StoredRegistration, TrivselpengCore } from '../src/storage/store.js';
import { ENGINES, type Engine } from './helpers/engines.js';

const T0 = Date.parse('2026-12-07T10:00:00Z');
const iso = (minutes: number, offset = 'Z') => {
  const d = new Date(T0 + minutes * 60_000);
  if (offset === 'Z') return d.toISOString();
  // the same instant written with +01:00, as the server writes Stockholm times
  const local = new Date(d.getTime() + 3_600_000).toISOString().slice(0, 19);
  return `${local}+01:00`;
};

const report = (n: number, area: string, status: AdminReport['status'] = 'received'): AdminReport => ({
  reference: `R-2026-${String(n).padStart(6, '0')}`, status, kind: 'damage', category: 'water-leak', area,
  description: `Läcker vatten ${n} — kök`, place: null, address: null, answers: {}, urgent: n % 2 === 0, occurredAt: iso(n),
  attachments: [], contact: { anonymous: true }, locale: 'sv', createdAt: iso(n, n % 3 === 0 ? '+01:00' : 'Z'), updatedAt: iso(n),
} as unknown as AdminReport);

const activity = (id: string, category: string, cancelled = false): Activity => ({
  id, category, cancelled, cancelledReason: cancelled ? 'Sjuk ledare' : null, updatedAt: iso(1), title: { sv: `Aktivitet ${id}` },
} as unknown as Activity);

const registration = (id: string, activityId: string, occurrence: string, seq: number, status: StoredRegistration['status'] = 'confirmed'): StoredRegistration => ({
  id, activityId, occurrence, status, participants: 2, waitlisted: status === 'waitlisted' ? 1 : 0, tokenHash: `h-${id}`, seq, createdAt: iso(seq),
  details: { participantList: [{ name: 'Ali' }, { name: 'Britt', age: 9 }], contact: { name: 'Ali', email: 'ali@example.org', emailUpdates: true }, locale: 'sv' },
});

const application = (n: number, area: string): TrivselpengCore => ({
  reference: `T-2026-${String(n).padStart(6, '0')}`, status: 'submitted', area, title: `Grillkväll ${n}`, createdAt: iso(n), updatedAt: iso(n),
  applicant: { name: 'Cecilia', email: 'c@example.org', emailUpdates: false },
} as unknown as TrivselpengCore);

/** Every operation, with the answers collected in order (ids the engines make themselves are part of the answers). */
const scenario = async (store: Store): Promise<[string, unknown][]> => {
  const out: [string, unknown][] = [];
  const note = (label: string, value: unknown) => out.push([label, value]);

  await store.ping();
  note('config before', await store.getConfig());
  await store.setConfig(demoConfig as Config, iso(0));
  note('config', await store.getConfig());
  note('routing before', await store.getRouting());
  await store.setRouting(Routing.parse(demoRouting), iso(0), 'admin');
  note('routing', await store.getRouting());
  await store.transaction(async () => {
    for (const [i, a] of demoAreas.entries()) await store.putArea(a, i);
    for (const a of demoAddresses) await store.putAddress(a);
    for (const [i, c] of demoCategories.entries()) await store.putCategory(c, demoCategories.length - i);
  });
  note('areas', await store.listAreas());
  note('area', await store.getArea(demoAreas[1]!.id));
  note('no area', await store.getArea('nowhere'));
  note('categories', await store.listCategories());
  note('categories of a kind', await store.listCategories(demoCategories[0]!.kind));
  note('category', await store.getCategory(demoCategories[2]!.code));
  note('addresses: a street', await store.searchAddresses({ q: demoAddresses[3]!.street.slice(0, 5), limit: 5 }));
  note('addresses: in an area', await store.searchAddresses({ area: demoAreas[0]!.id, limit: 3 }));
  note('addresses: % and _ are text', await store.searchAddresses({ q: '%_', limit: 5 }));
  note('address', await store.getAddress(demoAddresses[5]!.id));
  note('sequence', [await store.nextSequence('R-2026'), await store.nextSequence('R-2026'), await store.nextSequence('T-2026')]);

  await store.addAdminToken('hash-1', 'jouren', iso(0));
  note('token', await store.findAdminToken('hash-1'));
  note('no token', await store.findAdminToken('hash-2'));

  await store.putIdempotency('k1', { fingerprint: 'f', status: 201, body: '{"a":1}' }, iso(0));
  await store.putIdempotency('k2', { fingerprint: 'g', status: 200, body: '{}' }, iso(30));
  note('idempotency', await store.getIdempotency('k1'));
  note('pruned', await store.pruneIdempotency(iso(10)));
  note('idempotency after prune', [await store.getIdempotency('k1'), await store.getIdempotency('k2')]);

  await store.insertAttachment({ id: 'p1', file: 'p1.jpg', contentType: 'image/jpeg', bytes: 12345, width: 800, height: 600, usedBy: null, createdAt: iso(-600 * 24 * 60) });
  await store.insertAttachment({ id: 'p2', file: 'p2.webp', contentType: 'image/webp', bytes: 999, width: 10, height: 20, usedBy: null, createdAt: iso(1) });
  await store.useAttachment('p2', 'R-2026-000001');
  note('attachments', [await store.getAttachment('p1'), await store.getAttachment('p2'), await store.getAttachment('p3')]);

  const area = demoAreas[0]!.id;
  const rows: number[] = [];
  for (let n = 1; n <= 6; n++) rows.push(await store.insertReport(report(n, n % 2 ? area : demoAreas[1]!.id), `token-${n}`));
  note('report row ids', rows);
  await store.updateReport(rows[1]!, { ...report(2, demoAreas[1]!.id), status: 'in_progress' } as AdminReport);
  await store.addReportHistory(rows[1]!, { status: 'received', at: iso(2), by: null, note: null, message: null });
  await store.addReportHistory(rows[1]!, { status: 'in_progress', at: iso(3), by: 'jouren', note: 'Ringer', message: 'Vi kommer i kväll' });
  note('report', await store.getReport('R-2026-000002'));
  note('no report', await store.getReport('R-2026-999999'));
  note('report history', await store.reportHistory(rows[1]!));
  note('reports', await store.listReports({}, 4));
  note('reports after a cursor', await store.listReports({}, 10, rows[3]));
  note('reports filtered', await store.listReports({ status: 'in_progress', area: demoAreas[1]!.id, kind: 'damage', category: 'water-leak' }, 10));

  await store.insertActivity(activity('a1', 'barn'));
  await store.insertActivity(activity('a0', 'vuxna'));
  await store.updateActivity(activity('a1', 'vuxna', true));
  await store.addActivityHistory('a1', { status: 'created', at: iso(1), by: 'host', note: null, message: null });
  note('activity', await store.getActivity('a1'));
  note('activities in order of insertion', await store.listActivities({}));
  note('activities of a category', await store.listActivities({ category: 'vuxna' }));
  note('activity history', await store.activityHistory('a1'));

  const seq = [await store.nextRegistrationSeq(), await store.nextRegistrationSeq()];
  note('registration seq', seq);
  await store.insertRegistration(registration('g2', 'a1', '2026-12-10T18:00', 2));
  await store.insertRegistration(registration('g1', 'a1', '2026-12-10T18:00', 1));
  await store.insertRegistration(registration('g3', 'a1', '2026-12-17T18:00', 3, 'waitlisted'));
  await store.setRegistrationStatus('g1', 'cancelled');
  await store.setRegistrationStatus('g3', 'waitlisted', 2);
  await store.setRegistrationDetails('g2', { ...registration('g2', 'a1', 'x', 2).details, contact: { name: 'Ali', emailUpdates: false } });
  note('registration', await store.getRegistration('g2'));
  note('registrations', await store.listRegistrations('a1'));
  note('occurrence registrations', await store.occurrenceRegistrations('a1', '2026-12-10T18:00'));
  note('occurrence counts', [...(await store.occurrenceCounts('a1'))].sort());

  const t1 = await store.insertTrivselpeng(application(1, area), 'th-1');
  const t2 = await store.insertTrivselpeng(application(2, demoAreas[1]!.id), 'th-2');
  await store.updateTrivselpeng(t1, { status: 'approved', updatedAt: iso(5), approvedAmount: 1200 });
  await store.updateTrivselpeng(t1, { status: 'followed_up', updatedAt: iso(6), followUp: { summary: 'Det blev bra' } as never });
  await store.setTrivselpengApplicant(t2, { name: 'Dana', email: null, emailUpdates: false } as never);
  await store.addTrivselpengHistory(t1, { status: 'approved', at: iso(5), by: 'grants', note: null, message: 'Lycka till' });
  note('application', await store.getTrivselpeng('T-2026-000001'));
  note('applications', await store.listTrivselpeng({}, 10));
  note('applications filtered', await store.listTrivselpeng({ status: 'submitted', area: demoAreas[1]!.id }, 10, t2 + 1));
  note('application history', await store.trivselpengHistory(t1));

  // the outbox
  note('server secret', await store.serverSecret('links', () => 'first', iso(0)));
  note('server secret again', await store.serverSecret('links', () => 'second', iso(1)));
  await store.addWebhookSecret('case-system', 'whsec_a', iso(0));
  await store.addWebhookSecret('case-system', 'whsec_b', iso(10), iso(20));
  note('webhook secrets during rotation', await store.webhookSecrets('case-system', iso(15)));
  note('webhook secrets after', await store.webhookSecrets('case-system', iso(25)));
  for (let n = 1; n <= 3; n++) {
    await store.insertEvent({
      id: `ev${n}`, type: 'report.created', record: `R-2026-00000${n}`, payload: `{"n":${n}}`, createdAt: iso(n),
      subject: JSON.stringify({ kind: 'report', area }), tenantEmail: n === 2 ? 'tenant@example.org' : null,
    });
  }
  note('event', await store.getEvent('ev2'));
  const routed = await store.routeEvents(2, (e) => [
    { id: `${e.id}-hook`, eventId: e.id, record: e.record, channel: 'webhook', audience: 'staff', destination: 'case-system', createdAt: e.createdAt, nextAt: T0 },
    { id: `${e.id}-mail`, eventId: e.id, record: e.record, channel: 'email', audience: e.tenantEmail ? 'tenant' : 'staff', destination: e.tenantEmail ?? 'jour@example.org', createdAt: e.createdAt, nextAt: T0 + 1000 },
  ]);
  note('routed', [routed, await store.routeEvents(10, () => []), await store.routeEvents(10, () => [])]);
  note('next due', [await store.nextDue(), await store.nextDue('email')]);
  const claimed = await store.claimDeliveries('w1', T0 + 500, T0 + 60_000, 10);
  note('claimed', claimed);
  note('claimed again (held)', await store.claimDeliveries('w2', T0 + 500, T0 + 60_000, 10));
  note('finished', await store.finishAttempts('w1', [
    { seq: claimed[0]!.seq, attempt: { at: iso(1), statusCode: 200, latencyMs: 12.6, error: null }, outcome: { state: 'delivered', at: iso(1) } },
    { seq: claimed[1]!.seq, attempt: { at: iso(1), statusCode: 500, latencyMs: 30, error: 'HTTP 500' }, outcome: { state: 'pending', nextAt: T0 + 5000, error: 'HTTP 500' } },
    { seq: claimed[1]!.seq, attempt: { at: iso(1), statusCode: null, latencyMs: 1, error: 'late' }, outcome: { state: 'dead', error: 'late' } },
  ]));
  note('mail claimed', await store.claimDeliveries('w1', T0 + 2000, T0 + 60_000, 10, 'email'));
  await store.releaseLeases('w1');
  note('expired lease claimed', await store.claimDeliveries('w2', T0 + 120_000, T0 + 180_000, 1));
  note('deliveries', await store.listDeliveries({}, 20));
  note('deliveries filtered', await store.listDeliveries({ record: 'R-2026-000001', channel: 'webhook' }, 5));
  note('deliveries after a cursor', await store.listDeliveries({ state: 'pending' }, 5, claimed[1]!.seq + 10));
  note('delivery', await store.getDelivery('ev1-hook'));
  note('attempts', await store.deliveryAttempts(claimed[1]!.seq));
  await store.retryDelivery('ev1-hook', T0 + 9000);
  note('retried', await store.getDelivery('ev1-hook'));
  note('destination stats', await store.destinationStats());
  note('delivery counts', await store.deliveryCounts());

  // retention: everything but the newest is past its period; mixed offsets compare as instants
  const purged = await store.purgeExpired(
    { reports: iso(4), applications: iso(2), registrations: iso(3) },
    { at: iso(100), periodDays: { reports: 30, applications: 60, registrations: 90 } },
  );
  note('purged', { ...purged, files: [...purged.files].sort() });
  note('reports left', (await store.listReports({}, 10)).map((r) => r.report.reference));
  note('registrations left', (await store.listRegistrations('a1')).map((r) => r.id));
  note('deliveries left', (await store.listDeliveries({}, 20)).map((d) => d.id));
  note('retention log', await store.retentionLog(5));
  return out;
};

describe('the Kysely store answers as SQLite’s own engine does', () => {
  let oracle: [string, unknown][] | undefined;
  const run = async (engine: Engine) => {
    const { store, dispose } = await engine.open();
    try {
      return await scenario(store);
    } finally {
      await dispose();
    }
  };

  for (const engine of ENGINES) {
    it(`${engine.name}: every operation`, async () => {
      const answers = await run(engine);
      oracle ??= answers;
      if (answers === oracle) return;
      // label by label, so a difference names the operation
      for (const [i, [label, value]] of oracle.entries()) assert.deepStrictEqual([label, answers[i]?.[1]], [label, value]);
      assert.equal(answers.length, oracle.length);
    });
  }
});
