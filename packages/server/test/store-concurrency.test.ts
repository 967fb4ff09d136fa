// Two stores on one database, as two server processes have them: each event routed once, each delivery claimed
// by one of them, an idempotency key written once when both try it at the same moment, no update lost.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../src/storage/store.js';
import { ENGINES } from './helpers/engines.js';

const T0 = Date.parse('2026-12-07T10:00:00Z');

const events = async (store: Store, n: number) => {
  for (let i = 0; i < n; i++) {
    await store.insertEvent({
      id: `ev${i}`, type: 'report.created', record: `R-${i}`, payload: '{}', createdAt: new Date(T0 + i).toISOString(), subject: '{}', tenantEmail: null,
    });
  }
};

for (const engine of ENGINES.filter((e) => e.openPair)) describe(`two processes on one database: ${engine.name}`, () => {
  it('route every event once and claim every delivery once, side by side', async () => {
    const { stores, dispose } = await engine.openPair!();
    try {
      await events(stores[0], 120);
      const routeAll = async (store: Store) => {
        let routed = 0;
        for (;;) {
          const n = await store.routeEvents(7, (e) => [
            { id: `${e.id}-a`, eventId: e.id, record: e.record, channel: 'webhook', audience: 'staff', destination: 'a', createdAt: e.createdAt, nextAt: T0 },
            { id: `${e.id}-b`, eventId: e.id, record: e.record, channel: 'webhook', audience: 'staff', destination: 'b', createdAt: e.createdAt, nextAt: T0 },
          ]);
          routed += n;
          if (n === 0) return routed;
        }
      };
      const routed = await Promise.all(stores.map(routeAll));
      assert.equal(routed[0]! + routed[1]!, 120, `routed ${JSON.stringify(routed)}`);
      const counts = await stores[1].deliveryCounts();
      assert.equal(counts.pending, 240);

      const claimAll = async (store: Store, owner: string) => {
        const seqs: number[] = [];
        for (;;) {
          const claimed = await store.claimDeliveries(owner, T0 + 1, T0 + 60_000, 9);
          if (claimed.length === 0) return seqs;
          seqs.push(...claimed.map((d) => d.seq));
        }
      };
      const [first, second] = await Promise.all([claimAll(stores[0], 'p1'), claimAll(stores[1], 'p2')]);
      const all = [...first!, ...second!];
      assert.equal(new Set(all).size, all.length, 'a delivery was claimed twice');
      assert.equal(all.length, 240);
      const held = await stores[0].listDeliveries({ state: 'sending' }, 500);
      assert.deepEqual(new Set(held.filter((d) => d.leaseOwner === 'p1').map((d) => d.seq)), new Set(first));
    } finally {
      await dispose();
    }
  });

  it('an idempotency key sent to both at the same moment is written once, and the other answers what was written', async () => {
    const { stores, dispose } = await engine.openPair!();
    try {
      const write = (store: Store, key: string, by: string) =>
        store.transaction(async () => {
          const previous = await store.getIdempotency(key);
          if (previous) return `replay of ${previous.body}`;
          await sleep(3);
          await store.addAdminToken(`${key}-${by}`, by, new Date(T0).toISOString());
          await store.putIdempotency(key, { fingerprint: 'f', status: 201, body: by }, new Date(T0).toISOString());
          return `wrote ${by}`;
        });
      for (let round = 0; round < 15; round++) {
        const key = `key-${round}`;
        const answers = await Promise.all([write(stores[0], key, 'one'), write(stores[1], key, 'two')]);
        const wrote = answers.filter((a) => a.startsWith('wrote'));
        assert.equal(wrote.length, 1, JSON.stringify(answers));
        const winner = wrote[0]!.slice('wrote '.length);
        assert.ok(answers.includes(`replay of ${winner}`), JSON.stringify(answers));
        const tokens = [await stores[0].findAdminToken(`${key}-one`), await stores[0].findAdminToken(`${key}-two`)].filter(Boolean);
        assert.equal(tokens.length, 1, 'the losing write left a row behind');
      }
    } finally {
      await dispose();
    }
  });

  it('read-then-write transactions from both lose no update', async () => {
    const { stores, dispose } = await engine.openPair!();
    try {
      const bump = (store: Store) =>
        store.transaction(async () => {
          const current = Number((await store.getArea('counter'))?.name ?? '0');
          await sleep(1);
          await store.putArea({ id: 'counter', name: String(current + 1) }, 0);
        });
      await Promise.all(Array.from({ length: 30 }, (_, i) => bump(stores[i % 2]!)));
      assert.equal((await stores[0].getArea('counter'))?.name, '30');
    } finally {
      await dispose();
    }
  });
});
