import { keptOperations } from '@grannskap/sdk';
import type { OutboxOperation } from '@grannskap/sdk';
import { isOwnClient } from './client.js';
import type { GrannskapClient } from './context.js';
import type { LazyPart } from './lazy-part.js';

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

/**
 * The lazy part that follows and sends `client`'s kept writes of `operations`, loaded only when one may be
 * kept (undefined when none may be, or when it failed to load: the part's own error event says so).
 * `surely`: the store says one waits, so a form does not offer its draft again even without the part.
 */
export async function partForKept<T>(client: GrannskapClient, operations: readonly OutboxOperation[], part: LazyPart<T>): Promise<{ part: T | undefined; surely: boolean }> {
  const kept = await mayKeep(client, operations);
  return { part: kept === 'no' ? undefined : await part.get().catch(() => undefined), surely: kept === 'yes' };
}
