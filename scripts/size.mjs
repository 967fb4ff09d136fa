// `npm run size`: what a browser downloads, compressed, for each CDN entry, and whether it fits the budget.
// An entry counts with every chunk it imports statically: what it needs to show itself ("initial"), which
// the budget judges. A widget's parts that load when first needed (a dialog, later steps, a receipt) are
// added in the "+ lazy parts" column, so the whole stays in view; the language catalogues are listed apart.
// Bytes are deterministic, so a budget exceeded here fails `npm test` and CI.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KB, entriesSize, entrySize, sizeOf } from './lib/bundle-size.mjs';

// The ceilings, in gzip bytes; a bundle over its ceiling fails the run. They are limits to stay under, not
// targets: a change that stays under one needs no byte work.
//
// "SDK entry" is what a page loads to make its first validated call without a bundler: the composed client
// (compose/compose.js) and the configuration group, with their chunks. `grannskap-sdk.js`, every group and
// the outbox, drafts and calendar helpers in one file, is the convenience build; its ceiling only stops a
// regression such as a second copy of the contract. A widget counts with the chunks it imports statically,
// what it needs to show itself; its parts that load when first needed are shown in the last column.
//
// The SDK entry and widget ceilings are where zod itself lands: zod's schema types are one module, so a file
// holds the code of every schema type that any of its parts (or, in the composed SDK, any group) uses.
// Measured in docs/architecture.md ("zod in the browser").
const KB_CEILINGS = {
  sdkEntry: 20.5 * KB,
  sdkAll: 30 * KB,
  all: 75 * KB,
  widget: 42 * KB,
};
const WIDGETS_CDN = 'packages/widgets/cdn';
const SDK_COMPOSED = 'packages/sdk/cdn/compose';

const rows = [];
const missing = [];
/**
 * `entries`: one file, or several a page loads together; `alone`: the file without what it imports;
 * `lazy`: also measure it with every part it can load later.
 */
const add = (label, entries, ceiling, alone = false, lazy = false) => {
  const list = [entries].flat();
  const absent = list.filter((e) => !existsSync(e));
  if (absent.length > 0) {
    missing.push(...absent);
    return;
  }
  const size = alone ? { files: 1, ...sizeOf(list[0]) } : list.length > 1 ? entriesSize(list) : entrySize(list[0]);
  rows.push({ label, ...size, budget: ceiling, withLazy: lazy ? entrySize(list[0], { lazy: true }) : undefined });
};

add('sdk entry: compose.js + groups/config.js + chunks', [`${SDK_COMPOSED}/compose.js`, `${SDK_COMPOSED}/groups/config.js`], KB_CEILINGS.sdkEntry);
add('sdk, every group: grannskap-sdk.js', 'packages/sdk/cdn/grannskap-sdk.js', KB_CEILINGS.sdkAll);
add('contract: grannskap-contract.js', 'packages/contract/cdn/grannskap-contract.js');
const entries = existsSync(WIDGETS_CDN) ? readdirSync(WIDGETS_CDN).filter((f) => /^grannskap-[a-z0-9-]+\.js$/.test(f)).sort() : [];
if (entries.length === 0) missing.push(`${WIDGETS_CDN}/grannskap-*.js`);
for (const f of entries) {
  add(`widget: ${f} + chunks`, join(WIDGETS_CDN, f), KB_CEILINGS.widget, false, true);
}
add('all-in-one: grannskap.js', join(WIDGETS_CDN, 'grannskap.js'), KB_CEILINGS.all, false, true);
const localeDir = join(WIDGETS_CDN, 'locales');
if (existsSync(localeDir)) {
  // Catalogues other than Swedish load when a page asks for the language: listed, not counted above. Each
  // per-widget file has its own copy of each (the same messages, importing from its own file); one row per
  // language shows the largest, and the all-in-one's.
  const largest = new Map();
  for (const f of readdirSync(localeDir).filter((n) => n.endsWith('.js')).sort()) {
    if (f.startsWith('grannskap-')) {
      add(`  locale for the all-in-one (lazy, the file alone): ${f}`, join(localeDir, f), undefined, true);
      continue;
    }
    const lang = /-([a-z]{2})-[\w-]+\.js$/.exec(f)?.[1] ?? f;
    const size = sizeOf(join(localeDir, f)).gzip;
    if (!largest.has(lang) || largest.get(lang).size < size) largest.set(lang, { f, size });
  }
  for (const [lang, { f }] of [...largest].sort()) add(`  locale ${lang} for a per-widget file (lazy; the largest copy): ${f}`, join(localeDir, f), undefined, true);
}

const fmt = (n) => n.toLocaleString('en-US');
const table = [['bundle', 'files', 'min', 'gzip', 'brotli', 'gzip ceiling', '', 'gzip + lazy parts']];
for (const r of rows) {
  const over = r.budget !== undefined && r.gzip > r.budget;
  r.over = over;
  table.push([r.label, String(r.files), fmt(r.raw), fmt(r.gzip), fmt(r.brotli), r.budget ? fmt(r.budget) : '-', over ? 'OVER' : r.budget ? 'ok' : '', r.withLazy ? `${fmt(r.withLazy.gzip)} (${r.withLazy.files})` : '']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd());
console.log(`bytes; gzip level 9, brotli quality 11; a widget counts with the chunks it imports statically (initial, judged by the ceiling);`);
console.log(`"gzip + lazy parts": with every part it can load later (files), language catalogues apart; 1 KB = ${KB} bytes`);

if (missing.length > 0) {
  console.error(`size: missing ${missing.map((m) => relative('.', m)).join(', ')}: run \`npm run build\` first`);
  process.exit(1);
}
const over = rows.filter((r) => r.over);
if (over.length > 0) {
  console.error(`size: over budget: ${over.map((r) => `${r.label.trim()} ${fmt(r.gzip)} > ${fmt(r.budget)}`).join('; ')}`);
  process.exit(1);
}
