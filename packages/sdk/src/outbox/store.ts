import type { OutboxOperation } from './operations.js';

/**
 * One write waiting to be sent. Only what is needed to send it again is kept: the operation,
 * its path parameters, the request body and the idempotency key. The body is what the tenant
 * typed, personal data included, and it stays on the device until it has been sent.
 */
export interface OutboxEntry {
  /** The idempotency key: it names the entry and makes every resend the same submission. */
  id: string;
  operation: OutboxOperation;
  params?: Record<string, string> | undefined;
  body: unknown;
  /** Epoch ms when first stored; entries are sent oldest first. */
  createdAt: number;
  /** Sending attempts that failed so far (each may have had its own retries). */
  attempts: number;
  /** The last transient error, for a "will be sent later" message. */
  lastError?: { code: string; message: string } | undefined;
}

/** Where the outbox keeps entries: IndexedDB in browsers, memory (or your own) elsewhere. */
export interface OutboxStore {
  put(entry: OutboxEntry): Promise<void>;
  get(id: string): Promise<OutboxEntry | undefined>;
  /** All entries, oldest first. */
  list(): Promise<OutboxEntry[]>;
  delete(id: string): Promise<void>;
}

export const byAge = (a: OutboxEntry, b: OutboxEntry): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
