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
  '**Bytes.** Against the goals: the provider meets 30 KB; case status and the on-call banner are within 2 % of it; the trivselpeng form, the calendar and the report form are at 1.6–1.7× (what they need to show themselves, which the budgets judge); the all-in-one bundle at 1.15× of 60 KB; the SDK entry at 1.29× of 12 KB; the calendar at 84 % of FullCalendar\'s bytes, not under half. This round the widgets load what their first render does not need only when it is needed, each part from an `import()` of a fixed path, with a loading line meanwhile and, when its chunk cannot be fetched, a Swedish message with a retry that keeps the focus and loses nothing typed (`shared/lazy-part.ts`, tested in examples/test/lazy-parts.test.ts): the calendar\'s dialog (the day and details views, the registration form with its schema, the receipt and the cancellation) when a dialog opens or a cancel link is visited, 53,096 → 50,234 gzip; the report form\'s address search, photo step and receipt once the visitor has begun, 56,158 → 50,707; the trivselpeng form\'s organiser, activity, budget and review steps and its receipt while the eligibility questions are answered, 50,529 → 47,849; the all-in-one bundle 80,611 → 68,743. Everything a widget can load costs a little more than one file did (the last column: chunks compressed apart share no gzip window), paid only by visitors who go that far. What remains is mostly cost every widget shares: the chunk every widget loads (about 22 KB) holds Lit with @lit/localize and @lit/context (about 10 KB), zod/mini\'s core (about 9 KB: the union of what every widget\'s schemas need, since a module cannot be split between chunks), the SDK\'s transport and the configuration\'s schema; the outbox\'s chunk (about 7 KB) holds, besides the outbox and the form styles, the schemas of every write the outbox can send (reports, registrations, cancellations, trivselpeng, follow-ups), because a page flushes what any widget kept, so every writing widget ships them all (a build without the outbox\'s routes measures the most that is to gain: 1.4 KB for the calendar, 1.7 KB for the report form, 0.7 KB for the trivselpeng form). Loading a kept write\'s route only when it is flushed is the next step for the forms and the calendar; validating responses with fewer zod features the next for the SDK entry. The calendar\'s own first-render code (month grid, list, filters, JSON-LD, subscribe links, styles) is about 14 KB. The SDK entry is the composed client with the configuration group, what a page without a bundler loads for its first validated call; `grannskap-sdk.js`, every group in one file, is the convenience build with a ceiling and no goal.',
  '**Forms.** A form is interactive after its module (48–51 KB gzip in 12 files with the SDK; the later steps load while the first are answered) and then one round trip: the configuration with the catalogue beside it. Categories and areas are now asked for as soon as the form has a client, not after the configuration\'s answer (tested in report-form.test.ts by resource timing); on loopback that round trip is short, so the ratio moved only from 2.90× to 2.85× (report form) and 2.92× to 2.80× (trivselpeng), within one run\'s noise. The plain form needs none of this. What remains is downloading, parsing and running about 140 KB of minified JavaScript in 12 modules; the next steps are the smaller shared chunk described under Bytes and rendering the first step before the catalogue has arrived.',
  '**Server reads.** Cacheable public reads are answered from a read cache keyed by the URL and the store\'s data version (a write anywhere, or in another process, invalidates it), so RRULE expansion, response shaping, JSON, its UTF-8 encoding and the ETag hash run once per change instead of per request: the calendar read went from about 200 to the figure above on this machine. What remains per request is fastify with helmet, CORS and the data-version check (two SQLite statements).',
  '**Server writes.** A report write commits with `synchronous=FULL` and stores its idempotency record in the same transaction: the price of the crash test\'s guarantee (every acknowledged write survives `kill -9`). The bare server writes nothing, so that ratio shows the cost of durability, not overhead; there is no goal for writes.',
];
const markdown = renderReport(results);
writeFileSync(values.out, markdown);
console.log(`bench: wrote ${values.out}`);
