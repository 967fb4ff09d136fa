// docs/performance.md from one `npm run bench` run: the machine, each comparison as a table, and how far
// each goal of the benchmarks issue is from being met.
import { fmtBytes, fmtMs, ratio } from './stats.mjs';

const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
const goal = (met, text) => `- ${met ? '**Met**' : '**Missed**'}: ${text}`;
/** Element names as code, so Markdown does not take them for HTML. */
const name = (text) => (text.startsWith('<') ? `\`${text}\`` : text);

function bytesSection(b) {
  const lazy = (r) => (r.withLazy ? `${fmtBytes(r.withLazy.gzip)} (${r.withLazy.files})` : '–');
  const rows = b.rows.map((r) => [r.name, String(r.files), fmtBytes(r.raw), fmtBytes(r.gzip), fmtBytes(r.brotli), lazy(r)]);
  rows.push([b.fullCalendar.name, '1', fmtBytes(b.fullCalendar.raw), fmtBytes(b.fullCalendar.gzip), fmtBytes(b.fullCalendar.brotli), '–']);
  const lines = ['## Bytes', '', 'Minified ES modules as a browser downloads them; a per-widget file is built alone and counts with every chunk it imports statically: what it needs to show itself, which the budgets judge. *gzip + lazy parts* adds the parts it loads when first needed (the calendar\'s dialog and registration, the forms\' later steps, photos and receipts, the case follow-up), with the number of files; the language catalogues other than Swedish are apart (6.5–7.6 KB each, only when a page asks for the language). FullCalendar is bundled the same way (rollup, node-resolve, terser).', '', ...table(['bundle', 'files', 'min', 'gzip', 'brotli', 'gzip + lazy parts'], rows)];
  if (b.calendar) {
    const share = b.calendar.gzip / b.fullCalendar.gzip;
    lines.push(goal(share <= 0.7, `calendar at most 0.7× FullCalendar's bytes (issue 20) — ${fmtBytes(b.calendar.gzip)} against ${fmtBytes(b.fullCalendar.gzip)} gzip (${(share * 100).toFixed(0)} %). Note that Grannskap's figure includes the SDK, the API's schemas and the data loading, which FullCalendar leaves to the page.`), '');
  }
  return lines;
}

function renderSection(r) {
  const lines = ['## Calendar rendering', '', `One Chromium (${r.viewport}), the same occurrences from the same API endpoint for both; medians of ${r.runs} runs with min–max. *First render*: from navigation to the month shown with its events. *Switch month*: next month and back to the loaded one. *Filter*: one category. *Heap*: JS heap after the runs (puppeteer \`JSHeapUsedSize\`).`, ''];
  const rows = [];
  for (const size of r.sizes) {
    const g = r.results.grannskap[size];
    const f = r.results.fullcalendar[size];
    for (const [label, key] of [['first render', 'first'], ['switch month', 'switch'], ['filter', 'filter']]) {
      rows.push([`${size} occurrences: ${label}`, fmtMs(g[key]), fmtMs(f[key]), ratio(g[key].median, f[key].median)]);
    }
    rows.push([`${size} occurrences: heap after`, `${(g.heap / 1e6).toFixed(1)} MB`, `${(f.heap / 1e6).toFixed(1)} MB`, ratio(g.heap, f.heap)]);
  }
  lines.push(...table(['measure', 'Grannskap', 'FullCalendar 6', 'ratio'], rows));
  const at1000 = r.results.grannskap[1000] && r.results.fullcalendar[1000];
  if (at1000) {
    const share = r.results.grannskap[1000].first.median / r.results.fullcalendar[1000].first.median;
    lines.push(goal(share < 0.5, `under half of FullCalendar's render time at 1,000 occurrences — ${(share * 100).toFixed(0)} % of it.`), '');
  }
  if (r.notes?.length) lines.push(...r.notes.map((n) => `- ${n}`), '');
  return lines;
}

function formsSection(f) {
  const rows = [];
  for (const x of f.results) {
    rows.push([name(x.name), fmtMs(x.interactive), ratio(x.interactive.median, x.floor.interactive.median)]);
    rows.push([x.floor.name.replace('<form>', '`<form>`'), fmtMs(x.floor.interactive), '1.00×']);
  }
  const lines = ['## Forms: navigation to interactive', '', `From navigation start until the first field exists and takes focus (for a widget: its first step rendered with its data from the API). Each widget's floor is a plain HTML page with the same fields in a native \`<form>\`. Fresh page, HTTP cache off; medians of ${f.runs} runs with min–max.`, '', ...table(['page', 'to interactive', 'against its floor'], rows)];
  for (const x of f.results) lines.push(goal(x.interactive.median <= 1.5 * x.floor.interactive.median, `${name(x.name)} interactive within 1.5× of the plain form — ${ratio(x.interactive.median, x.floor.interactive.median)}.`));
  lines.push('');
  return lines;
}

