// Sends what the outbox holds. Each process runs one worker; workers on one database share the work by leases:
// a claimed delivery is this worker's until its lease ends, and one whose worker died is taken up again after.
// Delivery is at least once: a worker killed after the receiver answered but before the answer was written sends
// again, under the same `webhook-id`, which is how receivers recognise a repeat.
import { AsyncResource } from 'node:async_hooks';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Event, type Config, type DeliveryAttempt, type Routing } from '@grannskap/contract';
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../storage/store.js';
import type { AttemptOutcome, StoredDelivery } from '../storage/delivery-store.js';
import { isoInstant } from '../domain/dates.js';
import { signedHeaders } from './sign.js';
import { sendWebhook, type AttemptResult } from './webhook-send.js';
import type { Mailer } from './mailer.js';
import { nextDelay, RETRY_SCHEDULE_MS } from './schedule.js';
import { staffMail, tenantMail } from './templates.js';
import { linkKey, photoLink, unsubscribeToken } from './links.js';
import { routeWaitingEvents } from './outbox.js';
import { tenantMailTo } from './tenant-records.js';

export interface WorkerOptions {
  store: Store;
  config: () => Promise<Config>;
  routing: () => Promise<Routing | undefined>;
  now: () => Date;
  logger: FastifyBaseLogger;
  mailer: Mailer | null;
  /** Where links in mails point: the API's public address. */
  publicUrl: () => string;
  schedule?: readonly number[];
  timeoutMs?: number;
  /** How long a claim holds; longer than the slowest attempt (the timeout) with room to write the answer. */
  leaseMs?: number;
  pollMs?: number;
  concurrency?: number;
  photoLinkDays?: number;
  /** Counts each attempt (the metrics endpoint). */
  onAttempt?: (channel: StoredDelivery['channel'], outcome: 'delivered' | 'retry' | 'dead', seconds: number) => void;
}

/** Failures in a row after which a destination is flagged as failing (a warning in the log and in the staff API). */
export const FAILING_AFTER = 5;

const KICK_DELAY_MS = 50;

/**
 * The context the worker's timers start in. A kick comes from inside a write's transaction, and a timer keeps the
 * async context it was set in: without this, a run that starts before that transaction ends would join it (the
 * store finds its transaction through that context), and route, claim and send what it has not committed.
 */
const DETACHED = new AsyncResource('grannskap.delivery-worker');

export class DeliveryWorker {
  readonly owner = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  private kicked = false;
  private readonly inFlight = new Set<Promise<void>>();
  /** The run under way or last ended (stop() waits for it: it may still be starting attempts). */
  private active: Promise<void> = Promise.resolve();
  private readonly o: Required<Omit<WorkerOptions, 'mailer' | 'onAttempt'>> & Pick<WorkerOptions, 'onAttempt'> & { mailer: Mailer | null };
  private readonly flagged = new Set<string>();
  private readonly failures = new Map<string, number>();

