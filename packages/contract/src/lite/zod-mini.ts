// The part of zod/mini's API the contract uses, for the browser bundles only: rollup puts it in place of
// `zod/mini` in the SDK's and the widgets' CDN builds (scripts/lib/zod-lite.mjs).
//
// Why: zod's core carries what the contract never asks of it in a browser (async parsing, codecs, JSON
// Schema hooks, error trees, locales), and all its schema types share one large base: swapping it for this
// file (about 3 KB gzip whole; a bundle keeps what it uses) took 5.4 to 8 KB off every widget and 5.9 KB off
// the SDK entry. The server, the OpenAPI document and every npm consumer keep zod itself, and the contract's
// schemas are still written in zod.
//
// What it must keep: for every value, the same outcome as zod: success with the same parsed data (unknown
// keys dropped, strings trimmed, numbers coerced), or failure with the same issues as far as `toFieldIssues`
// reads them (code, path, message, minimum, maximum, origin, expected, keys, params).
// packages/contract/test/lite.test.ts compares the two on every schema of the contract with generated good
// and bad values. A zod function this file lacks fails the CDN build (a missing export), never silently.
//
// Names in comments are the zod parts each piece mirrors (zod/v4/core/schemas.js and checks.js, zod 4.6).

/** An issue as zod raises it; `continue: true` lets the checks after it run. */
export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  continue?: boolean;
  [key: string]: unknown;
}
interface Payload {
  value: unknown;
  issues: Issue[];
}
/** zod's $ZodCheck. `when` lets a length check run after a type error, as zod's do. */
export interface Check {
  test: (x: Payload) => void;
  when?: (x: Payload) => boolean;
}
export type SafeParseResult = { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
type Parse = (x: Payload, schema: Schema) => void;

const INVALID = 'Invalid input';
const issue = (code: string, extra?: Record<string, unknown>): Issue => ({ code, path: [], message: INVALID, ...extra });
const typeIssue = (expected: string, extra?: Record<string, unknown>): Issue => issue('invalid_type', { expected, ...extra });
/** zod's util.aborted: an issue without `continue: true` stops the checks after it. (A loop: this runs for
 * every value checked, thousands of times for a month of occurrences.) */
const aborted = (x: Payload, from = 0): boolean => {
  for (let i = from; i < x.issues.length; i++) if (x.issues[i]!.continue !== true) return true;
  return false;
};
const isObject = (v: unknown): v is Record<PropertyKey, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const prefixed = (key: PropertyKey, issues: Issue[]): Issue[] => issues.map((i) => ((i.path = [key, ...i.path]), i));
const fresh = (value: unknown): Payload => ({ value, issues: [] });

export class Schema {
  /** Absent and `undefined` are allowed (zod's optin and optout "optional"). */
  optional = false;
  /** The values a literal or an enum accepts (a discriminated union finds its option by them). */
  values?: Set<unknown>;
  /** An object's fields. */
  shape?: Record<string, Schema>;
  /** An object that reports unknown keys (strictObject) instead of dropping them. */
  strict?: boolean;
  /** Set on schemas that are also checks (string formats, int()). */
  test?: (x: Payload) => void;

  constructor(
    readonly parse: Parse,
    readonly checks: readonly Check[] = [],
  ) {}

  /** zod's $ZodType run: the type's own parse, then its checks. */
  run(x: Payload): Payload {
    this.parse(x, this);
    if (!this.checks.length) return x;
    let stop = aborted(x);
    for (const c of this.checks) {
      if (c.when) {
        if (x.issues.some((i) => i.continue === false) || !c.when(x)) continue;
      } else if (stop) continue;
      const before = x.issues.length;
      c.test(x);
      if (!stop && x.issues.length > before) stop = aborted(x, before);
    }
    return x;
  }

  safeParse(value: unknown): SafeParseResult {
    const x = this.run(fresh(value));
    return x.issues.length ? { success: false, error: { issues: x.issues } } : { success: true, data: x.value };
  }

  /** zod/mini's `.check(...)`: a copy with more checks. */
  check(...more: Check[]): Schema {
    return Object.assign(new Schema(this.parse, [...this.checks, ...more]), { optional: this.optional, values: this.values, shape: this.shape, strict: this.strict });
  }
}

// Types. Every builder is marked free of side effects, as zod's are, so a bundle drops the schemas it does not use.

const typed =
  (expected: string, ok: (v: unknown) => boolean): Parse =>
  (x) => {
    if (!ok(x.value)) x.issues.push(typeIssue(expected));
  };
const stringParse = typed('string', (v) => typeof v === 'string');

/*#__NO_SIDE_EFFECTS__*/
export const string = (): Schema => new Schema(stringParse);
/** zod's $ZodNumber: NaN and ±Infinity are not numbers. */
const finite = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const numberParse: Parse = (x) => {
  if (finite(x.value)) return;
  const v = x.value;
  x.issues.push(typeIssue('number', typeof v === 'number' ? { received: Number.isNaN(v) ? 'NaN' : String(v) } : undefined));
};
/*#__NO_SIDE_EFFECTS__*/
export const number = (): Schema => new Schema(numberParse);
/*#__NO_SIDE_EFFECTS__*/
export const boolean = (): Schema => new Schema(typed('boolean', (v) => typeof v === 'boolean'));
/*#__NO_SIDE_EFFECTS__*/
const coerceNumber = (): Schema => new Schema((x, s) => ((x.value = Number(x.value)), numberParse(x, s)));
export const coerce = { number: coerceNumber };

/** zod's $ZodCheckNumberFormat for "safeint": a schema and a check at once. */
const intCheck = (x: Payload): void => {
  const v = x.value as number;
  if (!Number.isInteger(v)) x.issues.push(typeIssue('int', { format: 'safeint', continue: false }));
  else if (!Number.isSafeInteger(v)) {
    x.issues.push(v > 0 ? issue('too_big', { maximum: Number.MAX_SAFE_INTEGER, origin: 'int', inclusive: true, continue: true }) : issue('too_small', { minimum: Number.MIN_SAFE_INTEGER, origin: 'int', inclusive: true, continue: true }));
  }
};
/*#__NO_SIDE_EFFECTS__*/
export const int = (): Schema => {
  const check = { test: intCheck };
  return Object.assign(new Schema(numberParse, [check]), check);
};

const valueSet = (values: readonly unknown[]): Schema => {
  const set = new Set(values);
  return Object.assign(
    new Schema((x) => {
      if (!set.has(x.value)) x.issues.push(issue('invalid_value', { values }));
    }),
    { values: set },
  );
};
/*#__NO_SIDE_EFFECTS__*/
export const literal = (value: unknown): Schema => valueSet(Array.isArray(value) ? value : [value]);
/*#__NO_SIDE_EFFECTS__*/
const enumOf = (values: readonly unknown[]): Schema => {
  if (!Array.isArray(values)) throw new TypeError('zod-lite: z.enum() takes an array here; add object enums to packages/contract/src/lite/zod-mini.ts');
  return valueSet(values);
};
export { enumOf as enum };

/*#__NO_SIDE_EFFECTS__*/
export const optional = (inner: Schema): Schema =>
  Object.assign(
    new Schema((x) => {
      if (x.value !== undefined) inner.run(x);
    }),
    { optional: true, values: inner.values && new Set([...inner.values, undefined]) },
  );
/*#__NO_SIDE_EFFECTS__*/
export const nullable = (inner: Schema): Schema =>
  Object.assign(
    new Schema((x) => {
      if (x.value !== null) inner.run(x);
    }),
    { optional: inner.optional, values: inner.values && new Set([...inner.values, null]) },
  );

/*#__NO_SIDE_EFFECTS__*/
export const array = (element: Schema): Schema =>
  new Schema((x) => {
    const input = x.value;
    if (!Array.isArray(input)) return void x.issues.push(typeIssue('array'));
    x.value = input.map((item: unknown, i) => {
      const r = element.run(fresh(item));
      x.issues.push(...prefixed(i, r.issues));
      return r.value;
    });
  });

/** zod's $ZodObject with handlePropertyResult (and handleCatchall for a strict object). */
const objectParse: Parse = (x, schema) => {
  const input = x.value;
  if (!isObject(input)) return void x.issues.push(typeIssue('object'));
  const shape = schema.shape!;
  const out: Record<string, unknown> = {};
  x.value = out;
  for (const key of Object.keys(shape)) {
    if (key === '__proto__') continue;
    const field = shape[key]!;
    const r = field.run(fresh(input[key]));
    const present = key in input;
    if (!present && field.optional) continue;
    x.issues.push(...prefixed(key, r.issues));
    if (!present) {
      if (!r.issues.length) x.issues.push(typeIssue('nonoptional', { path: [key] }));
    } else out[key] = r.value;
  }
  if (!schema.strict) return;
  const unknown: string[] = [];
  for (const key in input) if (!Object.prototype.hasOwnProperty.call(shape, key)) unknown.push(key);
  if (unknown.length) x.issues.push(issue('unrecognized_keys', { keys: unknown, continue: true }));
};
/*#__NO_SIDE_EFFECTS__*/
export const object = (shape: Record<string, Schema>): Schema => Object.assign(new Schema(objectParse), { shape });
/*#__NO_SIDE_EFFECTS__*/
export const strictObject = (shape: Record<string, Schema>): Schema => Object.assign(new Schema(objectParse), { shape, strict: true });
/** zod's util.partial (without a mask): every field optional; refinements are refused, as zod refuses them. */
/*#__NO_SIDE_EFFECTS__*/
export const partial = (schema: Schema): Schema => {
  if (schema.checks.length) throw new Error('.partial() cannot be used on object schemas containing refinements');
  const shape = Object.fromEntries(Object.entries(schema.shape!).map(([k, v]) => [k, optional(v)]));
  return Object.assign(new Schema(objectParse), { shape, strict: schema.strict });
};

/** zod's $ZodUnion with handleUnionResults: the first option that passes; else the one that only failed checks; else invalid_union. */
/*#__NO_SIDE_EFFECTS__*/
export const union = (options: readonly Schema[]): Schema =>
  Object.assign(
    new Schema((x) => {
      if (options.length === 1) return void options[0]!.run(x);
      const results = options.map((o) => o.run(fresh(x.value)));
      const passed = results.find((r) => !r.issues.length);
      const partly = results.filter((r) => !aborted(r));
      const pick = passed ?? (partly.length === 1 ? partly[0] : undefined);
      if (pick) {
        x.value = pick.value;
        x.issues.push(...pick.issues);
      } else x.issues.push(issue('invalid_union', { errors: results.map((r) => r.issues) }));
    }),
    { optional: options.some((o) => o.optional) },
  );

/** zod's $ZodDiscriminatedUnion: the option whose field `key` accepts the value. */
/*#__NO_SIDE_EFFECTS__*/
export const discriminatedUnion = (key: string, options: readonly Schema[]): Schema => {
  const byValue = new Map<unknown, Schema>();
  for (const option of options) {
    const values = option.shape?.[key]?.values;
    if (!values?.size) throw new Error(`Invalid discriminated union option at index "${options.indexOf(option)}"`);
    for (const v of values) byValue.set(v, option);
  }
  return new Schema((x) => {
    const input = x.value;
    if (!isObject(input)) return void x.issues.push(typeIssue('object'));
    const option = byValue.get(input[key]);
    if (option) option.run(x);
    else x.issues.push(issue('invalid_union', { errors: [], note: 'No matching discriminator', discriminator: key, options: [...byValue.keys()], path: [key] }));
  });
};

/** zod's util.isPlainObject */
const isPlainObject = (v: unknown): v is Record<PropertyKey, unknown> => {
  if (!isObject(v)) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
};
const NUMERIC = /^-?\d+(?:\.\d+)?$/;
/** zod's $ZodRecord for keys without a fixed list (the contract's keys are patterns). */
/*#__NO_SIDE_EFFECTS__*/
export const record = (keyType: Schema, valueType: Schema): Schema => {
  if (keyType.values) throw new TypeError('zod-lite: z.record() with a fixed list of keys is not supported; add it to packages/contract/src/lite/zod-mini.ts');
  return new Schema((x) => {
    const input = x.value;
    if (!isPlainObject(input)) return void x.issues.push(typeIssue('record'));
    const out: Record<PropertyKey, unknown> = {};
    x.value = out;
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      let k = keyType.run(fresh(key));
      if (k.issues.length && typeof key === 'string' && NUMERIC.test(key)) {
        const retry = keyType.run(fresh(Number(key)));
        if (!retry.issues.length) k = retry;
      }
      if (k.issues.length) {
        x.issues.push(issue('invalid_key', { origin: 'record', issues: k.issues, path: [key] }));
        continue;
      }
      const outKey = k.value as PropertyKey;
      if (outKey === '__proto__') continue;
      const r = valueType.run(fresh(input[key]));
      x.issues.push(...prefixed(key, r.issues));
      out[outKey] = r.value;
    }
  });
};

