// The throwaway PostgreSQL cluster the suites run against: a real server from the machine's binaries, on a free
// port, gone after stop().
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startPostgres } from './helpers/postgres.js';

describe('throwaway PostgreSQL cluster', () => {
  it('starts PostgreSQL 15 or later on loopback, creates databases, and is gone after stop()', async () => {
    const cluster = await startPostgres();
    try {
      assert.ok(cluster.version >= 150000, `server_version_num ${cluster.version}`);
      const url = cluster.createDatabase('harness_check');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)');
        await client.query('INSERT INTO t (name) VALUES ($1), ($2)', ['å', 'ö']);
        const { rows } = await client.query<{ name: string }>('SELECT name FROM t ORDER BY id');
        assert.deepEqual(rows.map((r) => r.name), ['å', 'ö']);
        const { rows: [db] } = await client.query<{ current_database: string }>('SELECT current_database()');
        assert.equal(db?.current_database, 'harness_check');
      } finally {
        await client.end();
      }
    } finally {
      cluster.stop();
    }
    const after = new pg.Client({ connectionString: cluster.url(), connectionTimeoutMillis: 2000 });
    await assert.rejects(after.connect(), /ECONNREFUSED|terminat|timeout/i);
    await after.end().catch(() => undefined);
  });
});
