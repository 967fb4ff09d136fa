// At least 10,000 generated hostile requests in one run, across every endpoint: wrong content types,
// broken and deeply nested JSON, huge strings, unknown and prototype-polluting fields, broken multipart,
// path traversal in names and paths, truncated images and a decompression bomb. Not one answer may be a
// 5xx; every error must be a problem document; the server's memory stays bounded.
// (fuzz.test.ts adds property-based bodies and queries per route on top of these.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { allRoutes, routePath, type Route } from '@grannskap/contract';
import { check, freshKey, startTestServer, type TestServer } from './helpers/server.js';
import { createActivity, reportBody, submitReport } from './helpers/fixtures.js';
import { recordFigures } from './helpers/figures.js';

const TARGET = Number(process.env.HOSTILE_REQUESTS ?? 10_000);
const CONCURRENCY = 16;

let t: TestServer;
let ids: { activity: string; report: string };
let validReport: unknown;
before(async () => {
  t = await startTestServer();
  ids = { activity: (await createActivity(t)).id, report: (await submitReport(t)).reference };
  validReport = await reportBody(t);
});
after(() => t.close());

/** A deterministic generator, so a failure can be replayed with the same seed. */
let seed = 20261128;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const HOSTILE_STRINGS = [
  '', ' ', '\u0000', '../../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%00', '<script>alert(1)</script>', '"; DROP TABLE reports; --',
  '\u202Eevil', '𝕳𝖊𝖏'.repeat(50), 'a'.repeat(70_000), '{{constructor.constructor("return process")()}}', '${7*7}', '\uD800', 'NaN', '-1', '1e309',
];
const HOSTILE_VALUES: unknown[] = [null, true, -1, 1e308, -0, [], {}, [[[]]], { __proto__: { admin: true } }, 'x'.repeat(10_000), ...HOSTILE_STRINGS];
const CONTENT_TYPES = ['application/json', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'image/jpeg', ''];

/** Percent-encoding, with a lone surrogate sent as the raw (invalid UTF-8) bytes it would be. */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};

const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const jsonBodies = (): string[] => [
  '{', '{"a":', '[', 'null', '"just a string"', '1', 'true', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}',
  deepJson(10), deepJson(5000), JSON.stringify({ ...(validReport as object), unknownField: 'x' }), JSON.stringify({ ...(validReport as object), description: 'x'.repeat(60_000) }),
  JSON.stringify(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i]))), '\uFEFF{}', '{"a":"\\ud800"}', '{"a":1,"a":2}',
];

/** A valid body with one value, somewhere, replaced by a hostile one. */
const mutated = (base: unknown): string => {
  const copy = JSON.parse(JSON.stringify(base ?? {})) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let depth = 0; depth < 3; depth += 1) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = pick(keys);
    const child = node[key];
    if (depth === 2 || child === null || typeof child !== 'object' || rand() < 0.4) {
      node[key] = pick(HOSTILE_VALUES);
      break;
    }
    node = child as Record<string, unknown>;
  }
  return JSON.stringify(copy);
};

const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const crc32 = (buf: Buffer) => {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
};
const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};
/** A small PNG that inflates to 100 megapixels of zeros: a decompression bomb. */
const pngBomb = (() => {
  const side = 10_000;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc(side * (side + 1)); // filter byte + pixels per row, all zero
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
})();

