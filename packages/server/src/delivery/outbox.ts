// The transactional outbox: an event is written by the same transaction as the change it is about, so a crash
// between "saved" and "sent" loses nothing. The worker then routes waiting events into deliveries (one per
// destination, many events in one commit) and sends those. Routing after the write keeps a write's commit as
// small as it was before delivery existed; the rules are applied to the moment the case came in, not the moment
// it was routed, and a staff read of the deliveries routes what waits first, so it never misses a case.
import { eventPayload, type Config, type EventType, type Routing } from '@grannskap/contract';
import { route, type RoutingSubject } from '../domain/routing.js';
import { newId } from '../domain/tokens.js';
import type { Store } from '../storage/store.js';
import type { NewDelivery, WaitingEvent } from '../storage/delivery-store.js';
import { newEventId } from './sign.js';

/**
 * Events that start something staff must act on also go to the rules' e-mail addresses; the rest (status changes,
 * decisions, cancellations) go to webhooks only, so a jour's mailbox holds cases, not their every step.
 */
export const STAFF_MAIL_EVENTS: ReadonlySet<EventType> = new Set(['report.created', 'application.submitted', 'follow_up.submitted', 'registration.created']);

/** A mail to the tenant about their own case: only when they gave an address and asked for mail. */
export interface TenantMail { email: string }

export interface EmitInput<T extends EventType> {
  type: T;
  /** The case: a report or application reference, or a registration id. */
  record: string;
  subject: RoutingSubject;
  data: unknown;
  /** When it happened, as written in the record (with its offset). */
  at: string;
  tenant?: TenantMail | null;
}

export interface OutboxDeps { store: Store; now: () => Date; kickDeliveries: () => void }

export interface RoutingDeps { store: Store; now: () => Date; config: () => Promise<Config>; routing: () => Promise<Routing | undefined> }

const NO_ROUTING: Routing = { webhooks: [], rules: [], default: {} };

// one schema per type, made once: building a zod object per write costs more than checking with it
const payloads = new Map<EventType, ReturnType<typeof eventPayload>>();
const payloadSchema = (type: EventType) => {
  let schema = payloads.get(type);
  if (!schema) payloads.set(type, (schema = eventPayload(type)));
  return schema;
};

/** Writes the event, to be routed and sent after; call it inside the write's transaction. Returns the event id. */
export const emitEvent = async <T extends EventType>(deps: OutboxDeps, input: EmitInput<T>): Promise<string> => {
  // the payload is checked against the contract here, so a receiver never gets what the schema does not promise
  const payload = payloadSchema(input.type).parse({ type: input.type, timestamp: input.at, data: input.data });
  const id = newEventId();
  await deps.store.insertEvent({
    id, type: input.type, record: input.record, payload: JSON.stringify(payload), createdAt: deps.now().toISOString(),
    subject: JSON.stringify(input.subject), tenantEmail: input.tenant?.email ?? null,
  });
  // the worker looks after the transaction has committed (the kick only schedules it)
  deps.kickDeliveries();
  return id;
};

/** One delivery per destination the rules give for the moment the event was written. */
const plan = (routing: Routing, config: Config, event: WaitingEvent, now: number): NewDelivery[] => {
  const to = route(routing, config, JSON.parse(event.subject) as RoutingSubject, new Date(event.createdAt));
  const base = { eventId: event.id, record: event.record, createdAt: event.createdAt, nextAt: now };
  const out: NewDelivery[] = to.webhooks.map((w) => ({ ...base, id: newId(), channel: 'webhook', audience: 'staff', destination: w.id }));
  if (STAFF_MAIL_EVENTS.has(event.type)) {
    for (const email of to.emails) out.push({ ...base, id: newId(), channel: 'email', audience: 'staff', destination: email });
  }
  if (event.tenantEmail) out.push({ ...base, id: newId(), channel: 'email', audience: 'tenant', destination: event.tenantEmail });
  return out;
};

const ROUTE_BATCH = 200;

/** Routes every waiting event into its deliveries, in commits of up to 200 events. Returns how many it routed. */
export const routeWaitingEvents = async (deps: RoutingDeps): Promise<number> => {
  let total = 0;
  for (;;) {
    // read before: `plan` runs synchronously inside the store's routing transaction
    const routing = (await deps.routing()) ?? NO_ROUTING;
    const config = await deps.config();
    const now = deps.now().getTime();
    const n = await deps.store.routeEvents(ROUTE_BATCH, (event) => plan(routing, config, event, now));
    total += n;
    if (n < ROUTE_BATCH) return total;
  }
};
