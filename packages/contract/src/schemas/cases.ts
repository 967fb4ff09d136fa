import * as z from 'zod/mini';
import { Instant, Reference, Token } from './common.js';

export const CASE_TYPES = ['report', 'trivselpeng'] as const;

/** One step in a case's history, as the tenant may see it. */
export const CaseEvent = z.object({
  status: z.string(),
  at: Instant,
  /** A message staff chose to show the tenant; internal notes never appear here. */
  message: z.optional(z.nullable(z.string())),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

/** One shape for reports and applications; holds no personal data. */
export const CaseStatus = z.object({
  reference: Reference,
  type: z.enum(CASE_TYPES),
  status: z.string(),
  createdAt: Instant,
  updatedAt: Instant,
  history: z.array(CaseEvent),
  /** Trivselpeng only: the approved amount in kronor. */
  approvedAmount: z.optional(z.nullable(z.number())),
  /** Trivselpeng only: whether a follow-up can be sent now, and when it was. */
  followUp: z.optional(
    z.object({
      available: z.boolean(),
      submittedAt: z.optional(z.nullable(Instant)),
    }),
  ),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CaseParams = z.strictObject({ reference: Reference });
export const CaseQuery = z.strictObject({ token: Token });
