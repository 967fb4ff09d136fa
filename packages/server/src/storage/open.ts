import { openKyselyStore } from './kysely/engine.js';
import type { Store } from './store.js';

/** Whether a `database` value names PostgreSQL (`postgres://…` or `postgresql://…`). */
export const isPostgresUrl = (value: string): boolean => /^postgres(ql)?:\/\//i.test(value);

/**
 * The store the server runs on: PostgreSQL when `database` is a postgres:// URL, else the SQLite file in
 * `dataDir` (the default: nothing to install). Pending migrations are applied first.
 */
export const openStore = (target: { dataDir: string; database?: string }): Promise<Store> => {
  const { database } = target;
  if (database !== undefined && database !== '') {
    if (!isPostgresUrl(database)) throw new Error(`database must be a PostgreSQL URL (postgres://user:password@host:5432/name), got: ${database.split('@').pop()}`);
    return openKyselyStore({ dialect: 'postgres', url: database });
  }
  return openKyselyStore({ dialect: 'sqlite', dataDir: target.dataDir });
};
