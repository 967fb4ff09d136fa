// The staff API's request and response shapes, apart from the public ones: a module no widget imports from,
// so none of this reaches a tenant's browser (the contract has no side effects: `sideEffects: false`).
import * as z from 'zod/mini';
import { Id, Instant, LocalDate, Reference, ShortText } from './common.js';
import { FollowUp, TrivselpengStatus } from './trivselpeng.js';

/** Staff decisions, one request shape per transition. */
export const TrivselpengDecision = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('under_review'), note: z.optional(ShortText(2000)), message: z.optional(ShortText(2000)) }),
  z.strictObject({ status: z.literal('approved'), amount: z.number().check(z.int(), z.positive()), note: z.optional(ShortText(2000)), message: z.optional(ShortText(2000)) }),
  z.strictObject({ status: z.literal('rejected'), reason: ShortText(2000), note: z.optional(ShortText(2000)) }),
  z.strictObject({ status: z.literal('paid'), note: z.optional(ShortText(2000)), message: z.optional(ShortText(2000)) }),
]);
export type TrivselpengDecision = z.input<typeof TrivselpengDecision>;

export const HistoryEntry = z.object({
  status: z.string(),
  at: Instant,
  by: z.optional(z.nullable(z.string())),
  note: z.optional(z.nullable(z.string())),
  message: z.optional(z.nullable(z.string())),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const AdminTrivselpeng = z.object({
  reference: Reference,
  status: TrivselpengStatus,
  area: Id,
  applicant: z.object({
    name: z.string(), address: z.string(), phone: z.optional(z.nullable(z.string())), email: z.optional(z.nullable(z.string())),
    /** Whether the applicant gets e-mail about the application (false once they unsubscribe). */
    emailUpdates: z.optional(z.boolean()), age: z.number(),
  }),
  coOrganisers: z.array(z.object({ name: z.string(), address: z.string() })),
  activity: z.object({
    title: z.string(),
    description: z.string(),
    date: LocalDate,
    startTime: z.optional(z.nullable(z.string())),
    place: z.string(),
    targetGroup: z.string(),
    expectedParticipants: z.number(),
  }),
  budget: z.array(z.object({ item: z.string(), amount: z.number() })),
  requestedTotal: z.number(),
  approvedAmount: z.optional(z.nullable(z.number())),
  followUp: z.optional(z.nullable(FollowUp)),
  history: z.array(HistoryEntry),
  createdAt: Instant,
  updatedAt: Instant,
});
export type AdminTrivselpeng = z.infer<typeof AdminTrivselpeng>;
