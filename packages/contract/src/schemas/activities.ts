import * as z from 'zod/mini';
import { Email, Id, Instant, Lang, LocalDate, LocalDateTime, LocalizedText, Phone, ShortText } from './common.js';

export const ACTIVITY_CATEGORIES = ['omradestraff', 'trygghetsvandring', 'lovaktivitet', 'gemensam_aktivitet'] as const;
export const ActivityCategory = z.enum(ACTIVITY_CATEGORIES);
export type ActivityCategory = z.infer<typeof ActivityCategory>;

/** RFC 5545 RRULE value without the `RRULE:` prefix, e.g. `FREQ=WEEKLY;BYDAY=TU;COUNT=10`. */
export const RRuleText = z.string().check(z.minLength(6), z.maxLength(500), z.regex(/^FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)(;[A-Z]+=[A-Z0-9,+-]+)*$/));

export const Recurrence = z.object({
  rrule: RRuleText,
  /** Occurrences that are left out, as wall-clock starts. */
  exdates: z.optional(z.array(LocalDateTime).check(z.maxLength(500))),
});
export type Recurrence = z.infer<typeof Recurrence>;

export const Place = z.object({
  name: ShortText(200),
  address: z.optional(ShortText(200)),
});

export const Organiser = z.object({
  name: ShortText(200),
  url: z.optional(z.url()),
  phone: z.optional(Phone),
  email: z.optional(Email),
});

/** The fields an activity has, shared with the staff API's create and update bodies (./admin-activities.ts). */
export const activityFields = {
  title: LocalizedText,
  description: LocalizedText,
  category: ActivityCategory,
  areas: z.array(Id).check(z.maxLength(50)),
  place: Place,
  /** Wall-clock start and end in Europe/Stockholm. */
  start: LocalDateTime,
  end: LocalDateTime,
  recurrence: z.optional(z.nullable(Recurrence)),
  ageMin: z.optional(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(120)))),
  ageMax: z.optional(z.nullable(z.number().check(z.int(), z.gte(0), z.lte(120)))),
  /** Places per occurrence, counted in participants; null means no limit. */
  capacity: z.optional(z.nullable(z.number().check(z.int(), z.positive(), z.lte(10000)))),
  registration: z.object({
    required: z.boolean(),
    opens: z.optional(z.nullable(Instant)),
    closes: z.optional(z.nullable(Instant)),
  }),
  organiser: Organiser,
  languages: z.array(Lang),
  accessibility: z.optional(z.nullable(LocalizedText)),
};

export const Activity = z.object({
  id: Id,
  ...activityFields,
  cancelled: z.boolean(),
  cancelledReason: z.optional(z.nullable(z.string())),
  updatedAt: Instant,
});
export type Activity = z.infer<typeof Activity>;

/** One occurrence of an activity, expanded by the server for the requested range. */
export const Occurrence = z.object({
  activityId: Id,
  /** The occurrence's wall-clock start, used as its key (e.g. when registering). */
  key: LocalDateTime,
  start: Instant,
  end: Instant,
  cancelled: z.boolean(),
  /** Places left; null when there is no limit. */
  placesLeft: z.nullable(z.number()),
  /** Participants waiting for a place. */
  waitlist: z.number(),
});
export type Occurrence = z.infer<typeof Occurrence>;

const oneCategory = `(${ACTIVITY_CATEGORIES.join('|')})`;
/**
 * Several categories at once, comma-separated (`omradestraff,lovaktivitet`): what a calendar limited to
 * some categories shows and subscribes to. With `category` as well, both must hold.
 */
export const ActivityCategoryList = z.string().check(z.maxLength(200), z.regex(new RegExp(`^${oneCategory}(,${oneCategory})*$`)));

export const OccurrenceQuery = z.strictObject({
  from: LocalDate,
  to: LocalDate,
  area: z.optional(Id),
  category: z.optional(ActivityCategory),
  categories: z.optional(ActivityCategoryList),
  age: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(120))),
});
export type OccurrenceQuery = z.infer<typeof OccurrenceQuery>;

/** Occurrences in a range and the activities they belong to, each once. */
export const OccurrenceList = z.object({
  items: z.array(Occurrence),
  activities: z.array(Activity),
});
export type OccurrenceList = z.infer<typeof OccurrenceList>;

export const ActivityList = z.object({ items: z.array(Activity) });
export type ActivityList = z.infer<typeof ActivityList>;

/** Filters for the iCalendar feed. */
export const FeedQuery = z.strictObject({
  area: z.optional(Id),
  category: z.optional(ActivityCategory),
  categories: z.optional(ActivityCategoryList),
  age: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(120))),
  lang: z.optional(Lang),
});
export type FeedQuery = z.infer<typeof FeedQuery>;

export const ActivityParams = z.strictObject({ id: Id });
