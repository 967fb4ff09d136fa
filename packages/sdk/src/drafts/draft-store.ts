/** The part of the Web Storage API the draft store uses; `localStorage` fits, so does a Map-backed object. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface DraftStoreOptions {
  /** Where drafts go (default `localStorage`, or memory where there is none or it is blocked). */
  storage?: StorageLike;
  /** Key prefix (default `grannskap:draft:`). */
  prefix?: string;
  /** How long a draft lives after its last save, in ms (default 7 days). */
  ttlMs?: number;
  /**
   * Field names that hold personal data (name, phone, email, address …). They are removed at
   * any depth before saving, as a safety net: callers should not pass personal fields at all.
   */
  personalKeys?: readonly string[];
  /** The clock, for tests. */
  now?: () => number;
}

export interface DraftStore {
  /** Saves the fields of form `formId`; returns false when storage refused (full or blocked). */
  save(formId: string, fields: Record<string, unknown>): boolean;
  /** The saved fields, or null when there are none, they expired (then they are removed) or they are unreadable. */
  load<T extends Record<string, unknown> = Record<string, unknown>>(formId: string): T | null;
  clear(formId: string): void;
}

interface Stored {
  v: 1;
  savedAt: number;
  expiresAt: number;
  fields: Record<string, unknown>;
}

const memoryStorage = (): StorageLike => {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
};

// Reading `localStorage` throws in sandboxed iframes and with storage blocked, hence the try.
const defaultStorage = (): StorageLike => {
  try {
    const storage = (globalThis as { localStorage?: StorageLike }).localStorage;
    if (storage) return storage;
  } catch {
    // fall through to memory
  }
  return memoryStorage();
};

const strip = (value: unknown, keys: ReadonlySet<string>): unknown => {
  if (Array.isArray(value)) return value.map((v) => strip(v, keys));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!keys.has(k)) out[k] = strip(v, keys);
  return out;
};

/**
 * Keeps what a user typed across reloads, for non-personal form fields only: drafts sit in
 * plain `localStorage`, readable by any script on the page and kept until they expire.
 */
export const createDraftStore = (options: DraftStoreOptions = {}): DraftStore => {
  const storage = options.storage ?? defaultStorage();
  const prefix = options.prefix ?? 'grannskap:draft:';
  const ttl = options.ttlMs ?? 7 * 24 * 60 * 60 * 1000;
  const personal = new Set(options.personalKeys ?? []);
  const now = options.now ?? Date.now;
  const key = (formId: string) => `${prefix}${formId}`;

  const clear = (formId: string) => {
    try {
      storage.removeItem(key(formId));
    } catch {
      // Blocked storage has nothing to clear.
    }
  };

  return {
    save(formId, fields) {
      const t = now();
      const stored: Stored = { v: 1, savedAt: t, expiresAt: t + ttl, fields: strip(fields, personal) as Record<string, unknown> };
      try {
        storage.setItem(key(formId), JSON.stringify(stored));
        return true;
      } catch {
        return false;
      }
    },
    load<T extends Record<string, unknown>>(formId: string): T | null {
      let raw: string | null;
      try {
        raw = storage.getItem(key(formId));
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const stored = JSON.parse(raw) as Partial<Stored>;
        if (stored.v === 1 && typeof stored.expiresAt === 'number' && stored.expiresAt > now() && stored.fields && typeof stored.fields === 'object') {
          return stored.fields as T;
        }
      } catch {
        // Unreadable: treat like expired.
      }
      clear(formId);
      return null;
    },
    clear,
  };
};
