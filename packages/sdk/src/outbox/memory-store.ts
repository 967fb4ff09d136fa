import { byAge, type OutboxEntry, type OutboxStore } from './store.js';

/** Keeps entries in memory, for Node scripts and tests; they are gone when the process ends. */
export class MemoryOutboxStore implements OutboxStore {
  readonly #entries = new Map<string, OutboxEntry>();

  // Copies in and out, as IndexedDB's structured clone does, so callers cannot change stored entries.
  async put(entry: OutboxEntry): Promise<void> {
    this.#entries.set(entry.id, structuredClone(entry));
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const entry = this.#entries.get(id);
    return entry && structuredClone(entry);
  }

  async list(): Promise<OutboxEntry[]> {
    return [...this.#entries.values()].map((e) => structuredClone(e)).sort(byAge);
  }

  async delete(id: string): Promise<void> {
    this.#entries.delete(id);
  }
}
