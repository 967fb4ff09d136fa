// The catalogues are complete and the templates hold no untranslated text:
// - every message id used in the source (`msg(…, { id })`, with a string, str`` or html`` template) or listed in the English catalogue has a
//   non-empty text in every target catalogue, with the same placeholders as the Swedish source;
// - no catalogue has an id that nothing uses (a typo, or a string that was removed);
// - every `msg(` call has an id;
// - no html`` template has visible text (or a literal aria-label / title / alt / placeholder) that is
//   not a `${…}` expression: user-visible words go through msg().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TARGET_LOCALES } from '../src/shared/localization.js';
import { templates as en } from '../src/locales/en.js';
import { templates as fi } from '../src/locales/fi.js';
import { templates as ar } from '../src/locales/ar.js';
import { templates as so } from '../src/locales/so.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const catalogues: Record<(typeof TARGET_LOCALES)[number], Record<string, unknown>> = { en, fi, ar, so };

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** A JS template literal or string, read from `text` at `start` (the opening quote). */
interface Literal {
  /** Index after the closing quote. */
  end: number;
  /** The static parts (for a template literal; a string has one). */
  parts: string[];
  /** Template literals found inside its `${…}` expressions, with the tag in front of each. */
  nested: TaggedLiteral[];
}
interface TaggedLiteral extends Literal {
  tag: string;
  start: number;
  /** The Swedish source of a msg(html`…`): translated by definition. */
  isMessage: boolean;
}

/** Skips a comment or reads a literal at `i`; returns the index after it, or undefined when there is none. */
function skipOrRead(text: string, i: number, found: TaggedLiteral[]): number | undefined {
  const c = text[i];
  if (c === '/' && text[i + 1] === '/') {
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl;
  }
  if (c === '/' && text[i + 1] === '*') return text.indexOf('*/', i + 2) + 2;
  if (c === "'" || c === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '`') {
    const before = text.slice(Math.max(0, i - 40), i);
    const tag = /([\w$.]+)\s*$/.exec(before)?.[1] ?? '';
    const literal = readTemplate(text, i);
    found.push({ ...literal, tag, start: i, isMessage: /\bmsg\(\s*html\s*$/.test(before) });
    return literal.end;
  }
  return undefined;
}

function readTemplate(text: string, start: number): Literal {
  const parts: string[] = [];
  const nested: TaggedLiteral[] = [];
  let part = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') {
      part += text.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      parts.push(part);
      return { end: i + 1, parts, nested };
    } else if (c === '$' && text[i + 1] === '{') {
      parts.push(part);
      part = '';
      i += 2;
      let depth = 1;
      while (i < text.length && depth > 0) {
        const next = skipOrRead(text, i, nested);
        if (next !== undefined) {
          i = next;
          continue;
        }
        if (text[i] === '{') depth += 1;
        else if (text[i] === '}') depth -= 1;
        i += 1;
      }
    } else {
      part += c;
      i += 1;
    }
  }
  throw new Error(`unterminated template literal at ${start}`);
}

