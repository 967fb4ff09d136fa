// The store's own operations on Kysely: the queries of ../sqlite.ts, for SQLite and PostgreSQL alike, answering
// the same values (numbers as numbers, null where SQLite's engine gives null, rows in the same order). Text is
// ordered byte by byte on both (SQLite's BINARY collation; `collate "C"` on PostgreSQL, whose default follows the
// database's locale).
import type { Activity, AdminReport, Address, Area, Category, Config, FollowUp, Routing } from '@grannskap/contract';
import type { Selectable, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { DeliveryStore } from '../delivery-store.js';
import type {
  HistoryRow, RetentionLogRow, Store, StoredAttachment, StoredRegistration, StoredReport, StoredTrivselpeng, TrivselpengCore,
} from '../store.js';
import type { Access } from './access.js';
import { binary as binaryOf, chunks, instantBefore, num, numOrNull, strOrNull } from './access.js';
import type { Database } from './schema.js';

/** Every operation but the outbox's and the engine's own. */
export type CoreOperations = Omit<Store, keyof DeliveryStore | 'transaction' | 'close' | 'ping' | 'dataVersion' | 'settingsVersion'>;

const json = <T>(value: unknown): T => JSON.parse(String(value)) as T;

type HistoryRecord = { status: string; at: string; by: string | null; note: string | null; message: string | null };

const toReport = (r: Selectable<Database['reports']>): StoredReport => ({ rowId: num(r.id), tokenHash: String(r.token_hash), report: json<AdminReport>(r.json) });
const toTrivselpeng = (r: Selectable<Database['trivselpeng']>): StoredTrivselpeng => ({
  rowId: num(r.id),
  tokenHash: String(r.token_hash),
  core: json<TrivselpengCore>(r.json),
  approvedAmount: numOrNull(r.approved_amount),
  followUp: r.follow_up == null ? null : json<FollowUp>(r.follow_up),
});
const toHistory = (r: HistoryRecord): HistoryRow => ({
  status: String(r.status), at: String(r.at), by: strOrNull(r.by), note: strOrNull(r.note), message: strOrNull(r.message),
});
const toRegistration = (r: Selectable<Database['registrations']>): StoredRegistration => ({
  id: String(r.id), activityId: String(r.activity_id), occurrence: String(r.occurrence),
  status: r.status as StoredRegistration['status'], participants: num(r.participants), waitlisted: num(r.waitlisted ?? 0), tokenHash: String(r.token_hash),
  seq: num(r.seq), createdAt: String(r.created_at), details: json<StoredRegistration['details']>(r.json),
});
const toAttachment = (r: Selectable<Database['attachments']>): StoredAttachment => ({
  id: String(r.id), file: String(r.file), contentType: r.content_type as StoredAttachment['contentType'], bytes: num(r.bytes),
  width: num(r.width), height: num(r.height), usedBy: strOrNull(r.used_by), createdAt: String(r.created_at),
});
const toHistoryValues = (e: HistoryRow) => ({ status: e.status, at: e.at, by: e.by, note: e.note, message: e.message });


export const coreOperations = (a: Access): CoreOperations => {
  const binary = (column: string) => binaryOf(a.dialect, column);

  const nextSequence = async (name: string): Promise<number> => {
    const row = await a.db().insertInto('sequences').values({ name, value: 1 })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql<number>`${sql.ref('sequences.value')} + 1` }))
      .returning('value')
      .executeTakeFirstOrThrow();
    return num(row.value);
  };

  return {
    getIdempotency: async (key) => {
      const r = await a.db().selectFrom('idempotency').select(['fingerprint', 'status', 'body']).where('key', '=', key).executeTakeFirst();
      return r ? { fingerprint: String(r.fingerprint), status: num(r.status), body: String(r.body) } : undefined;
    },
    putIdempotency: async (key, r, at) => {
      await a.db().insertInto('idempotency').values({ key, fingerprint: r.fingerprint, status: r.status, body: r.body, created_at: at }).execute();
    },
    pruneIdempotency: async (before) => {
      // a comparison of the text, as SQLite's engine makes it
      const result = await a.db().deleteFrom('idempotency').where(sql<SqlBool>`${binary('created_at')} < ${before}`).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    getConfig: async () => {
      const r = await a.db().selectFrom('config').select('json').where('id', '=', 1).executeTakeFirst();
      return r ? json<Config>(r.json) : undefined;
    },
    setConfig: async (config, at) => {
      await a.db().insertInto('config').values({ id: 1, json: JSON.stringify(config), updated_at: at })
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ json: eb.ref('excluded.json'), updated_at: eb.ref('excluded.updated_at') })))
        .execute();
      // after the write: a reader that sees the new version must find the new configuration
      a.settingsWritten();
    },
    getRouting: async () => {
      const r = await a.db().selectFrom('routing').select(['json', 'updated_at', 'updated_by']).where('id', '=', 1).executeTakeFirst();
      return r ? { routing: json<Routing>(r.json), updatedAt: String(r.updated_at), updatedBy: strOrNull(r.updated_by) } : undefined;
    },
    setRouting: async (routing, at, by) => {
      await a.db().insertInto('routing').values({ id: 1, json: JSON.stringify(routing), updated_at: at, updated_by: by })
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
          json: eb.ref('excluded.json'), updated_at: eb.ref('excluded.updated_at'), updated_by: eb.ref('excluded.updated_by'),
        })))
        .execute();
      a.settingsWritten();
    },
    listAreas: async () => {
      const rows = await a.db().selectFrom('areas').select('json').orderBy('position').orderBy(binary('id')).execute();
      return rows.map((r) => json<Area>(r.json));
    },
    getArea: async (id) => {
      const r = await a.db().selectFrom('areas').select('json').where('id', '=', id).executeTakeFirst();
      return r ? json<Area>(r.json) : undefined;
    },
    putArea: async (area, position) => {
      await a.db().insertInto('areas').values({ id: area.id, position, json: JSON.stringify(area) })
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ position: eb.ref('excluded.position'), json: eb.ref('excluded.json') })))
        .execute();
    },
    searchAddresses: async ({ q: text, area, limit }) => {
      const pattern = text ? `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
      const rows = await a.db().selectFrom('addresses').select('json')
        .$if(area !== undefined, (q) => q.where('area_id', '=', area!))
        // the SQL text reads ESCAPE '\' (one backslash), on both engines
        .$if(pattern !== undefined, (q) => q.where(sql<SqlBool>`${sql.ref('search')} like ${pattern!} escape '\\'`))
        .orderBy(binary('search'))
        .limit(limit)
        .execute();
      return rows.map((r) => json<Address>(r.json));
    },
    getAddress: async (id) => {
      const r = await a.db().selectFrom('addresses').select('json').where('id', '=', id).executeTakeFirst();
      return r ? json<Address>(r.json) : undefined;
    },
    putAddress: async (address) => {
      const search = [address.street, address.property, address.postalCode, address.city].filter(Boolean).join(' ').toLowerCase();
      await a.db().insertInto('addresses').values({ id: address.id, area_id: address.areaId, search, json: JSON.stringify(address) })
        .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({
          area_id: eb.ref('excluded.area_id'), search: eb.ref('excluded.search'), json: eb.ref('excluded.json'),
        })))
        .execute();
    },
    listCategories: async (kind) => {
      const rows = await a.db().selectFrom('categories').select('json')
        .$if(kind !== undefined, (q) => q.where('kind', '=', kind!))
        .orderBy('position').orderBy(binary('code'))
        .execute();
      return rows.map((r) => json<Category>(r.json));
    },
    getCategory: async (code) => {
      const r = await a.db().selectFrom('categories').select('json').where('code', '=', code).executeTakeFirst();
      return r ? json<Category>(r.json) : undefined;
    },
    putCategory: async (c, position) => {
      await a.db().insertInto('categories').values({ code: c.code, position, kind: c.kind, json: JSON.stringify(c) })
        .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({
          position: eb.ref('excluded.position'), kind: eb.ref('excluded.kind'), json: eb.ref('excluded.json'),
        })))
        .execute();
    },
    nextSequence,

    addAdminToken: async (hash, label, at) => {
      await a.db().insertInto('admin_tokens').values({ hash, label, created_at: at }).execute();
    },
    findAdminToken: async (hash) => {
      const r = await a.db().selectFrom('admin_tokens').select('label').where('hash', '=', hash).executeTakeFirst();
      return r ? { label: String(r.label) } : undefined;
    },

    insertAttachment: async (x) => {
      await a.db().insertInto('attachments').values({
        id: x.id, file: x.file, content_type: x.contentType, bytes: x.bytes, width: x.width, height: x.height, used_by: x.usedBy, created_at: x.createdAt,
      }).execute();
    },
    getAttachment: async (id) => {
      const r = await a.db().selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toAttachment(r) : undefined;
    },
    useAttachment: async (id, usedBy) => {
      await a.db().updateTable('attachments').set({ used_by: usedBy }).where('id', '=', id).execute();
    },

    insertReport: async (r, tokenHash) => {
      const row = await a.db().insertInto('reports').values({
        reference: r.reference, token_hash: tokenHash, status: r.status, kind: r.kind, category: r.category, area: r.area,
        json: JSON.stringify(r), created_at: r.createdAt, updated_at: r.updatedAt,
      }).returning('id').executeTakeFirstOrThrow();
      return num(row.id);
    },
    getReport: async (reference) => {
      const r = await a.db().selectFrom('reports').selectAll().where('reference', '=', reference).executeTakeFirst();
      return r ? toReport(r) : undefined;
    },
    updateReport: async (rowId, r) => {
      await a.db().updateTable('reports').set({ status: r.status, json: JSON.stringify(r), updated_at: r.updatedAt }).where('id', '=', rowId).execute();
    },
    listReports: async (f, limit, before) => {
      const rows = await a.db().selectFrom('reports').selectAll()
        .$if(f.status !== undefined, (q) => q.where('status', '=', f.status!))
        .$if(f.kind !== undefined, (q) => q.where('kind', '=', f.kind!))
        .$if(f.area !== undefined, (q) => q.where('area', '=', f.area!))
        .$if(f.category !== undefined, (q) => q.where('category', '=', f.category!))
        .$if(before !== undefined, (q) => q.where('id', '<', before!))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toReport);
    },
    addReportHistory: async (rowId, e) => {
      await a.db().insertInto('report_history').values({ report_id: rowId, ...toHistoryValues(e) }).execute();
    },
    reportHistory: async (rowId) => {
      const rows = await a.db().selectFrom('report_history').selectAll().where('report_id', '=', rowId).orderBy('id').execute();
      return rows.map(toHistory);
    },

    insertActivity: async (x) => {
      await a.db().insertInto('activities').values({
        id: x.id, category: x.category, cancelled: x.cancelled ? 1 : 0, json: JSON.stringify(x), updated_at: x.updatedAt,
      }).execute();
    },
    getActivity: async (id) => {
      const r = await a.db().selectFrom('activities').select('json').where('id', '=', id).executeTakeFirst();
      return r ? json<Activity>(r.json) : undefined;
    },
    listActivities: async ({ category }) => {
      const rows = await a.db().selectFrom('activities').select('json')
        .$if(category !== undefined, (q) => q.where('category', '=', category!))
        .orderBy('rowid')
        .execute();
      return rows.map((r) => json<Activity>(r.json));
    },
    updateActivity: async (x) => {
      await a.db().updateTable('activities')
        .set({ category: x.category, cancelled: x.cancelled ? 1 : 0, json: JSON.stringify(x), updated_at: x.updatedAt })
        .where('id', '=', x.id)
        .execute();
    },
    addActivityHistory: async (activityId, e) => {
      await a.db().insertInto('activity_history').values({ activity_id: activityId, ...toHistoryValues(e) }).execute();
    },
    activityHistory: async (activityId) => {
      const rows = await a.db().selectFrom('activity_history').selectAll().where('activity_id', '=', activityId).orderBy('id').execute();
      return rows.map(toHistory);
    },

    insertRegistration: async (r) => {
      await a.db().insertInto('registrations').values({
        id: r.id, activity_id: r.activityId, occurrence: r.occurrence, status: r.status, participants: r.participants, waitlisted: r.waitlisted,
        token_hash: r.tokenHash, json: JSON.stringify(r.details), seq: r.seq, created_at: r.createdAt,
      }).execute();
    },
    getRegistration: async (id) => {
      const r = await a.db().selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toRegistration(r) : undefined;
    },
    listRegistrations: async (activityId) => {
      const rows = await a.db().selectFrom('registrations').selectAll().where('activity_id', '=', activityId)
        .orderBy(binary('occurrence')).orderBy('seq')
        .execute();
      return rows.map(toRegistration);
    },
    occurrenceRegistrations: async (activityId, occurrence) => {
      const rows = await a.db().selectFrom('registrations').selectAll()
        .where('activity_id', '=', activityId).where('occurrence', '=', occurrence).where('status', '!=', 'cancelled')
        .orderBy('seq')
        .execute();
      return rows.map(toRegistration);
    },
    occurrenceCounts: async (activityId) => {
      const rows = await a.db().selectFrom('registrations')
        .select((eb) => [
          'occurrence',
          eb.fn.sum<number | string>(eb('participants', '-', eb.ref('waitlisted'))).as('confirmed'),
          eb.fn.sum<number | string>('waitlisted').as('waitlisted'),
        ])
        .where('activity_id', '=', activityId).where('status', '!=', 'cancelled')
        .groupBy('occurrence')
        // the order SQLite's engine reads the groups in (the index registrations_occurrence), written out
        .orderBy(binary('occurrence'))
        .execute();
      return new Map(rows.map((r) => [String(r.occurrence), { confirmed: Number(r.confirmed), waitlisted: Number(r.waitlisted) }]));
    },
    setRegistrationStatus: async (id, status, waitlisted = 0) => {
      await a.db().updateTable('registrations').set({ status, waitlisted }).where('id', '=', id).execute();
    },
    nextRegistrationSeq: () => nextSequence('registration'),
    setRegistrationDetails: async (id, details) => {
      await a.db().updateTable('registrations').set({ json: JSON.stringify(details) }).where('id', '=', id).execute();
    },

    purgeExpired: (cutoffs, log) =>
      a.transaction(async () => {
        const db = a.db();
        // instants compared whatever offset each was written with (Z or +01:00)
        const reports = await db.selectFrom('reports').select(['id', 'reference'])
          .where(instantBefore(a.dialect, 'created_at', cutoffs.reports)).orderBy('id').execute();
        const applications = await db.selectFrom('trivselpeng').select(['id', 'reference'])
          .where(instantBefore(a.dialect, 'created_at', cutoffs.applications)).orderBy('id').execute();
        const owners = [...reports, ...applications].map((r) => String(r.reference));
        // Photos of deleted records (owner by owner), and uploads never attached to anything that are as old as the oldest cutoff.
        const byOwner = new Map<string, { id: string; file: string }[]>();
        for (const chunk of chunks([...new Set(owners)])) {
          const rows = await db.selectFrom('attachments').select(['id', 'file', 'used_by']).where('used_by', 'in', chunk).execute();
          for (const r of rows) {
            const owner = String(r.used_by);
            const list = byOwner.get(owner) ?? [];
            list.push({ id: String(r.id), file: String(r.file) });
            byOwner.set(owner, list);
          }
        }
        const files: string[] = [];
        const photoIds: string[] = [];
        for (const owner of owners) for (const p of byOwner.get(owner) ?? []) { photoIds.push(p.id); files.push(p.file); }
        const earliest = [cutoffs.reports, cutoffs.applications].sort((x, y) => Date.parse(x) - Date.parse(y))[0]!;
        const unattached = await db.selectFrom('attachments').select(['id', 'file'])
          .where('used_by', 'is', null).where(instantBefore(a.dialect, 'created_at', earliest)).execute();
        for (const p of unattached) { photoIds.push(String(p.id)); files.push(String(p.file)); }
        for (const chunk of chunks([...new Set(photoIds)])) await db.deleteFrom('attachments').where('id', 'in', chunk).execute();
        for (const chunk of chunks(reports.map((r) => num(r.id)))) {
          await db.deleteFrom('report_history').where('report_id', 'in', chunk).execute();
          await db.deleteFrom('reports').where('id', 'in', chunk).execute();
        }
        for (const chunk of chunks(applications.map((r) => num(r.id)))) {
          await db.deleteFrom('trivselpeng_history').where('trivselpeng_id', 'in', chunk).execute();
          await db.deleteFrom('trivselpeng').where('id', 'in', chunk).execute();
        }
        const registrationIds = (await db.selectFrom('registrations').select('id')
          .where(instantBefore(a.dialect, 'created_at', cutoffs.registrations)).execute()).map((r) => String(r.id));
        const removed = await db.deleteFrom('registrations').where(instantBefore(a.dialect, 'created_at', cutoffs.registrations)).executeTakeFirst();
        const registrations = Number(removed.numDeletedRows);
        for (const chunk of chunks([...new Set([...owners, ...registrationIds])])) {
          await db.deleteFrom('delivery_attempts')
            .where('delivery_seq', 'in', (eb) => eb.selectFrom('deliveries').select('seq').where('record', 'in', chunk))
            .execute();
          await db.deleteFrom('deliveries').where('record', 'in', chunk).execute();
          await db.deleteFrom('events').where('record', 'in', chunk).execute();
        }
        const deleted = { reports: reports.length, applications: applications.length, registrations, photos: photoIds.length };
        await db.insertInto('retention_log').values({
          at: log.at, reports_days: log.periodDays.reports, applications_days: log.periodDays.applications, registrations_days: log.periodDays.registrations,
          reports: deleted.reports, applications: deleted.applications, registrations: deleted.registrations, photos: deleted.photos,
        }).execute();
        return { deleted, files };
      }),
    retentionLog: async (limit) => {
      const rows = await a.db().selectFrom('retention_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r): RetentionLogRow => ({
        at: String(r.at),
        periodDays: { reports: num(r.reports_days), applications: num(r.applications_days), registrations: num(r.registrations_days) },
        deleted: { reports: num(r.reports), applications: num(r.applications), registrations: num(r.registrations), photos: num(r.photos) },
      }));
    },

    insertTrivselpeng: async (c, tokenHash) => {
      const row = await a.db().insertInto('trivselpeng').values({
        reference: c.reference, token_hash: tokenHash, status: c.status, area: c.area, json: JSON.stringify(c), created_at: c.createdAt, updated_at: c.updatedAt,
      }).returning('id').executeTakeFirstOrThrow();
      return num(row.id);
    },
    getTrivselpeng: async (reference) => {
      const r = await a.db().selectFrom('trivselpeng').selectAll().where('reference', '=', reference).executeTakeFirst();
      return r ? toTrivselpeng(r) : undefined;
    },
    // read, then write: in a transaction, so no other write to the application falls between the two
    updateTrivselpeng: (rowId, change) =>
      a.transaction(async () => {
        const current = await a.db().selectFrom('trivselpeng').select('json').where('id', '=', rowId).executeTakeFirst();
        const core = { ...json<TrivselpengCore>(current!.json), status: change.status, updatedAt: change.updatedAt };
        await a.db().updateTable('trivselpeng')
          .set({
            status: change.status, json: JSON.stringify(core), updated_at: change.updatedAt,
            ...(change.approvedAmount !== undefined ? { approved_amount: change.approvedAmount } : {}),
            ...(change.followUp !== undefined ? { follow_up: change.followUp ? JSON.stringify(change.followUp) : null } : {}),
          })
          .where('id', '=', rowId)
          .execute();
      }),
    setTrivselpengApplicant: (rowId, applicant) =>
      a.transaction(async () => {
        const current = await a.db().selectFrom('trivselpeng').select('json').where('id', '=', rowId).executeTakeFirst();
        await a.db().updateTable('trivselpeng')
          .set({ json: JSON.stringify({ ...json<TrivselpengCore>(current!.json), applicant }) })
          .where('id', '=', rowId)
          .execute();
      }),
    listTrivselpeng: async (f, limit, before) => {
      const rows = await a.db().selectFrom('trivselpeng').selectAll()
        .$if(f.status !== undefined, (q) => q.where('status', '=', f.status!))
        .$if(f.area !== undefined, (q) => q.where('area', '=', f.area!))
        .$if(before !== undefined, (q) => q.where('id', '<', before!))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toTrivselpeng);
    },
    addTrivselpengHistory: async (rowId, e) => {
      await a.db().insertInto('trivselpeng_history').values({ trivselpeng_id: rowId, ...toHistoryValues(e) }).execute();
    },
    trivselpengHistory: async (rowId) => {
      const rows = await a.db().selectFrom('trivselpeng_history').selectAll().where('trivselpeng_id', '=', rowId).orderBy('id').execute();
      return rows.map(toHistory);
    },
  };
};
