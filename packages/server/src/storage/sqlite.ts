import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity, AdminReport, Address, Area, Category, Config, FollowUp, Routing } from '@grannskap/contract';
import { MIGRATIONS } from './migrations.js';
import { Database, type SqliteDatabase } from './sqlite-driver.js';
import { sqliteDeliveries } from './sqlite-deliveries.js';
import { serializedStore, type SyncEngine } from './serialized.js';
import type {
  HistoryRow, IdempotencyRecord, ReportFilter, RetentionLogRow, Store, StoredAttachment, StoredRegistration, StoredReport, StoredTrivselpeng,
  TrivselpengCore, TrivselpengFilter,
} from './store.js';

export const DB_FILE = 'grannskap.sqlite';

type Row = Record<string, unknown>;
const json = <T>(value: unknown): T => JSON.parse(String(value)) as T;

/** Applies SQLite's pending migrations (../migrations.ts) on an open database. */
export const migrateSqlite = (db: SqliteDatabase) => {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    })();
  }
};

const toReport = (r: Row): StoredReport => ({ rowId: Number(r.id), tokenHash: String(r.token_hash), report: json<AdminReport>(r.json) });
const toTrivselpeng = (r: Row): StoredTrivselpeng => ({
  rowId: Number(r.id),
  tokenHash: String(r.token_hash),
  core: json<TrivselpengCore>(r.json),
  approvedAmount: r.approved_amount == null ? null : Number(r.approved_amount),
  followUp: r.follow_up == null ? null : json<FollowUp>(r.follow_up),
});
const toHistory = (r: Row): HistoryRow => ({
  status: String(r.status), at: String(r.at),
  by: r.by == null ? null : String(r.by), note: r.note == null ? null : String(r.note), message: r.message == null ? null : String(r.message),
});
const toRegistration = (r: Row): StoredRegistration => ({
  id: String(r.id), activityId: String(r.activity_id), occurrence: String(r.occurrence),
  status: r.status as StoredRegistration['status'], participants: Number(r.participants), waitlisted: Number(r.waitlisted ?? 0), tokenHash: String(r.token_hash),
  seq: Number(r.seq), createdAt: String(r.created_at), details: json<StoredRegistration['details']>(r.json),
});
const toAttachment = (r: Row): StoredAttachment => ({
  id: String(r.id), file: String(r.file), contentType: r.content_type as StoredAttachment['contentType'], bytes: Number(r.bytes),
  width: Number(r.width), height: Number(r.height), usedBy: r.used_by == null ? null : String(r.used_by), createdAt: String(r.created_at),
});

const where = (clauses: [string, unknown][]) => {
  const used = clauses.filter(([, v]) => v !== undefined);
  return { sql: used.length ? `WHERE ${used.map(([c]) => c).join(' AND ')}` : '', args: used.map(([, v]) => v) };
};

/** Opens (creating when needed) the SQLite database in `dataDir` and applies pending migrations. */
export const openSqliteStore = (dataDir: string): Store => serializedStore(openSqliteEngine(dataDir));

