// `npm run test:node:postgres` (part of `npm test`): the server's Node suites again with every test server on
// PostgreSQL (GRANNSKAP_TEST_DATABASE=postgres: a new database per server on a throwaway cluster each test file
// starts from the machine's binaries, packages/server/test/helpers/postgres.ts). The store suites run every
// engine in both passes. `node scripts/test-node-postgres.mjs [files]` runs some. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2);
const env = { ...process.env, GRANNSKAP_TEST_DATABASE: 'postgres' };
const status = spawnSync(process.execPath, ['scripts/test-node.mjs', ...(files.length ? files : ['packages/server/test'])], { stdio: 'inherit', env }).status;
if (status !== 0) console.error('test-node-postgres: the server suites failed on PostgreSQL');
process.exit(status ?? 1);
