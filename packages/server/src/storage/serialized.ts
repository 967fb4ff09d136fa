import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store, StoreOperations } from './store.js';

/** A synchronous engine under `Store`: its operations, and the statements that open and end a transaction. */
export interface SyncEngine extends StoreOperations {
  /** Opens a write transaction on the engine's one connection (`BEGIN IMMEDIATE`). */
  begin(): void;
  commit(): void;
  rollback(): void;
}

/**
 * The async `Store` over an engine that answers synchronously on one connection (SQLite). A transaction holds
 * the connection while its function awaits, so every other operation waits for it: on one connection, another
 * request's read would see the transaction's uncommitted rows and its writes would join it. The operations of
 * the transaction itself find it through an AsyncLocalStorage, so callers need not pass it around. When no
 * transaction is open an operation runs at once, as it did when the store was synchronous.
 */
export const serializedStore = (engine: SyncEngine): Store => {
  const current = new AsyncLocalStorage<{ open: boolean }>();
  let tail: Promise<void> = Promise.resolve();
  let held = false;

  /** Waits for the connection; resolves with the function that hands it on. */
  const acquire = async (): Promise<() => void> => {
    const before = tail;
    let release!: () => void;
    tail = new Promise<void>((resolve) => (release = resolve));
    await before;
    held = true;
    return () => {
      held = false;
      release();
    };
  };

  const run = async <R>(op: () => R): Promise<R> => {
    if (!held || current.getStore()?.open) return op();
    const release = await acquire();
    try {
      return op();
    } finally {
      release();
    }
  };

  const store = {} as Record<string, unknown>;
  for (const [name, value] of Object.entries(engine)) {
    if (typeof value !== 'function' || name === 'begin' || name === 'commit' || name === 'rollback') continue;
    const op = value as (...args: unknown[]) => unknown;
    store[name] = (...args: unknown[]) => run(() => op(...args));
  }
  store.transaction = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (current.getStore()?.open) return fn();
    const release = await acquire();
    // Work the function started and did not await (a timer, a kick) still sees this context after the commit;
    // `open` turns false then, so it waits for the connection like any other caller.
    const scope = { open: true };
    try {
      engine.begin();
      let result: T;
      try {
        result = await current.run(scope, fn);
      } catch (error) {
        engine.rollback();
        throw error;
      }
      engine.commit();
      return result;
    } finally {
      scope.open = false;
      release();
    }
  };
  return store as unknown as Store;
};
