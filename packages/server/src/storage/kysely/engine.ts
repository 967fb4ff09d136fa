// The Store on Kysely, one set of queries for both engines: SQLite (better-sqlite3, Kysely's SqliteDialect: one
// connection that Kysely hands out one caller at a time) and PostgreSQL (pg's pool, Kysely's PostgresDialect).
// A transaction reserves a connection, opens it with `BEGIN IMMEDIATE` (SQLite: take the write lock at once, so
// two processes never deadlock upgrading) or `BEGIN` (PostgreSQL, read committed), and keeps it in an
// AsyncLocalStorage, where every operation looks first.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { Database as SqliteDatabase, type SqliteDatabase as SqliteFile } from '../sqlite-driver.js';
import { migrateSqlite } from '../sqlite.js';
import { DB_FILE } from '../sqlite.js';
import type { Promised, Store, StoreOperations } from '../store.js';
import type { Access } from './access.js';
import { coreOperations } from './core-operations.js';
import { deliveryOperations } from './delivery-operations.js';
import { BASELINE_COVERS, POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import type { Database, Dialect } from './schema.js';

/** How often a transaction PostgreSQL refused to serialize (or chose as a deadlock's victim) is run again. */
const SERIALIZATION_ATTEMPTS = 20;
/** serialization_failure, deadlock_detected: the transaction did nothing and may be run again as it was. */
const retriable = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01';
};

export type KyselyTarget = { dialect: 'sqlite'; dataDir: string } | { dialect: 'postgres'; url: string; poolSize?: number };

/** Operations whose answers are computed from the others, or that the engine itself answers. */
type EngineOperations = Pick<StoreOperations, 'close' | 'ping' | 'dataVersion' | 'settingsVersion'>;


// BIGINT (int8) as a JavaScript number: every such column here holds an id or epoch ms, far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * better-sqlite3 keeping its prepared statements by SQL text: Kysely's SQLite driver prepares every query anew,
 * and preparing is a good part of a small query's time. Bounded, since `IN (…)` lists make many texts.
 */
const keepingStatements = (file: SqliteFile, max = 500) => {
  const kept = new Map<string, ReturnType<SqliteFile['prepare']>>();
  return {
    prepare: (text: string) => {
      let statement = kept.get(text);
      if (!statement) {
        statement = file.prepare(text);
        if (kept.size >= max) kept.delete(kept.keys().next().value!);
        kept.set(text, statement);
      }
      return statement;
    },
    close: () => file.close(),
  };
};

const migratePostgres = async (pool: pg.Pool): Promise<void> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // one process migrates; one starting beside it waits here, then finds the versions applied
    await client.query('SELECT pg_advisory_xact_lock(7466330)');
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    for (const m of POSTGRES_MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query(m.sql);
      const versions = m.version === 7 ? BASELINE_COVERS : [m.version];
      for (const v of versions) {
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3) ON CONFLICT (version) DO NOTHING', [v, m.name, new Date().toISOString()]);
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};

/** Opens the store (creating the SQLite file or PostgreSQL's tables when needed) after applying pending migrations. */
export const openKyselyStore = async (target: KyselyTarget): Promise<Store> => {
  let db: Kysely<Database>;
  let dialect: Dialect;
  let sqliteVersions: { data: () => string; commits: () => number } | undefined;
  if (target.dialect === 'sqlite') {
    mkdirSync(target.dataDir, { recursive: true });
    const file = new SqliteDatabase(join(target.dataDir, DB_FILE));
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = FULL');
    file.pragma('foreign_keys = ON');
    file.pragma('busy_timeout = 5000');
    migrateSqlite(file);
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: keepingStatements(file) }) });
    dialect = 'sqlite';
    // asked before every cacheable read: straight on the file, not through the query builder and its queue. They
    // only read counters; one read while another caller's transaction is open can only make the token move sooner.
    const changes = file.prepare('SELECT total_changes()').pluck();
    const version = file.prepare('PRAGMA data_version').pluck();
    sqliteVersions = { data: () => `${changes.get() as number}:${version.get() as number}`, commits: () => version.get() as number };
  } else {
    // a database that does not answer makes requests fail (503) within seconds instead of hanging
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10, connectionTimeoutMillis: 5_000 });
    // A connection's error (the database restarted, failed over, was stopped) must not crash the process: the
    // pool's listener covers idle clients, this one the clients in use, whose query fails instead (a 503); the
    // pool drops a broken client when it comes back, and the next query connects anew.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    try {
      await migratePostgres(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    dialect = 'postgres';
  }

  const current = new AsyncLocalStorage<{ db: Kysely<Database>; open: boolean }>();
  // bumped by this process's writes of configuration or routing, and by any rolled-back transaction (which may
  // have undone one after it was read)
  let settingsWrites = 0;

  const access: Access = {
    dialect,
    db: () => {
      const scope = current.getStore();
      return scope?.open ? scope.db : db;
    },
    settingsWritten: () => { settingsWrites += 1; },
    transaction: async <T>(fn: () => Promise<T>, options?: { lockedRows?: boolean }): Promise<T> => {
      if (current.getStore()?.open) return fn();
      const begin = dialect === 'sqlite' ? 'BEGIN IMMEDIATE' : options?.lockedRows ? 'BEGIN ISOLATION LEVEL READ COMMITTED' : 'BEGIN ISOLATION LEVEL SERIALIZABLE';
      for (let attempt = 1; ; attempt++) {
        try {
          return await once(fn, begin);
        } catch (error) {
          if (!retriable(error) || attempt >= SERIALIZATION_ATTEMPTS) throw error;
          // another transaction got there first: run this one again on what it committed
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
        }
      }
    },
  };

  /** One try of a transaction. */
  async function once<T>(fn: () => Promise<T>, begin: string): Promise<T> {
    return db.connection().execute(async (connection) => {
      // SQLite: take the write lock at once. PostgreSQL: serializable, so a transaction that reads and then
      // writes (a place left? a key used?) behaves as if it ran alone, as on SQLite's one writer at a time.
      await sql.raw(begin).execute(connection);
      // work the function started and did not await still sees this scope after the end: `open` turns false
      const scope = { db: connection, open: true };
      try {
        const result = await current.run(scope, fn);
        scope.open = false;
        await sql.raw('COMMIT').execute(connection);
        return result;
      } catch (error) {
        scope.open = false;
        settingsWrites += 1;
        await sql.raw('ROLLBACK').execute(connection).catch(() => undefined);
        throw error;
      }
    });
  }

  const engine: Promised<EngineOperations> = {
    close: () => db.destroy(),
    ping: async () => { await sql`SELECT 1`.execute(access.db()); },
    // SQLite: total_changes() counts this connection's row changes, data_version moves when another connection
    // commits. PostgreSQL: the WAL position moves with every commit that wrote anything, in any process.
    dataVersion: async () => {
      if (sqliteVersions) return sqliteVersions.data();
      const { rows } = await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(access.db());
      return rows[0]!.lsn;
    },
    // the rows' own versions on PostgreSQL (xmin moves with each update, in any process, and back on a rollback)
    settingsVersion: async () => {
      if (sqliteVersions) return `${settingsWrites}:${sqliteVersions.commits()}`;
      const { rows } = await sql<{ v: string }>`SELECT coalesce((SELECT xmin::text FROM config WHERE id = 1), '-') || ':' || coalesce((SELECT xmin::text FROM routing WHERE id = 1), '-') AS v`.execute(access.db());
      return `${settingsWrites}:${rows[0]!.v}`;
    },
  };

  return { ...engine, ...coreOperations(access), ...deliveryOperations(access), transaction: access.transaction } as Store;
};
