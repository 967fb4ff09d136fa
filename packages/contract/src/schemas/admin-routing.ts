// Where each case goes: the staff's routing rules. They name e-mail addresses and webhook endpoints of the
// people and systems that act (the jour's control room, the company's case system), so they live apart from
// the public configuration the widgets load, behind the staff API.
import * as z from 'zod/mini';
import { Email, Id, Instant, ShortText } from './common.js';
import { Code } from './categories.js';

/** What a case is about: a report, a trivselpeng application, a registration, or an applicant's follow-up. */
export const CASE_KINDS = ['report', 'application', 'registration', 'follow_up'] as const;
export const CaseKind = z.enum(CASE_KINDS);
export type CaseKind = z.infer<typeof CaseKind>;

/**
 * When a case comes in, from the on-call calendar in Europe/Stockholm: `office_hours` while customer service
 * answers, `jour` while the trygghetsjour does (evenings, nights, weekends and public holidays), `holiday` on a
 * public holiday (also `jour` then), `closed` when nobody answers.
 */
export const ROUTING_TIMES = ['office_hours', 'jour', 'holiday', 'closed'] as const;
export const RoutingTime = z.enum(ROUTING_TIMES);
export type RoutingTime = z.infer<typeof RoutingTime>;

/** A webhook endpoint that rules name by id. Its signing secrets are kept on the server, never in this document. */
export const WebhookEndpoint = z.strictObject({
  id: Id,
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(2000)),
  description: z.optional(ShortText(200)),
  /**
   * A loopback or private-network address (`localhost`, 10.x, 192.168.x, …) is refused unless this is set,
   * so a rule cannot make the server call into its own network (SSRF). `http:` needs it too.
   */
  allowPrivate: z.optional(z.boolean()),
});
export type WebhookEndpoint = z.input<typeof WebhookEndpoint>;

/** Where a matched case goes. */
export const Destinations = z.strictObject({
  emails: z.optional(z.array(Email).check(z.maxLength(20))),
  /** Ids of `webhooks` entries. */
  webhooks: z.optional(z.array(Id).check(z.maxLength(10))),
});
export type Destinations = z.input<typeof Destinations>;

/** What a rule matches; every condition given must hold, an absent one matches anything. */
export const RoutingMatch = z.strictObject({
  kinds: z.optional(z.array(CaseKind).check(z.minLength(1))),
  /** Report categories (codes) or activity categories. */
  categories: z.optional(z.array(Code).check(z.minLength(1), z.maxLength(100))),
  areas: z.optional(z.array(Id).check(z.minLength(1), z.maxLength(100))),
  /**
   * Reports only: whether the tenant answered yes to "Är det farligt just nu?" (the `dangerous_now` question),
   * or, in a category that does not ask it, that it is happening now.
   */
  urgent: z.optional(z.boolean()),
  times: z.optional(z.array(RoutingTime).check(z.minLength(1))),
});
export type RoutingMatch = z.input<typeof RoutingMatch>;

export const RoutingRule = z.strictObject({
  name: ShortText(100),
  when: RoutingMatch,
  to: Destinations,
});
export type RoutingRule = z.input<typeof RoutingRule>;

/**
 * The rules, in order. A case goes to the destinations of every rule it matches; one that matches none goes
 * to `default`, so no case is ever unrouted.
 */
export const Routing = z.strictObject({
  webhooks: z.array(WebhookEndpoint).check(z.maxLength(50)),
  rules: z.array(RoutingRule).check(z.maxLength(200)),
  default: Destinations,
});
export type Routing = z.input<typeof Routing>;

/** The stored rules with when and by whom they were last set. */
export const RoutingView = z.object({
  ...Routing.shape,
  updatedAt: z.nullable(Instant),
  updatedBy: z.nullable(z.string()),
});
export type RoutingView = z.infer<typeof RoutingView>;

/** A webhook endpoint's new signing secret, shown once. The previous one stays valid until `previousValidUntil`. */
export const WebhookSecret = z.object({
  webhookId: Id,
  secret: z.string(),
  previousValidUntil: z.nullable(Instant),
});
export type WebhookSecret = z.infer<typeof WebhookSecret>;

/** The stored rules, and a secret for each webhook endpoint that is new in them (shown this once). */
export const RoutingSetResult = z.object({ ...RoutingView.shape, newSecrets: z.array(WebhookSecret) });
export type RoutingSetResult = z.infer<typeof RoutingSetResult>;

/** "Where would this go?": a case described by what the rules look at, and a moment. */
export const RoutingDryRunQuery = z.strictObject({
  kind: CaseKind,
  category: z.optional(Code),
  area: z.optional(Id),
  urgent: z.optional(z.enum(['true', 'false'])),
  /** The moment to route at; now when absent. */
  at: z.optional(Instant),
});
export type RoutingDryRunQuery = z.input<typeof RoutingDryRunQuery>;

export const RoutingDryRun = z.object({
  /** The times the moment counts as (`jour` and `holiday` together on a public holiday). */
  times: z.array(RoutingTime),
  /** Names of the rules that matched, in order; empty when the default applied. */
  matched: z.array(z.string()),
  usedDefault: z.boolean(),
  emails: z.array(z.string()),
  webhooks: z.array(z.object({ id: z.string(), url: z.string() })),
});
export type RoutingDryRun = z.infer<typeof RoutingDryRun>;
