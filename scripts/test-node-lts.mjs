// `npm run test:node:lts` (part of `npm test`): every Node suite again under the maintained Node LTS lines,
// 22 and 24, fetched from the registry's `node` package through npx, so the server, SDK and contract are
// tested on the Node a user has today and not only on the oldest line supported (20.19).
// `node scripts/test-node-lts.mjs 24 [files]` runs one line. Exits non-zero when a suite fails on any line.
//
// Nothing is rebuilt: on Node 22 and later the server loads better-sqlite3 13, which is built on Node-API
// and so runs on every line from the one binary `npm ci` made (packages/server/src/storage/sqlite-driver.ts
// says why Node 20 keeps 12); sharp, rollup and the other native modules are Node-API too.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const named = args.filter((a) => /^\d+$/.test(a));
const LINES = named.length > 0 ? named : ['22', '24'];
const files = args.filter((a) => !/^\d+$/.test(a));

let failed = false;
for (const line of LINES) {
  // npx installs the `node` package once and puts its `node` first on PATH; this asks it where it is
  const node = execFileSync('npx', ['-y', '-p', `node@${line}`, 'node', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const version = execFileSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  console.log(`test-node-lts: Node ${version} (${node})`);
  // Node first on PATH, so the suites' child processes (the server's CLI, the crash tests) run on it too
  const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` };
  const status = spawnSync(node, [join(ROOT, 'scripts', 'test-node.mjs'), ...files], { stdio: 'inherit', cwd: ROOT, env }).status;
  if (status !== 0) {
    console.error(`test-node-lts: the Node suites failed on Node ${version}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
