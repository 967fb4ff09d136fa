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

/** The codes zod gives to a schema's issues (see `toFieldIssues`). */
export const SCHEMA_ISSUE_CODES = ['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'invalid_union', 'unrecognized_keys', 'not_multiple_of', 'invalid_key', 'invalid_element', 'custom'] as const;

/**
 * The domain codes a server gives to a field it refuses: refinements in the schemas (`params.code`) and
 * rules only the server can check. A client shows a message of its own for each; a new code does not
 * compile in the reference server (its `issue()` takes only these) nor in the widgets until it has one.
 */
export const RULE_ISSUE_CODES = [
  'required',
  'unknown',
  'phone_or_email',
  'address_or_place',
  'total_mismatch',
  'wrong_area',
  'in_future',
  'in_past',
  'over_cap',
  'age_range',
  'end_before_start',
  'before_from',
  'invalid_rrule',
  'start_not_in_rule',
  'invalid_cursor',
] as const;

/** Every code a `FieldIssue` can carry. */
export const FIELD_ISSUE_CODES = [...SCHEMA_ISSUE_CODES, ...RULE_ISSUE_CODES] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

/** One field-level issue: where (path into the request), what (code) and an English message. */
export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  /** The zod issue code (`invalid_type`, `too_small`, …) or a domain code (`over_cap`, `in_past`, `unknown`): one of `FIELD_ISSUE_CODES`. */
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
