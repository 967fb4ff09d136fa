// What went out, and how it went: every event the server sent or is sending to a webhook endpoint or an
// e-mail address, with each attempt. Staff read this to answer "did the jour get it?"; no widget imports it.
import * as z from 'zod/mini';
import { Id, Instant } from './common.js';
import { EventType } from './events.js';

export const DELIVERY_CHANNELS = ['webhook', 'email'] as const;
export const DeliveryChannel = z.enum(DELIVERY_CHANNELS);
export type DeliveryChannel = z.infer<typeof DeliveryChannel>;

/**
 * `pending`: waiting for its first or next attempt; `sending`: a server process is attempting it now (it holds
 * a lease, so no other process sends it at the same time); `delivered`: the receiver accepted it; `dead`: every
 * attempt over about 24 hours failed (or the receiver answered 410 Gone): it waits for staff to send it again.
 */
export const DELIVERY_STATES = ['pending', 'sending', 'delivered', 'dead'] as const;
export const DeliveryState = z.enum(DELIVERY_STATES);
export type DeliveryState = z.infer<typeof DeliveryState>;

/** `staff`: a destination from the routing rules; `tenant`: a mail to the tenant who asked for mail about the case. */
export const DeliveryAudience = z.enum(['staff', 'tenant']);
export type DeliveryAudience = z.infer<typeof DeliveryAudience>;

/** One try to deliver: when, what came back, how long it took. */
export const DeliveryAttempt = z.object({
  at: Instant,
  /** The receiver's HTTP status, or the SMTP reply code; null when no answer came (refused, timed out). */
  statusCode: z.nullable(z.number()),
  latencyMs: z.number(),
  /** What went wrong, in a line; null when the attempt succeeded. */
  error: z.nullable(z.string()),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;

export const Delivery = z.object({
  id: Id,
  /** The event's id, sent as `webhook-id`: the same on every attempt and on "send again", so receivers dedupe. */
  eventId: z.string(),
  type: EventType,
  /** The case it is about: a report or application reference, or a registration id. */
  record: z.string(),
  channel: DeliveryChannel,
  audience: DeliveryAudience,
  /** A webhook endpoint's id, or an e-mail address. */
  destination: z.string(),
  state: DeliveryState,
  attempts: z.number(),
  /** When the next attempt is due; null once delivered or dead. */
  nextAttemptAt: z.nullable(Instant),
  lastError: z.nullable(z.string()),
  createdAt: Instant,
  deliveredAt: z.nullable(Instant),
});
export type Delivery = z.infer<typeof Delivery>;

/** A delivery with every attempt, oldest first. */
export const DeliveryDetail = z.object({ ...Delivery.shape, attemptLog: z.array(DeliveryAttempt) });
export type DeliveryDetail = z.infer<typeof DeliveryDetail>;

export const DeliveryQuery = z.strictObject({
  /** Only deliveries about this case (reference or registration id). */
  record: z.optional(z.string().check(z.maxLength(64))),
  state: z.optional(DeliveryState),
  channel: z.optional(DeliveryChannel),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});
export type DeliveryQuery = z.infer<typeof DeliveryQuery>;

export const DeliveryList = z.object({
  items: z.array(Delivery),
  nextCursor: z.nullable(z.string()),
});
export type DeliveryList = z.infer<typeof DeliveryList>;

/** How one destination has fared lately; `failing` when its last attempts in a row all failed. */
export const DestinationHealth = z.object({
  channel: DeliveryChannel,
  destination: z.string(),
  failing: z.boolean(),
  /** Failed attempts since the last success. */
  consecutiveFailures: z.number(),
  lastError: z.nullable(z.string()),
  lastSuccessAt: z.nullable(Instant),
  lastFailureAt: z.nullable(Instant),
  /** Deliveries to it that are waiting or dead. */
  pending: z.number(),
  dead: z.number(),
});
export type DestinationHealth = z.infer<typeof DestinationHealth>;

export const DestinationHealthList = z.object({
  items: z.array(DestinationHealth),
  /** Problems with the setup itself that staff should fix, e.g. no mail server configured. */
  warnings: z.array(z.string()),
});
export type DestinationHealthList = z.infer<typeof DestinationHealthList>;

export const WebhookIdParams = z.strictObject({ id: Id });
