// Versioned schema. Append new versions; never edit one that has shipped.
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE config (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE areas (id TEXT PRIMARY KEY, position INTEGER NOT NULL, json TEXT NOT NULL);
      CREATE TABLE addresses (id TEXT PRIMARY KEY, area_id TEXT NOT NULL REFERENCES areas(id), search TEXT NOT NULL, json TEXT NOT NULL);
      CREATE INDEX addresses_area ON addresses(area_id);
      CREATE TABLE categories (code TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL, json TEXT NOT NULL);
      CREATE TABLE sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      CREATE TABLE admin_tokens (hash TEXT PRIMARY KEY, label TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE idempotency (
        key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL
      );
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY, file TEXT NOT NULL, content_type TEXT NOT NULL, bytes INTEGER NOT NULL,
        width INTEGER NOT NULL, height INTEGER NOT NULL, used_by TEXT, created_at TEXT NOT NULL
      );
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT, reference TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL,
        status TEXT NOT NULL, kind TEXT NOT NULL, category TEXT NOT NULL, area TEXT NOT NULL,
        json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE INDEX reports_status ON reports(status);
      CREATE TABLE report_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT, report_id INTEGER NOT NULL REFERENCES reports(id),
        status TEXT NOT NULL, at TEXT NOT NULL, by TEXT, note TEXT, message TEXT
      );
      CREATE TABLE activities (
        id TEXT PRIMARY KEY, category TEXT NOT NULL, cancelled INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE TABLE registrations (
        id TEXT PRIMARY KEY, activity_id TEXT NOT NULL REFERENCES activities(id), occurrence TEXT NOT NULL,
        status TEXT NOT NULL, participants INTEGER NOT NULL, token_hash TEXT NOT NULL, json TEXT NOT NULL,
        seq INTEGER NOT NULL, created_at TEXT NOT NULL
      );
      CREATE INDEX registrations_occurrence ON registrations(activity_id, occurrence, status);
      CREATE TABLE trivselpeng (
        id INTEGER PRIMARY KEY AUTOINCREMENT, reference TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL,
        status TEXT NOT NULL, area TEXT NOT NULL, json TEXT NOT NULL, approved_amount INTEGER,
        follow_up TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL
      );
      CREATE TABLE trivselpeng_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT, trivselpeng_id INTEGER NOT NULL REFERENCES trivselpeng(id),
        status TEXT NOT NULL, at TEXT NOT NULL, by TEXT, note TEXT, message TEXT
      );
    `,
  },
  {
    version: 2,
    name: 'activity-history',
    // status is `created`, `updated` or `cancelled`; note names the changed fields or the reason.
    sql: `
      CREATE TABLE activity_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT, activity_id TEXT NOT NULL REFERENCES activities(id),
        status TEXT NOT NULL, at TEXT NOT NULL, by TEXT, note TEXT, message TEXT
      );
      CREATE INDEX activity_history_activity ON activity_history(activity_id);
    `,
  },
  {
    version: 3,
    name: 'retention-log',
    // What the retention job deleted: when, under which periods (days), and how many of each kind.
    // Counts only — never references, names or texts, so the log itself holds no personal data.
    sql: `
      CREATE TABLE retention_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL,
        reports_days INTEGER NOT NULL, applications_days INTEGER NOT NULL, registrations_days INTEGER NOT NULL,
        reports INTEGER NOT NULL, applications INTEGER NOT NULL, registrations INTEGER NOT NULL, photos INTEGER NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'registration-waitlisted-participants',
    // A registration larger than the places left is split: its first participants get the places, the
    // rest (`waitlisted`, the last ones in its list) wait. Before, a waiting registration waited whole.
    sql: `
      ALTER TABLE registrations ADD COLUMN waitlisted INTEGER NOT NULL DEFAULT 0;
      UPDATE registrations SET waitlisted = participants WHERE status = 'waitlisted';
    `,
  },
  {
    version: 5,
    name: 'routing',
    // The staff's routing rules (where each case goes), one document, apart from the public configuration.
    sql: `
      CREATE TABLE routing (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT);
    `,
  },
  {
    version: 6,
    name: 'deliveries',
    // The transactional outbox. An event is written in the same transaction as the change it is about, with one
    // delivery per destination; workers claim due deliveries with a lease (lease_owner, lease_until in epoch ms),
    // so processes sharing the database never send one at the same time. Every attempt is kept.
    // server_secrets holds keys every process must share (signed photo links, unsubscribe links);
    // webhook_secrets the endpoints' signing secrets, two valid at once while one is rotated out.
    sql: `
      CREATE TABLE server_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE webhook_secrets (
        id INTEGER PRIMARY KEY AUTOINCREMENT, webhook_id TEXT NOT NULL, secret TEXT NOT NULL, created_at TEXT NOT NULL, valid_until TEXT
      );
      CREATE INDEX webhook_secrets_webhook ON webhook_secrets(webhook_id);
      CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT NOT NULL, record TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE INDEX events_record ON events(record);
      CREATE TABLE deliveries (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, event_id TEXT NOT NULL REFERENCES events(id),
        record TEXT NOT NULL, channel TEXT NOT NULL, audience TEXT NOT NULL, destination TEXT NOT NULL,
        state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_at INTEGER, lease_owner TEXT, lease_until INTEGER,
        last_error TEXT, created_at TEXT NOT NULL, delivered_at TEXT
      );
      CREATE INDEX deliveries_due ON deliveries(state, next_at);
      CREATE INDEX deliveries_record ON deliveries(record);
      CREATE INDEX deliveries_destination ON deliveries(channel, destination);
      CREATE TABLE delivery_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT, delivery_seq INTEGER NOT NULL REFERENCES deliveries(seq),
        at TEXT NOT NULL, status_code INTEGER, latency_ms INTEGER NOT NULL, error TEXT
      );
      CREATE INDEX delivery_attempts_delivery ON delivery_attempts(delivery_seq);
    `,
  },
  {
    version: 7,
    name: 'events routed after their write',
    // A write stores its event only; the worker routes waiting events into deliveries, many in one commit, so a
    // report's own commit stays as small as before delivery existed. Events from before were routed at once.
    // The worker without a mail server claims webhooks only; with the channel in the index that claim reads
    // only what is due, not every piece of mail waiting behind it.
    sql: `
      ALTER TABLE events ADD COLUMN subject TEXT;
      ALTER TABLE events ADD COLUMN tenant_email TEXT;
      ALTER TABLE events ADD COLUMN routed INTEGER NOT NULL DEFAULT 1;
      CREATE INDEX events_unrouted ON events(created_at) WHERE routed = 0;
      DROP INDEX deliveries_due;
      CREATE INDEX deliveries_due ON deliveries(state, channel, next_at);
    `,
  },
];
