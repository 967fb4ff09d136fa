import { DELIVERY_CHANNELS } from '@grannskap/contract';
import type { DeliveryAttempt, DeliveryChannel, DeliveryState } from '@grannskap/contract';
import type { SqliteDatabase } from './sqlite-driver.js';
import type { DeliveryStore, StoredDelivery, StoredEvent, WaitingEvent } from './delivery-store.js';

type Row = Record<string, unknown>;
const str = (v: unknown) => (v == null ? null : String(v));
const num = (v: unknown) => (v == null ? null : Number(v));

const toDelivery = (r: Row): StoredDelivery => ({
  seq: Number(r.seq), id: String(r.id), eventId: String(r.event_id), record: String(r.record),
  channel: r.channel as StoredDelivery['channel'], audience: r.audience as StoredDelivery['audience'], destination: String(r.destination),
  state: r.state as DeliveryState, attempts: Number(r.attempts), nextAt: num(r.next_at),
  leaseOwner: str(r.lease_owner), leaseUntil: num(r.lease_until), lastError: str(r.last_error),
  createdAt: String(r.created_at), deliveredAt: str(r.delivered_at),
});
const channelsOf = (channel?: DeliveryChannel): readonly DeliveryChannel[] => (channel ? [channel] : DELIVERY_CHANNELS);
const toAttempt = (r: Row): DeliveryAttempt => ({ at: String(r.at), statusCode: num(r.status_code), latencyMs: Number(r.latency_ms), error: str(r.error) });

