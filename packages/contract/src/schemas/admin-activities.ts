// The staff API's request and response shapes, apart from the public ones: a module no widget imports from,
// so none of this reaches a tenant's browser (the contract has no side effects: `sideEffects: false`).
import * as z from 'zod/mini';
import { LocalizedText, ShortText } from './common.js';
import { Organiser, Place, Recurrence, activityFields } from './activities.js';

const checkTimes = z.refine<{ start?: string; end?: string }>((a) => a.start === undefined || a.end === undefined || a.end > a.start, {
  message: 'The end must be after the start',
  path: ['end'],
  params: { code: 'end_before_start' },
});
const checkAges = z.refine<{ ageMin?: number | null; ageMax?: number | null }>((a) => a.ageMin == null || a.ageMax == null || a.ageMax >= a.ageMin, {
  message: 'The highest age must not be lower than the lowest',
  path: ['ageMax'],
  params: { code: 'age_range' },
});

// Request bodies reject unknown fields at every depth; responses (Activity) stay lenient so
// a client keeps working when the server adds a field.
const strictText = z.strictObject(LocalizedText.shape);
const createFields = {
  ...activityFields,
  title: strictText,
  description: strictText,
  place: z.strictObject(Place.shape),
  recurrence: z.optional(z.nullable(z.strictObject(Recurrence.shape))),
  registration: z.strictObject(activityFields.registration.shape),
  organiser: z.strictObject(Organiser.shape),
  accessibility: z.optional(z.nullable(strictText)),
};

export const ActivityCreate = z.strictObject(createFields).check(checkTimes, checkAges);
export type ActivityCreate = z.input<typeof ActivityCreate>;

export const ActivityUpdate = z.partial(z.strictObject(createFields)).check(checkTimes, checkAges);
export type ActivityUpdate = z.input<typeof ActivityUpdate>;

export const ActivityCancel = z.strictObject({ reason: ShortText(500) });
export type ActivityCancel = z.input<typeof ActivityCancel>;
