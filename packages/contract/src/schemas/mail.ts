// A tenant's way out of the mails they asked for: the token in every tenant mail's unsubscribe link.
import * as z from 'zod/mini';

/** `<record>~<signature>`: names the case and proves the link came from one of its mails. */
export const UnsubscribeParams = z.strictObject({ token: z.string().check(z.minLength(10), z.maxLength(200), z.regex(/^[A-Za-z0-9_~-]+$/)) });
export type UnsubscribeParams = z.infer<typeof UnsubscribeParams>;

export const Unsubscribed = z.object({
  /** The case whose mails stop. */
  record: z.string(),
  unsubscribed: z.literal(true),
});
export type Unsubscribed = z.infer<typeof Unsubscribed>;

/** A photo link in a staff mail: valid until `expires` (Unix seconds), signed by the server, so no address gets the photo itself. */
export const PhotoLinkQuery = z.strictObject({
  expires: z.coerce.number().check(z.int(), z.positive()),
  signature: z.string().check(z.minLength(20), z.maxLength(100), z.regex(/^[A-Za-z0-9_-]+$/)),
});
export type PhotoLinkQuery = z.infer<typeof PhotoLinkQuery>;