/** The synchronous SQLite engine under the store. */
const openSqliteEngine = (dataDir: string): SyncEngine => {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrateSqlite(db);

  const q = {
    totalChanges: db.prepare('SELECT total_changes()').pluck(),
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    idemGet: db.prepare('SELECT fingerprint, status, body FROM idempotency WHERE key = ?'),
    idemPut: db.prepare('INSERT INTO idempotency (key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?)'),
    configGet: db.prepare('SELECT json FROM config WHERE id = 1'),
    routingGet: db.prepare('SELECT json, updated_at, updated_by FROM routing WHERE id = 1'),
    routingSet: db.prepare('INSERT INTO routing (id, json, updated_at, updated_by) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at, updated_by = excluded.updated_by'),
    configSet: db.prepare('INSERT INTO config (id, json, updated_at) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at'),
    areas: db.prepare('SELECT json FROM areas ORDER BY position, id'),
    area: db.prepare('SELECT json FROM areas WHERE id = ?'),
    areaPut: db.prepare('INSERT INTO areas (id, position, json) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET position = excluded.position, json = excluded.json'),
    address: db.prepare('SELECT json FROM addresses WHERE id = ?'),
    addressPut: db.prepare('INSERT INTO addresses (id, area_id, search, json) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET area_id = excluded.area_id, search = excluded.search, json = excluded.json'),
    category: db.prepare('SELECT json FROM categories WHERE code = ?'),
    categoryPut: db.prepare('INSERT INTO categories (code, position, kind, json) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET position = excluded.position, kind = excluded.kind, json = excluded.json'),
    seqNext: db.prepare('INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value'),
    tokenAdd: db.prepare('INSERT INTO admin_tokens (hash, label, created_at) VALUES (?, ?, ?)'),
    tokenFind: db.prepare('SELECT label FROM admin_tokens WHERE hash = ?'),
    attachmentAdd: db.prepare('INSERT INTO attachments (id, file, content_type, bytes, width, height, used_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    attachment: db.prepare('SELECT * FROM attachments WHERE id = ?'),
    attachmentUse: db.prepare('UPDATE attachments SET used_by = ? WHERE id = ?'),
    reportAdd: db.prepare('INSERT INTO reports (reference, token_hash, status, kind, category, area, json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    report: db.prepare('SELECT * FROM reports WHERE reference = ?'),
    reportUpdate: db.prepare('UPDATE reports SET status = ?, json = ?, updated_at = ? WHERE id = ?'),
    reportHistoryAdd: db.prepare('INSERT INTO report_history (report_id, status, at, by, note, message) VALUES (?, ?, ?, ?, ?, ?)'),
    reportHistory: db.prepare('SELECT * FROM report_history WHERE report_id = ? ORDER BY id'),
    activityHistoryAdd: db.prepare('INSERT INTO activity_history (activity_id, status, at, by, note, message) VALUES (?, ?, ?, ?, ?, ?)'),
    activityHistory: db.prepare('SELECT * FROM activity_history WHERE activity_id = ? ORDER BY id'),
    activityAdd: db.prepare('INSERT INTO activities (id, category, cancelled, json, updated_at) VALUES (?, ?, ?, ?, ?)'),
    activity: db.prepare('SELECT json FROM activities WHERE id = ?'),
    activityUpdate: db.prepare('UPDATE activities SET category = ?, cancelled = ?, json = ?, updated_at = ? WHERE id = ?'),
    registrationAdd: db.prepare('INSERT INTO registrations (id, activity_id, occurrence, status, participants, waitlisted, token_hash, json, seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    registration: db.prepare('SELECT * FROM registrations WHERE id = ?'),
    registrations: db.prepare('SELECT * FROM registrations WHERE activity_id = ? ORDER BY occurrence, seq'),
    occurrenceRegs: db.prepare("SELECT * FROM registrations WHERE activity_id = ? AND occurrence = ? AND status != 'cancelled' ORDER BY seq"),
    occurrenceCounts: db.prepare(
      "SELECT occurrence, SUM(participants - waitlisted) AS confirmed, SUM(waitlisted) AS waitlisted FROM registrations WHERE activity_id = ? AND status != 'cancelled' GROUP BY occurrence",
    ),
    registrationStatus: db.prepare('UPDATE registrations SET status = ?, waitlisted = ? WHERE id = ?'),
    trivAdd: db.prepare('INSERT INTO trivselpeng (reference, token_hash, status, area, json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    triv: db.prepare('SELECT * FROM trivselpeng WHERE reference = ?'),
    trivHistoryAdd: db.prepare('INSERT INTO trivselpeng_history (trivselpeng_id, status, at, by, note, message) VALUES (?, ?, ?, ?, ?, ?)'),
    trivHistory: db.prepare('SELECT * FROM trivselpeng_history WHERE trivselpeng_id = ? ORDER BY id'),
  };

  // bumped by this connection's writes of configuration or routing, and by any rolled-back transaction (which
  // may have undone one after it was read)
  let settingsWrites = 0;

  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  const store: SyncEngine = {
    ...sqliteDeliveries(db),
    close: () => db.close(),
    ping: () => { db.prepare('SELECT 1').get(); },
    // total_changes() counts this connection's row changes; data_version moves when another connection commits.
    dataVersion: () => `${q.totalChanges.get() as number}:${q.dataVersion.get() as number}`,
    settingsVersion: () => `${settingsWrites}:${q.dataVersion.get() as number}`,
    begin: () => { begin.run(); },
    commit: () => { commit.run(); },
    rollback: () => {
      settingsWrites += 1;
      // a failed COMMIT or a constraint error may already have ended it
      if (db.inTransaction) rollback.run();
    },

    getIdempotency: (key) => q.idemGet.get(key) as IdempotencyRecord | undefined,
    putIdempotency: (key, r, at) => { q.idemPut.run(key, r.fingerprint, r.status, r.body, at); },
    pruneIdempotency: (before) => db.prepare('DELETE FROM idempotency WHERE created_at < ?').run(before).changes,

    getConfig: () => { const r = q.configGet.get() as Row | undefined; return r ? json<Config>(r.json) : undefined; },
    setConfig: (config, at) => { settingsWrites += 1; q.configSet.run(JSON.stringify(config), at); },
    getRouting: () => {
      const r = q.routingGet.get() as Row | undefined;
      return r ? { routing: json<Routing>(r.json), updatedAt: String(r.updated_at), updatedBy: r.updated_by == null ? null : String(r.updated_by) } : undefined;
    },
    setRouting: (routing, at, by) => { settingsWrites += 1; q.routingSet.run(JSON.stringify(routing), at, by); },
    listAreas: () => (q.areas.all() as Row[]).map((r) => json<Area>(r.json)),
    getArea: (id) => { const r = q.area.get(id) as Row | undefined; return r ? json<Area>(r.json) : undefined; },
    putArea: (area, position) => { q.areaPut.run(area.id, position, JSON.stringify(area)); },
    searchAddresses: ({ q: text, area, limit }) => {
      const w = where([['area_id = ?', area], ["search LIKE ? ESCAPE '\\'", text ? `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined]]);
      return (db.prepare(`SELECT json FROM addresses ${w.sql} ORDER BY search LIMIT ?`).all(...w.args, limit) as Row[]).map((r) => json<Address>(r.json));
    },
    getAddress: (id) => { const r = q.address.get(id) as Row | undefined; return r ? json<Address>(r.json) : undefined; },
    putAddress: (a) => {
      const search = [a.street, a.property, a.postalCode, a.city].filter(Boolean).join(' ').toLowerCase();
      q.addressPut.run(a.id, a.areaId, search, JSON.stringify(a));
    },
    listCategories: (kind) => {
      const w = where([['kind = ?', kind]]);
      return (db.prepare(`SELECT json FROM categories ${w.sql} ORDER BY position, code`).all(...w.args) as Row[]).map((r) => json<Category>(r.json));
    },
    getCategory: (code) => { const r = q.category.get(code) as Row | undefined; return r ? json<Category>(r.json) : undefined; },
    putCategory: (c, position) => { q.categoryPut.run(c.code, position, c.kind, JSON.stringify(c)); },
    nextSequence: (name) => Number((q.seqNext.get(name) as Row).value),

    addAdminToken: (hash, label, at) => { q.tokenAdd.run(hash, label, at); },
    findAdminToken: (hash) => q.tokenFind.get(hash) as { label: string } | undefined,

    insertAttachment: (a) => { q.attachmentAdd.run(a.id, a.file, a.contentType, a.bytes, a.width, a.height, a.usedBy, a.createdAt); },
    getAttachment: (id) => { const r = q.attachment.get(id) as Row | undefined; return r ? toAttachment(r) : undefined; },
    useAttachment: (id, usedBy) => { q.attachmentUse.run(usedBy, id); },

    insertReport: (r, tokenHash) =>
      Number(q.reportAdd.run(r.reference, tokenHash, r.status, r.kind, r.category, r.area, JSON.stringify(r), r.createdAt, r.updatedAt).lastInsertRowid),
    getReport: (reference) => { const r = q.report.get(reference) as Row | undefined; return r ? toReport(r) : undefined; },
    updateReport: (rowId, r) => { q.reportUpdate.run(r.status, JSON.stringify(r), r.updatedAt, rowId); },
    listReports: (f: ReportFilter, limit, before) => {
      const w = where([['status = ?', f.status], ['kind = ?', f.kind], ['area = ?', f.area], ['category = ?', f.category], ['id < ?', before]]);
      return (db.prepare(`SELECT * FROM reports ${w.sql} ORDER BY id DESC LIMIT ?`).all(...w.args, limit) as Row[]).map(toReport);
    },
    addReportHistory: (rowId, e) => { q.reportHistoryAdd.run(rowId, e.status, e.at, e.by, e.note, e.message); },
    reportHistory: (rowId) => (q.reportHistory.all(rowId) as Row[]).map(toHistory),

    insertActivity: (a) => { q.activityAdd.run(a.id, a.category, a.cancelled ? 1 : 0, JSON.stringify(a), a.updatedAt); },
    getActivity: (id) => { const r = q.activity.get(id) as Row | undefined; return r ? json<Activity>(r.json) : undefined; },
    listActivities: ({ category }) => {
      const w = where([['category = ?', category]]);
      return (db.prepare(`SELECT json FROM activities ${w.sql} ORDER BY rowid`).all(...w.args) as Row[]).map((r) => json<Activity>(r.json));
    },
    updateActivity: (a) => { q.activityUpdate.run(a.category, a.cancelled ? 1 : 0, JSON.stringify(a), a.updatedAt, a.id); },
    addActivityHistory: (id, e) => { q.activityHistoryAdd.run(id, e.status, e.at, e.by, e.note, e.message); },
    activityHistory: (id) => (q.activityHistory.all(id) as Row[]).map(toHistory),

    insertRegistration: (r) => {
      q.registrationAdd.run(r.id, r.activityId, r.occurrence, r.status, r.participants, r.waitlisted, r.tokenHash, JSON.stringify(r.details), r.seq, r.createdAt);
    },
    getRegistration: (id) => { const r = q.registration.get(id) as Row | undefined; return r ? toRegistration(r) : undefined; },
    listRegistrations: (activityId) => (q.registrations.all(activityId) as Row[]).map(toRegistration),
    occurrenceRegistrations: (activityId, occurrence) => (q.occurrenceRegs.all(activityId, occurrence) as Row[]).map(toRegistration),
    occurrenceCounts: (activityId) =>
      new Map((q.occurrenceCounts.all(activityId) as Row[]).map((r) => [String(r.occurrence), { confirmed: Number(r.confirmed), waitlisted: Number(r.waitlisted) }])),
    setRegistrationStatus: (id, status, waitlisted = 0) => { q.registrationStatus.run(status, waitlisted, id); },
    nextRegistrationSeq: () => store.nextSequence('registration'),
    setRegistrationDetails: (id, details) => { db.prepare('UPDATE registrations SET json = ? WHERE id = ?').run(JSON.stringify(details), id); },

    purgeExpired: (cutoffs, log) =>
      db.transaction(() => {
        // julianday() compares instants whatever offset each was written with (Z or +01:00).
        const older = 'julianday(created_at) < julianday(?)';
        const reports = (db.prepare(`SELECT id, reference FROM reports WHERE ${older}`).all(cutoffs.reports) as Row[]);
        const applications = (db.prepare(`SELECT id, reference FROM trivselpeng WHERE ${older}`).all(cutoffs.applications) as Row[]);
        const owners = [...reports, ...applications].map((r) => String(r.reference));
        // Photos of deleted records, and uploads never attached to anything that are as old as the oldest cutoff.
        const files: string[] = [];
        const photoIds: string[] = [];
        const byOwner = db.prepare('SELECT id, file FROM attachments WHERE used_by = ?');
        for (const owner of owners) for (const a of byOwner.all(owner) as Row[]) { photoIds.push(String(a.id)); files.push(String(a.file)); }
        const earliest = [cutoffs.reports, cutoffs.applications].sort((a, b) => Date.parse(a) - Date.parse(b))[0]!;
        for (const a of db.prepare(`SELECT id, file FROM attachments WHERE used_by IS NULL AND ${older}`).all(earliest) as Row[]) {
          photoIds.push(String(a.id));
          files.push(String(a.file));
        }
        const delPhoto = db.prepare('DELETE FROM attachments WHERE id = ?');
        for (const id of photoIds) delPhoto.run(id);
        const delReportHistory = db.prepare('DELETE FROM report_history WHERE report_id = ?');
        const delReport = db.prepare('DELETE FROM reports WHERE id = ?');
        for (const r of reports) { delReportHistory.run(r.id); delReport.run(r.id); }
        const delTrivHistory = db.prepare('DELETE FROM trivselpeng_history WHERE trivselpeng_id = ?');
        const delTriv = db.prepare('DELETE FROM trivselpeng WHERE id = ?');
        for (const r of applications) { delTrivHistory.run(r.id); delTriv.run(r.id); }
        const registrationIds = (db.prepare(`SELECT id FROM registrations WHERE ${older}`).all(cutoffs.registrations) as Row[]).map((r) => String(r.id));
        const registrations = db.prepare(`DELETE FROM registrations WHERE ${older}`).run(cutoffs.registrations).changes;
        const delAttempts = db.prepare('DELETE FROM delivery_attempts WHERE delivery_seq IN (SELECT seq FROM deliveries WHERE record = ?)');
        const delDeliveries = db.prepare('DELETE FROM deliveries WHERE record = ?');
        const delEvents = db.prepare('DELETE FROM events WHERE record = ?');
        for (const record of [...owners, ...registrationIds]) { delAttempts.run(record); delDeliveries.run(record); delEvents.run(record); }
        const deleted = { reports: reports.length, applications: applications.length, registrations, photos: photoIds.length };
        db.prepare(
          'INSERT INTO retention_log (at, reports_days, applications_days, registrations_days, reports, applications, registrations, photos) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(log.at, log.periodDays.reports, log.periodDays.applications, log.periodDays.registrations, deleted.reports, deleted.applications, deleted.registrations, deleted.photos);
        return { deleted, files };
      })(),
    retentionLog: (limit) =>
      (db.prepare('SELECT * FROM retention_log ORDER BY id DESC LIMIT ?').all(limit) as Row[]).map((r): RetentionLogRow => ({
        at: String(r.at),
        periodDays: { reports: Number(r.reports_days), applications: Number(r.applications_days), registrations: Number(r.registrations_days) },
        deleted: { reports: Number(r.reports), applications: Number(r.applications), registrations: Number(r.registrations), photos: Number(r.photos) },
      })),
    insertTrivselpeng: (c, tokenHash) =>
      Number(q.trivAdd.run(c.reference, tokenHash, c.status, c.area, JSON.stringify(c), c.createdAt, c.updatedAt).lastInsertRowid),
    getTrivselpeng: (reference) => { const r = q.triv.get(reference) as Row | undefined; return r ? toTrivselpeng(r) : undefined; },
    updateTrivselpeng: (rowId, change) => {
      const current = db.prepare('SELECT json FROM trivselpeng WHERE id = ?').get(rowId) as Row;
      const core = { ...json<TrivselpengCore>(current.json), status: change.status, updatedAt: change.updatedAt };
      const sets = ['status = ?', 'json = ?', 'updated_at = ?'];
      const args: unknown[] = [change.status, JSON.stringify(core), change.updatedAt];
      if (change.approvedAmount !== undefined) { sets.push('approved_amount = ?'); args.push(change.approvedAmount); }
      if (change.followUp !== undefined) { sets.push('follow_up = ?'); args.push(change.followUp ? JSON.stringify(change.followUp) : null); }
      db.prepare(`UPDATE trivselpeng SET ${sets.join(', ')} WHERE id = ?`).run(...args, rowId);
    },
    setTrivselpengApplicant: (rowId, applicant) => {
      const current = db.prepare('SELECT json FROM trivselpeng WHERE id = ?').get(rowId) as Row;
      db.prepare('UPDATE trivselpeng SET json = ? WHERE id = ?').run(JSON.stringify({ ...json<TrivselpengCore>(current.json), applicant }), rowId);
    },
    listTrivselpeng: (f: TrivselpengFilter, limit, before) => {
      const w = where([['status = ?', f.status], ['area = ?', f.area], ['id < ?', before]]);
      return (db.prepare(`SELECT * FROM trivselpeng ${w.sql} ORDER BY id DESC LIMIT ?`).all(...w.args, limit) as Row[]).map(toTrivselpeng);
    },
    addTrivselpengHistory: (rowId, e) => { q.trivHistoryAdd.run(rowId, e.status, e.at, e.by, e.note, e.message); },
    trivselpengHistory: (rowId) => (q.trivHistory.all(rowId) as Row[]).map(toHistory),
  };
  return store;
};
