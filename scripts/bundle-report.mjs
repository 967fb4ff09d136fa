// What a browser bundle is made of: minified bytes per package / top-level source folder.
//   node scripts/bundle-report.mjs packages/sdk/dist/index.js [more entries…]
// Uses the same resolve, tree-shaking and terser settings as rollup.config.mjs (run `tsc -b` first). One entry
// at a time, as if it were alone: the CDN build shares chunks between entries, so an entry's chunks there
// may also hold what other entries need.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('usage: node scripts/bundle-report.mjs <dist entry.js> [...]');
  process.exit(1);
}
const cwd = `${process.cwd()}/`;
const groupOf = (id) => {
  const nm = id.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = id.slice(nm + 14).split('/');
    return `npm:${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  const rel = id.startsWith(cwd) ? id.slice(cwd.length) : id;
  const m = /^(packages\/[^/]+\/dist)\/(.+)$/.exec(rel);
  if (!m) return rel;
  const [dir] = m[2].split('/');
  return m[2].includes('/') ? `${m[1]}/${dir}/` : `${m[1]}/${m[2]}`;
};

for (const input of entries) {
  const bundle = await rollup({
    input,
    plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ module: true })] });
  const groups = new Map();
  let total = 0;
  for (const chunk of output) {
    for (const [id, mod] of Object.entries(chunk.modules ?? {})) {
      groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + mod.renderedLength);
      total += mod.renderedLength;
    }
  }
  console.log(`${input} (rendered bytes before minification, by origin; total ${total.toLocaleString('en-US')})`);
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`${v.toLocaleString('en-US').padStart(10)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  await bundle.close();
}
