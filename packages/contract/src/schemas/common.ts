import * as z from 'zod/mini';

/** Languages the product ships catalogues for. Swedish is the default and always present in content. */
export const LANGS = ['sv', 'en', 'fi', 'ar', 'so'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Text in several languages; Swedish is required, the others fall back to it. */
export const LocalizedText = z.object({
  sv: z.string().check(z.minLength(1), z.maxLength(4000)),
  en: z.optional(z.string().check(z.maxLength(4000))),
  fi: z.optional(z.string().check(z.maxLength(4000))),
  ar: z.optional(z.string().check(z.maxLength(4000))),
  so: z.optional(z.string().check(z.maxLength(4000))),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Opaque identifiers: letters, digits, `-` and `_`, so they are safe in paths and file names. */
export const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** An instant with its offset, e.g. `2026-12-01T18:00:00+01:00`. */
export const Instant = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const LocalDate = z.iso.date();

/** A wall-clock date-time in the configured time zone (Europe/Stockholm), `YYYY-MM-DDTHH:mm`. */
export const LocalDateTime = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/));

/** A wall-clock time, `HH:mm` (24:00 allowed as the end of a day). */
export const LocalTime = z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/));

/** A phone number as people write it: digits, spaces, `+`, `-` and parentheses. */
export const Phone = z.string().check(z.minLength(3), z.maxLength(30), z.regex(/^\+?[0-9][0-9 ()-]*$/));

export const Email = z.email().check(z.maxLength(254));

/** A short single line of human text. */
export const ShortText = (max = 200) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Human references shown to tenants: `R-2026-000123` for reports, `T-2026-000045` for trivselpeng. */
export const Reference = z.string().check(z.regex(/^[RT]-\d{4}-\d{6}$/));

/** A private token (at least 128 random bits, base64url). */
export const Token = z.string().check(z.minLength(22), z.maxLength(128), z.regex(/^[A-Za-z0-9_-]+$/));

export const Page = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.optional(z.nullable(z.string())),
  });

/** Path parameters: a case by its reference, a thing by its id. */
export const ReferenceParams = z.strictObject({ reference: Reference });
export const IdParams = z.strictObject({ id: Id });
