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
  '**Bytes.** Every budget and the bytes goals are met: the SDK entry, the all-in-one bundle and each widget with everything it needs to show itself (the calendar 29.6 KB, the report form 29.9 KB, the trivselpeng form 28.4 KB, case status 20.4 KB, the on-call banner 19.4 KB, the provider 15.7 KB), and the calendar is under half of FullCalendar\'s bytes. This round: (1) each per-widget file is built alone instead of sharing chunks with the other entries: a shared chunk also held what the other widgets needed of its modules, and each of 10–15 files was compressed on its own; now a widget is one file with exactly what its element needs (-5.3 to -7.3 KB; a page with several widgets loads `grannskap.js`, and two single files on one page still work together, tested under Trusted Types). (2) The css`` and html`` templates are minified at build time (`scripts/lib/minify-templates.mjs`: esbuild\'s CSS minifier, and the indentation after line breaks in html``): -0.6 to -1.1 KB. (3) The widgets\' own `msg()`/`str` (`shared/msg.ts`) instead of @lit/localize\'s runtime, which also lets a host application use @lit/localize beside the widgets (it refuses a second configuration): -0.4 KB. (4) What only a later part uses went to it: the form rules of the review and receipt (and, for the calendar, of its dialog\'s form) as part styles (`shared/form-fields.styles.ts`, `shared/form-later.styles.ts`, adopted with `adoptPartStyles`), the outbox\'s flusher with the sending helpers, the SDK groups that write and upload, the status link, and the calendar\'s schema.org JSON-LD, which is for search engines and now loads right after the first render: -0.6 to -1.3 KB. Earlier rounds: the contract\'s own copy of the part of zod/mini it uses (`packages/contract/src/lite/zod-mini.ts`, held to zod by `lite.test.ts`), and the writes, the outbox and later steps in parts that load when needed. About 15.7 KB (the provider alone) is what every widget needs before its own code (Lit, the SDK\'s transport and errors, the checks, the configuration\'s schema, the language and element base). Tried and kept out: terser\'s unsafe options and esbuild as the minifier (within ±70 bytes, or larger), merging small chunks (`experimentalMinChunkSize`: no gain while the entries shared chunks).',
  '**Calendar rendering.** A profile of one first render at 1,000 occurrences (marks in the widget and the SDK, Chromium on this machine, about 700 ms in all from navigation): the page and the calendar\'s files arrive by about 220 ms (10 files then; one file since this round); running them, the configuration\'s request at about 235–300 ms; the month\'s answer is 1.27 MB of JSON (1,000 one-off activities, each with its texts in two languages), which both libraries download and parse; JSON.parse takes about 11 ms, grouping by day 1 ms, and checking the answer against the contract (as every SDK response is checked) about 100 ms with zod/mini, because a page\'s first check runs cold (in Node the same check of the same answer took 83 ms the first time and about 11 ms once V8 had optimised zod\'s code); this round the browser bundles check with the contract\'s small copy of zod/mini (see Bytes), plain code with no shared base to warm up; the month with its 1,000 events then renders. This round the month\'s request goes out beside the configuration\'s instead of after its answer (tested in activity-calendar.test.ts by holding the configuration\'s answer) and before the page\'s first date formatter (a page\'s first `Intl.DateTimeFormat` costs 25–50 ms here, whatever its locale or zone): it now leaves 6–8 ms after the configuration\'s request instead of about 50 ms after. What remains between Grannskap and half of FullCalendar\'s time at 1,000 occurrences (the table above) is mostly downloading and parsing the 1.27 MB answer and checking it; the ways on are a cheaper check of large lists (the occurrences\' shape checked, the activities\' texts only when the dialog shows them) or a smaller answer (the activities\' texts fetched with the dialog), both changes to the contract that deserve their own issue, since the check is what turns a server\'s mistake into a clear error instead of a broken calendar.',
  '**Forms.** A form is interactive after its module (about 30 KB gzip in one file with the SDK since this round, 38–39 KB in 14–15 files before; the later steps, with sending, load while the first are answered) and then one round trip: the configuration with the catalogue beside it. Categories and areas are now asked for as soon as the form has a client, not after the configuration\'s answer (tested in report-form.test.ts by holding the configuration\'s answer until both catalogue requests are seen); on loopback that round trip is short, so the ratio moved only within one run\'s noise. The plain form needs none of this. A CPU profile of the report form\'s page (Chromium\'s sampling profiler, navigation to interactive, about 500 ms on this machine) shows where the main thread goes: the files arrive by about 250 ms (12 requests in parallel); evaluating them takes about 65 ms; the page\'s first date formatter (`Intl.DateTimeFormat`, for the on-call banner\'s “who answers now”, which the form shows before any field) about 50 ms: ICU loads its date formatting on first use, whatever the locale or zone (30 ms in Node on this machine, for `en-US` without a zone as for `sv` with Europe/Stockholm), so any page that shows a date pays it once; checking the three answers (configuration, categories, areas) about 15 ms, cold; Lit\'s first templates and styles most of the rest. This round the forms\' modules shrank by about a fifth (zod\'s core left the bundles, and the report form\'s later steps the first load). What remains is downloading, parsing and running about 100 KB of minified JavaScript and that first date formatter; the next steps are the smaller shared base described under Bytes and rendering the first step before the catalogue has arrived.',
  '**Server reads.** Cacheable public reads are answered from a read cache keyed by the URL and the store\'s data version (a write anywhere, or in another process, invalidates it), so RRULE expansion, response shaping, JSON, its UTF-8 encoding and the ETag hash run once per change instead of per request: the calendar read went from about 200 to the figure above on this machine. What remains per request is fastify with helmet, CORS and the data-version check (two SQLite statements).',
  '**Server writes.** A report write commits with `synchronous=FULL` and stores its idempotency record in the same transaction: the price of the crash test\'s guarantee (every acknowledged write survives `kill -9`). The bare server writes nothing, so that ratio shows the cost of durability, not overhead; there is no goal for writes.',
];
const markdown = renderReport(results);
writeFileSync(values.out, markdown);
console.log(`bench: wrote ${values.out}`);
