// A static server for the benchmark pages (scripts/bench/pages/, plus the FullCalendar bundle), on its own
// origin and without a CSP, so Grannskap and its peers load the same way. `%API%` becomes the API's origin.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('./pages/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

export async function startPages({ api, month = '', extra = {} }) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://bench').pathname;
    if (extra[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', 'cache-control': 'no-store' }).end(extra[path]);
      return;
    }
    const name = path.replace(/^\/+/, '');
    if (!/^[a-z0-9-]+\.(html|js)$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(join(ROOT, name), 'utf8');
      body = body.replaceAll('%API%', api).replaceAll('%MONTH%', month);
      response.writeHead(200, { 'content-type': TYPES[extname(name)], 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
