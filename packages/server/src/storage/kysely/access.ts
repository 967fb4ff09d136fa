import type { Expression, Kysely, RawBuilder, SqlBool } from 'kysely';
import { sql } from 'kysely';
import type { Database, Dialect } from './schema.js';

/**
 * What the operations of the Kysely store work with: the connection to query (the open transaction's, found
 * through an AsyncLocalStorage, or the pool), the engine's dialect for the few expressions the two spell
 * differently, and transactions (a transaction inside one joins it).
 */
export interface Access {
  /** The open transaction's connection when there is one, else the database (SQLite's one connection, PostgreSQL's pool). */
  db(): Kysely<Database>;
  dialect: Dialect;
  /**
   * `lockedRows`: the transaction takes what it works on with `FOR UPDATE SKIP LOCKED` (claims, routing), which
   * already keeps two processes apart, so on PostgreSQL it runs read committed instead of serializable: a
   * serializable one would be refused and run again whenever two processes claim at the same moment.
   */
  transaction<T>(fn: () => Promise<T>, options?: { lockedRows?: boolean }): Promise<T>;
  /** Marks that this process changed the configuration or the routing (SQLite's settingsVersion counts them). */
  settingsWritten(): void;
}

/**
 * `column < instant`, comparing instants whatever offset each was written with (`Z` or `+01:00`): the columns
 * hold ISO 8601 text, which do not sort as instants across offsets.
 */
export const instantBefore = (dialect: Dialect, column: string, instant: string): Expression<SqlBool> =>
  dialect === 'sqlite'
    ? sql<SqlBool>`julianday(${sql.ref(column)}) < julianday(${instant})`
    : sql<SqlBool>`${sql.ref(column)}::timestamptz < ${instant}::timestamptz`;

/** A count or sum as a number: PostgreSQL's BIGINT and NUMERIC come back from `pg` as strings. */
export const num = (value: unknown): number => Number(value);
/** Like `num`, keeping null. */
export const numOrNull = (value: unknown): number | null => (value == null ? null : Number(value));
/** A text column's value, keeping null. */
export const strOrNull = (value: unknown): string | null => (value == null ? null : String(value));

/** A text column compared and ordered byte by byte, as SQLite's BINARY collation does, whatever the database's locale. */
export const binary = (dialect: Dialect, column: string): RawBuilder<unknown> => (dialect === 'postgres' ? sql`${sql.ref(column)} collate "C"` : sql`${sql.ref(column)}`);

/** Values per `IN (…)` or rows per multi-row INSERT: far below SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 500;
export const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};
