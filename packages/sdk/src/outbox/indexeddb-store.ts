import { byAge, type OutboxEntry, type OutboxStore } from './store.js';
import { DEFAULT_DATABASE, DEFAULT_STORE, done, openOutboxDatabase } from './idb.js';

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

export interface IndexedDbOutboxStoreOptions {
  /** Database name (default `grannskap`). */
  database?: string;
  /** Object store name (default `outbox`). */
  store?: string;
  /** The IndexedDB factory (default `globalThis.indexedDB`); pass one for tests or workers. */
  indexedDB?: IDBFactory;
}

/**
 * Keeps entries in IndexedDB (database `grannskap`, store `outbox`), so a submission survives a
 * closed tab or a reload. The database opens on first use, not when the store is made.
 */
export class IndexedDbOutboxStore implements OutboxStore {
  readonly #database: string;
  readonly #store: string;
  readonly #factory: IDBFactory | undefined;
  #db: Promise<IDBDatabase> | undefined;

  constructor(options: IndexedDbOutboxStoreOptions = {}) {
    this.#database = options.database ?? DEFAULT_DATABASE;
    this.#store = options.store ?? DEFAULT_STORE;
    this.#factory = options.indexedDB;
  }

  #open(): Promise<IDBDatabase> {
    if (this.#db) return this.#db;
    const factory = this.#factory ?? globalThis.indexedDB;
    if (!factory) {
      return Promise.reject(new TypeError('IndexedDB is not available here: pass `outbox: new MemoryOutboxStore()` to createClient. See packages/sdk/README.md#outbox'));
    }
    this.#db = openOutboxDatabase(factory, this.#database, this.#store).then((db) => {
      // Another tab upgrading the database must not be blocked by this connection.
      db.onversionchange = () => this.close();
      return db;
    });
    this.#db.catch(() => {
      this.#db = undefined;
    });
    return this.#db;
  }

  async #tx(mode: IDBTransactionMode): Promise<{ tx: IDBTransaction; store: IDBObjectStore }> {
    const db = await this.#open();
    // Strict durability: a queued report must be on disk before the page says "saved".
    const tx = db.transaction(this.#store, mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
    return { tx, store: tx.objectStore(this.#store) };
  }

  async put(entry: OutboxEntry): Promise<void> {
    const { tx, store } = await this.#tx('readwrite');
    store.put(entry);
    await committed(tx);
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const { store } = await this.#tx('readonly');
    return (await done(store.get(id))) as OutboxEntry | undefined;
  }

  async list(): Promise<OutboxEntry[]> {
    const { store } = await this.#tx('readonly');
    return ((await done(store.getAll())) as OutboxEntry[]).sort(byAge);
  }

  async delete(id: string): Promise<void> {
    const { tx, store } = await this.#tx('readwrite');
    store.delete(id);
    await committed(tx);
  }

  /** Closes the connection; the next call opens it again. */
  close(): void {
    const db = this.#db;
    this.#db = undefined;
    void db?.then((d) => d.close(), () => undefined);
  }
}
