// Exactly-once writes through the SDK outbox, with the server's field issues handed back to the form.
import { isValidationError } from '@grannskap/sdk';
import type { FieldIssue } from '@grannskap/contract';
import type { OutboxInput, OutboxOperation, OutboxOperations } from '@grannskap/sdk';
import type { GrannskapClient } from './context.js';

export type SendOutcome<R> =
  | { status: 'sent'; result: R }
  | { status: 'queued'; key: string }
  | { status: 'invalid'; issues: readonly FieldIssue[] }
  | { status: 'failed'; error: unknown };

/**
 * Sends one write once. `key` stays the same for every attempt of one logical submission (a second
 * click, a retry after an error), so the server stores it once; the outbox keeps it on the device when
 * the network, a timeout or a 5xx stands in the way, and sends it later with that same key. A client
 * made with `outbox: false` still sends once with the key (`direct`); it just cannot keep the write.
 */
export async function sendOnce<O extends OutboxOperation>(
  client: GrannskapClient,
  operation: O,
  input: OutboxInput<O>,
  key: string,
  direct: () => Promise<OutboxOperations[O]['result']>,
): Promise<SendOutcome<OutboxOperations[O]['result']>> {
  try {
    if (!client.outbox) return { status: 'sent', result: await direct() };
    const result = await client.outbox.submit(operation, input, { idempotencyKey: key });
    return result.status === 'sent' ? { status: 'sent', result: result.result } : { status: 'queued', key: result.key };
  } catch (error) {
    if (isValidationError(error)) return { status: 'invalid', issues: error.issues };
    return { status: 'failed', error };
  }
}
