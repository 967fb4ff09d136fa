// The async store's transactions on SQLite's one connection: a transaction that awaits keeps every other
// caller out until it commits or rolls back, so no one sees a part of it and no update is lost.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Area } from '@grannskap/contract';
import { openSqliteStore } from '../src/storage/sqlite.js';
import type { Store } from '../src/storage/store.js';

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

describe('store transactions (SQLite)', () => {
  let dir = '';
  let store: Store;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'grannskap-tx-'));
    store = openSqliteStore(dir);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits what the function wrote once it resolves, and a read started meanwhile waits and sees all of it', async () => {
    const { signal, reads } = anotherRequest(() => store.listAreas());
    const done = store.transaction(async () => {
      await store.putArea(area('a'), 0);
      signal();
      await sleep(20);
      await store.putArea(area('b'), 1);
      return 'ok';
    });
    assert.equal(await done, 'ok');
    assert.deepEqual((await reads).map((a) => a.id), ['a', 'b']);
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

  it('an operation that fails inside a transaction rejects like any other, and the transaction can handle it', async () => {
    const result = await store.transaction(async () => {
      await store.putArea(area('x'), 0);
      await store.insertTrivselpeng({ reference: null } as never, 'hash').catch(() => 'refused');
      return store.listAreas();
    });
    assert.deepEqual(result.map((a) => a.id), ['x']);
  });
});
