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
  all: 53.8 * KB, // 53,207 measured (50,716 before the server's required questions, the built-in 112 and the case status's refresh): under the 60 KB goal (69,664 with zod itself; 80,611 before the widgets' lazy parts; 55,039 before the templates were minified, @lit/localize's runtime went and more moved to the parts)
};
const GOALS = { sdk: 12 * KB, widget: 30 * KB, all: 60 * KB };
// Each widget with the chunks it imports statically (initial: what it needs to show itself; its lazy parts
// are in the last column and not judged); measured size plus ~1 %. Each per-widget file is built alone
// (rollup.config.mjs, perWidget), so it holds exactly what its element needs and nothing another widget does.
// History: zod's modules split per declaration (scripts/lib/split-modules.mjs), each writing widget's outbox
// with only its own writes (shared/writes.ts), the contract's small zod/mini instead of zod
// (scripts/lib/zod-lite.mjs): -5.4 to -8.0 KB for every widget; then each per-widget file built alone instead
// of sharing chunks with the others (-5.3 to -7.3 KB), the css`` and html`` templates minified
// (scripts/lib/minify-templates.mjs, -0.6 to -1.1 KB), the widgets' own msg() instead of @lit/localize's
// runtime (shared/msg.ts, -0.4 KB), and what only later parts use moved to them: the form rules of later steps
// and of the calendar's dialog (shared/form-*.styles.ts), the outbox's flusher with the sending helpers, the
// SDK groups that write, the status link, and the calendar's JSON-LD (-0.6 to -1.3 KB).
const WIDGET_CEILINGS = {
  'grannskap-activity-calendar.js': 30.0 * KB, // 29,959 measured (with the address state, the arrows turned in right-to-left and the Google/Outlook links; the dialog's views, styles and inbound-link lookup moved to its part): under the 30 KB goal (37,439 when the entries shared chunks; its writes, registration views and form rules load with its dialog, its JSON-LD after the first render)
  'grannskap-case-status.js': 21.95 * KB, // 21,730 measured; 20,389 before the built-in 112 and the refresh (23,618 sharing chunks; the follow-up form loads only when offered)
  'grannskap-on-call.js': 19.9 * KB, // 19,682 measured, with the numbers in the tab order once per page; 19,363 before (23,792 sharing chunks)
  'grannskap-provider.js': 15.9 * KB, // 15,688 measured (17,754 sharing chunks)
  'grannskap-report-form.js': 30.0 * KB, // 29,853 measured: under the 30 KB goal, which caps the ceiling (39,251 sharing chunks; the checks (from the first "Nästa"), the steps from the fourth on, the write, the outbox, the SDK groups that send and upload, the review and receipt rules load once the form is begun or a kept report is followed)
  'grannskap-trivselpeng-form.js': 29.95 * KB, // 29,664 measured, under the 30 KB goal that caps the ceiling; 28,375 before each problem code had its own message (38,447 sharing chunks; the later steps, their checks, the write and its SDK group load while the eligibility questions are answered)
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
  // Catalogues other than Swedish load when a page asks for the language: listed, not counted above. Each
  // per-widget file has its own copy of each (the same messages, importing from its own file); one row per
  // language shows the largest, and the all-in-one's.
  const largest = new Map();
  for (const f of readdirSync(localeDir).filter((n) => n.endsWith('.js')).sort()) {
    if (f.startsWith('grannskap-')) {
      add(`  locale for the all-in-one (lazy, the file alone): ${f}`, join(localeDir, f), undefined, undefined, true);
      continue;
    }
    const lang = /-([a-z]{2})-[\w-]+\.js$/.exec(f)?.[1] ?? f;
    const size = sizeOf(join(localeDir, f)).gzip;
    if (!largest.has(lang) || largest.get(lang).size < size) largest.set(lang, { f, size });
  }
  for (const [lang, { f }] of [...largest].sort()) add(`  locale ${lang} for a per-widget file (lazy; the largest copy): ${f}`, join(localeDir, f), undefined, undefined, true);
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
