import type { Activity, ActivityCategory, IcsEvent, Lang } from '@grannskap/contract';
import { buildIcs, pickText } from '@grannskap/contract';

const CATEGORY_NAMES: Record<ActivityCategory, { sv: string; en: string }> = {
  omradestraff: { sv: 'Områdesträff', en: 'Neighbourhood meeting' },
  trygghetsvandring: { sv: 'Trygghetsvandring', en: 'Safety walk' },
  lovaktivitet: { sv: 'Lovaktivitet', en: 'Holiday activity' },
  gemensam_aktivitet: { sv: 'Gemensam aktivitet', en: 'Joint activity' },
};
const CANCELLED = { sv: 'Inställt', en: 'Cancelled' };

export interface IcsOptions {
  /** The calendar's name, shown by subscribing apps. */
  name: string;
  /** Language for titles and descriptions; Swedish where a text has no such translation. */
  lang: Lang | string;
  /** Link to the activity's page, when there is one. */
  activityUrl?: (id: string) => string;
}

const toEvent = (a: Activity, options: IcsOptions): IcsEvent => {
  const ui = options.lang === 'en' ? 'en' : 'sv';
  let title = pickText(a.title, options.lang).text;
  let description = pickText(a.description, options.lang).text;
  // Many calendar apps ignore STATUS:CANCELLED, so the title says it too.
  if (a.cancelled) {
    title = `${CANCELLED[ui]}: ${title}`;
    if (a.cancelledReason) description = `${CANCELLED[ui]}: ${a.cancelledReason}\n\n${description}`;
  }
  return {
    uid: `${a.id}@grannskap`,
    title,
    description,
    location: [a.place.name, a.place.address].filter(Boolean).join(', '),
    url: options.activityUrl?.(a.id),
    start: a.start,
    end: a.end,
    rrule: a.recurrence?.rrule ?? null,
    exdates: a.recurrence?.exdates ?? [],
    cancelled: a.cancelled,
    categories: [CATEGORY_NAMES[a.category][ui]],
    updated: new Date(a.updatedAt),
  };
};

/** An RFC 5545 calendar of activities (VTIMEZONE Europe/Stockholm, RRULE, EXDATE, STATUS). */
export const activitiesToIcs = (activities: readonly Activity[], options: IcsOptions): string =>
  buildIcs({ name: options.name, refreshHours: 12, events: activities.map((a) => toEvent(a, options)) });
