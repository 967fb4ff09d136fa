import { keptOperations } from '@grannskap/sdk';
import type { OutboxOperation } from '@grannskap/sdk';
import { isOwnClient } from './client.js';
import type { GrannskapClient } from './context.js';

/**
 * Whether `client`'s outbox keeps a write of one of `operations` (from an earlier visit, or a reload while
 * sending), so that a widget loads the code that follows and sends it only then: `yes`, `no`, or `maybe`.
 * For the clients the widgets make, the default IndexedDB store is read without the outbox
 * (`keptOperations`); a client the page made may keep its writes anywhere, so there the answer is `maybe`
 * whenever it has an outbox, as it is when IndexedDB cannot be read.
 */
export async function mayKeep(client: GrannskapClient, operations: readonly OutboxOperation[]): Promise<'yes' | 'no' | 'maybe'> {
  if (!isOwnClient(client)) return client.outbox ? 'maybe' : 'no';
  const kept = await keptOperations().catch(() => undefined);
  if (!kept) return 'maybe';
  return operations.some((op) => kept.has(op)) ? 'yes' : 'no';
}
