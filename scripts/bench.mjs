// `npm run bench`: Grannskap side by side with named peers, in one run, on this machine — bytes,
// calendar rendering, form start-up, server throughput and start-up — written to docs/performance.md.
// Timings are reported as medians with min–max over repeated runs and never fail anything; only the
// byte budgets in scripts/size.mjs fail CI. Needs `npm run build` first.
//   npm run bench                 everything (several minutes)
//   npm run bench -- --quick      fewer and shorter runs, for a first look
//   npm run bench -- --only server,startup
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeMachine } from './bench/machine.mjs';
import { benchBytes } from './bench/bytes.mjs';
import { benchServer } from './bench/server.mjs';
import { benchStartup } from './bench/startup.mjs';
import { benchRender } from './bench/render.mjs';
import { benchForms } from './bench/forms.mjs';
import { renderReport } from './bench/report.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, out: { type: 'string', default: 'docs/performance.md' } } });
const only = values.only ? new Set(values.only.split(',')) : undefined;
const wanted = (name) => !only || only.has(name);
const quick = values.quick;

const results = { machine: describeMachine(), quick };
const step = async (name, fn) => {
  if (!wanted(name)) return;
  const started = Date.now();
  process.stdout.write(`bench: ${name} … `);
  results[name] = await fn();
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
};

await step('bytes', () => benchBytes());
await step('render', () => benchRender({ runs: quick ? 3 : 7, sizes: quick ? [100, 1000] : [100, 1000, 5000] }));
await step('forms', () => benchForms({ runs: quick ? 5 : 15 }));
await step('server', () => benchServer({ duration: quick ? 2 : 5, runs: quick ? 1 : 3 }));
await step('startup', () => benchStartup({ runs: quick ? 1 : 5, reports: 100_000 }));

