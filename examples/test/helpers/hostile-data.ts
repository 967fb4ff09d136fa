import { Area, Category, Config } from '@grannskap/contract';
import { openSqliteStore, startServer } from '@grannskap/server';
import type { RunningServer, ServerOptions } from '@grannskap/server';

// A server whose every human-readable text is an attack: the demo organisation, seeded as usual, then
// rewritten in its own store (config, areas, categories with their questions, activities) the way a
// compromised admin tool or a careless import would. Ids, codes, phones and dates stay valid, so the
// widgets render it all. URLs become `javascript:` URLs, which the contract's `z.url()` accepts.

/** Each payload would set `window.__pwned` if it ever became markup, an attribute handler or a link. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "'><iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
  '<a href="javascript:window.__pwned=1">klicka</a>',
  '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
] as const;

export const HOSTILE_URL = 'javascript:window.__pwned=1';

const LANG_KEYS = new Set(['sv', 'en', 'fi', 'ar', 'so']);
/** Plain-text fields that are not inside a LocalizedText: names of areas, places, organisers. */
const TEXT_KEYS = new Set(['name', 'organisation']);

/** A copy of `value` with every text and URL rewritten; `counter.fields` counts the fields changed. */
function hostile<T>(value: T, counter: { fields: number }): T {
  const walk = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v !== 'string') return v;
    if (key === 'url') {
      counter.fields++;
      return HOSTILE_URL;
    }
    if (LANG_KEYS.has(key) || TEXT_KEYS.has(key)) {
      return PAYLOADS[counter.fields++ % PAYLOADS.length];
    }
    return v;
  };
  return walk(value, '') as T;
}

export interface HostileServer {
  server: RunningServer;
  /** How many text and URL fields were rewritten. */
  fields: number;
}

/** Seeds the demo into `dataDir`, rewrites its texts, and starts the server on it. */
export async function startHostileServer(dataDir: string, options: Omit<ServerOptions, 'dataDir' | 'demo'> & { port?: number }): Promise<HostileServer> {
  await (await startServer({ dataDir, demo: true, port: 0, logger: false })).close();
  const store = openSqliteStore(dataDir);
  const counter = { fields: 0 };
  const at = new Date().toISOString();
  try {
    await store.transaction(async () => {
      await store.setConfig(Config.parse(hostile((await store.getConfig())!, counter)), at);
      for (const [i, a] of (await store.listAreas()).entries()) await store.putArea(Area.parse(hostile(a, counter)), i);
      for (const [i, c] of (await store.listCategories()).entries()) await store.putCategory(Category.parse(hostile(c, counter)), i);
      for (const a of await store.listActivities({})) await store.updateActivity(hostile(a, counter));
    });
  } finally {
    await store.close();
  }
  const server = await startServer({ ...options, dataDir, demo: true });
  return { server, fields: counter.fields };
}
