// shared/kept.ts decides whether a widget loads the code that follows a kept write. For the clients the
// widgets make it reads the default IndexedDB store (the SDK's keptOperations, tested in
// packages/sdk/test/outbox-store.test.ts); a client the page hands the widgets may keep its writes anywhere.
import { expect } from '@open-wc/testing';
import { IndexedDbOutboxStore, createClient } from '@grannskap/sdk';
import type { OutboxOperation } from '@grannskap/sdk';
import { composeClient } from '@grannskap/sdk/compose';
import { configGroup } from '@grannskap/sdk/groups/config';
import { clientFor, isOwnClient } from '../../src/shared/client.js';
import { mayKeep } from '../../src/shared/kept.js';
import { API } from './helpers.js';

describe('mayKeep', () => {
  it("says 'maybe' for a client the page made with an outbox, whatever the default store holds", async () => {
    const page = createClient({ baseUrl: API, outbox: new IndexedDbOutboxStore({ database: 'grannskap-kept-test' }) });
    expect(isOwnClient(page)).to.equal(false);
    expect(await mayKeep(page, ['createReport'])).to.equal('maybe');
    indexedDB.deleteDatabase('grannskap-kept-test');
  });

  it("says 'no' for a client the page made without an outbox", async () => {
    const page = composeClient({ baseUrl: API }, { config: configGroup });
    expect(page.outbox).to.equal(undefined);
    expect(await mayKeep(page, ['createReport'])).to.equal('no');
  });

  it("reads the default store for the widgets' own clients: 'yes' while a write of the operation is kept, then 'no'", async () => {
    const own = clientFor(API);
    expect(isOwnClient(own)).to.equal(true);
    // an operation no outbox has a route for, so no other test page's outbox sends or removes the entry
    const operation = 'keptTestOnly' as OutboxOperation;
    const store = new IndexedDbOutboxStore();
    const id = `kept-test-${crypto.randomUUID()}`;
    await store.put({ id, operation, body: {}, createdAt: Date.now(), attempts: 0 });
    try {
      expect(await mayKeep(own, [operation])).to.equal('yes');
    } finally {
      await store.delete(id);
    }
    expect(await mayKeep(own, [operation])).to.equal('no');
    store.close();
  });
});
