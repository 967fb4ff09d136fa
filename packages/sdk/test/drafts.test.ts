import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDraftStore, type StorageLike } from '@grannskap/sdk';

const mapStorage = (): StorageLike & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
};

test('a draft round-trips until it expires, then it is gone from storage', () => {
  const storage = mapStorage();
  let now = 1_000_000;
  const drafts = createDraftStore({ storage, prefix: 'p:', ttlMs: 60_000, now: () => now });
  assert.equal(drafts.save('report', { category: 'noise', description: 'Musik' }), true);
  assert.deepEqual(drafts.load('report'), { category: 'noise', description: 'Musik' });
  assert.ok(storage.map.has('p:report'));
  now += 59_999;
  assert.deepEqual(drafts.load('report'), { category: 'noise', description: 'Musik' });
  now += 1;
  assert.equal(drafts.load('report'), null);
  assert.equal(storage.map.has('p:report'), false, 'the expired draft is removed');
});

test('saving again extends the life of a draft; clear removes it', () => {
  const storage = mapStorage();
  let now = 0;
  const drafts = createDraftStore({ storage, ttlMs: 100, now: () => now });
  drafts.save('a', { x: 1 });
  now = 90;
  drafts.save('a', { x: 2 });
  now = 150;
  assert.deepEqual(drafts.load('a'), { x: 2 });
  drafts.clear('a');
  assert.equal(drafts.load('a'), null);
  assert.equal(storage.map.size, 0);
});

test('personal keys are stripped at any depth before they reach storage', () => {
  const storage = mapStorage();
  const drafts = createDraftStore({ storage, personalKeys: ['name', 'phone', 'email'] });
  drafts.save('t', { title: 'Grillkväll', applicant: { name: 'Anna', phone: '070-123', age: 40 }, budget: [{ item: 'Korv', amount: 300, email: 'x@y.se' }] });
  const raw = [...storage.map.values()][0] ?? '';
  assert.doesNotMatch(raw, /Anna|070-123|x@y\.se/);
  assert.deepEqual(drafts.load('t'), { title: 'Grillkväll', applicant: { age: 40 }, budget: [{ item: 'Korv', amount: 300 }] });
});

test('unreadable drafts load as null and are removed; a full storage makes save return false', () => {
  const storage = mapStorage();
  storage.map.set('grannskap:draft:bad', '{not json');
  const drafts = createDraftStore({ storage });
  assert.equal(drafts.load('bad'), null);
  assert.equal(storage.map.has('grannskap:draft:bad'), false);
  const full = createDraftStore({
    storage: { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined },
  });
  assert.equal(full.save('x', { a: 1 }), false);
});

test('without localStorage (Node) the default storage is memory and still works', () => {
  const drafts = createDraftStore();
  drafts.save('f', { a: 1 });
  assert.deepEqual(drafts.load('f'), { a: 1 });
});
