// The outbox on Kysely: the queries of ../sqlite-deliveries.ts, for SQLite and PostgreSQL alike, answering the
// same values. Claims and routing run in a transaction; on PostgreSQL the rows they take are locked `FOR UPDATE
// SKIP LOCKED`, so processes claiming at once each get other rows (SQLite's BEGIN IMMEDIATE serializes them).
import { DELIVERY_CHANNELS } from '@grannskap/contract';
import type { DeliveryAttempt, DeliveryChannel, DeliveryState } from '@grannskap/contract';
import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { DeliveryStore, NewDelivery, StoredDelivery, StoredEvent, WaitingEvent } from '../delivery-store.js';
import type { Promised } from '../store.js';
import type { Access } from './access.js';
import { binary as binaryOf, chunks, num, numOrNull, strOrNull } from './access.js';
import type { Database } from './schema.js';

type DeliveryRow = Selectable<Database['deliveries']>;

const toDelivery = (r: DeliveryRow): StoredDelivery => ({
  seq: num(r.seq), id: String(r.id), eventId: String(r.event_id), record: String(r.record),
  channel: r.channel as StoredDelivery['channel'], audience: r.audience as StoredDelivery['audience'], destination: String(r.destination),
  state: r.state as DeliveryState, attempts: num(r.attempts), nextAt: numOrNull(r.next_at),
  leaseOwner: strOrNull(r.lease_owner), leaseUntil: numOrNull(r.lease_until), lastError: strOrNull(r.last_error),
  createdAt: String(r.created_at), deliveredAt: strOrNull(r.delivered_at),
});
const toAttempt = (r: Selectable<Database['delivery_attempts']>): DeliveryAttempt => ({
  at: String(r.at), statusCode: numOrNull(r.status_code), latencyMs: num(r.latency_ms), error: strOrNull(r.error),
});
const channelsOf = (channel?: DeliveryChannel): readonly DeliveryChannel[] => (channel ? [channel] : DELIVERY_CHANNELS);