/** Every template literal in a file, nested ones included, with its tag (`html`, `css`, `str`, …). */
function templateLiterals(text: string): TaggedLiteral[] {
  const top: TaggedLiteral[] = [];
  for (let i = 0; i < text.length; ) i = skipOrRead(text, i, top) ?? i + 1;
  const all: TaggedLiteral[] = [];
  const visit = (list: TaggedLiteral[]) => {
    for (const literal of list) {
      all.push(literal);
      visit(literal.nested);
    }
  };
  visit(top);
  return all;
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** The ids and Swedish source texts of every msg() call. */
function sourceMessages(): { ids: Map<string, { placeholders: number; where: string }>; withoutId: string[] } {
  const ids = new Map<string, { placeholders: number; where: string }>();
  const withoutId: string[] = [];
  const call = /\bmsg\(\s*(str|html)?(['"`])/g;
  for (const { path, text } of files) {
    for (const m of text.matchAll(call)) {
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (/^\s*(\/\/|\*)/.test(text.slice(lineStart, m.index))) continue; // a comment
      const quote = m.index + m[0].length - 1;
      const literal = m[2] === '`' ? readTemplate(text, quote) : { end: skipOrRead(text, quote, [])!, parts: [''] };
      const id = /^\s*,\s*\{\s*id:\s*'([^']+)'/.exec(text.slice(literal.end))?.[1];
      const where = `${path}:${lineOf(text, m.index)}`;
      if (!id) withoutId.push(where);
      else ids.set(id, { placeholders: literal.parts.length - 1, where });
    }
  }
  return { ids, withoutId };
}

/** The placeholders of a catalogue entry: none for a plain string, the value indices for a str`` template. */
function entryOf(value: unknown): { text: string; indices: number[] } | undefined {
  if (typeof value === 'string') return { text: value, indices: [] };
  if (value && typeof value === 'object' && 'strings' in value && 'values' in value) {
    const { strings, values } = value as { strings: readonly string[]; values: readonly unknown[] };
    return { text: strings.join(''), indices: values.map(Number).sort((a, b) => a - b) };
  }
  return undefined;
}

const { ids: used, withoutId } = sourceMessages();

test('every msg() call has an id', () => {
  assert.ok(used.size > 100, `only ${used.size} message ids found: is the scan broken?`);
  assert.deepEqual(withoutId, [], `msg() without { id: '…' }: ${withoutId.join(', ')}`);
});

test('every message id (in the source or the English catalogue) has a text in every catalogue, with the same placeholders', () => {
  const required = new Set([...used.keys(), ...Object.keys(en)]);
  const problems: string[] = [];
  for (const [locale, catalogue] of Object.entries(catalogues)) {
    for (const id of required) {
      const entry = entryOf(catalogue[id]);
      if (!entry || (!entry.text.trim() && entry.indices.length === 0)) {
        problems.push(`${locale}: ${id} is missing or empty`);
        continue;
      }
      const source = used.get(id);
      const expected = source ? [...Array(source.placeholders).keys()] : (entryOf(en[id as keyof typeof en])?.indices ?? []);
      if (JSON.stringify(entry.indices) !== JSON.stringify(expected)) {
        problems.push(`${locale}: ${id} has placeholders [${entry.indices.join(', ')}], the source has [${expected.join(', ')}]`);
      }
    }
  }
  const perLocale = Object.keys(catalogues).map((l) => `${l}: ${problems.filter((p) => p.startsWith(`${l}:`)).length}`);
  assert.ok(problems.length === 0, `${problems.length} problems (${perLocale.join(', ')}):\n${problems.slice(0, 60).join('\n')}${problems.length > 60 ? '\n…' : ''}`);
});

test('no catalogue has an id that the source does not use', () => {
  const problems: string[] = [];
  for (const [locale, catalogue] of Object.entries(catalogues)) {
    for (const id of Object.keys(catalogue)) if (!used.has(id)) problems.push(`${locale}: ${id}`);
  }
  assert.deepEqual(problems, [], `ids nothing uses (typo or removed string?):\n${problems.join('\n')}`);
});

/** Attributes whose value a visitor sees or hears. */
const VISIBLE_ATTRIBUTES = /\s(aria-label|aria-description|aria-roledescription|aria-placeholder|aria-valuetext|title|alt|placeholder|label)\s*=\s*(["'])([^"']*)\2/g;
/** Text that is not words: punctuation, symbols, digits, entities. */
const WORDLESS = /^(?:[^\p{L}]|&[a-z]+;|&#\d+;)*$/u;

/** Visible literal text in one html`` template (static parts only; `${…}` is code). */
function literalTextIn(parts: string[]): string[] {
  const joined = parts.join('\u0000');
  const found: string[] = [];
  for (const m of joined.matchAll(VISIBLE_ATTRIBUTES)) if (!WORDLESS.test(m[3]!.replace(/\u0000/g, ''))) found.push(`${m[1]}="${m[3]}"`);
  const text = joined.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '\u0000');
  for (const piece of text.split('\u0000')) if (!WORDLESS.test(piece)) found.push(piece.trim());
  return found;
}

test('the heuristic finds visible literal text, and leaves markup, code and wordless text alone', () => {
  const scan = (source: string) => templateLiterals(source).filter((l) => l.tag === 'html').flatMap((l) => literalTextIn(l.parts));
  assert.deepEqual(scan('html`<p class="a b" part="x">${msg("Hej", { id: "a" })} · ${n} (${m})</p>`'), []);
  assert.deepEqual(scan('html`<button @click=${() => go(`x`)} aria-label=${label}>→</button>`'), []);
  assert.deepEqual(scan('html`<p>Hej på dig</p>`'), ['Hej på dig']);
  assert.deepEqual(scan('html`<p>${ok ? html`<b>Klar</b>` : nothing}</p>`'), ['Klar']);
  assert.deepEqual(scan('html`<button aria-label="Stäng">×</button>`'), ['aria-label="Stäng"']);
  assert.deepEqual(scan('css`p { color: red; }`'), []);
  const message = templateLiterals('msg(html`${name} svarar nu`, { id: "x" })');
  assert.deepEqual(message.map((l) => [l.tag, l.isMessage]), [['html', true]]);
});

/** Literal text that is meant to stay as it is, and why. */
const UNTRANSLATED_ON_PURPOSE: Record<string, string[]> = {
  // the honeypot: hidden from people and assistive technology; bots look for a field called "website"
  'shared/bot-check.ts': ['Website'],
};

test('no html`` template holds visible text that is not translated', () => {
  const problems: string[] = [];
  for (const { path, text } of files) {
    for (const literal of templateLiterals(text)) {
      if ((literal.tag !== 'html' && literal.tag !== 'svg') || literal.isMessage) continue;
      for (const found of literalTextIn(literal.parts)) {
        if (!UNTRANSLATED_ON_PURPOSE[path.replace(/\\/g, '/')]?.includes(found)) problems.push(`${path}:${lineOf(text, literal.start)}: ${JSON.stringify(found)}`);
      }
    }
  }
  assert.deepEqual(problems, [], `literal text in templates (wrap it in msg()):\n${problems.join('\n')}`);
});

// A tatweel (U+0640) stretches a letter for calligraphy; in running text it is a stray joiner left from
// "بـ" before a placeholder, and screen readers and searches trip over it. Say it with whole words.
test('no Arabic catalogue contains a tatweel (U+0640)', () => {
  const dir = join(SRC, 'locales');
  const arabic = [join(dir, 'ar.ts'), ...readdirSync(join(dir, 'ar')).map((name) => join(dir, 'ar', name))];
  const problems = arabic.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.includes('\u0640') ? [`${relative(SRC, path)}:${i + 1}: ${line.trim()}`] : [])),
  );
  assert.deepEqual(problems, [], `tatweel in Arabic text:\n${problems.join('\n')}`);
});