function layoutSection(l) {
  const rows = l.results.map((x) => [`${x.viewport.name} (${x.viewport.width} × ${x.viewport.height})`, `${x.score.median.toFixed(4)} (${x.score.min.toFixed(4)}–${x.score.max.toFixed(4)})`, x.worst.length ? x.worst.map((w) => `${w.value.toFixed(4)} at ${w.at} ms: ${w.sources.join(', ')}`).join('; ') : '–']);
  const lines = ['## Layout shift while the widgets load', '', `The demo page (\`${l.path}\`, every widget in a provider, beside the page's own content), fresh page with the HTTP cache off, ${l.runs} runs: the Cumulative Layout Shift score from Chromium's \`layout-shift\` entries, until every widget shows its content and 1.5 s more. *Largest shifts* is the worst run's, with what moved.`, '', ...table(['viewport', 'layout shift', 'largest shifts (worst run)'], rows)];
  for (const x of l.results) lines.push(goal(x.score.max <= 0.01, `at ${x.viewport.width} px the page moves by at most 0.01 while the widgets load — ${x.score.max.toFixed(4)} in the worst run.`));
  lines.push('');
  return lines;
}

function serverSection(s) {
  const rows = s.results.map((x) => [
    x.name, `${fmtBytes(x.bytes)} B`, `${Math.round(x.grannskap.rps.median).toLocaleString('en-US')} (${Math.round(x.grannskap.rps.min)}–${Math.round(x.grannskap.rps.max)})`,
    `${Math.round(x.bare.rps.median).toLocaleString('en-US')}`, `${(x.share.median * 100).toFixed(1)} % (${(x.share.min * 100).toFixed(0)}–${(x.share.max * 100).toFixed(0)})`,
    `${x.grannskap.p99.median} ms`, `${x.bare.p99.median} ms`, String(x.grannskap.errors),
  ]);
  const lines = ['## Server throughput (loopback)', '', `autocannon, ${s.connections} connections, ${s.duration} s per run, ${s.runs} run(s) each, alternating with a bare \`node:http\` server that answers the same bytes; *share* is the median of each run's requests/s over the bare run right after it, with min–max. The server runs in its own process with demo data, rate limiting off and no request log; writes use a new idempotency key each.`, '', ...table(['request', 'body', 'Grannskap req/s', 'bare req/s', 'share', 'p99', 'bare p99', 'errors'], rows)];
  const calendar = s.results.find((x) => x.name.startsWith('calendar'));
  if (calendar) lines.push(goal(calendar.share.median >= 0.5, `calendar reads at ≥ 50 % of the bare server's requests/s — ${(calendar.share.median * 100).toFixed(1)} %.`), '');
  return lines;
}

function deliverySection(d) {
  const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
  const rows = [
    ['webhook (verified by the receiver)', `${d.webhook.received} / ${d.accepted}`, ms(d.webhook.p50), ms(d.webhook.p99), ms(d.webhook.max)],
    ['the jour\'s mail (SMTP, smtp-server)', `${d.email.received} / ${d.accepted}`, ms(d.email.p50), ms(d.email.p99), ms(d.email.max)],
  ];
  return [
    '## Delivery latency', '',
    `${d.rate} reports/s for ${d.seconds} s (${d.reports} reports, ${d.errors} failed writes, ${d.unverified} unverified webhooks); for each, the time from its 201 to the webhook's arrival at a receiver on loopback and to the jour's mail at an SMTP server on loopback. The server runs in its own process.`, '',
    ...table(['to', 'arrived', 'p50', 'p99', 'max'], rows),
    goal(d.webhook.p99 <= 2000 && d.webhook.received === d.accepted, `webhook p99 ≤ 2 s, every one arrived — ${ms(d.webhook.p99)}.`),
    goal(d.email.p99 <= 5000 && d.email.received === d.accepted, `mail p99 ≤ 5 s, every one arrived — ${ms(d.email.p99)}.`), '',
  ];
}

function startupSection(s) {
  return [
    '## Start-up', '', 'From spawning `grannskap-server start --demo` (what `npm start` runs after its build) to its ready line.', '',
    ...table(['data folder', 'to ready'], [
      ['empty (first start, seeds the demo)', `${s.firstStart.toFixed(0)} ms`],
      ['demo data', fmtMs(s.seeded)],
      [`demo data + ${s.reports.toLocaleString('en-US')} reports`, fmtMs(s.withReports)],
    ]),
  ];
}

export function renderReport(results) {
  const m = results.machine;
  const lines = [
    '# Performance',
    '',
    `<!-- Written by \`npm run bench\`${results.quick ? ' --quick' : ''} on ${m.date}. Re-run it rather than editing the figures. -->`,
    '',
    `Measured on ${m.date}: ${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}, ${m.chrome}.${results.quick ? ' Quick mode: fewer, shorter runs.' : ''}`,
    'Timings are medians with min–max; they vary between machines and runs, so compare the ratios, which are measured side by side in one run. Only byte budgets fail CI (`npm run size`).',
    '',
  ];
  if (results.bytes) lines.push(...bytesSection(results.bytes));
  if (results.render) lines.push(...renderSection(results.render));
  if (results.forms) lines.push(...formsSection(results.forms));
  if (results.layout) lines.push(...layoutSection(results.layout));
  if (results.server) lines.push(...serverSection(results.server));
  if (results.delivery) lines.push(...deliverySection(results.delivery));
  if (results.startup) lines.push(...startupSection(results.startup));
  if (results.notes) lines.push('## What remains', '', ...results.notes.map((n) => `- ${n}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}
