import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A switchable fault between the browser and the real server. Pages, scripts and reads always pass;
// the faults hit only the writes a tenant makes (POST outside /v1/attachments and /v1/admin), so that a
// test can break exactly the moment that matters: the server unavailable, too many requests, a request
// that never gets an answer, and the worst one for exactly-once, a write the server stored whose answer
// never reached the browser.

export type FaultMode =
  | { kind: 'pass' }
  /** The next `count` writes get this status (503, 429 …) without reaching the server. */
  | { kind: 'status'; status: number; count: number; retryAfter?: number }
  /** Writes are held with no answer until `release()`, which forwards them (the client may have given up). */
  | { kind: 'hang' }
  /** The next `count` writes reach the server, which stores them; the browser's connection is reset instead of answered. */
  | { kind: 'drop-answer'; count: number };

export interface FaultProxy {
  readonly url: string;
  readonly origin: string;
  /** Where requests go; set once the server runs (its CORS list needs this proxy's origin first). */
  upstream: string;
  /** The address the server sees for the visitor (X-Forwarded-For), so that each scenario has its own rate limit. */
  visitor: string;
  set(mode: FaultMode): void;
  /** Forwards every held write and returns to passing. */
  release(): Promise<void>;
  /** Writes seen, faults injected and writes held right now. */
  readonly stats: { writes: number; faults: number; held: number };
  /** Resolves with the next write once it has been forwarded to the server (its body sent in full). */
  nextForwarded(): Promise<void>;
  /** Resolves with the next write once it reaches the proxy (before any fault decides its fate). */
  nextWrite(): Promise<void>;
  close(): Promise<void>;
}

const isWrite = (req: IncomingMessage) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  return req.method === 'POST' && !path.startsWith('/v1/attachments') && !path.startsWith('/v1/admin');
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

interface Held {
  req: IncomingMessage;
  res: ServerResponse;
  body: Buffer;
}

export async function startFaultProxy(): Promise<FaultProxy> {
  let mode: FaultMode = { kind: 'pass' };
  let held: Held[] = [];
  const stats = { writes: 0, faults: 0, held: 0 };
  let forwardedWaiters: Array<() => void> = [];
  let writeWaiters: Array<() => void> = [];

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, opts: { dropAnswer?: boolean; write?: boolean } = {}) => {
    const target = new URL(req.url ?? '/', proxy.upstream);
    const headers = { ...req.headers, host: target.host, 'x-forwarded-for': proxy.visitor };
    delete headers['content-length'];
    const upstream = httpRequest(target, { method: req.method, headers: { ...headers, 'content-length': String(body.length) } }, (answer) => {
      if (opts.dropAnswer) {
        // The server has answered, so it has stored the write; the browser only sees its connection die.
        answer.resume();
        answer.on('end', () => res.destroy());
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    // The server is down or died mid-request: the browser sees a broken connection, as it would without the proxy.
    upstream.on('error', () => res.destroy());
    upstream.end(body, () => {
      if (!opts.write) return;
      const waiters = forwardedWaiters;
      forwardedWaiters = [];
      for (const w of waiters) w();
    });
  };

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (!isWrite(req)) return forward(req, res, body);
      stats.writes++;
      const waiters = writeWaiters;
      writeWaiters = [];
      for (const w of waiters) w();
      const m = mode;
      if (m.kind === 'status' && m.count > 0) {
        m.count--;
        stats.faults++;
        const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
        if (m.retryAfter !== undefined) headers['retry-after'] = String(m.retryAfter);
        res.writeHead(m.status, headers);
        res.end(JSON.stringify({ type: 'about:blank', title: m.status === 429 ? 'Too Many Requests' : 'Service Unavailable', status: m.status, code: m.status === 429 ? 'rate_limited' : 'internal_error' }));
        return;
      }
      if (m.kind === 'hang') {
        stats.faults++;
        held.push({ req, res, body });
        stats.held = held.length;
        return;
      }
      if (m.kind === 'drop-answer' && m.count > 0) {
        m.count--;
        stats.faults++;
        return forward(req, res, body, { dropAnswer: true, write: true });
      }
      forward(req, res, body, { write: true });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const proxy: FaultProxy = {
    url: `${origin}/`,
    origin,
    upstream: '',
    visitor: '10.0.0.1',
    stats,
    set(next) {
      mode = next;
    },
    async release() {
      mode = { kind: 'pass' };
      const waiting = held;
      held = [];
      stats.held = 0;
      for (const { req, res, body } of waiting) forward(req, res, body, { write: true });
    },
    nextForwarded: () => new Promise((resolve) => forwardedWaiters.push(resolve)),
    nextWrite: () => new Promise((resolve) => writeWaiters.push(resolve)),
    close: () =>
      new Promise<void>((resolve) => {
        for (const { res } of held) res.destroy();
        held = [];
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return proxy;
}
