// Browser bundles, built from the tsc output (`tsc -b` runs first: `npm run build`).
//
//   packages/contract/cdn/grannskap-contract.js (+ .d.ts)   the schemas, routes and domain rules
//   packages/sdk/cdn/grannskap-sdk.js           (+ .d.ts)   the headless client, contract and zod/mini inside
//   packages/sdk/cdn/compose/{compose,groups/*}.js           the composed client, one module per group
//   packages/widgets/cdn/grannskap-<noun>.js                one file per define module, built alone; its
//                                                           later parts and catalogues in chunks/, locales/
//   packages/widgets/cdn/grannskap.js                       all-in-one: defines every element, one script
//                                                           (other languages load from locales/ when asked for)
//
// Minified ESM with Lit's production build (the `production`/`browser` export conditions). The declaration
// bundles inline @grannskap/contract so a CDN user needs only zod's types beside them.
import { readdirSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { retryableImports } from './scripts/lib/retryable-imports.mjs';

const WIDGETS_DIST = 'packages/widgets/dist';

/**
 * The Trusted Types policy name of the Lit copy inside the CDN bundles. Lit names its policy `lit-html`;
 * a host page that already uses Lit has one, and a second policy of the same name is refused unless the
 * page allows duplicates — which would stop the bundle from loading. So the bundled copy gets a name of
 * its own: a host lists `trusted-types grannskap` (beside its own `lit-html`). The npm package is not
 * renamed: there, a bundler shares the host's Lit.
 *
 * Two CDN files on one page (two per-widget files, or one beside grannskap.js) each carry a copy of Lit:
 * the first creates the policy and keeps it under a global symbol, the others use it, so the page never
 * asks for a second `grannskap` policy either. Lit's policy passes its input through unchanged, so one
 * policy serves every copy.
 */
export const CDN_TRUSTED_TYPES_POLICY = 'grannskap';
const LIT_POLICY = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
const renameLitPolicy = () => ({
  name: 'grannskap-lit-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    if (!LIT_POLICY.test(code)) throw new Error(`rollup: lit-html's Trusted Types policy was not found in ${id}; update renameLitPolicy`);
    const shared = (_, tt, rules) => `(globalThis[Symbol.for("grannskap.trustedTypesPolicy")]??=${tt}.createPolicy("${CDN_TRUSTED_TYPES_POLICY}",${rules}))`;
    return { code: code.replace(LIT_POLICY, shared), map: null };
  },
});

const plugins = () => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  renameLitPolicy(),
  retryableImports(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** Unresolved or missing imports would ship a broken bundle: fail the build instead. */
const FATAL_WARNINGS = new Set(['UNRESOLVED_IMPORT', 'MISSING_EXPORT', 'MISSING_GLOBAL_NAME', 'EMPTY_BUNDLE']);
const onwarn = (warning, warn) => {
  // tsc's decorator helper reads `this` at module scope (`this && this.__decorate`); harmless in ESM.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) return;
  // comments in zod's sources that only esbuild understands; rollup drops them
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
  if (FATAL_WARNINGS.has(warning.code)) throw new Error(`rollup: ${warning.message}`);
  warn(warning);
};

const library = (pkg, name) => [
  {
    input: `packages/${pkg}/dist/index.js`,
    output: { file: `packages/${pkg}/cdn/${name}.js`, format: 'es', sourcemap: true },
    plugins: plugins(),
    onwarn,
  },
  {
    input: `packages/${pkg}/dist/index.d.ts`,
    output: { file: `packages/${pkg}/cdn/${name}.d.ts`, format: 'es' },
    plugins: [dts({ includeExternal: ['@grannskap/contract'] })],
    onwarn,
  },
];

/**
 * The composed client for pages that load the SDK from the CDN and want only some groups:
 * `compose.js` (composeClient) and `groups/<name>.js` (one factory module per group, and the outbox's),
 * sharing chunks/. What a page loads is compose.js plus the groups it registers.
 */
const SDK_GROUPS = 'packages/sdk/dist/client/groups';
const sdkComposed = () => {
  const groups = readdirSync(SDK_GROUPS).filter((f) => f.endsWith('.js'));
  // chunk names carry content hashes: start from an empty folder so no stale chunk ships
  rmSync('packages/sdk/cdn/compose', { recursive: true, force: true });
  return {
    input: {
      compose: 'packages/sdk/dist/compose.js',
      ...Object.fromEntries(groups.map((f) => [`groups/${f.slice(0, -3)}`, `${SDK_GROUPS}/${f}`])),
    },
    output: { dir: 'packages/sdk/cdn/compose', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: plugins(),
    onwarn,
  };
};

/** Every define module (`src/grannskap-<noun>.ts`) is a CDN entry of its own. */
const defineModules = () => {
  let files = [];
  try {
    files = readdirSync(WIDGETS_DIST).filter((f) => /^grannskap-[a-z0-9-]+\.js$/.test(f)).sort();
  } catch {
    // no dist yet: the error below says what to do
  }
  if (files.length === 0) throw new Error(`rollup: no ${WIDGETS_DIST}/grannskap-*.js found: run \`tsc -b\` first (npm run build does).`);
  return Object.fromEntries(files.map((f) => [f.slice(0, -3), `${WIDGETS_DIST}/${f}`]));
};

/** The all-in-one entry is generated from the define modules, so a new widget cannot be forgotten. */
const ALL_IN_ONE = '\0grannskap-all-in-one';
const allInOne = (entries) => ({
  name: 'grannskap-all-in-one',
  resolveId: (id) => (id === ALL_IN_ONE ? id : null),
  // the provider first: widgets upgraded before it would otherwise have to wait for it to be defined
  load: (id) =>
    id === ALL_IN_ONE
      ? Object.entries(entries)
          .sort(([a], [b]) => Number(b === 'grannskap-provider') - Number(a === 'grannskap-provider'))
          .map(([, path]) => `import ${JSON.stringify(`${process.cwd()}/${path}`)};`)
          .join('\n')
      : null,
});

/**
 * Each per-widget file is built on its own: it holds everything its element needs to show itself (Lit, the
 * SDK's transport, the checks, the shared element code), and its later parts load from chunks/ beside it. A
 * page with one widget downloads nothing another widget needs (5 to 7 KB gzip less than when the entries
 * shared chunks); a page with several loads grannskap.js. Two per-widget files on one page still work
 * together (context keys are global symbols, the Trusted Types policy is shared: renameLitPolicy), each with
 * its own copy of the shared code.
 */
const perWidget = (name, path) => ({
  input: { [name]: path },
  // the file is loaded for its side effect (it defines the element) and for the class it exports
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/widgets/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // named after the widget: its parts and catalogues import from its own file
    chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/locales/') ? `locales/${name.slice(10)}-[name]-[hash].js` : `chunks/${name.slice(10)}-[name]-[hash].js`),
  },
  plugins: plugins(),
  onwarn,
});

const widgets = () => {
  const entries = defineModules();
  // chunk names carry content hashes: start from an empty folder so no stale chunk ships
  rmSync('packages/widgets/cdn', { recursive: true, force: true });
  return [
    ...Object.entries(entries).map(([name, path]) => perWidget(name, path)),
    {
      input: ALL_IN_ONE,
      // Swedish is in the file; the other catalogues (and the case follow-up form) load from locales/ and
      // chunks/ beside it when a page needs them, as with the per-widget entries: a page in Swedish does not
      // download four catalogues it never shows. Still one script tag; the folder is deployed whole.
      output: {
        dir: 'packages/widgets/cdn',
        format: 'es',
        sourcemap: true,
        entryFileNames: 'grannskap.js',
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/locales/') ? 'locales/grannskap-[name]-[hash].js' : 'chunks/grannskap-[name]-[hash].js'),
      },
      plugins: [allInOne(entries), ...plugins()],
      onwarn,
    },
  ];
};

export default [...library('contract', 'grannskap-contract'), ...library('sdk', 'grannskap-sdk'), sdkComposed(), ...widgets()];