// String formats: a string schema whose first check is the format (zod's $ZodStringFormat)

const format = (test: (x: Payload) => void): Schema => {
  const check = { test };
  return Object.assign(new Schema(stringParse, [check]), check);
};
const pattern = (name: string, re: RegExp): Schema =>
  format((x) => {
    if (!re.test(x.value as string)) x.issues.push(issue('invalid_format', { origin: 'string', format: name, pattern: String(re), continue: true }));
  });

// zod's regexes.email, regexes.date and regexes.datetime({ offset: true }) (lite.test.ts compares them with zod's)
// eslint-disable-next-line no-useless-escape -- zod's pattern as zod writes it, so the test compares the sources
export const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const DATE = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
export const ISO_DATE = new RegExp(`^${DATE}$`);
export const ISO_DATETIME_OFFSET = new RegExp(`^${DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`);

/*#__NO_SIDE_EFFECTS__*/
export const email = (): Schema => pattern('email', EMAIL);
/*#__NO_SIDE_EFFECTS__*/
const isoDate = (): Schema => pattern('date', ISO_DATE);
/*#__NO_SIDE_EFFECTS__*/
const isoDatetime = (options?: { offset?: boolean; local?: boolean; precision?: number }): Schema => {
  if (!options?.offset || options.local || options.precision !== undefined) throw new TypeError('zod-lite: z.iso.datetime() is supported with { offset: true } only; add other forms to packages/contract/src/lite/zod-mini.ts');
  return pattern('datetime', ISO_DATETIME_OFFSET);
};
export const iso = { date: isoDate, datetime: isoDatetime };
/** zod's $ZodURL without hostname, protocol or normalize: what `new URL()` parses, trimmed. */
/*#__NO_SIDE_EFFECTS__*/
export const url = (): Schema =>
  format((x) => {
    const trimmed = (x.value as string).trim();
    if (URL.canParse(trimmed)) x.value = trimmed.replace(/[\t\n\r]/g, '');
    else x.issues.push(issue('invalid_format', { format: 'url', continue: true }));
  });

