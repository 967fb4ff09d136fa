import * as z from 'zod/mini';
import { Email, Id, Instant, Lang, LocalDateTime, Phone, ShortText, Token } from './common.js';

export const Participant = z.strictObject({
  name: ShortText(100),
  age: z.optional(z.number().check(z.int(), z.gte(0), z.lte(120))),
});

export const RegistrationCreate = z.strictObject({
  /** The occurrence's key (`Occurrence.key`); for a one-off activity, its start. */
  occurrence: LocalDateTime,
  participants: z.array(Participant).check(z.minLength(1), z.maxLength(10)),
  contact: z
    .strictObject({
      name: ShortText(100),
      phone: z.optional(Phone),
      email: z.optional(Email),
      /** The holder wants e-mail about the registration (confirmation, a place from the waitlist, cancelled); needs `email`. */
      emailUpdates: z.optional(z.boolean()),
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
    ),
  /**
   * Waiting is accepted: when the places left are fewer than the participants, the first in the list take
   * them and the rest join the waitlist (all of them when it is full). Without it such a registration gets
   * 409 `occurrence_full`.
   */
  waitlistOk: z.optional(z.boolean()),
  consent: z.literal(true),
  locale: z.optional(Lang),
});
export type RegistrationCreate = z.input<typeof RegistrationCreate>;

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** A registration as its holder sees it through the private link; no personal data. */
export const RegistrationView = z.object({
  id: Id,
  activityId: Id,
  occurrence: LocalDateTime,
  /** `confirmed` when at least one participant has a place; `waitlisted` when all wait. */
  status: RegistrationStatus,
  participants: z.number(),
  /**
   * How many of the participants wait for a place: the last ones in the list. 0 when all have places.
   * Absent (a backend that does not split registrations): all when `waitlisted`, none otherwise.
   */
  waitlistedParticipants: z.optional(z.number().check(z.int(), z.gte(0))),
  /** 1-based place in the waitlist while any of the participants wait. */
  waitlistPosition: z.optional(z.nullable(z.number())),
  createdAt: Instant,
});
export type RegistrationView = z.infer<typeof RegistrationView>;

export const RegistrationReceipt = z.object({
  ...RegistrationView.shape,
  cancelToken: Token,
});
export type RegistrationReceipt = z.infer<typeof RegistrationReceipt>;

export const RegistrationCancel = z.strictObject({ token: Token });
export type RegistrationCancel = z.input<typeof RegistrationCancel>;

export const RegistrationParams = z.strictObject({ id: Id });
export const RegistrationQuery = z.strictObject({ token: Token });

