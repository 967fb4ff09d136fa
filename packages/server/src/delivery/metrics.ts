// Delivery metrics in the Prometheus text format (prom-client), one registry per server: deliveries by state
// and failing destinations read from the database at each scrape (so they count every process's work), attempts
// and their duration counted by this process's worker.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DeliveryChannel } from '@grannskap/contract';
import type { Store } from '../storage/store.js';

export type AttemptOutcomeName = 'delivered' | 'retry' | 'dead';

export interface DeliveryMetrics {
  readonly registry: Registry;
  /** One attempt by this process: how it ended and how long it took. */
  attempted(channel: DeliveryChannel, outcome: AttemptOutcomeName, seconds: number): void;
}

export const createDeliveryMetrics = (store: Store, failingAfter: number, beforeScrape: () => Promise<unknown>): DeliveryMetrics => {
  const registry = new Registry();
  // The registry collects its gauges concurrently: both wait for the routing of the scrape under way (or start
  // one), so neither reads the deliveries before waiting events are routed into them.
  let routing: Promise<unknown> | null = null;
  const routed = () => (routing ??= beforeScrape().finally(() => { routing = null; }));
  new Gauge({
    name: 'grannskap_deliveries', help: 'Deliveries in the outbox by state, across every process on the database.', labelNames: ['state'],
    registers: [registry],
    async collect() {
      await routed();
      for (const [state, n] of Object.entries(await store.deliveryCounts())) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'grannskap_delivery_destination_failing',
    help: `1 while a staff destination (webhook id or e-mail address) has failed ${failingAfter} or more times in a row, else 0.`,
    labelNames: ['channel', 'destination'], registers: [registry],
    async collect() {
      await routed();
      const stats = await store.destinationStats();
      this.reset();
      for (const s of stats) this.set({ channel: s.channel, destination: s.destination }, s.consecutiveFailures >= failingAfter ? 1 : 0);
    },
  });
  const attempts = new Counter({
    name: 'grannskap_delivery_attempts_total', help: 'Delivery attempts made by this process, by channel and how they ended.',
    labelNames: ['channel', 'outcome'], registers: [registry],
  });
  const duration = new Histogram({
    name: 'grannskap_delivery_attempt_duration_seconds', help: 'How long a delivery attempt by this process took.',
    labelNames: ['channel'], buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
  });
  return {
    registry,
    attempted: (channel, outcome, seconds) => {
      attempts.inc({ channel, outcome });
      duration.observe({ channel }, seconds);
    },
  };
};
