import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

// A partner organisation's site for the demo: another origin than the API, so the widgets' requests
// and the module scripts loaded from the API's /cdn/ cross origins for real (CORS), under the kind of
// Content-Security-Policy a careful partner sends. `%API_ORIGIN%` in its pages becomes the API's origin.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The policy a partner page needs to embed the widgets from `api` (see docs/embedding for the lines). */
export const partnerCsp = (api: string): string =>
  [
    "default-src 'none'",
    `script-src 'self' ${api}`,
    "style-src 'self'",
    `img-src 'self' data: blob: ${api}`,
    `connect-src ${api}`,
    "font-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    // the policy of the Lit inside Grannskap's CDN bundles (see rollup.config.mjs)
    'trusted-types grannskap',
  ].join('; ');

export interface PartnerSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on `host:port` (0 = any free port); pages get the API origin and the partner CSP. */
export const startPartnerSite = async (options: { root: string; api: string | (() => string); host?: string; port?: number }): Promise<PartnerSite> => {
  // A function lets the partner start first, so its origin can be in the API's CORS list.
  const apiOrigin = () => new URL(typeof options.api === 'function' ? options.api() : options.api).origin;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://partner').pathname);
      const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^([/\\])+/, '');
      const file = join(options.root, relative);
      const api = apiOrigin();
      const headers = { 'content-security-policy': partnerCsp(api), 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
      if ((request.method !== 'GET' && request.method !== 'HEAD') || relative.split(sep).includes('..') || !file.startsWith(options.root)) {
        response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      try {
        let body: Buffer | string = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (type.startsWith('text/html')) body = body.toString('utf8').replaceAll('%API_ORIGIN%', api);
        response.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-cache' }).end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