const multipartBodies = (): { body: Buffer | string; type: string }[] => {
  const b = 'grannskapboundary';
  const part = (name: string, filename: string, bytes: Buffer, type = 'image/jpeg') =>
    Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`), bytes, Buffer.from(`\r\n`)]);
  const end = Buffer.from(`--${b}--\r\n`);
  const type = `multipart/form-data; boundary=${b}`;
  return [
    { body: Buffer.concat([part('file', '../../../../etc/passwd', jpegStart), end]), type },
    { body: Buffer.concat([part('file', 'a.jpg', jpegStart)]), type }, // no closing boundary
    { body: Buffer.concat([part('file', 'a.jpg', jpegStart), part('file', 'b.jpg', jpegStart), end]), type },
    { body: Buffer.concat([part('other', 'a.jpg', jpegStart), end]), type },
    { body: Buffer.concat([part('file', 'bomb.png', pngBomb, 'image/png'), end]), type },
    { body: Buffer.concat([part('file', 'x.svg', Buffer.from('<svg onload="alert(1)"/>'), 'image/svg+xml'), end]), type },
    { body: Buffer.concat([part('file', `${'a'.repeat(5000)}.jpg`, jpegStart), end]), type },
    { body: `--${b}\r\nContent-Disposition: form-data\r\n\r\n`, type },
    { body: 'not multipart at all', type },
    { body: Buffer.concat([part('file', 'a.jpg', jpegStart), end]), type: 'multipart/form-data' }, // no boundary
  ];
};

const PATH_VALUES = ['..%2F..%2Fetc%2Fpasswd', '%2e%2e', '%00', 'R-2026-000001%00', 'a'.repeat(300), '%E2%80%AE', 'T-0000-000000', '-1', '%F0%9F%92%A9', 'null'];

let sent = 0;
const fiveHundreds: string[] = [];

async function send(route: Route | null, method: string, url: string, body?: Buffer | string, type?: string, auth = true) {
  const headers: Record<string, string> = { 'idempotency-key': rand() < 0.05 ? pick(['short', 'x'.repeat(200), 'bad key!']) : freshKey() };
  if (type) headers['content-type'] = type;
  if (auth) headers.authorization = `Bearer ${t.admin}`;
  const res = await fetch(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : (body as BodyInit | undefined) });
  sent += 1;
  if (res.status >= 500) fiveHundreds.push(`${method} ${url.slice(0, 120)} → ${res.status}`);
  await check(route, res);
}

function* requests(): Generator<() => Promise<void>> {
  const bodies = jsonBodies();
  const multiparts = multipartBodies();
  for (;;) {
    for (const route of allRoutes) {
      const params = { id: ids.activity, reference: ids.report, token: `${ids.report}~${'A'.repeat(43)}` };
      const url = `${t.url}${routePath(route.path, params)}`;
      if (route.method === 'GET') {
        yield () => send(route, 'GET', `${url}?${pick(['from', 'to', 'q', 'token', 'age', 'limit', 'cursor', 'area'])}=${encode(pick(HOSTILE_STRINGS).slice(0, 2000))}`);
        yield () => send(route, 'POST', url, pick(bodies), 'application/json');
      } else if (route.upload) {
        const m = pick(multiparts);
        yield () => send(route, route.method, url, m.body, m.type);
        yield () => send(route, route.method, url, pick(bodies), pick(CONTENT_TYPES));
      } else {
        yield () => send(route, route.method, url, pick(bodies), pick(CONTENT_TYPES));
        yield () => send(route, route.method, url, mutated(validReport), 'application/json');
        yield () => send(route, route.method, url, mutated(validReport), 'application/json', false);
      }
      // Hostile path parameters on every route with one.
      if (route.path.includes('{')) {
        const hostile = `${t.url}${route.path.replace(/\{\w+\}/g, () => pick(PATH_VALUES))}`;
        yield () => send(null, route.method, hostile, '{}', 'application/json');
      }
    }
    yield () => send(null, 'GET', `${t.url}/${pick(['..%2F..%2Fpackage.json', 'demo/..%2F..%2Fpackage.json', 'v1/..%2F..%2F..%2Fetc/passwd', 'cdn/%2e%2e/%2e%2e/package.json', 'v2/nothing'])}`);
  }
}

// A full collection before each measurement, so what is measured is what is retained, not garbage.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  collect();
  return process.memoryUsage().heapUsed;
};

test(`${TARGET.toLocaleString('en-US')} hostile requests: no 5xx, only problem documents, bounded memory`, { timeout: 600_000 }, async () => {
  const heapBefore = retainedHeap();
  const source = requests();
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < TARGET) {
        await source.next().value!();
        if (sent % 2000 === 0) samples.push(retainedHeap());
      }
    }),
  );
  const peak = Math.max(heapBefore, ...samples, retainedHeap());
  const growthMb = (peak - heapBefore) / 1e6;
  recordFigures('hostile-requests', 'Bad input: hostile requests across every endpoint give no 5xx, only problem documents, bounded memory',
    'packages/server/test/hostile.test.ts', { 'requests tried': sent, 'routes covered': allRoutes.length, '5xx answers': fiveHundreds.length, 'retained heap growth (MB)': Number(growthMb.toFixed(1)) },
    fiveHundreds.length === 0 && sent >= TARGET && growthMb < 64);
  assert.deepEqual(fiveHundreds, [], `${fiveHundreds.length} answers were 5xx`);
  assert.ok(sent >= TARGET, `only ${sent} requests were sent`);
  // The server runs in this process: what it retains must not grow with the number of requests (the
  // read cache is capped at 32 MB; everything else is per request).
  const growth = (peak - heapBefore) / 1e6;
  assert.ok(growth < 64, `retained heap grew by ${growth.toFixed(0)} MB during the run`);
  console.log(`hostile: ${sent} requests, 0 × 5xx, retained heap growth at most ${growth.toFixed(1)} MB (samples: ${samples.map((s) => (s / 1e6).toFixed(0)).join(', ')} MB)`);
});