// Checks

/** zod's length checks run on anything with a length, even after a type error (their default `when`). */
const hasLength = (x: Payload): boolean => x.value != null && (x.value as { length?: unknown }).length !== undefined;
/** zod's util.codePointLength: a surrogate pair counts once. Only called near the bound: a string's code points
 * are at most its length and at least half of it. */
const codePoints = (s: string): number => {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
};
const lengthOrigin = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown');
/*#__NO_SIDE_EFFECTS__*/
export const minLength = (minimum: number): Check => ({
  when: hasLength,
  test: (x) => {
    const v = x.value as string | unknown[];
    if (v.length < minimum || (typeof v === 'string' && v.length < 2 * minimum && codePoints(v) < minimum)) x.issues.push(issue('too_small', { origin: lengthOrigin(x.value), minimum, inclusive: true, continue: true }));
  },
});
/*#__NO_SIDE_EFFECTS__*/
export const maxLength = (maximum: number): Check => ({
  when: hasLength,
  test: (x) => {
    const v = x.value as string | unknown[];
    if (v.length > maximum && (typeof v !== 'string' || codePoints(v) > maximum)) x.issues.push(issue('too_big', { origin: lengthOrigin(x.value), maximum, inclusive: true, continue: true }));
  },
});
const numericOrigin = (v: unknown): string | undefined => ({ number: 'number', bigint: 'bigint', object: 'date' })[typeof v as 'number'];
const bound = (code: 'too_small' | 'too_big', value: number, inclusive: boolean): Check => ({
  test: (x) => {
    const v = x.value as number;
    const ok = code === 'too_small' ? (inclusive ? v >= value : v > value) : inclusive ? v <= value : v < value;
    if (!ok) x.issues.push(issue(code, { origin: numericOrigin(v) ?? 'number', [code === 'too_small' ? 'minimum' : 'maximum']: value, inclusive, continue: true }));
  },
});
/*#__NO_SIDE_EFFECTS__*/
export const gte = (value: number): Check => bound('too_small', value, true);
/*#__NO_SIDE_EFFECTS__*/
export const lte = (value: number): Check => bound('too_big', value, true);
/*#__NO_SIDE_EFFECTS__*/
export const positive = (): Check => bound('too_small', 0, false);
/*#__NO_SIDE_EFFECTS__*/
export const regex = (re: RegExp): Check => ({
  test: (x) => {
    re.lastIndex = 0;
    if (!re.test(x.value as string)) x.issues.push(issue('invalid_format', { origin: 'string', format: 'regex', pattern: String(re), continue: true }));
  },
});
/** zod's overwrite check behind z.trim(). */
/*#__NO_SIDE_EFFECTS__*/
export const trim = (): Check => ({ test: (x) => void (x.value = (x.value as string).trim()) });

interface RefineParams {
  message?: string;
  path?: PropertyKey[];
  params?: Record<string, unknown>;
  abort?: boolean;
}
/** zod's $ZodCustom used as a check. */
/*#__NO_SIDE_EFFECTS__*/
export const refine = (fn: (value: never) => unknown, params: RefineParams = {}): Check => ({
  test: (x) => {
    if (fn(x.value as never)) return;
    x.issues.push(issue('custom', { path: [...(params.path ?? [])], message: params.message ?? INVALID, continue: !params.abort, ...(params.params ? { params: params.params } : {}) }));
  },
});
