import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

// A stranger's web site that embeds the widgets: its own origin (not the API's), its own scripts and
// stylesheets from its own origin, and whatever Content-Security-Policy header it chooses. Each page is
// the same widget markup (fixtures/hostile-host/widgets.html) with the page's own <head>.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

export interface HostPage {
  /** Module scripts, in order, as paths on the host site (e.g. `/cdn/grannskap.js`). */
  scripts: string[];
  /** Stylesheets, as paths on the host site. */
  styles?: string[];
  /** The Content-Security-Policy header; none when left out. */
  csp?: string;
  /** Leave out the page's (data:) icon, for a policy that allows no data: images. */
  noIcon?: boolean;
}

export interface HostSite {
  url: string;
  origin: string;
  close(): Promise<void>;
}

export interface HostSiteOptions {
  /** The widget markup; `{{API}}` becomes the API's base URL. */
  body: string;
  /** Pages by path (`/npm.html`). */
  pages: Record<string, HostPage>;
  /** Static folders by URL prefix (`/cdn/` → packages/widgets/cdn). */
  folders: Record<string, string>;
  /** Known once the API runs, which is after this site (the API's CORS list needs this site's origin). */
  api: () => string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const renderPage = (page: HostPage, body: string, api: string) => `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Värdsida</title>
${page.noIcon ? '' : '<link rel="icon" href="data:,">'}
${(page.styles ?? []).map((s) => `<link rel="stylesheet" href="${escapeAttr(s)}">`).join('\n')}
${page.scripts.map((s) => `<script type="module" src="${escapeAttr(s)}"></script>`).join('\n')}
</head>
<body>
${body.replaceAll('{{API}}', escapeAttr(api))}
</body>
</html>
`;

export async function startHostSite(options: HostSiteOptions): Promise<HostSite> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host.invalid').pathname);
    const send = (status: number, type: string, content: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(content);
    };
    const page = options.pages[path];
    if (page) {
      send(200, TYPES['.html']!, renderPage(page, options.body, options.api()), page.csp ? { 'content-security-policy': page.csp } : {});
      return;
    }
    const prefix = Object.keys(options.folders).find((p) => path.startsWith(p));
    if (!prefix) return send(404, 'text/plain', 'not found');
    const root = options.folders[prefix]!;
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root + sep)) return send(404, 'text/plain', 'not found');
    readFile(file).then(
      (content) => send(200, TYPES[extname(file)] ?? 'application/octet-stream', content),
      () => send(404, 'text/plain', 'not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
