// Bytes: Grannskap's CDN entries (each with everything it loads) against FullCalendar 6 (core + daygrid +
// list + the Swedish locale), bundled the same way: rollup, node-resolve, terser, one ES module.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { entriesSize, entrySize, measure } from '../lib/bundle-size.mjs';

const WIDGETS = 'packages/widgets/cdn';

/** FullCalendar as a site would ship it for a month grid and a list in Swedish. */
export async function fullCalendarBundle() {
  const entry = '\0fullcalendar-entry';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry
            ? `import { Calendar } from '@fullcalendar/core';
               import dayGridPlugin from '@fullcalendar/daygrid';
               import listPlugin from '@fullcalendar/list';
               import svLocale from '@fullcalendar/core/locales/sv';
               export { Calendar, dayGridPlugin, listPlugin, svLocale };`
            : null,
      },
      nodeResolve({ browser: true }),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
}

export async function benchBytes() {
  const rows = [];
  // `lazy`: also measured with every part it can load later (a dialog, later steps), catalogues apart
  const add = (name, file, lazy = false) => {
    if (existsSync(file)) rows.push({ name, ...entrySize(file), withLazy: lazy ? entrySize(file, { lazy: true }) : undefined });
  };
  // the SDK entry of the budget: the composed client and the configuration group (see scripts/size.mjs)
  const composed = ['packages/sdk/cdn/compose/compose.js', 'packages/sdk/cdn/compose/groups/config.js'];
  if (composed.every((f) => existsSync(f))) rows.push({ name: 'SDK entry (compose.js + groups/config.js)', ...entriesSize(composed) });
  add('SDK, every group (grannskap-sdk.js)', 'packages/sdk/cdn/grannskap-sdk.js');
  for (const f of readdirSync(WIDGETS).filter((n) => /^grannskap-[a-z-]+\.js$/.test(n) && n !== 'grannskap.js').sort()) add(`${f.replace(/\.js$/, '')} + what it loads`, join(WIDGETS, f), true);
  add('all-in-one (grannskap.js)', join(WIDGETS, 'grannskap.js'), true);
  const fc = { name: 'FullCalendar 6.1 (core + daygrid + list + sv)', files: 1, ...measure(await fullCalendarBundle()) };
  const calendar = rows.find((r) => r.name.startsWith('grannskap-activity-calendar'));
  return { rows, fullCalendar: fc, calendar };
}
