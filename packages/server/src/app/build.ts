import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import * as z from 'zod/mini';
import { allRoutes, keepZoneOffsets, type Config, type Routing } from '@grannskap/contract';
import { openStore } from '../storage/open.js';
import type { Store } from '../storage/store.js';
import { bindRoutes, type RateLimits } from '../http/bind.js';
import { installErrorHandling, toProblem } from '../http/errors.js';
import { handlers } from '../handlers/index.js';
import { ensureConfig, seedDemo } from './seed.js';
import { demoStaticRoots, registerStatic } from './static.js';
import { registerOpenApi } from './openapi.js';
import type { ServerOptions } from './options.js';
import { DEFAULT_RETENTION_INTERVAL_MS, resolveRetention, runScheduledRetention } from './retention.js';
import { DeliveryWorker, FAILING_AFTER } from '../delivery/worker.js';
import { createMailer, mailOptionsFromEnv } from '../delivery/mailer.js';
import { createDeliveryMetrics } from '../delivery/metrics.js';
import { routeWaitingEvents } from '../delivery/outbox.js';
import { registerDemoOutbox } from '../demo/outbox-routes.js';

z.config(z.locales.en());

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const JSON_BODY_LIMIT = 64 * 1024;
const IDEMPOTENCY_TTL_MS = 7 * 24 * 3600_000;

const stores = new WeakMap<FastifyInstance, Store>();
const workers = new WeakMap<FastifyInstance, { worker: DeliveryWorker | null; setPublicUrl: (url: string) => void }>();
/** The delivery worker of an app (null when `delivery: false`), and where links in mails point. */
export const deliveryOf = (app: FastifyInstance) => {
  const found = workers.get(app);
  if (!found) throw new Error('Not a Grannskap app');
  return found;
};
/** The store behind an app built by `buildApp` (for the CLI and tests). */
export const storeOf = (app: FastifyInstance): Store => {
  const store = stores.get(app);
  if (!store) throw new Error('Not a Grannskap app');
  return store;
};

const loggerOptions = (enabled: boolean | undefined): FastifyServerOptions['logger'] =>
  enabled
    ? {
        level: process.env.LOG_LEVEL ?? 'info',
        redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.query'], remove: true },
        serializers: {
          // Method and path only: query strings can carry private tokens, and IP addresses are personal data.
          req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
        },
      }
    : false;

// Static demo pages load their modules from /cdn on the same origin; nothing inline, nothing from elsewhere.
const PAGE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  // The widgets must work on hosts that enforce Trusted Types; the demo does. `grannskap` is the policy of
  // the Lit inside the CDN bundles (renamed so it cannot clash with a host's own Lit), `lit-html` that of
  // the React example, which bundles Lit from npm as an application would.
  requireTrustedTypesFor: ["'script'"],
  trustedTypes: ['grannskap', 'lit-html'],
};
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

const rateLimits = (option: ServerOptions['rateLimit']): RateLimits | null => {
  if (option === false) return null;
  const o = option ?? { max: 300, timeWindowMs: 60_000, sensitiveMax: 30 };
  return {
    public: { max: o.max, timeWindow: o.timeWindowMs },
    sensitive: { max: o.sensitiveMax ?? Math.max(1, Math.ceil(o.max / 5)), timeWindow: o.timeWindowMs },
  };
};

