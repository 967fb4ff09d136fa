#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Config, Routing } from '@grannskap/contract';
import { startServer } from './app/start.js';
import { openStore } from './storage/open.js';
import type { Store } from './storage/store.js';
import { createAdminToken } from './http/auth.js';
import { partnerSiteRoot } from './app/static.js';
import { startPartnerSite } from './demo/partner-site.js';
import { resolveRetention, runRetention } from './app/retention.js';
import { routingIssues } from './domain/routing.js';
import { ensureWebhookSecrets } from './handlers/routing.js';
import { startDemoOutbox } from './demo/outbox.js';
import { join } from 'node:path';

const USAGE = `Usage:
  grannskap-server start [--data DIR] [--database URL] [--port N] [--host H] [--demo [--partner-port N]] [--cors-origin URL ...] [--trust-proxy ADDR,...]
  grannskap-server migrate [--data DIR] [--database URL]
  grannskap-server token create <label> [--data DIR] [--database URL]
  grannskap-server config import <file.json> [--data DIR] [--database URL]
  grannskap-server routing import <file.json> [--data DIR] [--database URL]
  grannskap-server retention run [--data DIR] [--database URL] [retention flags]

--database postgres://user:password@host:5432/name stores everything in PostgreSQL (15 or later) instead of
the SQLite file in the data folder, so several server processes can share it (photos stay in DIR/uploads).
Migrations run at start; \`migrate\` runs them and exits.

Retention flags (days from creation; defaults 365, 730, 90), for start and retention run:
  --reports-days N  --applications-days N  --registrations-days N

Environment: GRANNSKAP_DATA_DIR (data folder, default ./data), DATABASE_URL (as --database), PORT (default 8787),
GRANNSKAP_CORS_ORIGINS (comma-separated origins of sites that embed the widgets),
GRANNSKAP_TRUST_PROXY (as --trust-proxy: the reverse proxies whose X-Forwarded-For names the
client, so that rate limits count per visitor and not per proxy), GRANNSKAP_SMTP_URL
(smtp://user:pass@host:587 or smtps://…:465, the mail server for e-mail deliveries),
GRANNSKAP_MAIL_FROM (the sender of those mails), GRANNSKAP_PUBLIC_URL (where links in mails
point, e.g. https://api.bostad.se; default the address the server listens on).
With --demo, a partner organisation's page is served from a second origin (port N+1 unless
--partner-port says otherwise), and a staff-console link with a fresh staff token is printed.`;

const fail = (message: string): never => {
  console.error(message);
  console.error(USAGE);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string' },
    database: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    demo: { type: 'boolean', default: false },
    'cors-origin': { type: 'string', multiple: true },
    'partner-port': { type: 'string' },
    'trust-proxy': { type: 'string' },
    'reports-days': { type: 'string' },
    'applications-days': { type: 'string' },
    'registrations-days': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const dataDir = resolve(values.data ?? process.env.GRANNSKAP_DATA_DIR ?? './data');
const database = values.database ?? (process.env.DATABASE_URL || undefined);
const [command, sub, arg] = positionals;

const days = (flag: 'reports-days' | 'applications-days' | 'registrations-days') => {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) fail(`--${flag} must be a whole number of days, at least 1: ${raw}`);
  return n;
};
const retention = () => resolveRetention({ reportsDays: days('reports-days'), applicationsDays: days('applications-days'), registrationsDays: days('registrations-days') });

// Rate limits count per client address; behind a proxy that address is in X-Forwarded-For.
const trustProxy = (): boolean | string[] | undefined => {
  const raw = values['trust-proxy'] ?? process.env.GRANNSKAP_TRUST_PROXY;
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'true') return true;
  const list = raw.split(',').map((a) => a.trim()).filter(Boolean);
  for (const a of list) if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a)) fail(`--trust-proxy takes proxy addresses or CIDR ranges (comma-separated), or true: ${a}`);
  return list;
};