  constructor(options: WorkerOptions) {
    // an option passed as undefined takes the default
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as WorkerOptions;
    this.o = {
      schedule: RETRY_SCHEDULE_MS, timeoutMs: 10_000, pollMs: 1000, concurrency: 16, photoLinkDays: 7,
      leaseMs: (given.timeoutMs ?? 10_000) * 3, ...given,
    };
  }

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Look now: new deliveries were written. Cheap to call often; runs after the caller's transaction. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.kicked) return;
    this.kicked = true;
    if (this.timer) clearTimeout(this.timer);
    // a few ms of gathering: under load, one claim (one commit) takes the deliveries of many writes
    this.timer = DETACHED.runInAsyncScope(() => setTimeout(() => { this.kicked = false; this.active = this.run(); }, KICK_DELAY_MS));
    this.timer.unref();
  }

  /** Stops claiming, waits for attempts under way (each ends by its timeout) and hands back unused leases. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.kicked = false;
    // a run under way claims no more once stopped; what it claimed already is in flight when it ends
    await Promise.allSettled([this.active]);
    await Promise.allSettled([...this.inFlight]);
    try {
      await this.o.store.releaseLeases(this.owner);
    } catch {
      // the database may be closing already; the leases then simply expire
    }
  }

  private async run(): Promise<void> {
    this.timer = null;
    this.kicked = false;
    if (this.stopped) return;
    this.running = true;
    let failed = false;
    let due: number | null = null;
    try {
      try {
        await routeWaitingEvents(this.o);
        for (;;) {
          if (this.stopped) break;
          this.again = false;
          const free = this.o.concurrency - this.inFlight.size;
          if (free <= 0) break;
          const now = this.o.now().getTime();
          // without a mail server, mail waits untouched (and the staff API says why) until one is configured
          const claimed = await this.o.store.claimDeliveries(this.owner, now, now + this.o.leaseMs, free, this.o.mailer ? undefined : 'webhook');
          for (const d of claimed) {
            const p = this.attempt(d).catch((error: unknown) => this.o.logger.error({ err: error, delivery: d.id }, 'delivery attempt failed unexpectedly'));
            this.inFlight.add(p);
            void p.finally(() => {
              this.inFlight.delete(p);
              this.kick();
            });
          }
          if (claimed.length === 0 && !this.again) break;
        }
      } catch (error) {
        // e.g. the database is busy or unreachable: the next look is after pollMs, not at once
        failed = true;
        this.o.logger.error({ err: error }, 'routing or claiming deliveries failed; trying again shortly');
      }
      // still running while it reads when the next one is due: a kick meanwhile sets `again` rather than starting a second run
      if (!failed && !this.again && !this.stopped) {
        try {
          due = await this.o.store.nextDue(this.o.mailer ? undefined : 'webhook');
        } catch {
          due = null;
        }
      }
    } finally {
      this.running = false;
    }
    if (this.stopped) return;
    if (this.again && !failed) return this.kick();
    // sleep until the next one is due, but look at least every pollMs: another process may have written some
    const wait = failed ? this.o.pollMs : Math.max(10, Math.min(this.o.pollMs, due === null ? this.o.pollMs : due - this.o.now().getTime()));
    this.timer = setTimeout(() => { this.active = this.run(); }, wait);
    this.timer.unref();
  }

  private async attempt(d: StoredDelivery): Promise<void> {
    const started = this.o.now();
    const t0 = performance.now();
    let result: AttemptResult;
    try {
      result = await this.send(d, started);
    } catch (error) {
      result = { ok: false, statusCode: null, error: error instanceof Error ? error.message : String(error) };
    }
    const config = await this.o.config();
    const attempt: DeliveryAttempt = { at: isoInstant(started, config.timeZone), statusCode: result.statusCode, latencyMs: performance.now() - t0, error: result.error };
    const attempts = d.attempts + 1;
    const finished = this.o.now();
    const delay = result.ok || result.gone ? null : nextDelay(this.o.schedule, attempts, result.retryAfterMs);
    const outcome = result.ok
      ? ({ state: 'delivered', at: isoInstant(finished, config.timeZone) } as const)
      : delay === null
        ? ({ state: 'dead', error: result.error ?? 'failed' } as const)
        : ({ state: 'pending', nextAt: finished.getTime() + delay, error: result.error ?? 'failed' } as const);
    this.o.onAttempt?.(d.channel, outcome.state === 'pending' ? 'retry' : outcome.state, attempt.latencyMs / 1000);
    const kept = await this.record(d.seq, attempt, outcome);
    if (!kept) this.o.logger.warn({ delivery: d.id }, 'a delivery lease ran out during its attempt; another process may send it again');
    if (outcome.state === 'dead') this.o.logger.warn({ delivery: d.id, destination: d.audience === 'tenant' ? '(tenant)' : d.destination, error: outcome.error }, 'delivery gave up: dead letter');
    this.watch(d, result.ok);
  }

  private pending: { seq: number; attempt: DeliveryAttempt; outcome: AttemptOutcome; done: (kept: boolean) => void; fail: (e: unknown) => void }[] = [];

  /**
   * Writes an attempt's outcome. Outcomes that finish together are written in one transaction: with
   * `synchronous=FULL` each commit waits for the disk, and the worker must not take the write lock from the
   * API's own writes once per delivery. A crash before the write only means the delivery is sent again, under
   * its id, when its lease runs out.
   */
  private record(seq: number, attempt: DeliveryAttempt, outcome: AttemptOutcome): Promise<boolean> {
    return new Promise((done, fail) => {
      this.pending.push({ seq, attempt, outcome, done, fail });
      if (this.pending.length === 1) {
        setImmediate(() => {
          const batch = this.pending;
          this.pending = [];
          this.o.store.finishAttempts(this.owner, batch).then(
            (kept) => batch.forEach((b, i) => b.done(kept[i] ?? false)),
            (error: unknown) => { for (const b of batch) b.fail(error); },
          );
        });
      }
    });
  }

  /**
   * Flags a destination whose attempts keep failing, once, and clears the flag at its next success. Counted in
   * memory per process (a log line); the staff API counts from the attempt log, across processes.
   */
  private watch(d: StoredDelivery, ok: boolean): void {
    // a tenant's address is personal data and no destination to watch: it is neither logged nor flagged
    if (d.audience === 'tenant') return;
    const key = `${d.channel}:${d.destination}`;
    if (ok) {
      this.failures.delete(key);
      if (this.flagged.delete(key)) this.o.logger.info({ channel: d.channel, destination: d.destination }, 'destination works again');
      return;
    }
    const failures = (this.failures.get(key) ?? 0) + 1;
    this.failures.set(key, failures);
    if (failures >= FAILING_AFTER && !this.flagged.has(key)) {
      this.flagged.add(key);
      this.o.logger.warn({ channel: d.channel, destination: d.destination, failures, lastError: d.lastError }, 'destination keeps failing');
    }
  }

  private async send(d: StoredDelivery, at: Date): Promise<AttemptResult> {
    const stored = await this.o.store.getEvent(d.eventId);
    if (!stored) return { ok: false, statusCode: null, error: 'the event is gone (deleted by retention)', gone: true };
    if (d.channel === 'webhook') {
      const endpoint = (await this.o.routing())?.webhooks.find((w) => w.id === d.destination);
      if (!endpoint) return { ok: false, statusCode: null, error: `no webhook "${d.destination}" in the routing rules any more`, gone: true };
      const secrets = await this.o.store.webhookSecrets(endpoint.id, at.toISOString());
      if (secrets.length === 0) return { ok: false, statusCode: null, error: `the webhook "${endpoint.id}" has no signing secret` };
      return sendWebhook({
        url: endpoint.url, allowPrivate: endpoint.allowPrivate === true, body: stored.payload, timeoutMs: this.o.timeoutMs,
        headers: { ...signedHeaders(secrets, stored.id, at, stored.payload), 'user-agent': 'Grannskap-Webhooks/1' },
      });
    }
    if (!this.o.mailer) return { ok: false, statusCode: null, error: 'no mail server is configured (GRANNSKAP_SMTP_URL)' };
    const event = Event.parse(JSON.parse(stored.payload));
    const key = await linkKey(this.o.store, at);
    const base = this.o.publicUrl();
    const expires = new Date(at.getTime() + this.o.photoLinkDays * 86_400_000);
    const ctx = { store: this.o.store, config: await this.o.config(), photoLink: (id: string) => photoLink(key, base, id, expires) };
    if (d.audience === 'tenant') {
      if (!(await this.tenantStillWantsMail(d))) return { ok: false, statusCode: null, error: 'the tenant has stopped these mails', gone: true };
      const unsubscribeUrl = `${base}/v1/unsubscribe/${unsubscribeToken(key, d.record, d.destination)}`;
      const content = await tenantMail(event, ctx, unsubscribeUrl);
      if (!content) return { ok: false, statusCode: null, error: `no tenant mail for ${event.type}`, gone: true };
      return this.o.mailer.send({ to: d.destination, ...content, unsubscribeUrl, eventId: stored.id });
    }
    return this.o.mailer.send({ to: d.destination, ...(await staffMail(event, ctx)), eventId: stored.id });
  }

  /** A tenant who unsubscribed after the mail was queued gets no more: the delivery ends without sending. */
  private async tenantStillWantsMail(d: StoredDelivery): Promise<boolean> {
    const to = await tenantMailTo(this.o.store, d.record);
    return to !== null && to.email.toLowerCase() === d.destination.toLowerCase();
  }
}
