import {
  cancelRegistration, createRegistration, FeedQuery, getActivity, getActivityIcs, getCalendarFeed, getRegistration, listOccurrences, routePath,
  type Activity, type OccurrenceList, type OccurrenceQuery, type RegistrationCreate, type RegistrationReceipt, type RegistrationView,
} from '@grannskap/contract';
import { ValidationError } from '../../errors/validation-error.js';
import { toFieldIssues } from '@grannskap/contract';
import { call } from '../call.js';
import { withLocale } from '../locale.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';

export interface FeedUrlOptions {
  /** `webcal://` instead of `https://`, so a click opens the calendar app's subscribe dialog. */
  webcal?: boolean;
}

export interface ActivitiesGroup {
  /** Occurrences between two dates (inclusive, `YYYY-MM-DD`), recurrences expanded, with their activities. */
  occurrences(query: OccurrenceQuery, options?: CallOptions): Promise<OccurrenceList>;
  get(id: string, options?: CallOptions): Promise<Activity>;
  /** Absolute URL of one activity's `.ics` file ("add to my calendar"). */
  icsUrl(id: string): string;
  /** Absolute URL of the iCalendar feed for a filter, to subscribe to. */
  feedUrl(filter?: FeedQuery, options?: FeedUrlOptions): string;
}
export interface RegistrationsGroup {
  /** Registers for one occurrence (`Occurrence.key`); when full it joins the waitlist if `waitlistOk`. */
  create(activityId: string, input: RegistrationCreate, options?: WriteOptions): Promise<RegistrationReceipt>;
  /** A registration through its private link (`cancelToken` from the receipt). */
  get(id: string, token: string, options?: CallOptions): Promise<RegistrationView>;
  cancel(id: string, token: string, options?: WriteOptions): Promise<RegistrationView>;
}

const absolute = (t: Transport, path: string): URL => new URL(path.replace(/^\//, ''), t.baseUrl);

export const activitiesGroup = (t: Transport): ActivitiesGroup => ({
  occurrences: (query, options) => call(t, listOccurrences, { query }, options),
  get: (id, options) => call(t, getActivity, { params: { id } }, options),
  icsUrl: (id) => absolute(t, routePath(getActivityIcs.path, { id })).href,
  feedUrl: (filter = {}, options = {}) => {
    const checked = FeedQuery.safeParse(filter);
    if (!checked.success) {
      const { operationId: operation, method, path: url } = getCalendarFeed;
      throw new ValidationError({ status: 0, operation, method, url, local: true, issues: toFieldIssues(checked.error.issues) });
    }
    const url = absolute(t, getCalendarFeed.path);
    for (const [k, v] of Object.entries(checked.data)) if (v !== undefined) url.searchParams.set(k, String(v));
    // webcal has no secure variant: calendar apps fetch the https URL behind it.
    return options.webcal ? url.href.replace(/^https?:/, 'webcal:') : url.href;
  },
});

export const registrationsGroup = (t: Transport): RegistrationsGroup => ({
  create: (activityId, input, options) => call(t, createRegistration, { params: { id: activityId }, body: withLocale(t, input) }, options),
  get: (id, token, options) => call(t, getRegistration, { params: { id }, query: { token } }, options),
  cancel: (id, token, options) => call(t, cancelRegistration, { params: { id }, body: { token } }, options),
});
