import * as z from 'zod/mini';
import { Id } from './common.js';

/** An uploaded photo after the server re-encoded it without metadata. */
export const Attachment = z.object({
  id: Id,
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  bytes: z.number().check(z.int(), z.positive()),
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
});
export type Attachment = z.infer<typeof Attachment>;
