// The widget reference comes from the doc tags: custom-elements.json (written by `npm run build`)
// must describe every element fully, and docs/reference/widgets.md must be what it generates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifestPath = `${root}packages/widgets/custom-elements.json`;

interface Documented {
  name: string;
  description?: string;
}
interface Element {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: (Documented & { fieldName?: string })[];
  members?: (Documented & { attribute?: string })[];
  events?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
  slots?: Documented[];
}
interface Manifest {
  modules: { path: string; declarations?: Element[] }[];
}

const manifest = (): Manifest => {
  assert.ok(existsSync(manifestPath), 'packages/widgets/custom-elements.json is missing: run `npm run build` first');
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
};
const elements = (m: Manifest): (Element & { module: string })[] =>
  m.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, module: mod.path }))).filter((d) => d.customElement && d.tagName);

test('every define module has its element in custom-elements.json under its tag', () => {
  const tags = readdirSync(`${root}packages/widgets/src`)
    .filter((f) => /^grannskap-[a-z-]+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''));
  assert.ok(tags.length >= 4, `only ${tags.length} define modules found`);
  const documented = elements(manifest()).map((e) => e.tagName);
  for (const tag of tags) assert.ok(documented.includes(tag), `${tag} is not in custom-elements.json`);
});

test('every element has a summary and documents each attribute, event, part and CSS property', () => {
  for (const e of elements(manifest())) {
    assert.ok(e.summary?.trim(), `${e.tagName} has no @summary`);
    for (const a of e.attributes ?? []) {
      const member = e.members?.find((m) => m.name === a.fieldName);
      assert.ok((a.description ?? member?.description)?.trim(), `${e.tagName}: attribute ${a.name} has no description`);
    }
    const events = (e.events ?? []).map((ev) => ev.name);
    assert.ok(events.includes('grannskap-error'), `${e.tagName} does not document grannskap-error`);
    for (const ev of e.events ?? []) {
      assert.match(ev.name, /^grannskap-[a-z-]+$/, `${e.tagName}: event ${ev.name} is not named grannskap-<verb>`);
      assert.ok(ev.description?.trim(), `${e.tagName}: event ${ev.name} has no description`);
    }
    for (const p of e.cssParts ?? []) assert.ok(p.description?.trim(), `${e.tagName}: part ${p.name} has no description`);
    for (const p of e.cssProperties ?? []) {
      assert.match(p.name, /^--grannskap-/, `${e.tagName}: CSS property ${p.name} lacks the --grannskap- prefix`);
      assert.ok(p.description?.trim(), `${e.tagName}: CSS property ${p.name} has no description`);
    }
    assert.ok((e.slots ?? []).length > 0, `${e.tagName} has no @slot tag (say "nothing is slotted" if so)`);
  }
});

test('docs/reference/widgets.md is generated from the current manifest', () => {
  const run = spawnSync(process.execPath, ['scripts/widget-reference.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('the web editors’ guides (sv, en) list exactly the attributes the elements have', () => {
  const attributes = new Set<string>();
  for (const e of elements(manifest())) {
    for (const a of e.attributes ?? []) attributes.add(['api-base', 'lang'].includes(a.name) ? `*/${a.name}` : `${e.tagName}/${a.name}`);
  }
  for (const guide of ['docs/editors/sv.md', 'docs/editors/en.md']) {
    const listed = new Set<string>();
    for (const [, widget, attribute] of readFileSync(`${root}${guide}`, 'utf8').matchAll(/^\| (alla|all|`grannskap-[a-z-]+`) \| `([a-z-]+)` \|/gm)) {
      listed.add(`${widget === 'alla' || widget === 'all' ? '*' : widget!.replace(/`/g, '')}/${attribute}`);
    }
    const missing = [...attributes].filter((a) => !listed.has(a));
    const unknown = [...listed].filter((a) => !attributes.has(a));
    assert.deepEqual(missing, [], `${guide} does not explain: ${missing.join(', ')}`);
    assert.deepEqual(unknown, [], `${guide} explains attributes no element has: ${unknown.join(', ')}`);
  }
});

/** The widget source files an element's module loads (relative imports inside packages/widgets/src). */
function sourcesOf(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) visit(new URL(`${spec}.ts`, `file://${file}`).pathname);
  };
  visit(entry);
  return [...seen].filter((f) => !f.includes('/locales/'));
}

test('every part, event and --grannskap-* property an element’s code uses is in custom-elements.json', () => {
  const src = `${root}packages/widgets/src/`;
  // Event classes → their names, from the events folder.
  const eventNames = new Map<string, string>();
  for (const f of readdirSync(`${src}events`)) {
    const text = readFileSync(`${src}events/${f}`, 'utf8');
    for (const [, cls, name] of text.matchAll(/class (Grannskap\w+Event)[\s\S]*?eventName = '([a-z-]+)'/g)) eventNames.set(cls!, name!);
  }
  const problems: string[] = [];
  const tokens = new Set(tokensOfSource());
  for (const e of elements(manifest())) {
    const files = sourcesOf(`${root}${e.module}`);
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const parts = new Set([...code.matchAll(/\bpart="([a-z-]+)"/g)].map((m) => m[1]!));
    const events = new Set([...code.matchAll(/(?:new |\b)(Grannskap\w+Event)(?:\(|\.from\()/g)].map((m) => eventNames.get(m[1]!)).filter((n): n is string => Boolean(n)));
    const properties = new Set([...code.matchAll(/var\((--grannskap-[a-z0-9-]+)/g)].map((m) => m[1]!));
    const has = (list: Documented[] | undefined, name: string) => (list ?? []).some((x) => x.name === name);
    for (const p of parts) if (!has(e.cssParts, p)) problems.push(`${e.tagName}: part "${p}" is used but not documented (@csspart)`);
    for (const ev of events) if (!has(e.events, ev)) problems.push(`${e.tagName}: ${ev} is fired but not documented (@fires)`);
    for (const p of properties) if (!tokens.has(p) && !has(e.cssProperties, p)) problems.push(`${e.tagName}: ${p} is used but not documented (@cssproperty)`);
  }
  assert.deepEqual(problems, []);
});

/** The global design tokens (documented once, in docs/theming.md). */
const tokensOfSource = (): string[] =>
  [...readFileSync(`${root}packages/widgets/src/styles/tokens.styles.ts`, 'utf8').matchAll(/var\((--grannskap-[a-z0-9-]+),/g)].map((m) => m[1]!);
