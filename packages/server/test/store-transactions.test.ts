// The async store's transactions, on every engine: no one sees a part of a transaction, none of it stays after
// it throws, and concurrent read-then-write transactions lose no update. On SQLite's one connection another
// caller waits until the transaction ends; on PostgreSQL it reads the state before (serializable transactions).
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Area } from '@grannskap/contract';
import type { Store } from '../src/storage/store.js';
import { ENGINES } from './helpers/engines.js';

const area = (id: string, name = id): Area => ({ id, name });

/**
 * A caller outside the transaction (another request): started before it, it runs `read` once `signal` is called
 * from inside the transaction. Work started inside a transaction is part of it; this is not.
 */
const anotherRequest = <T>(read: () => Promise<T>) => {
  let signal!: () => void;
  const go = new Promise<void>((resolve) => (signal = resolve));
  const reads = (async () => {
    await go;
    return read();
  })();
  return { signal, reads };
};

for (const engine of ENGINES) describe(`store transactions: ${engine.name}`, () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await engine.open());
  });
  afterEach(() => dispose());

  it(`commits what the function wrote once it resolves; a read started meanwhile ${engine.serializes ? 'waits and sees all of it' : 'sees none of it'}`, async () => {
    const { signal, reads } = anotherRequest(() => store.listAreas());
    const done = store.transaction(async () => {
      await store.putArea(area('a'), 0);
      signal();
      await sleep(20);
      await store.putArea(area('b'), 1);
      return 'ok';
    });
    assert.equal(await done, 'ok');
    assert.deepEqual((await reads).map((a) => a.id), engine.serializes ? ['a', 'b'] : []);
    assert.deepEqual((await store.listAreas()).map((a) => a.id), ['a', 'b']);
  });

  it('rolls back everything the function wrote when it throws, and a read started meanwhile sees none of it', async () => {
    await store.putArea(area('kept'), 0);
    const { signal, reads } = anotherRequest(() => store.listAreas());
    await assert.rejects(
      store.transaction(async () => {
        await store.putArea(area('gone'), 1);
        await store.setConfig({ organisation: { name: 'x' } } as never, '2026-12-07T00:00:00Z');
        signal();
        await sleep(10);
        throw new Error('stop');
      }),
      /stop/,
    );
    assert.deepEqual((await reads).map((a) => a.id), ['kept']);
    assert.deepEqual((await store.listAreas()).map((a) => a.id), ['kept']);
    assert.equal(await store.getConfig(), undefined);
  });

  it('runs concurrent transactions one after another: read-then-write with awaits between loses no update', async () => {
    const bump = () =>
      store.transaction(async () => {
        const current = Number((await store.getArea('counter'))?.name ?? '0');
        await sleep(1);
        await store.putArea(area('counter', String(current + 1)), 0);
      });
    await Promise.all(Array.from({ length: 25 }, bump));
    assert.equal((await store.getArea('counter'))?.name, '25');
  });

  it('a transaction inside a transaction joins it, and rolls back with it', async () => {
    await assert.rejects(
      store.transaction(async () => {
        await store.transaction(async () => store.putArea(area('inner'), 0));
        throw new Error('outer fails');
      }),
      /outer fails/,
    );
    assert.deepEqual(await store.listAreas(), []);
  });

  it('work a transaction started and did not await runs after the commit, outside it, without breaking the next one', async () => {
    let late: Promise<Area | undefined> | undefined;
    await store.transaction(async () => {
      await store.putArea(area('first'), 0);
      setTimeout(() => { late = store.getArea('first'); }, 5);
    });
    await sleep(15);
    assert.equal((await late!)?.id, 'first');
    await store.transaction(async () => store.putArea(area('second'), 1));
    assert.deepEqual((await store.listAreas()).map((a) => a.id), ['first', 'second']);
  });

  it('an operation that fails inside a transaction rejects like any other; on PostgreSQL it ends the transaction', async () => {
    const run = store.transaction(async () => {
      await store.putArea(area('x'), 0);
      const refused = await store.insertTrivselpeng({ reference: null } as never, 'hash').then(() => 'stored', () => 'refused');
      assert.equal(refused, 'refused');
      return store.listAreas();
    });
    if (engine.serializes) {
      // SQLite undoes the failed statement only
      assert.deepEqual((await run).map((a) => a.id), ['x']);
    } else {
      // PostgreSQL aborts the whole transaction: nothing more runs in it and nothing of it stays
      await assert.rejects(run, /aborted/);
      assert.deepEqual(await store.listAreas(), []);
    }
  });
});