// What the figures above mean and what remains: kept with the benchmark so it is rewritten with it.
results.notes = [
  '**Bytes.** Against the goals: the provider, the on-call banner and case status meet 30 KB; the calendar, the trivselpeng form and the report form are at 1.6–1.7× (what they need to show themselves, which the budgets judge); the all-in-one bundle at 1.16× of 60 KB; the SDK entry at 1.22× of 12 KB; the calendar at about 82 % of FullCalendar\'s bytes, not under half. Earlier rounds made the widgets load what their first render does not need only when it is needed (`shared/lazy-part.ts`, tested in examples/test/lazy-parts.test.ts: the calendar\'s dialog 53,096 → 50,234 gzip, the report form\'s later parts 56,158 → 50,707, the trivselpeng form\'s later steps 50,529 → 47,849, the all-in-one bundle 80,611 → 68,743). This round: (1) zod\'s large modules are split per declaration at build time (`scripts/lib/split-modules.mjs`, tested in scripts/test/split-modules.test.ts). Rollup never splits a module between chunks, so `zod/v4/core/schemas.js` sat whole, with the union of every widget\'s schema types, in the chunk every widget loads; split, each declaration goes to the chunk of the entries that use it: the on-call banner 30,566 → 28,954, case status 30,152 → 29,188, the provider 24,620 → 22,915, the SDK entry 15,511 → 14,582, while the writing widgets gained about 0.7 KB each (their zod code comes in more chunks, compressed apart). (2) Each writing widget\'s outbox has only the routes of the writes it makes (`outboxWith` in the SDK, `shared/writes.ts` in the widgets), where the outbox used to carry the schemas of every write any widget makes: the calendar 51,438 → 48,696 and the report form 51,605 → 50,350; the trivselpeng form stayed (48,748 → 48,826: its own write is the largest, and its code now comes in two more chunks). A write kept by a widget that is not on the page waits in IndexedDB for a page that has it. (3) @lit/localize\'s template hashing is left out of the bundles (every `msg()` has an id, which catalogues.test.ts enforces): about 0.3 KB for every widget. What remains: the chunk every widget loads (about 21 KB) holds Lit with @lit/localize and @lit/context (about 10 KB), the zod core every widget needs, the SDK\'s transport and the configuration\'s schema; a finer split of the contract\'s schema modules was tried and made things worse (14 files for the SDK entry, +1.5 KB), because every extra chunk is compressed on its own. The calendar\'s own first-render code (month grid, list, filters, JSON-LD, subscribe links, styles) is about 14 KB. The SDK entry is the composed client with the configuration group, what a page without a bundler loads for its first validated call; `grannskap-sdk.js`, every group in one file, is the convenience build with a ceiling and no goal.',
  '**Calendar rendering.** A profile of one first render at 1,000 occurrences (marks in the widget and the SDK, Chromium on this machine, about 700 ms in all from navigation): the page and the 10 files of the calendar arrive by about 220 ms; running them, the configuration\'s request at about 235–300 ms; the month\'s answer is 1.27 MB of JSON (1,000 one-off activities, each with its texts in two languages), which both libraries download and parse; JSON.parse takes about 11 ms, grouping by day 1 ms, and checking the answer against the contract (zod/mini, without eval, as every SDK response is checked) about 100 ms, because a page\'s first check runs cold (in Node the same check of the same answer takes 83 ms the first time and about 11 ms once V8 has optimised zod\'s code; the 1,024 occurrences take a tenth of it, the 1,014 activities the rest); the month with its 1,000 events then renders. This round the month\'s request goes out beside the configuration\'s instead of after its answer (tested in activity-calendar.test.ts by holding the configuration\'s answer) and before the page\'s first date formatter (a page\'s first `Intl.DateTimeFormat` costs 25–50 ms here, whatever its locale or zone): it now leaves 6–8 ms after the configuration\'s request instead of about 50 ms after. What remains between Grannskap and half of FullCalendar\'s time is mostly that check of the answer; the ways on are a cheaper check of large lists (the occurrences\' shape checked, the activities\' texts only when the dialog shows them) or a smaller answer (the activities\' texts fetched with the dialog), both changes to the contract that deserve their own issue, since the check is what turns a server\'s mistake into a clear error instead of a broken calendar.',
  '**Forms.** A form is interactive after its module (about 49–50 KB gzip in 13–14 files with the SDK; the later steps load while the first are answered) and then one round trip: the configuration with the catalogue beside it. Categories and areas are now asked for as soon as the form has a client, not after the configuration\'s answer (tested in report-form.test.ts by holding the configuration\'s answer until both catalogue requests are seen); on loopback that round trip is short, so the ratio moved only within one run\'s noise. The plain form needs none of this. A CPU profile of the report form\'s page (Chromium\'s sampling profiler, navigation to interactive, about 500 ms on this machine) shows where the main thread goes: the files arrive by about 250 ms (12 requests in parallel); evaluating them takes about 65 ms; the page\'s first date formatter (`Intl.DateTimeFormat`, for the on-call banner\'s “who answers now”, which the form shows before any field) about 50 ms: ICU loads its date formatting on first use, whatever the locale or zone (30 ms in Node on this machine, for `en-US` without a zone as for `sv` with Europe/Stockholm), so any page that shows a date pays it once; checking the three answers (configuration, categories, areas) about 15 ms, cold; Lit\'s first templates and styles most of the rest. What remains is downloading, parsing and running about 130–140 KB of minified JavaScript and that first date formatter; the next steps are the smaller shared chunk described under Bytes and rendering the first step before the catalogue has arrived.',
  '**Server reads.** Cacheable public reads are answered from a read cache keyed by the URL and the store\'s data version (a write anywhere, or in another process, invalidates it), so RRULE expansion, response shaping, JSON, its UTF-8 encoding and the ETag hash run once per change instead of per request: the calendar read went from about 200 to the figure above on this machine. What remains per request is fastify with helmet, CORS and the data-version check (two SQLite statements).',
  '**Server writes.** A report write commits with `synchronous=FULL` and stores its idempotency record in the same transaction: the price of the crash test\'s guarantee (every acknowledged write survives `kill -9`). The bare server writes nothing, so that ratio shows the cost of durability, not overhead; there is no goal for writes.',
];
const markdown = renderReport(results);
writeFileSync(values.out, markdown);
console.log(`bench: wrote ${values.out}`);
