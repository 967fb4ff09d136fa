// Answers of cacheable public reads (config, areas, categories, occurrences, feeds), kept while the
// data they were computed from is unchanged. `Store.dataVersion()` moves with every write, here or from
// another process, so a cached answer is never stale; it only saves recomputing (RRULE expansion,
// response shaping, JSON, the ETag hash) for the many visitors who ask the same thing.

export interface CachedRead {
  version: string;
  status: number;
  /** The encoded body: sending a ready Buffer spares re-encoding the text on every request. */
  payload: Buffer;
  contentType: string;
  etag: string;
  headers: Record<string, string>;
}

export class ReadCache {
  private readonly entries = new Map<string, CachedRead>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 32 * 1024 * 1024,
  ) {}

  get(key: string, version: string): CachedRead | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.delete(key);
    if (entry.version !== version) return undefined;
    // re-inserted: a Map keeps insertion order, so the least recently used stays first
    this.insert(key, entry);
    return entry;
  }

  set(key: string, entry: CachedRead): void {
    this.delete(key);
    if (entry.payload.length > this.maxBytes / 4) return;
    this.insert(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  private insert(key: string, entry: CachedRead): void {
    this.entries.set(key, entry);
    this.bytes += entry.payload.length;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.payload.length;
  }
}
