import { outboxWith } from '@grannskap/sdk/groups/outbox';
import type { OutboxRoutes } from '@grannskap/sdk';
import { useGroups } from './client.js';

/**
 * The writes the widgets on this page make. One outbox sends them all; it reads this object when it sends,
 * so a widget loaded later adds its writes to the outbox already made. A bundle carries the schemas of its
 * widgets' writes and no others; a write kept by a widget that is not on this page waits in the outbox
 * (IndexedDB) for a page that has it. A module apart from ./client.ts, so widgets that make no writes
 * (the on-call banner, the provider) do not load the outbox.
 */
const writes: OutboxRoutes = {};
const outbox = outboxWith(writes);

/** Registers the writes a widget makes, and the outbox that keeps them until they can be sent. */
export function useWrites(routes: OutboxRoutes): void {
  Object.assign(writes, routes);
  useGroups({ outbox });
}
