import * as z from 'zod/mini';

/** Stable machine codes for problem documents; clients map them to localised messages. */
export const PROBLEM_CODES = [
  'validation_failed',
  'malformed_json',
  'not_found',
  'method_not_allowed',
  'unauthorized',
  'payload_too_large',
  'unsupported_media_type',
  'idempotency_key_required',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'rate_limited',
  'registration_closed',
  'occurrence_full',
  'not_allowed_now',
  'internal_error',
] as const;
export const ProblemCode = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** One field-level issue: where (path into the request), what (code) and an English message. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  /** The zod issue code (`invalid_type`, `too_small`, …) or a domain code (`over_cap`, `in_past`, `unknown`). */
  code: z.string(),
  message: z.string(),
  /** Bounds for `too_small`/`too_big`, so a client can say "at most 4000 characters". */
  minimum: z.optional(z.number()),
  maximum: z.optional(z.number()),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** RFC 9457 problem details, with a stable `code` and field issues. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int(), z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.string(),
  issues: z.optional(z.array(FieldIssue)),
  /** Seconds to wait, mirrored from `Retry-After` on 429 and 503. */
  retryAfter: z.optional(z.number()),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
