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
    if (result.status === 'queued') keepSending(client.outbox);
    return result.status === 'sent' ? { status: 'sent', result: result.result } : { status: 'queued', key: result.key };
  } catch (error) {
    if (isValidationError(error)) return { status: 'invalid', issues: error.issues };
    return { status: 'failed', error };
  }
}

type Outbox = NonNullable<GrannskapClient['outbox']>;
/** Outboxes with a retry timer running: one timer per outbox, however many widgets (and widget files) share it. */
const RETRYING = Symbol.for('grannskap.widgets.retrying');
const retrying: WeakSet<Outbox> = ((globalThis as typeof globalThis & { [RETRYING]?: WeakSet<Outbox> })[RETRYING] ??= new WeakSet());
const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 5 * 60_000;

/**
 * Sends what the outbox keeps again and again (5 s, then doubling up to 5 min) until it is empty. The
 * "saved, will be sent" message tells the visitor to leave the page open, and the browser's `online`
 * event never comes when it was the server that failed (503, 429, no answer, a restart).
 */
export function keepSending(outbox: Outbox): void {
  if (retrying.has(outbox)) return;
  retrying.add(outbox);
  const later = (ms: number) =>
    setTimeout(() => {
      void outbox.flush().then(
        (result) => (result.pending > 0 ? later(Math.min(ms * 2, LAST_RETRY_MS)) : retrying.delete(outbox)),
        () => later(Math.min(ms * 2, LAST_RETRY_MS)),
      );
    }, ms);
  later(FIRST_RETRY_MS);
}

/**
 * Calls `onSent` with the server's answer once the outbox has sent the write kept under `key`, so that a
 * widget can replace "saved, will be sent" with the receipt; returns a function that stops waiting.
 */
export function whenSent<R>(outbox: Outbox | undefined, key: string, onSent: (result: R) => void): () => void {
  if (!outbox) return () => undefined;
  const stop = outbox.onChange((event) => {
    if (event.type !== 'sent' || event.entry.id !== key) return;
    stop();
    onSent(event.result as R);
  });
  return stop;
}

type KeptEntry = Awaited<ReturnType<Outbox['pending']>>[number];

/**
 * Follows the write of `operation` that an earlier page of this browser kept (reloaded or closed while
 * sending, or offline): `kept` says it is still on its way, so the widget shows "saved, will be sent"
 * instead of a form to fill in again; then `sent` with the server's answer, or `failed` when the server
 * refused it. Nothing is called when no such write waits. `mine` narrows it down (the case on the page).
 * Returns a function that stops following.
 */
export async function followKept<R>(
  outbox: Outbox | undefined,
  operation: KeptEntry['operation'],
  on: { kept: (entry: KeptEntry) => void; sent: (result: R, entry: KeptEntry) => void; failed: (error: unknown) => void },
  mine: (entry: KeptEntry) => boolean = () => true,
): Promise<() => void> {
  const waiting = async () => (outbox ? await outbox.pending().catch(() => []) : []);
  const entry = (await waiting()).find((e) => e.operation === operation && mine(e));
  if (!outbox || !entry) return () => undefined;
  let settled = false;
  const stop = outbox.onChange((event) => {
    if (event.entry.id !== entry.id || (event.type !== 'sent' && event.type !== 'failed')) return;
    settled = true;
    stop();
    if (event.type === 'sent') on.sent(event.result as R, entry);
    else on.failed(event.error);
  });
  // Sent between the two looks, before anyone listened: the form stays as it is.
  if (!settled && !(await waiting()).some((e) => e.id === entry.id)) {
    stop();
    return () => undefined;
  }
  if (!settled) on.kept(entry);
  return stop;
}