/** The outbox on SQLite. Claims run in `BEGIN IMMEDIATE`, which holds the database's write lock: across processes too. */
export const sqliteDeliveries = (db: SqliteDatabase): DeliveryStore => {
  const q = {
    secretAdd: db.prepare('INSERT INTO server_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT(name) DO NOTHING'),
    secret: db.prepare('SELECT value FROM server_secrets WHERE name = ?').pluck(),
    hookSecrets: db.prepare('SELECT secret FROM webhook_secrets WHERE webhook_id = ? AND (valid_until IS NULL OR valid_until > ?) ORDER BY id DESC').pluck(),
    hookSecretAdd: db.prepare('INSERT INTO webhook_secrets (webhook_id, secret, created_at) VALUES (?, ?, ?)'),
    hookSecretsExpire: db.prepare('UPDATE webhook_secrets SET valid_until = ? WHERE webhook_id = ? AND (valid_until IS NULL OR valid_until > ?)'),
    eventAdd: db.prepare('INSERT INTO events (id, type, record, payload, created_at, subject, tenant_email, routed) VALUES (?, ?, ?, ?, ?, ?, ?, 0)'),
    unrouted: db.prepare('SELECT id, type, record, created_at, subject, tenant_email FROM events WHERE routed = 0 ORDER BY created_at LIMIT ?'),
    routed: db.prepare('UPDATE events SET routed = 1 WHERE id = ?'),
    event: db.prepare('SELECT * FROM events WHERE id = ?'),
    deliveryAdd: db.prepare(
      "INSERT INTO deliveries (id, event_id, record, channel, audience, destination, state, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
    ),
    // per channel, so each reads the index deliveries_due (state, channel, next_at) in order however long the
    // backlog of another channel grows (a mail server that is down, or not configured, for a day)
    due: db.prepare("SELECT * FROM deliveries WHERE state = 'pending' AND channel = ? AND next_at <= ? ORDER BY next_at, seq LIMIT ?"),
    expired: db.prepare("SELECT * FROM deliveries WHERE state = 'sending' AND channel = ? AND lease_until <= ? LIMIT ?"),
    lease: db.prepare("UPDATE deliveries SET state = 'sending', lease_owner = ?, lease_until = ? WHERE seq = ?"),
    attemptAdd: db.prepare('INSERT INTO delivery_attempts (delivery_seq, at, status_code, latency_ms, error) VALUES (?, ?, ?, ?, ?)'),
    finish: db.prepare(
      "UPDATE deliveries SET state = ?, attempts = attempts + 1, next_at = ?, last_error = ?, delivered_at = ?, lease_owner = NULL, lease_until = NULL WHERE seq = ? AND state = 'sending' AND lease_owner = ?",
    ),
    release: db.prepare("UPDATE deliveries SET state = 'pending', lease_owner = NULL, lease_until = NULL WHERE state = 'sending' AND lease_owner = ?"),
    nextDue: db.prepare("SELECT MIN(next_at) FROM deliveries WHERE state = 'pending' AND channel = ?").pluck(),
    delivery: db.prepare('SELECT * FROM deliveries WHERE id = ?'),
    attempts: db.prepare('SELECT * FROM delivery_attempts WHERE delivery_seq = ? ORDER BY id'),
    retry: db.prepare("UPDATE deliveries SET state = 'pending', next_at = ?, lease_owner = NULL, lease_until = NULL WHERE id = ? AND state != 'sending'"),
    counts: db.prepare('SELECT state, COUNT(*) AS n FROM deliveries GROUP BY state'),
    destinations: db.prepare(
      // staff destinations only: a tenant's address is personal data, and one tenant is no destination to watch
      "SELECT channel, destination, SUM(state IN ('pending', 'sending')) AS pending, SUM(state = 'dead') AS dead FROM deliveries WHERE audience = 'staff' GROUP BY channel, destination ORDER BY channel, destination",
    ),
    lastSuccess: db.prepare(
      'SELECT a.id, a.at FROM delivery_attempts a JOIN deliveries d ON d.seq = a.delivery_seq WHERE d.channel = ? AND d.destination = ? AND a.error IS NULL ORDER BY a.id DESC LIMIT 1',
    ),
    failuresSince: db.prepare(
      'SELECT COUNT(*) AS n, MAX(a.id) AS last FROM delivery_attempts a JOIN deliveries d ON d.seq = a.delivery_seq WHERE d.channel = ? AND d.destination = ? AND a.error IS NOT NULL AND a.id > ?',
    ),
    attemptById: db.prepare('SELECT at, error FROM delivery_attempts WHERE id = ?'),
  };

  return {
    serverSecret: (name, create, at) => {
      const existing = q.secret.get(name) as string | undefined;
      if (existing !== undefined) return existing;
      q.secretAdd.run(name, create(), at);
      // whichever process inserted first won; everyone reads its value
      return q.secret.get(name) as string;
    },
    webhookSecrets: (webhookId, at) => q.hookSecrets.all(webhookId, at) as string[],
    addWebhookSecret: (webhookId, secret, at, previousValidUntil) =>
      db.transaction(() => {
        if (previousValidUntil !== undefined) q.hookSecretsExpire.run(previousValidUntil, webhookId, previousValidUntil);
        q.hookSecretAdd.run(webhookId, secret, at);
      })(),

    insertEvent: (e) => { q.eventAdd.run(e.id, e.type, e.record, e.payload, e.createdAt, e.subject, e.tenantEmail); },
    getEvent: (id) => {
      const r = q.event.get(id) as Row | undefined;
      return r ? { id: String(r.id), type: r.type as StoredEvent['type'], record: String(r.record), payload: String(r.payload), createdAt: String(r.created_at) } : undefined;
    },
    routeEvents: (limit, plan) =>
      db.transaction(() => {
        const rows = q.unrouted.all(limit) as Row[];
        for (const r of rows) {
          const event: WaitingEvent = {
            id: String(r.id), type: r.type as WaitingEvent['type'], record: String(r.record), createdAt: String(r.created_at),
            subject: String(r.subject), tenantEmail: str(r.tenant_email),
          };
          for (const d of plan(event)) q.deliveryAdd.run(d.id, d.eventId, d.record, d.channel, d.audience, d.destination, d.nextAt, d.createdAt);
          q.routed.run(event.id);
        }
        return rows.length;
      }).immediate(),
    claimDeliveries: (owner, now, leaseUntil, limit, channel) =>
      db.transaction(() => {
        const rows = channelsOf(channel)
          .flatMap((c) => [...(q.expired.all(c, now, limit) as Row[]), ...(q.due.all(c, now, limit) as Row[])])
          .map(toDelivery)
          .sort((a, b) => (a.nextAt ?? 0) - (b.nextAt ?? 0) || a.seq - b.seq)
          .slice(0, limit);
        for (const d of rows) q.lease.run(owner, leaseUntil, d.seq);
        return rows.map((d) => ({ ...d, state: 'sending' as const, leaseOwner: owner, leaseUntil }));
      }).immediate(),
    finishAttempts: (owner, items) =>
      db.transaction(() =>
        items.map(({ seq, attempt: a, outcome }) => {
          const changed = q.finish.run(
            outcome.state,
            outcome.state === 'pending' ? outcome.nextAt : null,
            outcome.state === 'delivered' ? null : outcome.error,
            outcome.state === 'delivered' ? outcome.at : null,
            seq,
            owner,
          ).changes;
          // an attempt whose lease ran out is still logged: it happened, and the receiver may have seen it
          q.attemptAdd.run(seq, a.at, a.statusCode, Math.round(a.latencyMs), a.error);
          return changed === 1;
        }),
      ).immediate(),
    releaseLeases: (owner) => { q.release.run(owner); },
    nextDue: (channel) => {
      const due = channelsOf(channel).map((c) => num(q.nextDue.get(c))).filter((n) => n !== null);
      return due.length > 0 ? Math.min(...due) : null;
    },
    getDelivery: (id) => { const r = q.delivery.get(id) as Row | undefined; return r ? toDelivery(r) : undefined; },
    listDeliveries: (f, limit, before) => {
      const used = ([['record = ?', f.record], ['state = ?', f.state], ['channel = ?', f.channel], ['seq < ?', before]] as const).filter(([, v]) => v !== undefined);
      const sql = `SELECT * FROM deliveries ${used.length ? `WHERE ${used.map(([c]) => c).join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
      return (db.prepare(sql).all(...used.map(([, v]) => v), limit) as Row[]).map(toDelivery);
    },
    deliveryAttempts: (seq) => (q.attempts.all(seq) as Row[]).map(toAttempt),
    retryDelivery: (id, now) => { q.retry.run(now, id); },
    destinationStats: () =>
      (q.destinations.all() as Row[]).map((r) => {
        const channel = r.channel as StoredDelivery['channel'];
        const destination = String(r.destination);
        const success = q.lastSuccess.get(channel, destination) as Row | undefined;
        const failures = q.failuresSince.get(channel, destination, success ? Number(success.id) : 0) as Row;
        const lastFailure = failures.last == null ? undefined : (q.attemptById.get(failures.last) as Row);
        return {
          channel, destination, pending: Number(r.pending), dead: Number(r.dead),
          consecutiveFailures: Number(failures.n), lastError: lastFailure ? str(lastFailure.error) : null,
          lastSuccessAt: success ? String(success.at) : null, lastFailureAt: lastFailure ? String(lastFailure.at) : null,
        };
      }),
    deliveryCounts: () => {
      const counts: Record<DeliveryState, number> = { pending: 0, sending: 0, delivered: 0, dead: 0 };
      for (const r of q.counts.all() as Row[]) counts[r.state as DeliveryState] = Number(r.n);
      return counts;
    },
  };
};
