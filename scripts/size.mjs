// `npm run size`: what a browser downloads, compressed, for each CDN entry, and whether it fits the budget.
// A widget entry counts with every chunk it imports statically (lazy locale chunks are listed apart).
// Bytes are deterministic, so a budget exceeded here fails `npm test` and CI.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const KB = 1000;
// Ceilings fail the run: they stop regressions at today's size plus a small margin.
// Goals are the targets of the benchmarks issue (SDK 12 KB, widget 30 KB, all-in-one 60 KB);
// the SDK misses its goal because createClient pulls every route's schemas (see docs/performance.md
// once the benchmarks land). Lower a ceiling whenever a change beats it.
const BUDGETS = { sdk: 28.5 * KB, widget: 33.5 * KB, all: 60 * KB };
const GOALS = { sdk: 12 * KB, widget: 30 * KB, all: 60 * KB };
// Widgets over the common ceiling: measured size plus ~3%. Every widget built on GrannskapElement carries
// the SDK (~27 KB) plus the base class, its tokens and @lit/localize's controller (~4 KB) on top of the provider.
const WIDGET_CEILINGS = {
  'grannskap-on-call.js': 38.7 * KB, // 37,562 measured (issue 3)
  'grannskap-case-status.js': 38.4 * KB, // 37,246 measured (issue 3)
  'grannskap-report-form.js': 49.6 * KB, // 48,130 measured (issue 3, first increment; to be looked into)
};
const WIDGETS_CDN = 'packages/widgets/cdn';

const sizes = new Map();
const sizeOf = (file) => {
  if (!sizes.has(file)) {
    const bytes = readFileSync(file);
    sizes.set(file, {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizes.get(file);
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

/** The file and everything it loads before it runs. */
const closure = (entry) => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  visit(resolve(entry));
  return [...seen];
};

const rows = [];
const missing = [];
const add = (label, entry, kind, ceiling) => {
  if (!existsSync(entry)) {
    missing.push(entry);
    return;
  }
  const files = closure(entry);
  const total = files.map(sizeOf).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  rows.push({ label, files: files.length, ...total, budget: ceiling ?? BUDGETS[kind], goal: GOALS[kind] });
};

add('sdk: grannskap-sdk.js', 'packages/sdk/cdn/grannskap-sdk.js', 'sdk');
add('contract: grannskap-contract.js', 'packages/contract/cdn/grannskap-contract.js', undefined);
const entries = existsSync(WIDGETS_CDN) ? readdirSync(WIDGETS_CDN).filter((f) => /^grannskap-[a-z0-9-]+\.js$/.test(f)).sort() : [];
if (entries.length === 0) missing.push(`${WIDGETS_CDN}/grannskap-*.js`);
for (const f of entries) add(`widget: ${f} + chunks`, join(WIDGETS_CDN, f), 'widget', WIDGET_CEILINGS[f]);
add('all-in-one: grannskap.js', join(WIDGETS_CDN, 'grannskap.js'), 'all');
const localeDir = join(WIDGETS_CDN, 'locales');
if (existsSync(localeDir)) {
  for (const f of readdirSync(localeDir).filter((n) => n.endsWith('.js')).sort()) add(`  locale (lazy): ${f}`, join(localeDir, f), undefined);
}

const fmt = (n) => n.toLocaleString('en-US');
const table = [['bundle', 'files', 'min', 'gzip', 'brotli', 'gzip ceiling', '', 'goal', '']];
for (const r of rows) {
  const over = r.budget !== undefined && r.gzip > r.budget;
  r.over = over;
  const { goal } = r;
  table.push([r.label, String(r.files), fmt(r.raw), fmt(r.gzip), fmt(r.brotli), r.budget ? fmt(r.budget) : '-', over ? 'OVER' : r.budget ? 'ok' : '', goal ? fmt(goal) : '-', goal ? (r.gzip <= goal ? 'met' : `${(r.gzip / goal).toFixed(2)}x`) : '']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
console.log(`bytes; gzip level 9, brotli quality 11; a widget counts with the chunks it imports statically; 1 KB = ${KB} bytes`);

if (missing.length > 0) {
  console.error(`size: missing ${missing.map((m) => relative('.', m)).join(', ')}: run \`npm run build\` first`);
  process.exit(1);
}
const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(`size: over budget: ${over.map((r) => `${r.label.trim()} ${fmt(r.gzip)} > ${fmt(r.budget)}`).join('; ')}`);
  process.exit(1);
}
