// Cacheable reads are answered from the read cache while the data is unchanged — and never after a change:
// a registration changes the places left at once; a configuration written by another process (e.g.
// `config import`) is served on the next request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRegistration, getConfig, listOccurrences } from '@grannskap/contract';
import { call, freshKey, startTestServer, type TestServer } from './helpers/server.js';
import { createActivity } from './helpers/fixtures.js';

let t: TestServer;
before(async () => {
  t = await startTestServer();
});
after(() => t.close());

test('a registration changes the cached occurrences at once', async () => {
  const { id } = await createActivity(t);
  const query = { from: '2026-12-01', to: '2026-12-31' };
  const placesLeft = (body: { items: { activityId: string; placesLeft: number | null }[] }) => body.items.find((o) => o.activityId === id)?.placesLeft;
  const first = await call(t, listOccurrences, { query });
  const second = await call(t, listOccurrences, { query });
  assert.equal(second.headers.get('etag'), first.headers.get('etag'));
  assert.deepEqual(second.body, first.body);
  assert.equal(placesLeft(first.body), 4);

  const registered = await call(t, createRegistration, {
    params: { id },
    key: freshKey(),
    body: { occurrence: '2026-12-05T14:00', participants: [{ name: 'Alva', age: 9 }], contact: { name: 'Sara', phone: '070-123 45 67' }, consent: true },
  });
  assert.equal(registered.status, 201, registered.text);
  const after = await call(t, listOccurrences, { query });
  assert.equal(placesLeft(after.body), 3);
  assert.notEqual(after.headers.get('etag'), first.headers.get('etag'));
});

test('a configuration written by another process is served on the next request', async () => {
  const before = await call(t, getConfig);
  assert.equal((await call(t, getConfig)).headers.get('etag'), before.headers.get('etag'));
  const other = await t.openStore();
  try {
    await other.setConfig({ ...before.body, organisation: { ...before.body.organisation, name: 'Nya bostadsbolaget' } }, new Date().toISOString());
  } finally {
    await other.close();
  }
  const changed = await call(t, getConfig);
  assert.equal(changed.body.organisation.name, 'Nya bostadsbolaget');
  assert.notEqual(changed.headers.get('etag'), before.headers.get('etag'));
});
