// The transactional outbox: an event and its deliveries are written by the same transaction as the change they
// are about, so a crash between "saved" and "sent" loses nothing; the worker sends them afterwards.
import { eventPayload, type Config, type EventType, type Routing } from '@grannskap/contract';
import { route, type RoutingSubject } from '../domain/routing.js';
import { newId } from '../domain/tokens.js';
import type { Store } from '../storage/store.js';
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

export interface OutboxDeps { store: Store; now: () => Date; config: () => Config; kickDeliveries: () => void }

const NO_ROUTING: Routing = { webhooks: [], rules: [], default: {} };

// one schema per type, made once: building a zod object per write costs more than checking with it
const payloads = new Map<EventType, ReturnType<typeof eventPayload>>();
const payloadSchema = (type: EventType) => {
  let schema = payloads.get(type);
  if (!schema) payloads.set(type, (schema = eventPayload(type)));
  return schema;
};

/** Writes the event and one delivery per destination; call it inside the write's transaction. Returns the event id. */
export const emitEvent = <T extends EventType>(deps: OutboxDeps, input: EmitInput<T>): string => {
  // the payload is checked against the contract here, so a receiver never gets what the schema does not promise
  const payload = payloadSchema(input.type).parse({ type: input.type, timestamp: input.at, data: input.data });
  const id = newEventId();
  const now = deps.now();
  const createdAt = now.toISOString();
  deps.store.insertEvent({ id, type: input.type, record: input.record, payload: JSON.stringify(payload), createdAt });
  const routing = deps.store.getRouting()?.routing ?? NO_ROUTING;
  const to = route(routing, deps.config(), input.subject, now);
  const base = { eventId: id, record: input.record, createdAt, nextAt: now.getTime() };
  for (const w of to.webhooks) deps.store.insertDelivery({ ...base, id: newId(), channel: 'webhook', audience: 'staff', destination: w.id });
  if (STAFF_MAIL_EVENTS.has(input.type)) {
    for (const email of to.emails) deps.store.insertDelivery({ ...base, id: newId(), channel: 'email', audience: 'staff', destination: email });
  }
  if (input.tenant) deps.store.insertDelivery({ ...base, id: newId(), channel: 'email', audience: 'tenant', destination: input.tenant.email });
  // the worker looks after the transaction has committed (the kick only schedules it)
  deps.kickDeliveries();
  return id;
};
