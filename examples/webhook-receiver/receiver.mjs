// A small receiver of Grannskap's events: verifies each delivery with @grannskap/sdk/webhooks and handles each
// event once, however often it is delivered (a retry after a lost answer carries the same webhook-id).
//
//   GRANNSKAP_WEBHOOK_SECRETS=whsec_… node examples/webhook-receiver/receiver.mjs
//
// Several secrets, space-separated, while one is rotated. PORT (default 8790) and HOST (127.0.0.1). It prints
// one JSON line per event it handles; a real receiver would store the event (and the id) in one transaction.
import { createServer } from 'node:http';
import { isWebhookError, verifyWebhook } from '@grannskap/sdk/webhooks';

const secrets = (process.env.GRANNSKAP_WEBHOOK_SECRETS ?? '').split(/\s+/).filter(Boolean);
if (secrets.length === 0) {
  console.error('Set GRANNSKAP_WEBHOOK_SECRETS to the endpoint\'s signing secret (whsec_…).');
  process.exit(2);
}
const MAX_BODY = 1024 * 1024;
/** The ids handled so far; kept in memory here, in the receiver's database in real life. */
const seen = new Set();

const server = createServer((req, res) => {
  if (req.method !== 'POST') return res.writeHead(405, { allow: 'POST' }).end();
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    try {
      // the raw bytes, exactly as signed
      const { id, event } = verifyWebhook(Buffer.concat(chunks).toString('utf8'), req.headers, secrets);
      if (!seen.has(id)) {
        seen.add(id);
        console.log(JSON.stringify({ handled: id, type: event.type, timestamp: event.timestamp }));
      }
      res.writeHead(204).end();
    } catch (error) {
      if (!isWebhookError(error)) throw error;
      console.log(JSON.stringify({ refused: error.code, message: error.message }));
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`${error.code}\n`);
    }
  });
});

server.listen(Number(process.env.PORT ?? 8790), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(JSON.stringify({ listening: `http://${address}:${port}/` }));
});
