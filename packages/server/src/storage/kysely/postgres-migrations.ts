// PostgreSQL's versioned schema: the same tables and columns as SQLite's (../migrations.ts), in PostgreSQL's
// words. Version 7 is the baseline: it creates what SQLite's versions 1–7 built up, and marks 1–7 applied, so a
// version 8 is written once per engine and applied on both. Append new versions; never edit one that has shipped.
//
// Instants stay TEXT (ISO 8601 with the offset they were written with), as on SQLite, so both engines hand back
// the very strings the API wrote; comparisons across offsets cast them (`::timestamptz`). Epoch-ms columns are
// BIGINT; row ids are identity columns.

export interface PostgresMigration { version: number; name: string; sql: string }

export const POSTGRES_MIGRATIONS: readonly PostgresMigration[] = [
  {
    version: 7,
    name: 'baseline (SQLite versions 1-7)',
    sql: `
      CREATE TABLE config (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE routing (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT);
      CREATE TABLE areas (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE TABLE addresses (id TEXT PRIMARY KEY, area_id TEXT NOT NULL REFERENCES areas(id), search TEXT NOT NULL, json TEXT NOT NULL);
      CREATE INDEX addresses_area ON addresses(area_id);
      CREATE TABLE categories (code TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, json TEXT NOT NULL);
      CREATE TABLE sequences (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
      CREATE TABLE admin_tokens (hash TEXT PRIMARY KEY, label TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE idempotency (
        key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL
      );
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY, file TEXT NOT NULL, content_type TEXT NOT NULL, bytes BIGINT NOT NULL,
        width INTEGER NOT NULL, height INTEGER NOT NULL, used_by TEXT, created_at TEXT NOT NULL
      );
      CREATE TABLE reports (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, reference TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL,
        status TEXT NOT NULL, kind TEXT NOT NULL, category TEXT NOT NULL, area TEXT NOT NULL,
        json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE INDEX reports_status ON reports(status);
      CREATE TABLE report_history (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, report_id BIGINT NOT NULL REFERENCES reports(id),
        status TEXT NOT NULL, at TEXT NOT NULL, by TEXT, note TEXT, message TEXT
      );
      CREATE INDEX report_history_report ON report_history(report_id);
      CREATE TABLE activities (
        rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        id TEXT PRIMARY KEY, category TEXT NOT NULL, cancelled INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE TABLE activity_history (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, activity_id TEXT NOT NULL REFERENCES activities(id),
        status TEXT NOT NULL, at TEXT NOT NULL, by TEXT, note TEXT, message TEXT
      );
      CREATE INDEX activity_history_activity ON activity_history(activity_id);
      CREATE TABLE registrations (
        id TEXT PRIMARY KEY, activity_id TEXT NOT NULL REFERENCES activities(id), occurrence TEXT NOT NULL,
        status TEXT NOT NULL, participants INTEGER NOT NULL, waitlisted INTEGER NOT NULL DEFAULT 0, token_hash TEXT NOT NULL, json TEXT NOT NULL,
        seq BIGINT NOT NULL, created_at TEXT NOT NULL
      );
      CREATE INDEX registrations_occurrence ON registrations(activity_id, occurrence, status);
      CREATE TABLE trivselpeng (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, reference TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL,
        status TEXT NOT NULL, area TEXT NOT NULL, json TEXT NOT NULL, approved_amount BIGINT,
        follow_up TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE TABLE trivselpeng_history (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, trivselpeng_id BIGINT NOT NULL REFERENCES trivselpeng(id),
        status TEXT NOT NULL, at TEXT NOT NULL, by TEXT, note TEXT, message TEXT
      );
      CREATE INDEX trivselpeng_history_application ON trivselpeng_history(trivselpeng_id);
      CREATE TABLE retention_log (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TEXT NOT NULL,
        reports_days INTEGER NOT NULL, applications_days INTEGER NOT NULL, registrations_days INTEGER NOT NULL,
        reports INTEGER NOT NULL, applications INTEGER NOT NULL, registrations INTEGER NOT NULL, photos INTEGER NOT NULL
      );
      CREATE TABLE server_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE webhook_secrets (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, webhook_id TEXT NOT NULL, secret TEXT NOT NULL, created_at TEXT NOT NULL, valid_until TEXT
      );
      CREATE INDEX webhook_secrets_webhook ON webhook_secrets(webhook_id);
      CREATE TABLE events (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, record TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL,
        subject TEXT, tenant_email TEXT, routed INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX events_record ON events(record);
      CREATE INDEX events_unrouted ON events(created_at) WHERE routed = 0;
      CREATE TABLE deliveries (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id TEXT NOT NULL UNIQUE, event_id TEXT NOT NULL REFERENCES events(id),
        record TEXT NOT NULL, channel TEXT NOT NULL, audience TEXT NOT NULL, destination TEXT NOT NULL,
        state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_at BIGINT, lease_owner TEXT, lease_until BIGINT,
        last_error TEXT, created_at TEXT NOT NULL, delivered_at TEXT
      );
      CREATE INDEX deliveries_due ON deliveries(state, channel, next_at);
      CREATE INDEX deliveries_record ON deliveries(record);
      CREATE INDEX deliveries_destination ON deliveries(channel, destination);
      CREATE TABLE delivery_attempts (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, delivery_seq BIGINT NOT NULL REFERENCES deliveries(seq),
        at TEXT NOT NULL, status_code INTEGER, latency_ms BIGINT NOT NULL, error TEXT
      );
      CREATE INDEX delivery_attempts_delivery ON delivery_attempts(delivery_seq);
    `,
  },
];

/** The versions the baseline stands for, recorded as applied with it. */
export const BASELINE_COVERS = [1, 2, 3, 4, 5, 6, 7] as const;
