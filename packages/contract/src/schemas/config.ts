import * as z from 'zod/mini';
import { Email, Lang, LocalDate, LocalizedText, LocalTime, Phone, ShortText } from './common.js';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z.number().check(z.int(), z.gte(1), z.lte(7));

/** Opening hours in the configured time zone; `close` may be earlier than `open` for a span over midnight. */
export const OpeningHours = z.object({
  days: z.array(Weekday).check(z.minLength(1), z.maxLength(7)),
  open: LocalTime,
  close: LocalTime,
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const Contact = z.object({
  name: LocalizedText,
  phone: Phone,
  email: z.optional(Email),
  /** True for demo data: the number is an example and must be replaced. */
  example: z.optional(z.boolean()),
});
export type Contact = z.infer<typeof Contact>;

export const SchoolHoliday = z.object({
  /** `sportlov`, `pasklov`, `sommarlov`, `hostlov`, `jullov` or the company's own. */
  code: z.string().check(z.regex(/^[a-z0-9_-]{1,40}$/)),
  name: LocalizedText,
  start: LocalDate,
  end: LocalDate,
});
export type SchoolHoliday = z.infer<typeof SchoolHoliday>;

/** One rule an applicant confirms before applying for trivselpeng. */
export const EligibilityRule = z.object({
  code: z.string().check(z.regex(/^[a-z0-9_]{1,40}$/)),
  /** The question as a yes/no statement the applicant confirms. */
  text: LocalizedText,
  /** What to do instead when the answer is no. */
  otherwise: LocalizedText,
});
export type EligibilityRule = z.infer<typeof EligibilityRule>;

export const Config = z.object({
  organisation: z.object({
    name: ShortText(120),
    url: z.optional(z.url()),
  }),
  timeZone: z.literal('Europe/Stockholm'),
  languages: z.object({
    default: Lang,
    available: z.array(Lang).check(z.minLength(1)),
  }),
  emergency: z.object({
    /** 112: acute danger to life, health, property or environment. */
    number: z.string(),
    /** The police's non-emergency number, 114 14. */
    police: z.string(),
  }),
  customerService: z.object({
    contact: Contact,
    hours: z.array(OpeningHours),
  }),
  trygghetsjour: z.object({
    contact: Contact,
    /** When the jour answers; on public holidays it answers all day when `holidaysAllDay` is set. */
    hours: z.array(OpeningHours),
    holidaysAllDay: z.boolean(),
  }),
  limits: z.object({
    photos: z.object({
      maxCount: z.number().check(z.int(), z.gte(0), z.lte(20)),
      maxBytes: z.number().check(z.int(), z.positive()),
      maxLongSide: z.number().check(z.int(), z.gte(256), z.lte(8192)),
      types: z.array(z.string()),
    }),
    descriptionMaxLength: z.number().check(z.int(), z.positive()),
    trivselpeng: z.object({
      /** The most an application may ask for, in whole kronor. */
      maxAmount: z.number().check(z.int(), z.positive()),
      currency: z.literal('SEK'),
      minOrganiserAge: z.number().check(z.int(), z.gte(0)),
      /** How many co-organisers from other households an application needs. */
      coOrganisersRequired: z.number().check(z.int(), z.gte(0), z.lte(5)),
      /** Working days until a decision can be expected. */
      decisionDays: z.number().check(z.int(), z.positive()),
      rules: z.array(EligibilityRule),
    }),
  }),
  privacy: z.object({
    text: LocalizedText,
    url: z.url(),
  }),
  schoolHolidays: z.array(SchoolHoliday),
});
export type Config = z.infer<typeof Config>;