/** Builds the API (not listening): plugins, every contract route, demo data and static folders. */
export const buildApp = async (options: ServerOptions): Promise<FastifyInstance> => {
  // a server asks for wall clocks on every write and per calendar occurrence: keep each minute's zone offset
  keepZoneOffsets();
  const now = options.now ?? (() => new Date());
  const store = await openStore(options);
  const uploadsDir = join(options.dataDir, 'uploads');
  mkdirSync(uploadsDir, { recursive: true, mode: 0o700 });

  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: JSON_BODY_LIMIT,
    onProtoPoisoning: 'remove',
    onConstructorPoisoning: 'remove',
    routerOptions: { maxParamLength: 200 },
    trustProxy: options.trustProxy ?? false,
    frameworkErrors: (error, request, reply) => { void toProblem(error, request, reply); },
  });
  stores.set(app, store);
  app.addHook('onClose', async () => store.close());

  try {
    if (options.demo && (await seedDemo(store, now()))) app.log.info('seeded demo data');
    // Clients retry within minutes or, from an offline outbox, days: a week covers both.
    const pruned = await store.pruneIdempotency(new Date(now().getTime() - IDEMPOTENCY_TTL_MS).toISOString());
    if (pruned) app.log.info({ pruned }, 'forgot old idempotency records');
    let config: Config = await ensureConfig(store, now());
    if (options.retention !== false) {
      const { intervalMs = DEFAULT_RETENTION_INTERVAL_MS, ...periods } = options.retention ?? {};
      const resolved = resolveRetention(periods);
      const sweep = async () => {
        const run = await runScheduledRetention(store, uploadsDir, resolved, now(), intervalMs);
        if (run && Object.values(run.deleted).some((n) => n > 0)) app.log.info({ retention: run }, 'deleted records past their retention period');
      };
      await sweep();
      // unref'd: the timer must never be what keeps a stopped server's process alive.
      const timer = setInterval(() => { sweep().catch((error: unknown) => app.log.error({ err: error }, 'retention run failed')); }, intervalMs);
      timer.unref();
      app.addHook('onClose', async () => clearInterval(timer));
    }

    installErrorHandling(app);
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      crossOriginEmbedderPolicy: false,
      hsts: false,
    });
    if (options.corsOrigins !== undefined) {
      await app.register(cors, {
        origin: options.corsOrigins === true ? true : options.corsOrigins,
        credentials: false,
        methods: ['GET', 'HEAD', 'POST', 'PATCH', 'OPTIONS'],
        allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'If-None-Match', 'Accept', 'Accept-Language'],
        exposedHeaders: ['ETag', 'Retry-After', 'Idempotent-Replayed', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
        maxAge: 600,
      });
    }
    const limits = rateLimits(options.rateLimit);
    if (limits) {
      await app.register(rateLimit, { global: true, max: limits.public.max, timeWindow: limits.public.timeWindow });
    }
    // One-click unsubscribe (RFC 8058): mail programs POST `List-Unsubscribe=One-Click` as a form; nothing reads it.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_request, body, done) => done(null, body));
    await app.register(multipart, { throwFileSizeLimit: true, limits: { files: 1, fields: 0, parts: 1, headerPairs: 50 } });

    const staticRoots = options.staticRoots ?? (options.demo ? demoStaticRoots() : []);
    const servedPrefixes = await registerStatic(app, staticRoots);
    app.addHook('onSend', async (request, reply, payload) => {
      if (!servedPrefixes.some((p) => request.url.startsWith(p))) reply.header('content-security-policy', API_CSP);
      return payload;
    });
    if (servedPrefixes.includes('/demo/')) {
      app.get('/', (_request, reply) => reply.redirect('/demo/', 302));
    }

    // Read once per change of the settings (e.g. `config import` from another process), not per request.
    let configVersion = await store.settingsVersion();
    let routingVersion: string | null = null;
    let routing: Routing | undefined;
    const settings = {
      config: async () => {
        const version = await store.settingsVersion();
        if (version !== configVersion) {
          config = (await store.getConfig()) ?? config;
          configVersion = version;
        }
        return config;
      },
      routing: async () => {
        const version = await store.settingsVersion();
        if (version !== routingVersion) {
          routing = (await store.getRouting())?.routing;
          routingVersion = version;
        }
        return routing;
      },
    };

    const metrics = createDeliveryMetrics(store, FAILING_AFTER, () => routeWaitingEvents({ store, now, ...settings }));

    if (options.demoOutbox) await registerDemoOutbox(app, store, options.demoOutbox, now);
    const delivery = options.delivery === false ? null : (options.delivery ?? {});
    const mailOptions = delivery
      ? (delivery.mail ?? mailOptionsFromEnv(process.env) ?? (options.demoOutbox ? { smtp: options.demoOutbox.smtpUrl, from: 'Grannskap demo <noreply@bostad.example>' } : undefined))
      : undefined;
    const mailer = mailOptions ? createMailer(mailOptions, delivery?.timeoutMs ?? 10_000) : null;
    let publicUrl = delivery?.publicUrl?.replace(/\/$/, '') ?? 'http://localhost';
    const worker = delivery
      ? new DeliveryWorker({
          store, now, logger: app.log, mailer, publicUrl: () => publicUrl, config: settings.config, routing: settings.routing,
          schedule: delivery.schedule, timeoutMs: delivery.timeoutMs, pollMs: delivery.pollMs, leaseMs: delivery.leaseMs, concurrency: delivery.concurrency,
          onAttempt: metrics.attempted,
        })
      : null;
    workers.set(app, { worker, setPublicUrl: (url) => { if (!delivery?.publicUrl) publicUrl = url; } });
    // before the store closes (onClose hooks run in order of registration, the store's first: so close it here)
    app.addHook('preClose', async () => { await worker?.stop(); mailer?.close(); });
    if (delivery && !mailer) app.log.warn('no mail server configured (GRANNSKAP_SMTP_URL): e-mail deliveries wait until one is');

    bindRoutes(app, allRoutes, handlers, {
      store,
      now,
      config: settings.config,
      routing: settings.routing,
      uploadsDir,
      version: VERSION,
      kickDeliveries: () => worker?.kick(),
      delivery: () => ({ worker: worker !== null, mail: mailer !== null }),
      metrics: async () => ({ text: await metrics.registry.metrics(), contentType: metrics.registry.contentType }),
    }, limits);
    registerOpenApi(app, VERSION);
    await app.ready();
    worker?.start();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
};
