import * as z from 'zod/mini';
import { Email, Id, Instant, Lang, Phone, Reference, ShortText, Token } from './common.js';
import { Code } from './categories.js';

/** Answer to a category's extra field. */
export const FieldAnswer = z.union([z.string().check(z.maxLength(2000)), z.number(), z.boolean(), z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50))]);

export const AnonymousContact = z.strictObject({ anonymous: z.literal(true) });
export const NamedContact = z
  .strictObject({
    anonymous: z.literal(false),
    name: ShortText(100),
    phone: z.optional(Phone),
    email: z.optional(Email),
    /** The tenant wants e-mail when the case moves (receipt, status, messages); needs `email`. */
    emailUpdates: z.optional(z.boolean()),
  })
  .check(
    z.refine((c) => c.phone !== undefined || c.email !== undefined, {
      message: 'Give a phone number or an email address so we can reach you',
      path: ['phone'],
      params: { code: 'phone_or_email' },
    }),
    z.refine((c) => c.emailUpdates !== true || c.email !== undefined, {
      message: 'Give an email address to get updates by email',
      path: ['email'],
      params: { code: 'required' },
    }),
  );
export const ReportContact = z.discriminatedUnion('anonymous', [AnonymousContact, NamedContact]);
export type ReportContact = z.infer<typeof ReportContact>;

export const ReportCreate = z
  .strictObject({
    category: Code,
    area: Id,
    /** A property from the address list … */
    addressId: z.optional(Id),
    /** … or a free-text place when it is not in the list. */
    place: z.optional(ShortText(200)),
    /** Stairwell, yard, laundry room. */
    placeDetail: z.optional(ShortText(200)),
    occurredAt: Instant,
    happeningNow: z.boolean(),
    description: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
    answers: z.optional(z.record(Code, FieldAnswer)),
    attachments: z.array(Id).check(z.maxLength(20)),
    contact: ReportContact,
    /** The tenant has read the privacy notice: asked of a named report only (an anonymous one holds no contact data). */
    privacyAccepted: z.optional(z.literal(true)),
    locale: z.optional(Lang),
  })
  .check(
    z.refine((r) => r.addressId !== undefined || r.place !== undefined, {
      message: 'Choose an address or describe the place',
      path: ['addressId'],
      params: { code: 'address_or_place' },
    }),
    z.refine((r) => r.contact.anonymous || r.privacyAccepted === true, {
      message: 'Confirm that you have read how your personal data is handled',
      path: ['privacyAccepted'],
      params: { code: 'required' },
    }),
  );
export type ReportCreate = z.input<typeof ReportCreate>;

export const REPORT_STATUSES = ['received', 'in_progress', 'resolved', 'closed'] as const;
export const ReportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof ReportStatus>;

/** What a tenant gets back: the human reference and the private token for the status link. */
export const ReportReceipt = z.object({
  reference: Reference,
  token: Token,
  status: ReportStatus,
  createdAt: Instant,
});
export type ReportReceipt = z.infer<typeof ReportReceipt>;

