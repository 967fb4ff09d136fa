import { isTransient } from '../client/retry.js';
import { checkRequest, send, type Transport } from '../client/transport.js';
import { withLocale } from '../client/locale.js';
import { isGrannskapError } from '../errors/guards.js';
import { isOutboxOperation, type OutboxInput, type OutboxOperation, type OutboxOperations, type OutboxRoutes } from './operations.js';
import type { OutboxEntry, OutboxStore } from './store.js';
import type { Route } from '@grannskap/contract';

const DOCS = 'packages/sdk/README.md';

export type SubmitResult<O extends OutboxOperation> =
  | { status: 'sent'; result: OutboxOperations[O]['result']; key: string }
  /** Kept on the device; `flush()` (or `autoFlush`) sends it later. Tell the user "saved, will be sent". */
  | { status: 'queued'; entry: OutboxEntry; error: unknown; key: string };

export type OutboxEvent =
  /** A write could not be sent and is kept. */
  | { type: 'queued'; entry: OutboxEntry; error: unknown }
  /** A kept write has been sent (by `flush`); `result` is the server's answer. */
  | { type: 'sent'; entry: OutboxEntry; result: unknown }
  /** A kept write was refused for good (a 4xx such as a validation error) and removed. */
  | { type: 'failed'; entry: OutboxEntry; error: unknown }
  /** A flush could not send a kept write this time; it stays. */
  | { type: 'retained'; entry: OutboxEntry; error: unknown };

export interface FlushResult {
  sent: { entry: OutboxEntry; result: unknown }[];
  failed: { entry: OutboxEntry; error: unknown }[];
  /**
   * Entries still waiting after this flush that this outbox can send. Entries it cannot send (another
   * SDK version's, or a write whose route it was not given) are left for another outbox and not counted,
   * so "flush until nothing is pending" ends; `pending()` lists every entry.
   */
  pending: number;
}

export interface Outbox {
  /**
   * Sends a write now and keeps it when it cannot be sent (network down, timeout, 408/429/5xx
   * after retries). Invalid input and other 4xx answers are thrown as usual: nothing is kept.
   * The entry is written before the first attempt, so even a closed tab does not lose it.
   */
  submit<O extends OutboxOperation>(operation: O, input: OutboxInput<O>, options?: { idempotencyKey?: string }): Promise<SubmitResult<O>>;
  /**
   * Sends kept writes oldest first with their own keys, so the server stores each once even if
   * an earlier attempt did arrive. Stops at the first one that still cannot be sent.
   */
  flush(): Promise<FlushResult>;
  /** Entries waiting to be sent, oldest first. */
  pending(): Promise<OutboxEntry[]>;
  /** Listens to queued/sent/failed/retained events; returns a function that stops listening. */
  onChange(listener: (event: OutboxEvent) => void): () => void;
  /** Removes the `online` listener that `autoFlush` added. */
  close(): void;
}

const errorSummary = (error: unknown): { code: string; message: string } => ({
  code: isGrannskapError(error) ? error.code : 'unknown',
  message: error instanceof Error ? error.message : String(error),
});

let lastCreatedAt = 0;
/** Strictly increasing within this page, so entries made in the same millisecond keep their order. */
const nextCreatedAt = (): number => (lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1));

/**
 * `routes`: the writes this outbox can send, read when each is needed, so one can be added later (the
 * widgets add theirs as their modules load). A kept write of another operation stays for an outbox that has it.
 */
