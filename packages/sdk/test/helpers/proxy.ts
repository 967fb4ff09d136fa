// A real HTTP proxy in front of the real server that can misbehave on purpose: drop the
// connection (before or after the server saw the request), delay, answer a status itself, or
// rewrite the server's JSON. Nothing is mocked: the client speaks HTTP to it over TCP.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** Close the socket without forwarding: the server never sees the request. */
  | { drop: 'before' }
  /** Forward, let the server answer, then close the socket instead of passing the answer on. */
  | { drop: 'after' }
  /** Wait before forwarding. */
  | { delay: number }
  /** Answer this status without forwarding. */
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Forward, send the answer's headers and half its body, then stall this long before the rest. */
  | { stallBody: number }
  /** Forward, then change the JSON answer. */
  | { rewrite: (json: unknown) => unknown };

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface Proxy {
  url: string;
  port: number;
  /** Every request the proxy received, in order. */
  seen: Seen[];
  /** Decides what happens to each request (`n` is its index in `seen`: clear `seen` to start again); undefined forwards it. */
  plan: (req: Seen, n: number) => Fault | undefined;
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const forward = (target: URL, req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> =>
  new Promise((resolve, reject) => {
    const out = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (res) => {
        readBody(res).then((b) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: b }), reject);
      },
    );
    out.on('error', reject);
    out.end(body);
  });

const send = (res: ServerResponse, status: number, headers: IncomingMessage['headers'], body: Buffer) => {
  const h = { ...headers };
  delete h['content-length'];
  delete h['transfer-encoding'];
  delete h.connection;
  delete h['keep-alive'];
  res.writeHead(status, { ...h, 'content-length': String(body.length) });
  res.end(body);
};

/** Starts a proxy to `target` on `port` (0 = any free port). */
export const startProxy = async (target: string, port = 0): Promise<Proxy> => {
  const to = new URL(target);
  const proxy: Proxy = { url: '', port: 0, seen: [], plan: () => undefined, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const seen: Seen = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: body.toString('utf8'), at: Date.now() };
      proxy.seen.push(seen);
      const fault = proxy.plan(seen, proxy.seen.length - 1);
      if (fault && 'drop' in fault && fault.drop === 'before') return void req.socket.destroy();
      if (fault && 'delay' in fault) await new Promise((r) => setTimeout(r, fault.delay));
      if (fault && 'status' in fault) {
        const payload = Buffer.from(fault.body === undefined ? '' : JSON.stringify(fault.body));
        const type = fault.body === undefined ? {} : { 'content-type': fault.status >= 400 ? 'application/problem+json' : 'application/json' };
        return send(res, fault.status, { ...type, ...fault.headers }, payload);
      }
      let answer;
      try {
        answer = await forward(to, req, body);
      } catch {
        return void req.socket.destroy();
      }
      if (res.destroyed) return;
      if (fault && 'drop' in fault) return void req.socket.destroy();
      if (fault && 'stallBody' in fault) {
        const h = { ...answer.headers, 'content-length': String(answer.body.length) };
        delete h['transfer-encoding'];
        res.writeHead(answer.status, h);
        res.write(answer.body.subarray(0, answer.body.length >> 1));
        await new Promise((r) => setTimeout(r, fault.stallBody));
        if (!res.destroyed) res.end(answer.body.subarray(answer.body.length >> 1));
        return;
      }
      if (fault && 'rewrite' in fault) {
        const json = fault.rewrite(JSON.parse(answer.body.toString('utf8')));
        return send(res, answer.status, answer.headers, Buffer.from(JSON.stringify(json)));
      }
      send(res, answer.status, answer.headers, answer.body);
    })().catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  proxy.port = address.port;
  proxy.url = `http://127.0.0.1:${address.port}/`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
};
