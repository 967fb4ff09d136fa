// Bytes a browser downloads: raw, gzip (level 9) and brotli (quality 11), of a file and of everything it
// imports statically. Shared by `npm run size` (budgets) and `npm run bench` (the comparison with peers).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { walk } from './ast.mjs';

export const KB = 1000;

/** Compressed sizes of a buffer or string. */
export const measure = (bytes) => {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

const cache = new Map();
/** Compressed sizes of a file (cached). */
export const sizeOf = (file) => {
  if (!cache.has(file)) cache.set(file, measure(readFileSync(file)));
  return cache.get(file);
};

/** Relative modules a file imports statically (import/export … from), found by rollup's own parser. */
const staticImports = (file) => {
  const ast = parseAst(readFileSync(file, 'utf8'));
  return ast.body
    .filter((node) => ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(node.type) && node.source)
    .map((node) => node.source.value)
    .filter((spec) => spec.startsWith('./') || spec.startsWith('../'))
    .map((spec) => resolve(dirname(file), spec));
};

/** The fixed path of a dynamic import: `'./x.js'`, or `'./x.js' + retry` as scripts/lib/retryable-imports.mjs renders it. */
const fixedPath = (source) => {
  if (source.type === 'Literal' && typeof source.value === 'string') return source.value;
  if (source.type === 'BinaryExpression' && source.operator === '+') return fixedPath(source.left);
  return undefined;
};

/** Relative modules a file may load later with `import('./…')` (a fixed path), besides the language catalogues. */
const lazyImports = (file) => {
  const found = [];
  walk(parseAst(readFileSync(file, 'utf8')), (node) => {
    const path = node.type === 'ImportExpression' ? fixedPath(node.source) : undefined;
    if (path) found.push(path);
  });
  return found
    .filter((spec) => (spec.startsWith('./') || spec.startsWith('../')) && !/(^|\/)locales\//.test(spec))
    .map((spec) => resolve(dirname(file), spec));
};

/**
 * The file and everything it loads before it runs; with `lazy`, also every part it can load later
 * (dynamic imports of fixed paths, and what those import), except the language catalogues.
 */
export const closure = (entry, { lazy = false } = {}) => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
    if (lazy) lazyImports(file).forEach(visit);
  };
  visit(resolve(entry));
  return [...seen];
};

/** An entry with everything it loads: the sum of each file's compressed size, as a browser fetches them. */
export const entrySize = (entry, options) => {
  const files = closure(entry, options);
  const total = files.map(sizeOf).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files: files.length, ...total };
};

/** Several entries a page loads together (e.g. the composed SDK client and one group), shared files counted once. */
export const entriesSize = (entries) => {
  const files = [...new Set(entries.flatMap((entry) => closure(entry)))];
  const total = files.map(sizeOf).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files: files.length, ...total };
};
