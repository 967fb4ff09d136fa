// A real HTTP receiver of webhooks for the delivery tests: verifies every request with the standardwebhooks
// package (as an integrator's receiver would) and answers as told — 204, an error status, 429 with Retry-After,
// or too slowly — so the faults are the network's and the receiver's, not a mock's.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received { id: string; timestamp: number; type: string; verified: boolean; body: string; at: number }

export type Behaviour =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'slow'; ms: number };

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** How to answer the next requests; a function decides per request (its index from 0). */
  behave(b: Behaviour | ((n: number) => Behaviour)): void;
  secrets: string[];
  /** Ids seen verified, with how many times each came. */
  counts(): Map<string, number>;
  close(): Promise<void>;
  /** Waits until `predicate` holds over what was received, polling. */
  until(predicate: (r: Received[]) => boolean, timeoutMs?: number): Promise<void>;
}

export const startReceiver = async (port = 0): Promise<Receiver> => {
  const received: Received[] = [];
  let behaviour: Behaviour | ((n: number) => Behaviour) = { kind: 'ok' };
  let n = 0;
  const secrets: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const h = (name: string) => String(req.headers[name] ?? '');
      let verified = false;
      for (const secret of secrets) {
        try {
          new Webhook(secret).verify(body, { 'webhook-id': h('webhook-id'), 'webhook-timestamp': h('webhook-timestamp'), 'webhook-signature': h('webhook-signature') });
          verified = true;
          break;
        } catch {
          // try the next secret
        }
      }
      let type = '';
      try { type = String((JSON.parse(body) as { type?: string }).type); } catch { type = ''; }
      received.push({ id: h('webhook-id'), timestamp: Number(h('webhook-timestamp')), type, verified, body, at: Date.now() });
      const b = typeof behaviour === 'function' ? behaviour(n++) : behaviour;
      if (!verified) return res.writeHead(400).end('invalid signature');
      if (b.kind === 'ok') return res.writeHead(204).end();
      if (b.kind === 'status') return res.writeHead(b.status, b.retryAfter ? { 'retry-after': b.retryAfter } : {}).end(`status ${b.status}`);
      setTimeout(() => { if (!res.destroyed) res.writeHead(204).end(); }, b.ms).unref();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hook`,
    port: actual,
    received,
    secrets,
    behave: (b) => { behaviour = b; n = 0; },
    counts: () => {
      const m = new Map<string, number>();
      for (const r of received) if (r.verified) m.set(r.id, (m.get(r.id) ?? 0) + 1);
      return m;
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
    until: async (predicate, timeoutMs = 15_000) => {
      const end = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > end) throw new Error(`receiver: condition not met within ${timeoutMs} ms (${received.length} received)`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
};

/** Polls until `fn` returns a truthy value. */
export const eventually = async <T>(fn: () => T | Promise<T>, timeoutMs = 15_000, what = 'condition'): Promise<NonNullable<T>> => {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
};
