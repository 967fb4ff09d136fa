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
// One per page, under a global symbol, as the SDK groups are (./client.ts): per-widget CDN files each hold a
// copy of this module, and the outbox one of them made sends the writes of all.
const WRITES = Symbol.for('grannskap.widgets.writes');
const writes: OutboxRoutes = ((globalThis as typeof globalThis & { [WRITES]?: OutboxRoutes })[WRITES] ??= {});
const outbox = outboxWith(writes);

/** Registers the writes a widget makes, and the outbox that keeps them until they can be sent. */
export function useWrites(routes: OutboxRoutes): void {
  Object.assign(writes, routes);
  useGroups({ outbox });
}
