import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Problem, PROBLEM_CONTENT_TYPE, routePath, type Route } from '@grannskap/contract';
import { startServer } from '../../src/index.js';
import type { RunningServer, ServerOptions } from '../../src/index.js';
import { newTestDatabase } from './postgres.js';
import { openStore } from '../../src/storage/open.js';
import { Database } from '../../src/storage/sqlite-driver.js';
import pg from 'pg';
import type { Store } from '../../src/storage/store.js';

/** The fixed "now" of most tests: a Saturday morning in late November 2026, Stockholm time. */
export const T0 = Date.parse('2026-11-28T10:00:00+01:00');

export interface TestServer {
  url: string;
  server: RunningServer;
  dataDir: string;
  admin: string;
  clock: { ms: number };
  /** The PostgreSQL database this server stores in (GRANNSKAP_TEST_DATABASE=postgres); undefined on SQLite. */
  database: string | undefined;
  /** A second store on this server's database, as another server process has it. */
  openStore(): Promise<Store>;
  /** Runs one SQL query straight on this server's database (`?` placeholders), for tests that look at what is stored. */
  sql<R = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** `GRANNSKAP_TEST_DATABASE=postgres`: every test server stores in a new PostgreSQL database instead of SQLite. */
export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.GRANNSKAP_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** One query on the SQLite file (read only) or the PostgreSQL database of a test server. */
const rawQuery = async <R>(target: { dataDir: string; database: string | undefined }, text: string, params: unknown[]): Promise<R[]> => {
  if (target.database) {
    const client = new pg.Client({ connectionString: target.database });
    await client.connect();
    try {
      let n = 0;
      return (await client.query(text.replace(/\?/g, () => `$${++n}`), params)).rows as R[];
    } finally {
      await client.end();
    }
  }
  const db = new Database(join(target.dataDir, 'grannskap.sqlite'), { readonly: true });
  try {
    return db.prepare(text).all(...params) as R[];
  } finally {
    db.close();
  }
};

export const startTestServer = async (options: Partial<ServerOptions> = {}): Promise<TestServer> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-test-'));
  const clock = { ms: T0 };
  const database = options.database ?? (TEST_ENGINE === 'postgres' ? await newTestDatabase() : undefined);
  const server = await startServer({ dataDir, database, demo: true, rateLimit: false, corsOrigins: true, now: () => new Date(clock.ms), ...options });
  return {
    url: server.url,
    server,
    dataDir,
    admin: await server.createAdminToken('test-staff'),
    clock,
    database,
    openStore: () => openStore({ dataDir, database }),
    sql: (text, ...params) => rawQuery({ dataDir, database }, text, params),
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** A raw body (sent as is) instead of JSON. */
  raw?: string | Buffer | FormData;
  contentType?: string;
  key?: string | null;
  admin?: string;
  headers?: Record<string, string>;
}

export interface Answer<T = any> { status: number; headers: Headers; body: T; text: string }

let keys = 0;
export const freshKey = () => `test-key-${process.pid}-${Date.now()}-${++keys}`;

/**
 * Calls one contract route and checks the answer against the contract: a success body
 * must parse with the route's response schema, an error must be a problem document.
 */
export const call = async <T = any>(t: TestServer, route: Route, o: CallOptions = {}): Promise<Answer<T>> => {
  const path = routePath(route.path, o.params);
  const qs = o.query ? `?${new URLSearchParams(Object.entries(o.query).map(([k, v]) => [k, String(v)]))}` : '';
  const headers: Record<string, string> = { ...o.headers };
  if (route.idempotent && o.key !== null) headers['idempotency-key'] = o.key ?? freshKey();
  if (o.admin) headers.authorization = `Bearer ${o.admin}`;
  let body: BodyInit | undefined;
  if (o.raw !== undefined) {
    body = typeof o.raw === 'string' || o.raw instanceof FormData ? o.raw : new Uint8Array(o.raw);
    if (o.contentType) headers['content-type'] = o.contentType;
  } else if (o.body !== undefined) {
    body = JSON.stringify(o.body);
    headers['content-type'] = o.contentType ?? 'application/json';
  }
  const res = await fetch(`${t.url}${path}${qs}`, { method: route.method, headers, body });
  return check(route, res);
};

export const check = async (route: Route | null, res: Response): Promise<Answer> => {
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (type.includes('json') && text) body = JSON.parse(text);
  if (res.status >= 400) {
    assert.ok(type.startsWith(PROBLEM_CONTENT_TYPE), `status ${res.status} should be a problem document, got ${type}: ${text.slice(0, 200)}`);
    const parsed = Problem.safeParse(body);
    assert.ok(parsed.success, `problem document does not match the contract: ${text.slice(0, 300)}`);
    assert.equal((body as Problem).status, res.status);
  } else if (res.status !== 304 && route?.response) {
    const parsed = route.response.safeParse(body);
    assert.ok(parsed.success, `${route.operationId} response does not match the contract: ${parsed.success ? '' : JSON.stringify(parsed.error.issues).slice(0, 500)}`);
  }
  return { status: res.status, headers: res.headers, body, text };
};

/** Field paths of a problem's issues, joined with dots, for compact assertions. */
export const issuePaths = (p: Problem) => (p.issues ?? []).map((i) => `${i.path.join('.')}:${i.code}`);
