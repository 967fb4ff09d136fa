// Runs every Node suite (packages/*/test/**/*.test.ts, examples/test/ and scripts/test/, browser tests excluded) with node:test and tsx.
// node:test exits non-zero when any test fails, and so does this script.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'browser' || name === 'node_modules' ? [] : walk(p);
    return p.endsWith('.test.ts') ? [p] : [];
  });

const only = process.argv.slice(2);
const files = (only.length ? only : [...readdirSync('packages').map((p) => join('packages', p, 'test')), join('examples', 'test'), join('scripts', 'test')])
  .flatMap((p) => { try { return statSync(p).isDirectory() ? walk(p) : [p]; } catch { return []; } })
  .sort();
if (files.length === 0) {
  console.error('test-node: no test files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
