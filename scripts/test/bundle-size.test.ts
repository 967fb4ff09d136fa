// The size report's "+ lazy parts" column follows a widget's dynamic imports, which the CDN build renders
// with a retry suffix (scripts/lib/retryable-imports.mjs); a closure that missed them would report a widget
// as one file, as it did for a while.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a build script in plain JavaScript
import { closure } from '../lib/bundle-size.mjs';

const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the lazy closure follows plain and retryable dynamic imports, and leaves the catalogues out', () => {
  writeFileSync(join(dir, 'entry.js'), [
    "import './shared.js';",
    "export const a = () => import('./plain.js');",
    'export const b = () => import(\'./retried.js\'+(globalThis[Symbol.for("grannskap.importRetry")]??""));',
    "export const c = () => import('./locales/en.js');",
    'export const d = (x) => import(x);',
  ].join('\n'));
  for (const f of ['shared.js', 'plain.js', 'retried.js']) writeFileSync(join(dir, f), 'export const x = 1;');
  const names = (files: string[]) => files.map((f) => f.slice(dir.length + 1)).sort();
  assert.deepEqual(names(closure(join(dir, 'entry.js'))), ['entry.js', 'shared.js']);
  assert.deepEqual(names(closure(join(dir, 'entry.js'), { lazy: true })), ['entry.js', 'plain.js', 'retried.js', 'shared.js']);
});
