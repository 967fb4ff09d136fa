// The server loads the better-sqlite3 release that runs on this Node (src/storage/sqlite-driver.ts): 12 on
// Node 20, 13 (Node-API) from Node 22. `npm test` runs this file on 20, 22 and 24 (scripts/test-node-lts.mjs),
// where every suite against the server is also the test that better-sqlite3 12 failed on Node 24: it aborted the
// process when a collected statement was finalised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { NAPI_FROM, SQLITE_PACKAGE } from '../src/storage/sqlite-driver.js';

const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);

test(`Node ${process.versions.node} loads the better-sqlite3 release built for it`, () => {
  const { version } = require(`${SQLITE_PACKAGE}/package.json`) as { version: string };
  assert.equal(Number(version.split('.')[0]), major >= NAPI_FROM ? 13 : 12, `${SQLITE_PACKAGE} is ${version}`);
});
