// A rollup plugin: splits a few large modules (zod's schema, check, regex and builder modules) into one
// module per top-level declaration, so that code splitting works per declaration instead of per file.
//
// Why: rollup never splits a module between chunks. zod's `core/schemas.js` holds every schema type, and
// every widget uses some of them, so the module lands in the chunk every widget loads with the union of
// what any widget needs: the on-call banner downloaded the string formats, files and discriminated unions
// of the forms (about 4 KB gzip). Split, each declaration goes to the chunk of the entries that use it.
//
// How: the original module becomes a facade that re-exports its exports from the pieces; each piece holds
// one top-level statement, imports what it references (the original imports, or sibling pieces) and
// exports what it declares. Only modules made of declarations can be split this way: a statement with side
// effects stops the build, so an update of zod that adds one is noticed, not shipped broken. Declarations
// that reference each other stay in one piece in their original order, so the pieces form an acyclic graph
// and run in the original order; a top-level `let` stays in one piece with every declaration that uses it
// (an import cannot be assigned).
import { dirname, resolve } from 'node:path';

const PREFIX = '\0split:';

/** Identifiers a node references (over-approximated: property keys and member names are skipped). */
const referencedNames = (node, names = new Set()) => {
  if (!node || typeof node.type !== 'string') return names;
  if (node.type === 'Identifier') return names.add(node.name);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    if (node.type === 'MemberExpression' && key === 'property' && !node.computed) continue;
    if (['Property', 'MethodDefinition', 'PropertyDefinition'].includes(node.type) && key === 'key' && (!node.computed || node.shorthand)) continue;
    if (Array.isArray(value)) for (const v of value) referencedNames(v, names);
    else if (value && typeof value === 'object') referencedNames(value, names);
  }
  return names;
};

const declaredNames = (decl) => {
  if (decl.type === 'VariableDeclaration') return decl.declarations.map((d) => d.id.name);
  return [decl.id.name];
};

/** Tarjan's strongly connected components: for each node, the number of its component. */
const stronglyConnected = (edges) => {
  const index = [];
  const low = [];
  const onStack = [];
  const stack = [];
  const component = [];
  let counter = 0;
  let components = 0;
  const visit = (v) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    for (const w of edges[v]) {
      if (index[w] === undefined) {
        visit(w);
        low[v] = Math.min(low[v], low[w]);
      } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
    }
    if (low[v] === index[v]) {
      let w;
      do {
        w = stack.pop();
        onStack[w] = false;
        component[w] = components;
      } while (w !== v);
      components++;
    }
  };
  edges.forEach((_, v) => index[v] === undefined && visit(v));
  return component;
};

/** @param {RegExp} include modules to split (absolute ids) */
export const splitModules = (include) => {
  const pieces = new Map();
  return {
    name: 'grannskap-split-modules',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load: (id) => (id.startsWith(PREFIX) ? pieces.get(id) : null),
    transform(code, id) {
      if (!include.test(id)) return null;
      const program = this.parse(code);
      const fail = (why) => this.error(`split-modules: cannot split ${id}: ${why}; update scripts/lib/split-modules.mjs or stop splitting it`);
      const imports = new Map(); // local name -> import line
      const statements = []; // { names, decl, exported }
      const facade = [];
      for (const node of program.body) {
        if (node.type === 'ImportDeclaration') {
          const from = node.source.value.startsWith('.') ? resolve(dirname(id), node.source.value) : node.source.value;
          for (const s of node.specifiers) {
            const line =
              s.type === 'ImportNamespaceSpecifier'
                ? `import * as ${s.local.name} from ${JSON.stringify(from)};`
                : s.type === 'ImportDefaultSpecifier'
                  ? `import ${s.local.name} from ${JSON.stringify(from)};`
                  : `import { ${s.imported.name} as ${s.local.name} } from ${JSON.stringify(from)};`;
            imports.set(s.local.name, line);
          }
          continue;
        }
        if (node.type === 'ExportNamedDeclaration' && node.source) {
          facade.push(code.slice(node.start, node.end).replace(node.source.raw, JSON.stringify(resolve(dirname(id), node.source.value))));
          continue;
        }
        if (node.type === 'ExportNamedDeclaration' && !node.declaration) {
          facade.push({ reexport: node.specifiers.map((s) => [s.local.name, s.exported.name]) });
          continue;
        }
        const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
        if (!['VariableDeclaration', 'FunctionDeclaration', 'ClassDeclaration'].includes(decl.type)) fail(`a top-level ${decl.type}`);
        statements.push({ names: declaredNames(decl), decl, exported: node !== decl });
      }
      const owner = new Map();
      statements.forEach((s, i) => s.names.forEach((n) => owner.set(n, i)));
      const refs = statements.map((s) => referencedNames(s.decl));
      const edges = refs.map((names, i) => [...new Set([...names].filter((n) => owner.has(n) && owner.get(n) !== i).map((n) => owner.get(n)))]);
      // A `let` or `var` may be assigned wherever it is used, and an import cannot be: its users join its piece.
      edges.forEach((targets, i) => {
        for (const j of targets) if (statements[j].decl.kind && statements[j].decl.kind !== 'const') edges[j].push(i);
      });
      // Statements that reference each other (a cycle, even through function bodies) stay together in one
      // piece, in their original order: split, the module loaded first would run before the one it needs.
      const group = stronglyConnected(edges);
      const members = new Map();
      statements.forEach((_, i) => {
        if (!members.has(group[i])) members.set(group[i], []);
        members.get(group[i]).push(i);
      });
      const pieceId = (g) => `${PREFIX}${id}?${g}`;
      for (const [g, list] of members) {
        const lines = [];
        const fromSiblings = new Map();
        const own = new Set(list.flatMap((i) => statements[i].names));
        const needed = new Set(list.flatMap((i) => [...refs[i]]));
        for (const name of needed) {
          if (own.has(name)) continue;
          if (imports.has(name)) lines.push(imports.get(name));
          else if (owner.has(name)) {
            const h = group[owner.get(name)];
            if (!fromSiblings.has(h)) fromSiblings.set(h, []);
            fromSiblings.get(h).push(name);
          }
        }
        for (const [h, names] of fromSiblings) lines.push(`import { ${names.join(', ')} } from ${JSON.stringify(pieceId(h))};`);
        for (const i of list) lines.push(`export ${code.slice(statements[i].decl.start, statements[i].decl.end)}`);
        pieces.set(pieceId(g), lines.join('\n'));
      }
      const out = [];
      for (const item of facade) {
        if (typeof item === 'string') out.push(item);
        else for (const [local, exported] of item.reexport) out.push(`export { ${local} as ${exported} } from ${JSON.stringify(pieceId(group[owner.get(local)]))};`);
      }
      statements.forEach((s, i) => {
        if (s.exported) out.push(`export { ${s.names.join(', ')} } from ${JSON.stringify(pieceId(group[i]))};`);
      });
      return { code: out.join('\n'), map: null };
    },
  };
};
