import type { DeliveryAttempt, DeliveryAudience, DeliveryChannel, DeliveryState, EventType } from '@grannskap/contract';

// The outbox's storage: events, their deliveries with leases, every attempt, and the secrets that sign them.

export interface StoredEvent { id: string; type: EventType; record: string; payload: string; createdAt: string }

/**
 * An event as written with its record, before it is routed: what the rules match on (`subject`, JSON) and the
 * tenant's address when they asked for mail.
 */
export interface NewEvent extends StoredEvent { subject: string; tenantEmail: string | null }

/** An event waiting to be routed, without its payload. */
export type WaitingEvent = Omit<NewEvent, 'payload'>;

export interface StoredDelivery {
  seq: number; id: string; eventId: string; record: string; channel: DeliveryChannel; audience: DeliveryAudience; destination: string;
  state: DeliveryState; attempts: number;
  /** Epoch ms when the next attempt is due; null once delivered or dead. */
  nextAt: number | null;
  leaseOwner: string | null; leaseUntil: number | null;
  lastError: string | null; createdAt: string; deliveredAt: string | null;
}

export type NewDelivery = Pick<StoredDelivery, 'id' | 'eventId' | 'record' | 'channel' | 'audience' | 'destination' | 'createdAt' | 'nextAt'>;

/** How an attempt ended: delivered, to be tried again at `nextAt`, or given up. */
export type AttemptOutcome =
  | { state: 'delivered'; at: string }
  | { state: 'pending'; nextAt: number; error: string }
  | { state: 'dead'; error: string };

export interface DeliveryFilter { record?: string; state?: DeliveryState; channel?: DeliveryChannel }

export interface DestinationStats {
  channel: DeliveryChannel; destination: string; pending: number; dead: number;
  consecutiveFailures: number; lastError: string | null; lastSuccessAt: string | null; lastFailureAt: string | null;
}

export interface DeliveryStore {
  /** The named secret, created by `create` the first time any process asks; the same for every process after. */
  serverSecret(name: string, create: () => string, at: string): string;
  /** Secrets of a webhook endpoint that are valid at `at`, newest first. */
  webhookSecrets(webhookId: string, at: string): string[];
  /** Adds a secret; secrets before it stay valid until `previousValidUntil` (when given) and no longer. */
  addWebhookSecret(webhookId: string, secret: string, at: string, previousValidUntil?: string): void;

  /** Writes an event to be routed (by `routeEvents`, after its transaction has committed). */
  insertEvent(event: NewEvent): void;
  getEvent(id: string): StoredEvent | undefined;
  /**
   * Routes up to `limit` waiting events, oldest first, atomically: writes the deliveries `plan` gives for each
   * and marks it routed, so two processes never route one event twice. Returns how many it routed.
   */
  routeEvents(limit: number, plan: (event: WaitingEvent) => NewDelivery[]): number;
  /**
   * Takes up to `limit` due deliveries (pending, or sending with an expired lease) for `owner` until `leaseUntil`,
   * atomically: two processes calling at once never get the same delivery. `channel`: only that channel's.
   */
  claimDeliveries(owner: string, now: number, leaseUntil: number, limit: number, channel?: DeliveryChannel): StoredDelivery[];
  /**
   * Records attempts and their outcomes in one transaction (one commit for many, under load); each outcome is kept
   * only while `owner` still holds that delivery's lease. Returns, per item, whether it was.
   */
  finishAttempts(owner: string, items: readonly { seq: number; attempt: DeliveryAttempt; outcome: AttemptOutcome }[]): boolean[];
  /** Hands leases of `owner` back (a stopping worker), so another process need not wait for them to expire. */
  releaseLeases(owner: string): void;
  /** The earliest `nextAt` of a pending delivery, to sleep until. */
  nextDue(channel?: DeliveryChannel): number | null;
  getDelivery(id: string): StoredDelivery | undefined;
  listDeliveries(filter: DeliveryFilter, limit: number, beforeSeq?: number): StoredDelivery[];
  deliveryAttempts(seq: number): DeliveryAttempt[];
  /** Makes a delivery due now (a dead one too); its attempts so far stay in the log. */
  retryDelivery(id: string, now: number): void;
  /** Health of each staff destination (tenants' addresses are not listed). */
  destinationStats(): DestinationStats[];
  /** How many deliveries are in each state (for metrics and tests). */
  deliveryCounts(): Record<DeliveryState, number>;
}
