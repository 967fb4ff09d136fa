// A rollup plugin: marks the contract's top-level schema and route definitions as pure, so a bundle keeps
// only the schemas it uses. zod/mini's builders are side-effect free, but rollup cannot know that a
// chained call such as `z.strictObject({...}).check(...)` is, so without the mark every schema of a
// module ships as soon as one of its exports is imported.
import MagicString from 'magic-string';

const CONTRACT = /[\\/]packages[\\/]contract[\\/]dist[\\/](schemas|routes)[\\/][^\\/]+\.js$/;

/** Top-level `const X = call(...)` initializers, exported or not. */
const initializers = (program) =>
  program.body
    .map((node) => (node.type === 'ExportNamedDeclaration' ? node.declaration : node))
    .filter((node) => node?.type === 'VariableDeclaration')
    .flatMap((node) => node.declarations.map((d) => d.init))
    .filter((init) => init && (init.type === 'CallExpression' || init.type === 'NewExpression'));

export const pureSchemas = () => ({
  name: 'grannskap-pure-schemas',
  transform(code, id) {
    if (!CONTRACT.test(id)) return null;
    const s = new MagicString(code);
    for (const init of initializers(this.parse(code))) s.appendLeft(init.start, '/*#__PURE__*/ ');
    return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
  },
});
