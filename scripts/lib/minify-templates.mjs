// Minifies the text of Lit's css`…` and html`…` templates in the widgets, for the CDN bundles.
//
// terser minifies JavaScript and leaves a template literal's text as it is, so the widgets' stylesheets and
// templates shipped with their comments, newlines and indentation (about a sixth of a widget's bytes before
// gzip).
// - css`…`: esbuild's CSS minifier rewrites each one. None has a `${}` (tokens are custom properties, not
//   interpolations); one that does stops the build, so a stylesheet is never shipped half minified.
// - html`…`: the indentation after a line break goes, the line break stays. A run of white space renders as
//   one space wherever white space collapses (the widgets' text everywhere), so nothing moves; where it does
//   not (`white-space: pre-wrap` on the review's values), only the template's indentation is gone.
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import { walk } from './ast.mjs';

const SOURCES = /[\\/]packages[\\/]widgets[\\/]dist[\\/].+\.js$/;
/** Chromium, Firefox and Safari versions that run the widgets (Lit 3 and constructable stylesheets). */
const TARGETS = ['chrome111', 'firefox114', 'safari16.4'];

/** A template literal's raw text for a cooked string: only backslashes, backticks and `${` need escapes. */
const toRaw = (text) => text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');

export const minifyTemplates = () => ({
  name: 'grannskap-minify-templates',
  async transform(code, id) {
    if (!SOURCES.test(id) || !(code.includes('css') || code.includes('html'))) return null;
    const found = [];
    walk(this.parse(code), (node) => {
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'css' || node.tag.name === 'html')) found.push(node);
    });
    if (found.length === 0) return null;
    const s = new MagicString(code);
    for (const { tag, quasi } of found) {
      if (tag.name === 'html') {
        for (const part of quasi.quasis) {
          const raw = code.slice(part.start, part.end);
          const min = raw.replace(/\n[ \t]+/g, '\n');
          if (min !== raw) s.overwrite(part.start, part.end, min);
        }
        continue;
      }
      if (quasi.expressions.length > 0) this.error(`minify-templates: a css\`…\` template with \${} in ${id}: put the value in a custom property instead`);
      const [text] = quasi.quasis;
      const { code: min, warnings } = await transform(text.value.cooked, { loader: 'css', minify: true, target: TARGETS });
      if (warnings.length > 0) this.error(`minify-templates: ${id}: ${warnings.map((w) => w.text).join('; ')}`);
      s.overwrite(text.start, text.end, toRaw(min.trim()));
    }
    return { code: s.toString(), map: s.generateMap({ hires: true }) };
  },
});
