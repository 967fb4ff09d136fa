// `npm run size`: what a browser downloads, compressed, for each CDN entry, and whether it fits the budget.
// An entry counts with every chunk it imports statically: what it needs to show itself ("initial"), which
// the budget judges. A widget's parts that load when first needed (a dialog, later steps, a receipt) are
// added in the "+ lazy parts" column, so the whole stays in view; the language catalogues are listed apart.
// Bytes are deterministic, so a budget exceeded here fails `npm test` and CI.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { KB, entriesSize, entrySize, sizeOf } from './lib/bundle-size.mjs';

// Ceilings fail the run: they stop regressions at today's size plus about 1 %. Lower one whenever a change
// beats it. Goals are the targets of the benchmarks issue (SDK 12 KB, widget 30 KB, all-in-one 60 KB);
// docs/performance.md says how far off each is and why.
//
// "SDK entry" is what a page loads to make its first validated call without a bundler: the composed client
// (compose/compose.js) and the configuration group, with their chunks. `grannskap-sdk.js`, every group
// and the outbox, drafts and calendar helpers in one file, has a ceiling of its own and no goal: it is
// the convenience build, and the composed one is the way to the goal.
const KB_CEILINGS = {
  sdkEntry: 8.75 * KB, // 8,661 measured (14,582 with zod itself; see packages/contract/src/lite/zod-mini.ts)
  sdkAll: 16.6 * KB, // 16,465 measured (23,280 with zod itself; +0.1 KB for keptOperations)
  all: 55.6 * KB, // 55,039 measured: under the 60 KB goal (69,664 with zod itself; 80,611 before the widgets' lazy parts; then -1.9 KB for the calendar's writes in its dialog's part, -3.0 KB for the report form's steps from the fourth on in its later part, -3.7 KB for the forms' writes in their later parts)
};
const GOALS = { sdk: 12 * KB, widget: 30 * KB, all: 60 * KB };
// Each widget with the chunks it imports statically (initial: what it needs to show itself; its lazy parts
// are in the last column and not judged); measured size plus ~1 %. The CDN entries share chunks, so the
// chunk every widget loads (Lit, @lit/localize, the transport, the configuration's schema) also holds what
// the others need of the modules in it.
// History: zod's modules split per declaration (scripts/lib/split-modules.mjs), each writing widget's outbox
// with only its own writes (shared/writes.ts), then the contract's small zod/mini in the browser bundles
// instead of zod (scripts/lib/zod-lite.mjs): -5.4 to -8.0 KB for every widget.
const WIDGET_CEILINGS = {
  'grannskap-activity-calendar.js': 37.8 * KB, // 37,375 measured (48,681 with zod, 42,715 before its writes, their outbox and what follows them moved to the dialog's part, which loads when a dialog opens, a cancel link is visited or this browser keeps a registration; the route modules split per route, SPLIT_ROUTES in rollup.config.mjs, took the registration routes and schemas there too)
  'grannskap-case-status.js': 23.8 * KB, // 23,569 measured (29,188 with zod; the follow-up form loads only when offered)
  'grannskap-on-call.js': 24.0 * KB, // 23,746 measured (28,954 with zod)
  'grannskap-provider.js': 17.9 * KB, // 17,708 measured (22,915 with zod)
  'grannskap-report-form.js': 39.6 * KB, // 39,217 measured (50,350 with zod; 42,871 before the steps from the fourth on and the report's write with the outbox went, with the address search, the photos and the receipt, to the part that loads once the form is begun or a kept report is followed)
  'grannskap-trivselpeng-form.js': 38.8 * KB, // 38,424 measured (48,826 with zod; 40,981 before the checks of the later steps and the application's write with the outbox went with the steps after the eligibility questions, which load while those are answered or a kept application is followed)
};
const WIDGETS_CDN = 'packages/widgets/cdn';
const SDK_COMPOSED = 'packages/sdk/cdn/compose';

const rows = [];
const missing = [];
/**
 * `entries`: one file, or several a page loads together; `alone`: the file without what it imports;
 * `lazy`: also measure it with every part it can load later.
 */
const add = (label, entries, ceiling, goal, alone = false, lazy = false) => {
  const list = [entries].flat();
  const absent = list.filter((e) => !existsSync(e));
  if (absent.length > 0) {
    missing.push(...absent);
    return;
  }
  const size = alone ? { files: 1, ...sizeOf(list[0]) } : list.length > 1 ? entriesSize(list) : entrySize(list[0]);
  rows.push({ label, ...size, budget: ceiling, goal, withLazy: lazy ? entrySize(list[0], { lazy: true }) : undefined });
};

add('sdk entry: compose.js + groups/config.js + chunks', [`${SDK_COMPOSED}/compose.js`, `${SDK_COMPOSED}/groups/config.js`], KB_CEILINGS.sdkEntry, GOALS.sdk);
add('sdk, every group: grannskap-sdk.js', 'packages/sdk/cdn/grannskap-sdk.js', KB_CEILINGS.sdkAll);
add('contract: grannskap-contract.js', 'packages/contract/cdn/grannskap-contract.js');
const entries = existsSync(WIDGETS_CDN) ? readdirSync(WIDGETS_CDN).filter((f) => /^grannskap-[a-z0-9-]+\.js$/.test(f)).sort() : [];
if (entries.length === 0) missing.push(`${WIDGETS_CDN}/grannskap-*.js`);
for (const f of entries) {
  if (!WIDGET_CEILINGS[f]) console.error(`size: no ceiling for ${f}: add one to WIDGET_CEILINGS (at most ${GOALS.widget / KB} KB for a new widget)`);
  add(`widget: ${f} + chunks`, join(WIDGETS_CDN, f), WIDGET_CEILINGS[f] ?? GOALS.widget, GOALS.widget, false, true);
}
add('all-in-one: grannskap.js', join(WIDGETS_CDN, 'grannskap.js'), KB_CEILINGS.all, GOALS.all, false, true);
const localeDir = join(WIDGETS_CDN, 'locales');
if (existsSync(localeDir)) {
  // catalogues other than Swedish load when a page asks for the language: listed, not counted above
  for (const f of readdirSync(localeDir).filter((n) => n.endsWith('.js')).sort()) {
    const of = f.startsWith('grannskap-') ? 'all-in-one' : 'widgets';
    add(`  locale for the ${of} (lazy, the file alone): ${f}`, join(localeDir, f), undefined, undefined, true);
  }
}

const fmt = (n) => n.toLocaleString('en-US');
const table = [['bundle', 'files', 'min', 'gzip', 'brotli', 'gzip ceiling', '', 'goal', '', 'gzip + lazy parts']];
for (const r of rows) {
  const over = r.budget !== undefined && r.gzip > r.budget;
  r.over = over;
  const { goal } = r;
  table.push([r.label, String(r.files), fmt(r.raw), fmt(r.gzip), fmt(r.brotli), r.budget ? fmt(r.budget) : '-', over ? 'OVER' : r.budget ? 'ok' : '', goal ? fmt(goal) : '-', goal ? (r.gzip <= goal ? 'met' : `${(r.gzip / goal).toFixed(2)}x`) : '', r.withLazy ? `${fmt(r.withLazy.gzip)} (${r.withLazy.files})` : '']);
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
