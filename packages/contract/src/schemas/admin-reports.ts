// The staff API's request and response shapes, apart from the public ones: a module no widget imports from,
// so none of this reaches a tenant's browser (the contract has no side effects: `sideEffects: false`).
import * as z from 'zod/mini';
import { Id, Instant, Lang, Reference } from './common.js';
import { Code, ReportKind } from './categories.js';
import { AnonymousContact, FieldAnswer, ReportStatus } from './reports.js';

/** The full report as staff see it. */
export const AdminReport = z.object({
  reference: Reference,
  status: ReportStatus,
  kind: ReportKind,
  category: Code,
  area: Id,
  addressId: z.optional(z.nullable(Id)),
  place: z.optional(z.nullable(z.string())),
  placeDetail: z.optional(z.nullable(z.string())),
  occurredAt: Instant,
  happeningNow: z.boolean(),
  description: z.string(),
  answers: z.record(z.string(), FieldAnswer),
  attachments: z.array(Id),
  contact: z.union([AnonymousContact, z.object({ anonymous: z.literal(false), name: z.string(), phone: z.optional(z.nullable(z.string())), email: z.optional(z.nullable(z.string())), emailUpdates: z.optional(z.boolean()) })]),
  locale: z.optional(z.nullable(Lang)),
  createdAt: Instant,
  updatedAt: Instant,
});
export type AdminReport = z.infer<typeof AdminReport>;
