// Two server processes starting at the same moment on one PostgreSQL database: the demo data goes in once and
// the scheduled retention job runs once between them, not once each.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { demoActivities } from '../src/demo/index.js';
import { startTestServer, T0 } from './helpers/server.js';
import { newTestDatabase } from './helpers/postgres.js';

describe('two servers starting at once on one PostgreSQL database', () => {
  it('seed the demo once and run the scheduled retention job once', async () => {
    const database = await newTestDatabase();
    const [a, b] = await Promise.all([startTestServer({ database }), startTestServer({ database })]);
    try {
      const [activities] = await a.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM activities');
      assert.equal(Number(activities!.n), demoActivities(new Date(T0)).length);
      const [areas] = await b.sql<{ n: number | string }>('SELECT COUNT(DISTINCT id) AS n FROM areas');
      assert.ok(Number(areas!.n) > 0);
      const runs = await a.sql('SELECT * FROM retention_log');
      assert.equal(runs.length, 1, `retention ran ${runs.length} times`);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
