// What the server tells the people and systems that act on a case: one event per thing that happened,
// delivered by webhook (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`) and by
// e-mail. The body follows the Standard Webhooks payload convention, `{ type, timestamp, data }`. Events are
// for staff and their systems (a jour's control room, the company's case system), so `data` carries what is
// needed to act, personal data included; no widget imports this module.
import * as z from 'zod/mini';
import { Id, Instant, LocalDateTime, Reference } from './common.js';
import { AdminReport } from './admin-reports.js';
import { AdminRegistration } from './admin-registrations.js';
import { AdminTrivselpeng } from './admin-trivselpeng.js';
import { ReportStatus } from './reports.js';
import { FollowUp, TrivselpengStatus } from './trivselpeng.js';

export const EVENT_TYPES = [
  'report.created',
  'report.status_changed',
  'report.message_to_tenant',
  'application.submitted',
  'application.decided',
  'follow_up.submitted',
  'registration.created',
  'registration.cancelled',
  'registration.promoted',
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

/** A report's status moved; `note` is staff's internal note, if one was written. */
const ReportStatusChanged = z.object({
  reference: Reference,
  status: ReportStatus,
  previousStatus: ReportStatus,
  note: z.optional(z.nullable(z.string())),
  at: Instant,
});

/** Staff wrote to the tenant on the case's status page. */
const ReportMessage = z.object({
  reference: Reference,
  message: z.string(),
  at: Instant,
});

/** A decision on a trivselpeng application: the application as it stands after it. */
const ApplicationDecided = z.object({
  reference: Reference,
  status: TrivselpengStatus,
  previousStatus: TrivselpengStatus,
  approvedAmount: z.optional(z.nullable(z.number())),
  reason: z.optional(z.nullable(z.string())),
  at: Instant,
});

/** The applicant told how the activity went. */
const FollowUpSubmitted = z.object({
  reference: Reference,
  followUp: FollowUp,
});

/** A registration was cancelled by its holder or by staff. */
const RegistrationCancelled = z.object({
  id: Id,
  activityId: Id,
  occurrence: LocalDateTime,
  participants: z.number(),
  at: Instant,
});

/** Participants of a registration got places that came free: `promoted` of them, `waitlisted` still waiting. */
const RegistrationPromoted = z.object({
  id: Id,
  activityId: Id,
  occurrence: LocalDateTime,
  promoted: z.number().check(z.int(), z.positive()),
  waitlistedParticipants: z.number().check(z.int(), z.gte(0)),
  at: Instant,
});

/** The `data` of each event type. */
export const EVENT_DATA = {
  'report.created': AdminReport,
  'report.status_changed': ReportStatusChanged,
  'report.message_to_tenant': ReportMessage,
  'application.submitted': AdminTrivselpeng,
  'application.decided': ApplicationDecided,
  'follow_up.submitted': FollowUpSubmitted,
  'registration.created': AdminRegistration,
  'registration.cancelled': RegistrationCancelled,
  'registration.promoted': RegistrationPromoted,
} as const satisfies Record<EventType, z.ZodMiniType>;

/** The body of one event of type `T`, as a webhook receives it. */
export const eventPayload = <T extends EventType>(type: T) =>
  z.object({
    type: z.literal(type),
    /** When the thing happened (not when this attempt was sent: that is the `webhook-timestamp` header). */
    timestamp: Instant,
    data: EVENT_DATA[type],
  });

/** Any event's body: a receiver that takes every type parses with this and switches on `type`. */
export const Event = z.discriminatedUnion('type', [
  eventPayload('report.created'),
  eventPayload('report.status_changed'),
  eventPayload('report.message_to_tenant'),
  eventPayload('application.submitted'),
  eventPayload('application.decided'),
  eventPayload('follow_up.submitted'),
  eventPayload('registration.created'),
  eventPayload('registration.cancelled'),
  eventPayload('registration.promoted'),
]);
export type Event = z.infer<typeof Event>;
