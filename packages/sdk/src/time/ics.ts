import { buildIcs, pickText, toLocalDateTime, type Activity, type IcsEvent, type Lang, type Occurrence, type OccurrenceList } from '@grannskap/contract';

export interface ActivityIcsOptions {
  /** Language of the title and description (Swedish when the activity has no text in it). */
  lang?: Lang | string;
  /** A page about the activity, put in the event's URL. */
  url?: string;
  /** Calendar name (default: the activity's title). */
  calendarName?: string;
}

/**
 * An iCalendar file for one activity: the whole series (with its RRULE and exceptions), or only
 * `occurrence` when one is given. Times are Europe/Stockholm wall clock with a VTIMEZONE.
 */
export const activityToIcs = (activity: Activity, occurrence?: Occurrence, options: ActivityIcsOptions = {}): string =>
  buildIcs({ name: options.calendarName ?? pickText(activity.title, options.lang ?? 'sv').text, events: [icsEvent(activity, occurrence, options)] });

/**
 * An iCalendar file with one event per occurrence of a list (e.g. `client.activities.occurrences(...)`
 * for next month): a snapshot of exactly those dates, unlike the subscribable feed, which holds the series.
 */
export const occurrencesToIcs = (list: OccurrenceList, options: Omit<ActivityIcsOptions, 'url'> & { calendarName: string }): string => {
  const byId = new Map(list.activities.map((a) => [a.id, a]));
  const events = list.items.flatMap((occurrence) => {
    const activity = byId.get(occurrence.activityId);
    return activity ? [icsEvent(activity, occurrence, options)] : [];
  });
  return buildIcs({ name: options.calendarName, events });
};

function icsEvent(activity: Activity, occurrence: Occurrence | undefined, options: ActivityIcsOptions): IcsEvent {
  const lang = options.lang ?? 'sv';
  const title = pickText(activity.title, lang).text;
  const one = occurrence !== undefined;
  const zone = 'Europe/Stockholm';
  return {
    // The series and each occurrence get their own UID, so adding both does not merge them.
    uid: one ? `${activity.id}-${occurrence.key.replace(/[-:]/g, '')}@grannskap` : `${activity.id}@grannskap`,
    title,
    description: pickText(activity.description, lang).text,
    location: [activity.place.name, activity.place.address].filter(Boolean).join(', '),
    ...(options.url ? { url: options.url } : {}),
    start: one ? toLocalDateTime(new Date(occurrence.start), zone) : activity.start,
    end: one ? toLocalDateTime(new Date(occurrence.end), zone) : activity.end,
    rrule: one ? null : (activity.recurrence?.rrule ?? null),
    exdates: one ? [] : (activity.recurrence?.exdates ?? []),
    cancelled: activity.cancelled || (occurrence?.cancelled ?? false),
    categories: [activity.category],
    updated: new Date(activity.updatedAt),
  };
}

/** A `data:` URL of an iCalendar text, for an "add to my calendar" link that needs no server. */
export const icsDataUrl = (ics: string): string => `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;

/** An iCalendar text as a Blob (for `URL.createObjectURL` and a download link, or a share sheet). */
export const icsBlob = (ics: string): Blob => new Blob([ics], { type: 'text/calendar;charset=utf-8' });
