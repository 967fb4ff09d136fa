import type { Transport } from '../client/transport.js';
import { allOutboxRoutes } from './all-routes.js';
import { defaultStore } from './default-store.js';
import type { OutboxRoutes } from './operations.js';
import { createOutbox, type Outbox } from './outbox.js';
import type { OutboxStore } from './store.js';

/** What `composeClient` takes as the `outbox` factory. */
export type OutboxFactory = (t: Transport, store: OutboxStore | undefined, autoFlush: boolean) => Outbox;

/**
 * An outbox factory for `composeClient` that sends the writes in `routes` (and carries only their schemas),
 * kept in IndexedDB in browsers and in memory elsewhere unless the options name a store. `routes` is read
 * when a write is sent, so routes added to the object later count.
 */
export const outboxWith =
  (routes: OutboxRoutes): OutboxFactory =>
  (t, store, autoFlush) =>
    createOutbox(t, store ?? defaultStore(), autoFlush, routes);

/**
 * The outbox for `composeClient` that sends every write, as `createClient`'s does. A module of its own:
 * registering it is what brings the outbox and every write's route into a bundle.
 */
export const defaultOutbox: OutboxFactory = (t, store, autoFlush) => createOutbox(t, store ?? defaultStore(), autoFlush, allOutboxRoutes);
