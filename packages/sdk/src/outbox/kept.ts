import { DEFAULT_DATABASE, DEFAULT_STORE, done, openOutboxDatabase } from './idb.js';
import type { IndexedDbOutboxStoreOptions } from './indexeddb-store.js';
import type { OutboxEntry } from './store.js';
import type { OutboxOperation } from './operations.js';

/**
 * The operations of the writes an IndexedDB outbox store keeps (by default the one a client's outbox
 * uses in a browser), read without the outbox and its schemas: a page can load its writing code only
 * when something of its own waits to be sent. Empty where there is no IndexedDB (nothing outlives the
 * page there); rejects when the database cannot be read, so the caller can assume something waits.
 */
export async function keptOperations(options: IndexedDbOutboxStoreOptions = {}): Promise<Set<OutboxOperation>> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) return new Set();
  const name = options.store ?? DEFAULT_STORE;
  const db = await openOutboxDatabase(factory, options.database ?? DEFAULT_DATABASE, name);
  try {
    const entries = (await done(db.transaction(name, 'readonly').objectStore(name).getAll())) as OutboxEntry[];
    return new Set(entries.map((e) => e.operation));
  } finally {
    db.close();
  }
}
