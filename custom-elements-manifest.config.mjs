// `npm run cem`: packages/widgets/custom-elements.json, generated from the widgets' doc tags
// (@summary @fires @csspart @cssproperty @slot) so the widget reference is never copied by hand.

/**
 * The define modules register `customElements.define(tagName, …)` with a constant, which the analyzer
 * reports as the tag "tagName"; the constant's value is the real tag. The analyzer also lists a nameless
 * event for each `dispatchEvent(new XEvent(…))`; the @fires tags already name them.
 */
const grannskapTags = () => ({
  name: 'grannskap-tags',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const byClass = new Map();
    for (const mod of manifest.modules) {
      const constant = mod.declarations?.find((d) => d.kind === 'variable' && d.name === 'tagName');
      const tag = constant?.default?.replace(/^['"]|['"]$/g, '');
      for (const ex of mod.exports ?? []) {
        if (ex.kind === 'custom-element-definition' && tag) {
          ex.name = tag;
          byClass.set(ex.declaration.name, tag);
          ex.declaration.module = ex.declaration.module.replace(/^\//, '').replace(/\.js$/, '.ts');
        }
      }
    }
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.customElement) continue;
        // "@summary first line\n\nmore" arrives as one summary: the first paragraph is the summary.
        if (d.summary && !d.description) {
          const [first, ...rest] = d.summary.split(/\n\s*\n/);
          d.summary = first.trim();
          d.description = rest.join('\n\n').trim();
        }
        if (byClass.has(d.name)) d.tagName = byClass.get(d.name);
        else delete d.tagName;
        if (d.events) d.events = d.events.filter((e) => e.name);
        if (d.members) d.members = d.members.filter((m) => !m.privacy && !m.name.startsWith('#'));
      }
    }
  },
});

export default {
  globs: ['packages/widgets/src/**/*.ts'],
  exclude: ['packages/widgets/src/locales/**', 'packages/widgets/test/**'],
  outdir: 'packages/widgets',
  litelement: true,
  packagejson: false,
  plugins: [grannskapTags()],
};
