// Exports next month's activities from a Grannskap API as CSV (for a spreadsheet) and as .ics (for a
// calendar), with @grannskap/sdk. Run against `npm start` (see README.md):
//   node examples/sdk-node/export-activities.mjs [--area froslunda] [--out ./export]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, formatInstant, isGrannskapError, occurrencesToIcs } from '@grannskap/sdk';

const { values } = parseArgs({ options: { area: { type: 'string' }, out: { type: 'string', default: 'activities-export' }, lang: { type: 'string', default: 'sv' } } });
const baseUrl = process.env.GRANNSKAP_API ?? 'http://127.0.0.1:8787';
const client = createClient({ baseUrl, locale: values.lang, outbox: false });

/** Next calendar month in Stockholm, as inclusive YYYY-MM-DD dates. */
const nextMonth = (now = new Date()) => {
  const [year, month] = formatInstant(now, 'Europe/Stockholm').slice(0, 7).split('-').map(Number);
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}`, label: `${y}-${mm}` };
};

// RFC 4180: quote every field, double the quotes; CRLF line ends. A BOM so spreadsheet programs read UTF-8 (å, ä, ö).
const csvField = (value) => `"${String(value ?? '').replace(/"/g, '""')}"`;
const text = (t) => t?.[values.lang] ?? t?.sv ?? '';
const local = (iso) => formatInstant(new Date(iso), 'Europe/Stockholm').slice(0, 16).replace('T', ' ');

try {
  const month = nextMonth();
  const list = await client.activities.occurrences({ from: month.from, to: month.to, ...(values.area ? { area: values.area } : {}) });
  const byId = new Map(list.activities.map((a) => [a.id, a]));
  const header = ['start', 'end', 'title', 'category', 'areas', 'place', 'ages', 'places_left', 'cancelled', 'activity_id'];
  const rows = list.items.map((o) => {
    const a = byId.get(o.activityId);
    const ages = a.ageMin == null && a.ageMax == null ? '' : `${a.ageMin ?? 0}–${a.ageMax ?? ''}`;
    return [local(o.start), local(o.end), text(a.title), a.category, a.areas.join(' '), [a.place.name, a.place.address].filter(Boolean).join(', '), ages, o.placesLeft ?? '', o.cancelled ? 'yes' : 'no', a.id];
  });
  const csv = `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
  const ics = occurrencesToIcs(list, { calendarName: `Aktiviteter ${month.label}${values.area ? ` (${values.area})` : ''}`, lang: values.lang });

  mkdirSync(values.out, { recursive: true });
  const csvFile = join(values.out, `activities-${month.label}.csv`);
  const icsFile = join(values.out, `activities-${month.label}.ics`);
  writeFileSync(csvFile, csv);
  writeFileSync(icsFile, ics);
  console.log(`Activities ${month.from} – ${month.to}${values.area ? ` in ${values.area}` : ''}: ${rows.length}`);
  console.log(`CSV: ${csvFile}`);
  console.log(`iCalendar: ${icsFile}`);
} catch (error) {
  console.error(`Failed (${isGrannskapError(error) ? error.code : 'error'}): ${error.message}`);
  process.exit(1);
}