/** The outbox's operations. */
export const deliveryOperations = (a: Access): Promised<DeliveryStore> => {
  const postgres = a.dialect === 'postgres';
  /** A text column ordered byte by byte, as SQLite's BINARY collation does (PostgreSQL's default follows the locale). */
  const binary = (column: string) => binaryOf(a.dialect, column);

  const readSecret = async (name: string): Promise<string | undefined> => {
    const row = await a.db().selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirst();
    return row ? String(row.value) : undefined;
  };

  /** Due or expired deliveries of one channel, locked on PostgreSQL (rows another claim holds are skipped). */
  const expired = (channel: DeliveryChannel, now: number, limit: number) =>
    a.db().selectFrom('deliveries').selectAll()
      .where('state', '=', 'sending').where('channel', '=', channel).where('lease_until', '<=', now)
      // the order SQLite reads them in anyway (the index deliveries_due, then seq), written out: PostgreSQL's
      // plan (a scan of the table) would pick other rows under the LIMIT
      .orderBy('next_at').orderBy('seq')
      .limit(limit)
      .$if(postgres, (q) => q.forUpdate().skipLocked())
      .execute();
  const due = (channel: DeliveryChannel, now: number, limit: number) =>
    a.db().selectFrom('deliveries').selectAll()
      // per channel, so each reads the index deliveries_due (state, channel, next_at) in order however long the
      // backlog of another channel grows
      .where('state', '=', 'pending').where('channel', '=', channel).where('next_at', '<=', now)
      .orderBy('next_at').orderBy('seq')
      .limit(limit)
      .$if(postgres, (q) => q.forUpdate().skipLocked())
      .execute();

  return {
    serverSecret: async (name, create, at) => {
      const existing = await readSecret(name);
      if (existing !== undefined) return existing;
      await a.db().insertInto('server_secrets').values({ name, value: create(), created_at: at })
        .onConflict((oc) => oc.column('name').doNothing()).execute();
      // whichever process inserted first won; everyone reads its value
      return (await readSecret(name)) as string;
    },
    webhookSecrets: async (webhookId, at) => {
      const rows = await a.db().selectFrom('webhook_secrets').select('secret')
        .where('webhook_id', '=', webhookId)
        .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', at)]))
        .orderBy('id', 'desc').execute();
      return rows.map((r) => String(r.secret));
    },
    addWebhookSecret: (webhookId, secret, at, previousValidUntil) =>
      a.transaction(async () => {
        if (previousValidUntil !== undefined) {
          await a.db().updateTable('webhook_secrets').set({ valid_until: previousValidUntil })
            .where('webhook_id', '=', webhookId)
            .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>', previousValidUntil)]))
            .execute();
        }
        await a.db().insertInto('webhook_secrets').values({ webhook_id: webhookId, secret, created_at: at }).execute();
      }),

    insertEvent: async (e) => {
      await a.db().insertInto('events').values({
        id: e.id, type: e.type, record: e.record, payload: e.payload, created_at: e.createdAt, subject: e.subject, tenant_email: e.tenantEmail, routed: 0,
      }).execute();
    },
    getEvent: async (id) => {
      const r = await a.db().selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? { id: String(r.id), type: r.type as StoredEvent['type'], record: String(r.record), payload: String(r.payload), createdAt: String(r.created_at) } : undefined;
    },
    routeEvents: (limit, plan) =>
      a.transaction(async () => {
        const rows = await a.db().selectFrom('events')
          .select(['id', 'type', 'record', 'created_at', 'subject', 'tenant_email'])
          // a literal, as the partial index events_unrouted (WHERE routed = 0) is written
          .where('routed', '=', sql.lit(0))
          .orderBy('created_at')
          .limit(limit)
          // two processes routing at once take different events
          .$if(postgres, (q) => q.forUpdate().skipLocked())
          .execute();
        if (rows.length === 0) return 0;
        const deliveries: NewDelivery[] = [];
        for (const r of rows) {
          const event: WaitingEvent = {
            id: String(r.id), type: r.type as WaitingEvent['type'], record: String(r.record), createdAt: String(r.created_at),
            subject: String(r.subject), tenantEmail: strOrNull(r.tenant_email),
          };
          deliveries.push(...plan(event));
        }
        // in the order the plans gave them, so their seq numbers run as one insert after another would give them
        for (const chunk of chunks(deliveries)) {
          await a.db().insertInto('deliveries').values(chunk.map((d) => ({
            id: d.id, event_id: d.eventId, record: d.record, channel: d.channel, audience: d.audience, destination: d.destination,
            state: 'pending', next_at: d.nextAt, created_at: d.createdAt,
          }))).execute();
        }
        await a.db().updateTable('events').set({ routed: 1 }).where('id', 'in', rows.map((r) => String(r.id))).execute();
        return rows.length;
      }, { lockedRows: true }),
    claimDeliveries: (owner, now, leaseUntil, limit, channel) =>
      a.transaction(async () => {
        const found: StoredDelivery[] = [];
        for (const c of channelsOf(channel)) {
          found.push(...(await expired(c, now, limit)).map(toDelivery), ...(await due(c, now, limit)).map(toDelivery));
        }
        const rows = found.sort((x, y) => (x.nextAt ?? 0) - (y.nextAt ?? 0) || x.seq - y.seq).slice(0, limit);
        if (rows.length > 0) {
          await a.db().updateTable('deliveries').set({ state: 'sending', lease_owner: owner, lease_until: leaseUntil })
            .where('seq', 'in', rows.map((d) => d.seq)).execute();
        }
        return rows.map((d) => ({ ...d, state: 'sending' as const, leaseOwner: owner, leaseUntil }));
      }, { lockedRows: true }),
    finishAttempts: (owner, items) =>
      a.transaction(async () => {
        const kept: boolean[] = [];
        for (const { seq, outcome } of items) {
          const result = await a.db().updateTable('deliveries')
            .set((eb) => ({
              state: outcome.state,
              attempts: eb('attempts', '+', 1),
              next_at: outcome.state === 'pending' ? outcome.nextAt : null,
              last_error: outcome.state === 'delivered' ? null : outcome.error,
              delivered_at: outcome.state === 'delivered' ? outcome.at : null,
              lease_owner: null,
              lease_until: null,
            }))
            .where('seq', '=', seq).where('state', '=', 'sending').where('lease_owner', '=', owner)
            .executeTakeFirst();
          kept.push(result.numUpdatedRows === 1n);
        }
        // an attempt whose lease ran out is still logged: it happened, and the receiver may have seen it
        for (const chunk of chunks(items)) {
          await a.db().insertInto('delivery_attempts').values(chunk.map(({ seq, attempt }) => ({
            delivery_seq: seq, at: attempt.at, status_code: attempt.statusCode, latency_ms: Math.round(attempt.latencyMs), error: attempt.error,
          }))).execute();
        }
        return kept;
      }, { lockedRows: true }),
    releaseLeases: async (owner) => {
      await a.db().updateTable('deliveries').set({ state: 'pending', lease_owner: null, lease_until: null })
        .where('state', '=', 'sending').where('lease_owner', '=', owner).execute();
    },
    nextDue: async (channel) => {
      const due: number[] = [];
      for (const c of channelsOf(channel)) {
        const row = await a.db().selectFrom('deliveries').select((eb) => eb.fn.min('next_at').as('next'))
          .where('state', '=', 'pending').where('channel', '=', c).executeTakeFirst();
        const next = numOrNull(row?.next);
        if (next !== null) due.push(next);
      }
      return due.length > 0 ? Math.min(...due) : null;
    },
    getDelivery: async (id) => {
      const r = await a.db().selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toDelivery(r) : undefined;
    },
    listDeliveries: async (f, limit, before) => {
      const rows = await a.db().selectFrom('deliveries').selectAll()
        .$if(f.record !== undefined, (q) => q.where('record', '=', f.record!))
        .$if(f.state !== undefined, (q) => q.where('state', '=', f.state!))
        .$if(f.channel !== undefined, (q) => q.where('channel', '=', f.channel!))
        .$if(before !== undefined, (q) => q.where('seq', '<', before!))
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },
    deliveryAttempts: async (seq) => {
      const rows = await a.db().selectFrom('delivery_attempts').selectAll().where('delivery_seq', '=', seq).orderBy('id').execute();
      return rows.map(toAttempt);
    },
    retryDelivery: async (id, now) => {
      await a.db().updateTable('deliveries').set({ state: 'pending', next_at: now, lease_owner: null, lease_until: null })
        .where('id', '=', id).where('state', '!=', 'sending').execute();
    },
    destinationStats: async () => {
      // staff destinations only: a tenant's address is personal data, and one tenant is no destination to watch
      const groups = await a.db().selectFrom('deliveries')
        .select([
          'channel', 'destination',
          sql<number | string>`sum(case when state in ('pending', 'sending') then 1 else 0 end)`.as('pending'),
          sql<number | string>`sum(case when state = 'dead' then 1 else 0 end)`.as('dead'),
        ])
        .where('audience', '=', 'staff')
        .groupBy(['channel', 'destination'])
        .orderBy(binary('channel')).orderBy(binary('destination'))
        .execute();
      const stats = [];
      for (const g of groups) {
        const channel = g.channel as StoredDelivery['channel'];
        const destination = String(g.destination);
        const success = await a.db().selectFrom('delivery_attempts as a').innerJoin('deliveries as d', 'd.seq', 'a.delivery_seq')
          .select(['a.id', 'a.at'])
          .where('d.channel', '=', channel).where('d.destination', '=', destination).where('a.error', 'is', null)
          .orderBy('a.id', 'desc').limit(1)
          .executeTakeFirst();
        const failures = await a.db().selectFrom('delivery_attempts as a').innerJoin('deliveries as d', 'd.seq', 'a.delivery_seq')
          .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('a.id').as('last')])
          .where('d.channel', '=', channel).where('d.destination', '=', destination).where('a.error', 'is not', null)
          .where('a.id', '>', success ? num(success.id) : 0)
          .executeTakeFirstOrThrow();
        const lastFailure = failures.last == null
          ? undefined
          : await a.db().selectFrom('delivery_attempts').select(['at', 'error']).where('id', '=', num(failures.last)).executeTakeFirst();
        stats.push({
          channel, destination, pending: num(g.pending), dead: num(g.dead),
          consecutiveFailures: num(failures.n), lastError: lastFailure ? strOrNull(lastFailure.error) : null,
          lastSuccessAt: success ? String(success.at) : null, lastFailureAt: lastFailure ? String(lastFailure.at) : null,
        });
      }
      return stats;
    },
    deliveryCounts: async () => {
      const counts: Record<DeliveryState, number> = { pending: 0, sending: 0, delivered: 0, dead: 0 };
      const rows = await a.db().selectFrom('deliveries').select((eb) => ['state', eb.fn.countAll().as('n')]).groupBy('state').execute();
      for (const r of rows) counts[r.state as DeliveryState] = num(r.n);
      return counts;
    },
  };
};
