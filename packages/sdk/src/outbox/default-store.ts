import { IndexedDbOutboxStore } from './indexeddb-store.js';
import { MemoryOutboxStore } from './memory-store.js';
import type { OutboxStore } from './store.js';

/** Where a client keeps writes when its options name no store: IndexedDB in browsers, memory elsewhere. */
export const defaultStore = (): OutboxStore =>
  typeof globalThis.indexedDB === 'undefined' ? new MemoryOutboxStore() : new IndexedDbOutboxStore();
