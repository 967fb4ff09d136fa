// The two OutboxStore implementations against one set of expectations. IndexedDB runs on
// fake-indexeddb here; the real one is tested in Chromium (test/browser/sdk.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbOutboxStore, MemoryOutboxStore, keptOperations, type OutboxEntry, type OutboxStore } from '@grannskap/sdk';

const entry = (id: string, createdAt: number): OutboxEntry => ({
  id, operation: 'createReport', body: { description: `report ${id}` }, createdAt, attempts: 0,
});

const behaves = async (store: OutboxStore) => {
  assert.deepEqual(await store.list(), []);
  await store.put(entry('b', 2));
  await store.put(entry('a', 1));
  await store.put(entry('c', 3));
  assert.deepEqual((await store.list()).map((e) => e.id), ['a', 'b', 'c'], 'oldest first');
  const stored = await store.get('b');
  assert.deepEqual(stored, entry('b', 2));
  (stored as OutboxEntry).attempts = 99;
  assert.equal((await store.get('b'))?.attempts, 0, 'a returned entry is a copy');
  await store.put({ ...entry('b', 2), attempts: 1, lastError: { code: 'network_error', message: 'down' } });
  assert.equal((await store.get('b'))?.attempts, 1, 'put replaces by id');
  await store.delete('a');
  await store.delete('missing');
  assert.deepEqual((await store.list()).map((e) => e.id), ['b', 'c']);
  assert.equal(await store.get('a'), undefined);
};

test('MemoryOutboxStore keeps, orders, replaces and deletes entries', async () => {
  await behaves(new MemoryOutboxStore());
});

test('IndexedDbOutboxStore does the same, and entries survive a new store instance', async () => {
  const indexedDB = new IDBFactory();
  const store = new IndexedDbOutboxStore({ indexedDB });
  await behaves(store);
  store.close();
  const again = new IndexedDbOutboxStore({ indexedDB });
  assert.deepEqual((await again.list()).map((e) => e.id), ['b', 'c']);
  again.close();
});

test('IndexedDbOutboxStore without IndexedDB says what to use instead', async () => {
  const store = new IndexedDbOutboxStore();
  await assert.rejects(store.list(), /MemoryOutboxStore/);
});

test('keptOperations names the operations an IndexedDB store keeps, without the outbox', async () => {
  const indexedDB = new IDBFactory();
  assert.deepEqual(await keptOperations({ indexedDB }), new Set(), 'a new database keeps nothing');
  const store = new IndexedDbOutboxStore({ indexedDB });
  await store.put(entry('a', 1));
  await store.put({ ...entry('b', 2), operation: 'cancelRegistration' });
  await store.put(entry('c', 3));
  assert.deepEqual(await keptOperations({ indexedDB }), new Set(['createReport', 'cancelRegistration']));
  assert.deepEqual(await keptOperations({ indexedDB, store: 'elsewhere', database: 'other' }), new Set(), 'another store');
  await store.delete('b');
  assert.deepEqual(await keptOperations({ indexedDB }), new Set(['createReport']), 'read afresh each time');
  store.close();
  const previous = globalThis.indexedDB;
  try {
    Reflect.deleteProperty(globalThis, 'indexedDB');
    assert.deepEqual(await keptOperations(), new Set(), 'no IndexedDB: nothing outlives the page');
  } finally {
    if (previous) globalThis.indexedDB = previous;
  }
});
