// Delivery latency: reports written at a steady rate, and for each the time from its 201 ("accepted") to the
// webhook arriving at a receiver that verifies it and to the jour's mail arriving at an SMTP server (smtp-server).
// The server runs in its own process; the receiver and the mail server in this one, on loopback.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { startDemoOutbox } from '@grannskap/server';
import { Webhook } from 'standardwebhooks';

const report = {
  category: 'noise', answers: { how_often: 'often' }, area: 'froslunda', place: 'Fröslundavägen 12', happeningNow: false,
  description: 'Hög musik från lägenheten ovanför, benchmark.', attachments: [], contact: { anonymous: true }, privacyAccepted: true,
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};

export async function benchDelivery({ rate = 10, seconds = 60 } = {}) {
  const mail = await startDemoOutbox();
  const child = spawn(process.execPath, ['scripts/bench/serve-child.mjs', 'delivery', mail.smtpUrl], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [url, token] = await new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.once('data', (line) => resolve(line.trim().split(' ')));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const webhookAt = new Map();
  let secret = '';
  let unverified = 0;
  const receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const event = new Webhook(secret).verify(body, req.headers);
        if (event.type === 'report.created' && !webhookAt.has(event.data.reference)) webhookAt.set(event.data.reference, performance.now());
        res.writeHead(204).end();
      } catch {
        unverified += 1;
        res.writeHead(400).end();
      }
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = `http://127.0.0.1:${receiver.address().port}/hook`;
  const accepted = new Map();
  const mailAt = new Map();
  try {
    const set = await fetch(`${url}/v1/admin/routing`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ webhooks: [{ id: 'bench', url: hook, allowPrivate: true }], rules: [], default: { emails: ['jour@bostad.example'], webhooks: ['bench'] } }),
    }).then((r) => r.json());
    secret = set.newSecrets[0].secret;
    // the catcher keeps the newest 200: read arrivals as they come
    const seen = new Set();
    const watch = setInterval(() => {
      for (const m of mail.mails) {
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        const ref = /\((R-\d{4}-\d{6})\)/.exec(m.subject)?.[1];
        if (ref && !mailAt.has(ref)) mailAt.set(ref, performance.now() - (Date.now() - Date.parse(m.at)));
      }
    }, 5);
    const total = rate * seconds;
    const started = performance.now();
    const writes = [];
    let errors = 0;
    for (let i = 0; i < total; i += 1) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      writes.push(
        fetch(`${url}/v1/reports`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({ ...report, occurredAt: new Date().toISOString() }),
        }).then(async (r) => {
          const at = performance.now();
          if (r.status !== 201) { errors += 1; return; }
          accepted.set((await r.json()).reference, at);
        }, () => { errors += 1; }),
      );
    }
    await Promise.all(writes);
    const deadline = performance.now() + 30_000;
    while ((webhookAt.size < accepted.size || mailAt.size < accepted.size) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    clearInterval(watch);
    const lat = (arrivals) => [...accepted].filter(([ref]) => arrivals.has(ref)).map(([ref, at]) => Math.max(0, arrivals.get(ref) - at));
    const webhook = lat(webhookAt);
    const email = lat(mailAt);
    return {
      rate, seconds, reports: total, accepted: accepted.size, errors, unverified,
      webhook: { received: webhook.length, p50: percentile(webhook, 50), p99: percentile(webhook, 99), max: Math.max(...webhook) },
      email: { received: email.length, p50: percentile(email, 50), p99: percentile(email, 99), max: Math.max(...email) },
    };
  } finally {
    child.kill('SIGTERM');
    receiver.close();
    await mail.close();
  }
}
