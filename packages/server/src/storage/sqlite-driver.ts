// better-sqlite3 for the running Node. Two releases, because neither runs on every supported line:
// 12 is built against one Node's ABI and aborts the process on Node 24.19 and later when a prepared statement
// is garbage-collected (`Assertion failed: (env) != nullptr` in RemoveEnvironmentCleanupHook,
// WiseLibs/better-sqlite3#1515); 13 is built on Node-API, fixes that, and needs Node 22. So Node 20 gets 12
// (`better-sqlite3`) and Node 22 and later get 13 (`better-sqlite3-napi`, an npm alias). Both have the same
// API; when Node 20 support ends, the alias becomes the only dependency and this module goes.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);

/** The Node major version from which the Node-API release is used. */
export const NAPI_FROM = 22;

/** The package this process loads: `better-sqlite3` (12) on Node 20, `better-sqlite3-napi` (13) from Node 22. */
export const SQLITE_PACKAGE = Number(process.versions.node.split('.')[0]) >= NAPI_FROM ? 'better-sqlite3-napi' : 'better-sqlite3';

/** The `Database` class of the better-sqlite3 release for this Node. */
export const Database = require(SQLITE_PACKAGE) as typeof BetterSqlite3;

/** An open better-sqlite3 database. */
export type SqliteDatabase = BetterSqlite3.Database;
