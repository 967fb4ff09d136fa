// `npm run test:node:22` (part of `npm test`): every Node suite again under a maintained Node LTS, fetched from
// the registry's `node` package through npx, so the server, SDK and contract are tested on Node 22 and not
// only on the oldest line supported (20.19). `node scripts/test-node-lts.mjs 24 [files]` does the same on 24.
// Exits non-zero when a suite fails, like scripts/test-node.mjs, which it runs.
//
// better-sqlite3 is the one native module built against one Node's ABI (sharp, rollup and the others use
// N-API, which every Node line shares). It is compiled for that Node once, from the installed package's
// sources and the Node's headers (the `node-<platform>-<arch>` package of the same version ships them, so
// nothing is fetched from nodejs.org), and cached in node_modules/.cache. While the suites run, that binary
// stands in for the installed one, which is put back afterwards whatever happens, so the Node 20 build of
// `npm test` is untouched.
//
// Node 24 fails today, and not in our code: better-sqlite3 12 aborts the process when a prepared statement is
// garbage-collected on Node 24.19 and later (`Assertion failed: (env) != nullptr` in
// RemoveEnvironmentCleanupHook, from Statement::~Statement; WiseLibs/better-sqlite3#1515). Its fix is
// better-sqlite3 13, which does not run on Node 20: moving to it is moving the floor to Node 22.
import { cpSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';

/** The Node line, `22` unless named (`node scripts/test-node-lts.mjs 24`). */
const LINE = /^\d+$/.test(process.argv[2] ?? '') ? process.argv[2] : '22';
const ONLY = /^\d+$/.test(process.argv[2] ?? '') ? process.argv.slice(3) : process.argv.slice(2);
const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'grannskap-node');
const INSTALLED = join(ROOT, 'node_modules', 'better-sqlite3');
const BINARY = join('build', 'Release', 'better_sqlite3.node');

const run = (file, args, options = {}) => execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options }).trim();

// The Node 24 binary: npx installs the `node` package once and puts its `node` first on PATH.
const node = run('npx', ['-y', '-p', `node@${LINE}`, 'node', '-p', 'process.execPath']);
const version = run(node, ['-p', 'process.versions.node']);
const abi = run(node, ['-p', 'process.versions.modules']);
console.log(`test-node-lts: Node ${version} (ABI ${abi}) at ${node}`);

const built = join(CACHE, `better-sqlite3-abi${abi}`, BINARY);
if (!existsSync(built)) {
  const platform = `node-${process.platform}-${process.arch}`;
  const headers = join(CACHE, `${platform}-${version}`);
  if (!existsSync(join(headers, 'package', 'include', 'node', 'node.h'))) {
    mkdirSync(headers, { recursive: true });
    const tarball = run('npm', ['pack', `${platform}@${version}`, '--silent', '--pack-destination', headers]).split('\n').pop();
    execFileSync('tar', ['xzf', join(headers, tarball), '-C', headers, 'package/include']);
    rmSync(join(headers, tarball));
  }
  const src = join(CACHE, `better-sqlite3-abi${abi}`);
  rmSync(src, { recursive: true, force: true });
  cpSync(INSTALLED, src, { recursive: true, filter: (p) => !p.startsWith(join(INSTALLED, 'build')) });
  const npmRoot = run('npm', ['root', '-g']);
  const gyp = join(npmRoot, 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  console.log(`test-node-lts: building better-sqlite3 for ABI ${abi} (once; cached in ${src})`);
  execFileSync(node, [gyp, 'rebuild', '--release', `--nodedir=${join(headers, 'package')}`, `--jobs=${availableParallelism()}`], {
    cwd: src,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const installed = join(INSTALLED, BINARY);
const saved = join(CACHE, 'better_sqlite3.installed.node');
copyFileSync(installed, saved);
let status = 1;
const restore = () => copyFileSync(saved, installed);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { restore(); process.exit(130); });
try {
  copyFileSync(built, installed);
  // Node 24 first on PATH, so the suites' child processes (the server's CLI, crash tests) run on it too.
  const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` };
  status = spawnSync(node, [join(ROOT, 'scripts', 'test-node.mjs'), ...ONLY], { stdio: 'inherit', cwd: ROOT, env }).status ?? 1;
} finally {
  restore();
}
process.exit(status);
