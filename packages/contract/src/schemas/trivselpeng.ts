import * as z from 'zod/mini';
import { Email, Id, Instant, Lang, LocalDate, LocalTime, Phone, Reference, ShortText, Token } from './common.js';

export const BudgetLine = z.strictObject({
  item: ShortText(120),
  /** Whole kronor. */
  amount: z.number().check(z.int(), z.positive(), z.lte(1_000_000)),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const Applicant = z
  .strictObject({
    name: ShortText(100),
    address: ShortText(200),
    phone: z.optional(Phone),
    email: z.optional(Email),
    /** The applicant wants e-mail about the application (receipt, each decision); needs `email`. */
    emailUpdates: z.optional(z.boolean()),
    age: z.number().check(z.int(), z.gte(0), z.lte(120)),
  })
  .check(
    z.refine((c) => c.phone !== undefined || c.email !== undefined, {
      message: 'Give a phone number or an email address',
      path: ['phone'],
      params: { code: 'phone_or_email' },
    }),
    z.refine((c) => c.emailUpdates !== true || c.email !== undefined, {
      message: 'Give an email address to get updates by email',
      path: ['email'],
      params: { code: 'required' },
    }),
  );

export const CoOrganiser = z.strictObject({
  name: ShortText(100),
  address: ShortText(200),
});

export const TrivselpengCreate = z
  .strictObject({
    area: Id,
    applicant: Applicant,
    coOrganisers: z.array(CoOrganiser).check(z.maxLength(5)),
    activity: z.strictObject({
      title: ShortText(120),
      description: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
      date: LocalDate,
      startTime: z.optional(LocalTime),
      place: ShortText(200),
      targetGroup: ShortText(200),
      expectedParticipants: z.number().check(z.int(), z.positive(), z.lte(100000)),
    }),
    budget: z.array(BudgetLine).check(z.minLength(1), z.maxLength(30)),
    /** Must equal the sum of the budget lines. */
    requestedTotal: z.number().check(z.int(), z.positive()),
    /** Rule codes from the configuration the applicant confirmed, each `true`. */
    eligibility: z.record(z.string().check(z.regex(/^[a-z0-9_]{1,40}$/)), z.literal(true)),
    consents: z.strictObject({
      privacy: z.literal(true),
      truthful: z.literal(true),
    }),
    locale: z.optional(Lang),
  })
  .check(
    z.refine((a) => a.budget.reduce((s, l) => s + l.amount, 0) === a.requestedTotal, {
      message: 'The requested total must equal the sum of the budget lines',
      path: ['requestedTotal'],
      params: { code: 'total_mismatch' },
    }),
  );
export type TrivselpengCreate = z.input<typeof TrivselpengCreate>;

export const TRIVSELPENG_STATUSES = ['submitted', 'under_review', 'approved', 'rejected', 'paid', 'followed_up'] as const;
export const TrivselpengStatus = z.enum(TRIVSELPENG_STATUSES);
export type TrivselpengStatus = z.infer<typeof TrivselpengStatus>;

export const TrivselpengReceipt = z.object({
  reference: Reference,
  token: Token,
  status: TrivselpengStatus,
  createdAt: Instant,
  /** When a decision can be expected, from the configuration. */
  decisionBy: LocalDate,
});
export type TrivselpengReceipt = z.infer<typeof TrivselpengReceipt>;

/**
 * The follow-up after the activity. Accepted once the application is `paid`, from the activity's own date
 * on (the organisation's time zone): an evening activity is reported the same night, and the start time is
 * optional, so the date is the one boundary both sides can know. `CaseStatus.followUp.available` says the
 * same, and `<grannskap-case-status>` offers the form exactly then. Once only (then `followed_up`).
 */
export const FollowUpCreate = z.strictObject({
  token: Token,
  participants: z.number().check(z.int(), z.gte(0), z.lte(100000)),
  howItWent: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  receipts: z.array(Id).check(z.maxLength(20)),
});
export type FollowUpCreate = z.input<typeof FollowUpCreate>;

export const FollowUp = z.object({
  participants: z.number(),
  howItWent: z.string(),
  receipts: z.array(Id),
  submittedAt: Instant,
});
export type FollowUp = z.infer<typeof FollowUp>;

