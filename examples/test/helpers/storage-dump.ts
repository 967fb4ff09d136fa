import type { Page } from 'puppeteer-core';

/** Everything the page's origin keeps in the browser, as text, so a test can search it. */
export interface StorageDump {
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  /** `database/store` → the JSON of every record in it. */
  indexedDB: Record<string, string[]>;
  cookie: string;
}

/** Reads localStorage, sessionStorage, every IndexedDB database (each store's records) and document.cookie. */
export const dumpStorage = (page: Page): Promise<StorageDump> =>
  page.evaluate(async () => {
    const entries = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k) ?? '']));
    const indexed: Record<string, string[]> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of db.objectStoreNames) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        indexed[`${info.name}/${name}`] = records.map((r) => JSON.stringify(r));
      }
      db.close();
    }
    return { localStorage: entries(localStorage), sessionStorage: entries(sessionStorage), indexedDB: indexed, cookie: document.cookie };
  });

/** Every stored key (`local:…`, `session:…`, `idb:database/store`). */
export const storageKeys = (dump: StorageDump): string[] => [
  ...Object.keys(dump.localStorage).map((k) => `local:${k}`),
  ...Object.keys(dump.sessionStorage).map((k) => `session:${k}`),
  ...Object.keys(dump.indexedDB).map((k) => `idb:${k}`),
];

/** The stored text in which `needle` occurs, by key; JSON-escaped text is searched as well as raw. */
export function findIn(dump: StorageDump, needle: string): string[] {
  const variants = [needle, JSON.stringify(needle).slice(1, -1)];
  const hit = (s: string) => variants.some((v) => s.includes(v));
  return [
    ...Object.entries(dump.localStorage).filter(([k, v]) => hit(k) || hit(v)).map(([k]) => `local:${k}`),
    ...Object.entries(dump.sessionStorage).filter(([k, v]) => hit(k) || hit(v)).map(([k]) => `session:${k}`),
    ...Object.entries(dump.indexedDB).filter(([, records]) => records.some(hit)).map(([k]) => `idb:${k}`),
    ...(hit(dump.cookie) ? ['cookie'] : []),
  ];
}
