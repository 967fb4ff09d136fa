// Bundles the React example with esbuild into public/app.js (React, the elements and Lit in one file).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

await build({
  entryPoints: [here('./src/main.tsx')],
  outfile: here('./public/app.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  jsx: 'automatic',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"' },
  conditions: ['browser', 'production'],
  tsconfig: here('./tsconfig.json'),
  logLevel: 'warning',
});