export const createOutbox = (t: Transport, store: OutboxStore, autoFlush: boolean, routes: OutboxRoutes): Outbox => {
  const listeners = new Set<(event: OutboxEvent) => void>();
  // Entries this outbox is sending right now: a flush started meanwhile skips them.
  const inFlight = new Set<string>();
  let flushing: Promise<FlushResult> | undefined;

  const emit = (event: OutboxEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener must not stop the outbox or the other listeners.
      }
    }
  };

  const routeOf = (entry: OutboxEntry): Route | undefined => (isOutboxOperation(entry.operation) ? routes[entry.operation] : undefined);

  const sendEntry = (entry: OutboxEntry, route: Route): Promise<unknown> =>
    send(t, route, { params: entry.params, body: entry.body }, { idempotencyKey: entry.id });

  /** Runs `work` with entry `id` marked as taken, so a concurrent flush leaves it alone. */
  const holding = async <T>(id: string, work: () => Promise<T>): Promise<T> => {
    inFlight.add(id);
    try {
      return await work();
    } finally {
      inFlight.delete(id);
    }
  };

  const keep = async (entry: OutboxEntry, error: unknown): Promise<OutboxEntry> => {
    const kept = { ...entry, attempts: entry.attempts + 1, lastError: errorSummary(error) };
    await store.put(kept);
    return kept;
  };

  const runFlush = async (): Promise<FlushResult> => {
    const result: FlushResult = { sent: [], failed: [], pending: 0 };
    const entries = await store.list();
    const sendable = (list: OutboxEntry[]) => list.filter((e) => routeOf(e) !== undefined).length;
    for (const [index, entry] of entries.entries()) {
      if (inFlight.has(entry.id)) continue;
      const route = routeOf(entry);
      if (!route) {
        // Written by another version of the SDK, or a write this page's outbox does not send: leave it.
        continue;
      }
      const stop = await holding(entry.id, async () => {
        try {
          const answer = await sendEntry(entry, route);
          await store.delete(entry.id);
          result.sent.push({ entry, result: answer });
          emit({ type: 'sent', entry, result: answer });
        } catch (error) {
          if (isTransient(error)) {
            const kept = await keep(entry, error);
            emit({ type: 'retained', entry: kept, error });
            return true;
          }
          await store.delete(entry.id);
          result.failed.push({ entry, error });
          emit({ type: 'failed', entry, error });
        }
        return false;
      });
      if (stop) {
        // Still offline (or the server still down): the rest would fail the same way.
        result.pending = sendable(entries.slice(index));
        return result;
      }
    }
    result.pending = sendable(await store.list());
    return result;
  };

  const flush = () => {
    flushing ??= runFlush().finally(() => {
      flushing = undefined;
    });
    return flushing;
  };

  const online = () => {
    void flush().catch(() => undefined);
  };
  const target = typeof window === 'undefined' ? undefined : window;
  if (autoFlush && target) {
    target.addEventListener('online', online);
    // Entries left by an earlier visit (a tab closed while offline) go as soon as the page is back.
    setTimeout(online, 0);
  }

  return {
    async submit(operation, input, options = {}) {
      const route = routes[operation];
      if (!route) {
        throw new TypeError(
          `outbox.submit: this outbox cannot send ${String(operation)}; make it with outboxWith({ ${String(operation)} }) from @grannskap/sdk/groups/outbox, or use defaultOutbox, which sends every write. See ${DOCS}#outbox`,
        );
      }
      const params = 'params' in input ? input.params : undefined;
      const body = withLocale(t, input.body as { locale?: undefined });
      // Invalid input is the caller's to fix now, not something to keep.
      checkRequest(route, { params, body });
      const key = options.idempotencyKey ?? t.idempotencyKey();
      const entry: OutboxEntry = { id: key, operation, params, body, createdAt: nextCreatedAt(), attempts: 0 };
      return holding(key, async (): Promise<SubmitResult<typeof operation>> => {
        // When the store fails (quota, a private window without IndexedDB) the write is still sent, just not kept.
        const stored = await store.put(entry).then(() => true, () => false);
        try {
          const result = (await sendEntry(entry, route)) as OutboxOperations[typeof operation]['result'];
          if (stored) await store.delete(key);
          return { status: 'sent', result, key };
        } catch (error) {
          if (!isTransient(error) || !stored) {
            if (stored) await store.delete(key);
            throw error;
          }
          const kept = await keep(entry, error);
          emit({ type: 'queued', entry: kept, error });
          return { status: 'queued', entry: kept, error, key };
        }
      });
    },
    flush,
    pending: () => store.list(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      target?.removeEventListener('online', online);
    },
  };
};
