import type { Transport } from '../client/transport.js';
import { defaultStore } from './default-store.js';
import { createOutbox, type Outbox } from './outbox.js';
import type { OutboxStore } from './store.js';

/**
 * The outbox for `composeClient`: `createClient`'s, kept in IndexedDB in browsers and in memory elsewhere
 * unless the options name a store. A module of its own: registering it is what brings the outbox and its
 * write routes into a bundle.
 */
export const defaultOutbox = (t: Transport, store: OutboxStore | undefined, autoFlush: boolean): Outbox =>
  createOutbox(t, store ?? defaultStore(), autoFlush);
