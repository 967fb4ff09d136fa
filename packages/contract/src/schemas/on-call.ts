import * as z from 'zod/mini';
import { Instant, LocalizedText, Phone } from './common.js';

export const ON_CALL_WHO = ['customer_service', 'trygghetsjour', 'none'] as const;
export const ON_CALL_REASONS = ['office_hours', 'evening', 'weekend', 'holiday', 'closed'] as const;

/** Who answers right now, their phone and until when. */
export const OnCallStatus = z.object({
  who: z.enum(ON_CALL_WHO),
  name: z.nullable(LocalizedText),
  phone: z.nullable(Phone),
  reason: z.enum(ON_CALL_REASONS),
  /** When this answer changes; null if it never does within the next two weeks. */
  until: z.nullable(Instant),
  /** Set on public holidays: the holiday's Swedish name. */
  holiday: z.optional(z.nullable(z.string())),
});
export type OnCallStatus = z.infer<typeof OnCallStatus>;

export const OnCallQuery = z.strictObject({ at: z.optional(Instant) });
