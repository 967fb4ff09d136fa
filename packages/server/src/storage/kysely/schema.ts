// The tables as Kysely sees them: one description for both engines. SQLite's migrations (../migrations.ts) and
// PostgreSQL's (./postgres-migrations.ts) create the same columns. Integers that can pass 2^31 (epoch ms) are
// BIGINT on PostgreSQL, which the `pg` driver returns as strings: the operations read every number with Number().
import type { Generated } from 'kysely';

type Int = number | string;

export interface Database {
  schema_migrations: { version: number; name: string; applied_at: string };
  config: { id: number; json: string; updated_at: string };
  routing: { id: number; json: string; updated_at: string; updated_by: string | null };
  areas: { id: string; position: number; json: string };
  addresses: { id: string; area_id: string; search: string; json: string };
  categories: { code: string; position: number; kind: string; json: string };
  sequences: { name: string; value: Int };
  admin_tokens: { hash: string; label: string; created_at: string };
  idempotency: { key: string; fingerprint: string; status: number; body: string; created_at: string };
  attachments: {
    id: string; file: string; content_type: string; bytes: Int; width: number; height: number; used_by: string | null; created_at: string;
  };
  reports: {
    id: Generated<Int>; reference: string; token_hash: string; status: string; kind: string; category: string; area: string;
    json: string; created_at: string; updated_at: string;
  };
  report_history: { id: Generated<Int>; report_id: Int; status: string; at: string; by: string | null; note: string | null; message: string | null };
  /** `rowid`: SQLite's implicit one; on PostgreSQL an identity column of that name, so the order of insertion reads alike. */
  activities: { rowid: Generated<Int>; id: string; category: string; cancelled: number; json: string; updated_at: string };
  activity_history: { id: Generated<Int>; activity_id: string; status: string; at: string; by: string | null; note: string | null; message: string | null };
  registrations: {
    id: string; activity_id: string; occurrence: string; status: string; participants: number; waitlisted: Generated<number>;
    token_hash: string; json: string; seq: Int; created_at: string;
  };
  trivselpeng: {
    id: Generated<Int>; reference: string; token_hash: string; status: string; area: string; json: string;
    approved_amount: Int | null; follow_up: string | null; created_at: string; updated_at: string;
  };
  trivselpeng_history: {
    id: Generated<Int>; trivselpeng_id: Int; status: string; at: string; by: string | null; note: string | null; message: string | null;
  };
  retention_log: {
    id: Generated<Int>; at: string; reports_days: number; applications_days: number; registrations_days: number;
    reports: number; applications: number; registrations: number; photos: number;
  };
  server_secrets: { name: string; value: string; created_at: string };
  webhook_secrets: { id: Generated<Int>; webhook_id: string; secret: string; created_at: string; valid_until: string | null };
  events: {
    id: string; type: string; record: string; payload: string; created_at: string;
    subject: string | null; tenant_email: string | null; routed: Generated<number>;
  };
  deliveries: {
    seq: Generated<Int>; id: string; event_id: string; record: string; channel: string; audience: string; destination: string;
    state: string; attempts: Generated<number>; next_at: Int | null; lease_owner: string | null; lease_until: Int | null;
    last_error: string | null; created_at: string; delivered_at: string | null;
  };
  delivery_attempts: {
    id: Generated<Int>; delivery_seq: Int; at: string; status_code: number | null; latency_ms: Int; error: string | null;
  };
}

export type Dialect = 'sqlite' | 'postgres';
