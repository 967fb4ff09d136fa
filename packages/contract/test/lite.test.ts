// The browser bundles validate with the contract's small zod/mini (src/lite/zod-mini.ts) instead of zod.
// Here both run every schema of the contract (each export and each route's params, query, body and
// response) on the same generated values, mostly good ones with a fault here and there: the outcome must be
// the same (success with deep-equal data, or the same field issues). Needs `tsc -b` (npm run build) first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
// @ts-expect-error plain JavaScript build helper without declarations
import { zodLite } from '../../../scripts/lib/zod-lite.mjs';

const DIST = new URL('../dist/index.js', import.meta.url);

interface AnySchema {
  safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: unknown[] } };
}
interface ZodSchema extends AnySchema {
  _zod: { def: Def };
}
interface Def {
  type: string;
  shape?: Record<string, ZodSchema>;
  innerType?: ZodSchema;
  element?: ZodSchema;
  options?: ZodSchema[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  keyType?: ZodSchema;
  valueType?: ZodSchema;
  catchall?: ZodSchema;
  pattern?: RegExp;
}
type Contract = Record<string, unknown> & {
  allRoutes: Record<string, Record<string, unknown>>;
  toFieldIssues: (issues: never) => unknown;
  ACTIVITY_CATEGORIES: readonly string[];
};

let real: Contract;
let lite: Contract;
let liteRegexes: Record<'EMAIL' | 'ISO_DATE' | 'ISO_DATETIME_OFFSET', RegExp>;
let dir = '';
before(async () => {
  real = (await import(DIST.href)) as Contract;
  // the contract as the CDN builds see it: zod/mini swapped by the same plugin
  const bundle = await rollup({ input: DIST.pathname, plugins: [zodLite(), nodeResolve()], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  dir = mkdtempSync(join(tmpdir(), 'zod-lite-'));
  writeFileSync(join(dir, 'contract.mjs'), output[0].code);
  lite = (await import(pathToFileURL(join(dir, 'contract.mjs')).href)) as Contract;
  liteRegexes = (await import(new URL('../dist/lite/zod-mini.js', import.meta.url).href)) as typeof liteRegexes;
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

// A seeded generator, so a failure can be reproduced (mulberry32).
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const STRINGS = [
  '', ' ', '\t', 'a', 'a\nb', ' noise ', 'noise', 'arby', 'arby-arbyvagen-12', 'lives_here', 'Trapphus B', '  Hög musik  ',
  'R-2026-000123', 'T-2026-000045', 'R-26-1', 'abcdefghijklmnopqrstuvwxyz_-0123', '070-123 45 67', '+46 70 123 45 67', '07',
  'a@b.se', 'nina.svensson@example.se', 'nina@', 'https://example.se/aktivitet', ' https://example.se ', 'https://exa\nmple.se', 'example.se',
  '2026-12-01T18:00:00+01:00', '2026-12-01T18:00:00Z', '2026-12-01T18:00:00.123+01:00', '2026-02-30T18:00:00Z', '2026-12-01T18:00+01:00',
  '2026-12-01', '2024-02-29', '2026-13-01', '2026-12-01T18:00', '18:00', '24:00', '25:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=10', 'FREQ=HOURLY',
  'sv', 'en', 'ar', 'x'.repeat(23), 'x'.repeat(41), 'x'.repeat(65), 'x'.repeat(201), 'x'.repeat(2001), 'x'.repeat(4001), '😀'.repeat(2000), '😀'.repeat(4001),
];
const NUMBERS = [0, 1, 2, 3, 5, 10, 17, 99, 100, 120, 121, 200, 201, 500, 1000, 2500, 5000, 100000, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 53), '3', '12', 'abc', '', null, true];
const OTHERS = [undefined, null, true, false, 0, 'x', [], {}, ['x']];

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** Values for one schema: mostly ones zod accepts at the leaves, now and then anything. */
const generator = (extraStrings: readonly string[]) => {
  const good = new WeakMap<object, unknown[]>();
  let noise = 0.1;
  const leaf = (s: ZodSchema, pool: readonly unknown[], rnd: () => number): unknown => {
    if (!good.has(s)) good.set(s, pool.filter((v) => s.safeParse(v).success));
    const ok = good.get(s)!;
    return ok.length && rnd() >= noise ? pick(rnd, ok) : pick(rnd, rnd() < 0.8 ? pool : OTHERS);
  };
  const gen = (s: ZodSchema, rnd: () => number, depth = 0): unknown => {
    const def = s._zod.def;
    if (rnd() < noise / 5) return pick(rnd, OTHERS);
    switch (def.type) {
      case 'string':
        return leaf(s, [...STRINGS, ...extraStrings], rnd);
      case 'number':
        return leaf(s, NUMBERS, rnd);
      case 'boolean':
        return leaf(s, [true, false, 'true', 0], rnd);
      case 'literal':
        return rnd() >= noise / 2 ? pick(rnd, def.values!) : 'other';
      case 'enum':
        return rnd() >= noise / 2 ? pick(rnd, Object.values(def.entries!)) : 'other';
      case 'optional':
        return rnd() < 0.3 ? undefined : gen(def.innerType!, rnd, depth);
      case 'nullable':
        return rnd() < 0.2 ? null : gen(def.innerType!, rnd, depth);
      case 'array':
        return Array.from({ length: Math.floor(rnd() * (depth > 2 ? 2 : 4)) }, () => gen(def.element!, rnd, depth + 1));
      case 'union':
        return gen(pick(rnd, def.options!), rnd, depth);
      case 'record': {
        const out: Record<string, unknown> = {};
        for (let i = Math.floor(rnd() * 3); i > 0; i--) out[String(leaf(def.keyType!, [...STRINGS, ...extraStrings, '12'], rnd))] = gen(def.valueType!, rnd, depth + 1);
        return out;
      }
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(def.shape!)) {
          const optional = field._zod.def.type === 'optional';
          const r = rnd();
          if (optional && r < 0.25) continue;
          if (!optional && r < noise / 5) continue;
          out[key] = optional && r < 0.3 ? undefined : gen(field, rnd, depth + 1);
        }
        if (rnd() < noise / 2) out[rnd() < 0.5 ? 'extra' : 'constructor'] = 1;
        if (rnd() < noise / 10) Object.defineProperty(out, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
        return out;
      }
      default:
        throw new Error(`lite.test: no generator for zod type "${def.type}"; add one`);
    }
  };
  /** `level`: how often a part is made wrong (0.1 for rough values, 0.005 for nearly clean ones). */
  return (s: ZodSchema, rnd: () => number, level: number) => ((noise = level), gen(s, rnd));
};

const isSchema = (v: unknown): v is ZodSchema => typeof v === 'object' && v !== null && '_zod' in v;

/** Every schema of the contract by a readable name: the exports, and each route's parts. */
const schemasOf = (c: Contract, zod: boolean): Map<string, AnySchema> => {
  const out = new Map<string, AnySchema>();
  const take = (name: string, v: unknown) => {
    if (zod ? isSchema(v) : typeof (v as AnySchema | undefined)?.safeParse === 'function') out.set(name, v as AnySchema);
  };
  for (const [name, v] of Object.entries(c)) take(name, v);
  for (const route of Object.values(c.allRoutes)) for (const part of ['params', 'query', 'body', 'response']) take(`${String(route.operationId)}.${part}`, route[part]);
  return out;
};

const show = (v: unknown): string => {
  const text = JSON.stringify(v, (_, x: unknown) => (x === undefined ? '<undefined>' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x));
  return text && text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

test('the lite zod/mini has the same regexes as zod for email, date and date-time', () => {
  const { Email, LocalDate, Instant } = real as unknown as Record<string, ZodSchema>;
  assert.equal(liteRegexes.EMAIL.source, Email!._zod.def.pattern!.source);
  assert.equal(liteRegexes.ISO_DATE.source, LocalDate!._zod.def.pattern!.source);
  assert.equal(liteRegexes.ISO_DATETIME_OFFSET.source, Instant!._zod.def.pattern!.source);
});

test('every schema of the contract gives the same outcome with the lite zod/mini as with zod', () => {
  const zodSchemas = schemasOf(real, true);
  const liteSchemas = schemasOf(lite, false);
  assert.deepEqual([...liteSchemas.keys()].sort(), [...zodSchemas.keys()].sort(), 'the same schemas on both sides');
  assert.ok(zodSchemas.size > 80, `found ${zodSchemas.size} schemas`);

  const categories = [...real.ACTIVITY_CATEGORIES, real.ACTIVITY_CATEGORIES.slice(0, 2).join(',')];
  const gen = generator(categories);
  const toFieldIssues = real.toFieldIssues as (issues: unknown[]) => unknown;
  let passed = 0;
  let failed = 0;
  const neverPassed: string[] = [];
  for (const [name, zodSchema] of zodSchemas) {
    const liteSchema = liteSchemas.get(name)!;
    const rnd = random([...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7));
    let ok = 0;
    for (let i = 0; i < 300; i++) {
      const value = gen(zodSchema as ZodSchema, rnd, i % 2 ? 0.1 : 0.005);
      const want = zodSchema.safeParse(value);
      const got = liteSchema.safeParse(value);
      const where = `${name}, value #${i}: ${show(value)}`;
      assert.equal(got.success, want.success, `${where}\nzod: ${show(want.error?.issues)}\nlite: ${show(got.error?.issues)}`);
      if (want.success) {
        assert.deepStrictEqual(got.data, want.data, where);
        ok++;
      } else assert.deepStrictEqual(toFieldIssues(got.error!.issues), toFieldIssues(want.error!.issues), where);
    }
    passed += ok;
    failed += 300 - ok;
    if (ok === 0) neverPassed.push(name);
  }
  // the comparison means little if the values were nearly all bad (or all good)
  assert.ok(passed > (passed + failed) / 4 && failed > (passed + failed) / 10, `passed ${passed}, failed ${failed}`);
  assert.ok(neverPassed.length <= 3, `no good value was generated for: ${neverPassed.join(', ')}`);
});
