// The storage engines a store-level suite runs against: SQLite as the server opens it today (better-sqlite3
// under `serializedStore`), SQLite through Kysely, and PostgreSQL through Kysely on a throwaway cluster. The
// first is the oracle the Kysely store is compared with.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/storage/sqlite.js';
import { openKyselyStore } from '../../src/storage/kysely/engine.js';
import type { Store } from '../../src/storage/store.js';
import { newTestDatabase } from './postgres.js';

export interface Engine {
  name: string;
  /** Whether another caller waits while a transaction is open (one connection) instead of reading the state before it. */
  serializes: boolean;
  /** A new, empty store; `dispose` closes it and removes what it wrote. */
  open(): Promise<{ store: Store; dispose: () => Promise<void> }>;
  /**
   * Two stores on one new database in this process, as two server processes have them (each its own pool).
   * Not for SQLite: better-sqlite3 waits for another connection's write lock synchronously (busy_timeout), which
   * in one process blocks the very event loop the other store needs to finish; two SQLite processes are tested
   * as processes (delivery-processes.test.ts, crash.test.ts).
   */
  openPair?(): Promise<{ stores: [Store, Store]; dispose: () => Promise<void> }>;
}

const pairOn = async (open: () => Promise<Store>) => {
  const first = await open();
  const second = await open();
  return { stores: [first, second] as [Store, Store], dispose: async () => { await first.close(); await second.close(); } };
};


const newDatabase = newTestDatabase;

const folder = () => mkdtempSync(join(tmpdir(), 'grannskap-store-'));

export const ENGINES: readonly Engine[] = [
  {
    name: 'SQLite (better-sqlite3)',
    serializes: true,
    open: async () => {
      const dir = folder();
      const store = openSqliteStore(dir);
      return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'SQLite (Kysely)',
    serializes: true,
    open: async () => {
      const dir = folder();
      const store = await openKyselyStore({ dialect: 'sqlite', dataDir: dir });
      return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'PostgreSQL (Kysely)',
    serializes: false,
    open: async () => {
      const store = await openKyselyStore({ dialect: 'postgres', url: await newDatabase() });
      return { store, dispose: () => store.close() };
    },
    openPair: async () => {
      const url = await newDatabase();
      return pairOn(() => openKyselyStore({ dialect: 'postgres', url }));
    },
  },
];

