// A child process for the server benchmark: the Grannskap reference server (demo data, no rate limit,
// no request log) or, with `bare`, a bare node:http server answering one fixed body, or with `delivery <smtp-url>`
// the server sending its mail there. Prints its URL.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [kind, bodyFile] = process.argv.slice(2);
if (kind === 'bare') {
  const body = readFileSync(bodyFile);
  const server = createServer((request, response) => {
    // Drain a request body (writes) before answering, as any real server must.
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length }).end(body));
  });
  server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
} else if (kind === 'delivery') {
  // with delivery to the bench's SMTP catcher; prints its URL and a staff token
  const { startServer } = await import('@grannskap/server');
  const dataDir = mkdtempSync(join(tmpdir(), 'grannskap-bench-delivery-'));
  const server = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false, retention: false, delivery: { mail: { smtp: bodyFile, from: 'bench@bostad.example' } } });
  console.log(`${server.url} ${await server.createAdminToken('bench')}`);
} else {
  const { startServer } = await import('@grannskap/server');
  const dataDir = process.env.GRANNSKAP_BENCH_DATA ?? mkdtempSync(join(tmpdir(), 'grannskap-bench-'));
  const server = await startServer({ dataDir, demo: true, port: 0, logger: false, rateLimit: false });
  console.log(server.url);
}
