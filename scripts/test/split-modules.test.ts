// scripts/lib/split-modules.mjs: code splitting per declaration gives each entry only what it uses, keeps
// behaviour (references, a shared `let`, renamed exports, use before declaration, cycles) and refuses what it cannot split.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
// @ts-expect-error plain JavaScript build helpers without declarations
import { splitModules } from '../lib/split-modules.mjs';
// @ts-expect-error plain JavaScript build helpers without declarations
import { closure } from '../lib/bundle-size.mjs';

const LIB = `
import { suffix } from './dep.js';
let counter = 0;
function bump() { return ++counter; }
export function count() { return bump(); }
export const a = () => 'a' + b() + suffix;
export function b() { return 'b'; }
export const onlyForTwo = () => 'ONLY_IN_TWO' + later();
const later = () => '-later';
const _null = () => 'null';
export { _null as null };
const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
export const parity = (n) => (isEven(n) ? 'even' : 'odd');
const base = { name: 'base', child: () => child };
const child = { name: 'child', parent: base };
export const family = () => base.child().parent.name + '>' + child.name;
`;

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const build = async (lib: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'split-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'lib.js'), lib);
  writeFileSync(join(dir, 'dep.js'), "export const suffix = '!';");
  writeFileSync(join(dir, 'one.js'), "import { a, count, parity, family } from './lib.js'; export const run = () => [a(), count(), count(), parity(7), family()];");
  writeFileSync(join(dir, 'two.js'), "import { onlyForTwo, count, null as n } from './lib.js'; export const run = () => [onlyForTwo(), count(), n()];");
  const bundle = await rollup({ input: { one: join(dir, 'one.js'), two: join(dir, 'two.js') }, plugins: [splitModules(/[\\/]lib\.js$/)] });
  await bundle.write({ dir: join(dir, 'out'), format: 'es' });
  return join(dir, 'out');
};

test('each entry loads only the declarations it uses, and they behave as before the split', async () => {
  const out = await build(LIB);
  const oneFiles: string[] = closure(join(out, 'one.js'));
  const twoFiles: string[] = closure(join(out, 'two.js'));
  assert.ok(!oneFiles.some((f) => readFileSync(f, 'utf8').includes('ONLY_IN_TWO')), 'entry one loads code only entry two uses');
  assert.ok(twoFiles.some((f) => readFileSync(f, 'utf8').includes('ONLY_IN_TWO')));
  const one = await import(pathToFileURL(join(out, 'one.js')).href);
  const two = await import(pathToFileURL(join(out, 'two.js')).href);
  // the counter is one shared `let`: both entries see the same state
  // mutual recursion, and a cycle with a reference made while the module runs (`child` needs `base`)
  assert.deepEqual(one.run(), ['ab!', 1, 2, 'odd', 'base>child']);
  assert.deepEqual(two.run(), ['ONLY_IN_TWO-later', 3, 'null']);
});

test('a module with a top-level statement that is not a declaration is refused, naming the module', async () => {
  await assert.rejects(build(`${LIB}\nconsole.log('side effect');`), /split-modules: cannot split .*lib\.js: a top-level ExpressionStatement/);
});