const start = async () => {
  const port = Number(values.port ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Not a port: ${values.port ?? process.env.PORT}`);
  const host = values.host ?? '127.0.0.1';
  const demo = values.demo === true;
  const origin = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  // Sites that embed the widgets call the API from their own origins; the demo page is served from this one.
  const configured = [...(values['cors-origin'] ?? []), ...(process.env.GRANNSKAP_CORS_ORIGINS ?? '').split(',')].map((o) => o.trim()).filter(Boolean);
  for (const o of configured) if (!/^https?:\/\/[^/\s]+$/.test(o)) fail(`Not an origin (scheme://host[:port]): ${o}`);
  // The demo's partner page lives on another port, i.e. another origin: its calls to the API cross origins.
  const partnerPort = Number(values['partner-port'] ?? (port === 0 ? 0 : port + 1));
  if (!Number.isInteger(partnerPort) || partnerPort < 0 || partnerPort > 65535) fail(`Not a port: ${values['partner-port']}`);
  const partnerOrigins = demo && partnerPort !== 0 ? [`http://127.0.0.1:${partnerPort}`, `http://localhost:${partnerPort}`] : [];
  const corsOrigins = [...configured, ...(demo ? [origin, `http://localhost:${port}`, ...partnerOrigins] : [])];
  // the demo catches what it sends: mails in an SMTP catcher, webhooks in a receiver, both listed on /demo/outbox/
  const outbox = demo ? await startDemoOutbox() : undefined;
  const server = await startServer({
    dataDir,
    database,
    demo,
    demoOutbox: outbox,
    port,
    host,
    logger: true,
    retention: retention(),
    delivery: { publicUrl: process.env.GRANNSKAP_PUBLIC_URL || undefined },
    trustProxy: trustProxy(),
    corsOrigins: corsOrigins.length > 0 ? corsOrigins : undefined,
  });
  console.log(`API:          ${server.url}/v1/config`);
  console.log(`OpenAPI:      ${server.url}/openapi.json`);
  let partner: Awaited<ReturnType<typeof startPartnerSite>> | undefined;
  if (demo) {
    console.log(`Demo page:    ${server.url}/demo/`);
    console.log(`Sent mail and webhooks: ${server.url}/demo/outbox/ (mail caught at ${outbox!.smtpUrl})`);
    if (partnerPort !== 0) {
      partner = await startPartnerSite({ root: partnerSiteRoot(), api: server.url, host: '127.0.0.1', port: partnerPort });
      console.log(`Partner page: ${partner.url} (another origin)`);
    }
    // The token travels in the fragment, which the browser never sends to a server.
    console.log(`Staff:        ${server.url}/staff/#token=${await server.createAdminToken('demo staff console')}`);
  }
  console.log(`Data folder:  ${dataDir}`);
  // the URL without its password
  if (database) console.log(`Database:     PostgreSQL ${database.replace(/\/\/[^@/]*@/, '//…@')}`);
  console.log(`Grannskap is ready at ${server.url}`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    server.app.log.info({ signal }, 'shutting down');
    Promise.all([server.close(10_000).then(() => outbox?.close()), partner?.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
};

const withStore = async <T>(fn: (store: Store) => Promise<T>): Promise<T> => {
  const store = await openStore({ dataDir, database });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
};

if (command === 'start') {
  await start();
} else if (command === 'migrate') {
  // opening the store applies what is pending
  await withStore(async () => undefined);
  console.log(`Migrations applied (${database ? 'PostgreSQL' : `SQLite in ${dataDir}`}).`);
} else if (command === 'token' && sub === 'create') {
  if (!arg?.trim()) fail('Give the token a label, e.g. "trygghetsjouren".');
  const token = await withStore((store) => createAdminToken(store, arg!.trim(), new Date()));
  console.log(token);
} else if (command === 'config' && sub === 'import') {
  if (!arg) fail('Give the path of a JSON configuration file.');
  const parsed = Config.safeParse(JSON.parse(readFileSync(arg!, 'utf8')));
  if (!parsed.success) fail(`The configuration does not match the contract:\n${JSON.stringify(parsed.error.issues, null, 2)}`);
  else await withStore((store) => store.setConfig(parsed.data, new Date().toISOString()));
  console.log('Configuration stored; restart the server to be sure every process reads it.');
} else if (command === 'routing' && sub === 'import') {
  if (!arg) fail('Give the path of a JSON file with the routing rules.');
  const parsed = Routing.safeParse(JSON.parse(readFileSync(arg!, 'utf8')));
  if (!parsed.success) fail(`The routing rules do not match the contract:\n${JSON.stringify(parsed.error.issues, null, 2)}`);
  else {
    // the same checks as the admin API's
    const issues = routingIssues(parsed.data);
    if (issues.length > 0) fail(`The routing rules need correcting:\n${issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    const secrets = await withStore((store) =>
      store.transaction(async () => {
        const now = new Date();
        await store.setRouting(parsed.data, now.toISOString(), 'cli');
        return ensureWebhookSecrets({ store }, parsed.data, now);
      }),
    );
    console.log('Routing rules stored; they apply to the next case.');
    // shown once: the receiver needs it to verify signatures, and the server keeps no way to show it again
    for (const s of secrets) console.log(`Signing secret for the webhook "${s.webhookId}": ${s.secret}`);
  }
} else if (command === 'retention' && sub === 'run') {
  const periods = retention();
  const store = await openStore({ dataDir, database });
  try {
    const run = await runRetention(store, join(dataDir, 'uploads'), periods, new Date());
    console.log(`Deleted ${run.deleted.reports} reports, ${run.deleted.applications} applications, ${run.deleted.registrations} registrations and ${run.deleted.photos} photos (periods in days: ${JSON.stringify(run.periodDays)}).`);
  } finally {
    await store.close();
  }
} else {
  fail(command ? `Unknown command: ${positionals.join(' ')}` : 'Give a command.');
}
