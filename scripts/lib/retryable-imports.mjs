// Makes the widgets' "Försök igen" after a part failed to load fetch the part again, in the CDN bundles.
//
// A browser keeps a failed module fetch in its module map for the life of the page, so a second
// `import()` of the same URL fails at once without asking the network (Chromium 150 here; the HTML
// standard changed in whatwg/html#10327 and browsers have yet to follow). A retry therefore has to ask
// for another URL: each dynamic import of a widget chunk is rendered as
//   import('./chunks/x.js' + (globalThis[Symbol.for('grannskap.importRetry')] ?? ''))
// and LazyPart (packages/widgets/src/shared/lazy-part.ts) sets that value to `?retry=N` only while it
// starts a retry, synchronously. The first load asks for the plain URL, so caching is unchanged; a retried
// chunk's own imports keep their plain URLs and so share the modules already loaded.
const RETRY_KEY = 'grannskap.importRetry';
const WIDGET_MODULE = /[\\/]packages[\\/]widgets[\\/]dist[\\/].+\.js$/;

export const retryableImports = () => ({
  name: 'grannskap-retryable-imports',
  renderDynamicImport({ moduleId, targetModuleId, format }) {
    if (format !== 'es' || !targetModuleId || !WIDGET_MODULE.test(moduleId)) return null;
    return { left: 'import(', right: `+(globalThis[Symbol.for(${JSON.stringify(RETRY_KEY)})]??""))` };
  },
});
