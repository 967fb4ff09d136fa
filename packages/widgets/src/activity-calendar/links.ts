// The calendar in the page's address: one activity's occurrence (`?grannskap-activity=<id>`), which opens
// its details when the page is opened with it, and the month, view and filters the visitor chose
// (`grannskap-month`, `-view`, `-area`, `-category`, `-age`), so a view can be shared and bookmarked. The
// calendar's own parameters are all prefixed `grannskap-`, so the host page's own are left as they are.

import type { GrannskapClient } from '../shared/context.js';
import { group } from './data.js';
import type { Entry } from './data.js';

/** The parameter that names an occurrence to open: its entry id, `<activity id>@<key>`. */
export const ACTIVITY_PARAM = 'grannskap-activity';
const PREFIX = 'grannskap-';

/** This page without its fragment, the private cancel link's token, or the calendar's own parameters. */
export function pageUrl(page: string = location.href): URL {
  const url = new URL(page);
  url.hash = '';
  // a visit through the private cancel link must not hand its token on
  url.searchParams.delete('registration');
  url.searchParams.delete('token');
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(PREFIX)) url.searchParams.delete(key);
  return url;
}

/** The link that opens one occurrence's details (`entryId` is `Entry.id`). */
export function activityLink(entryId: string, page: string = location.href): string {
  const url = pageUrl(page);
  url.searchParams.set(ACTIVITY_PARAM, entryId);
  return url.href;
}

/** The occurrence a link names, or undefined for none or nonsense. */
export function linkedOccurrence(search: string = location.search): { activityId: string; key: string } | undefined {
  const value = new URLSearchParams(search).get(ACTIVITY_PARAM) ?? '';
  const at = value.lastIndexOf('@');
  const key = value.slice(at + 1);
  if (at < 1 || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(key)) return undefined;
  return { activityId: value.slice(0, at), key };
}

/**
 * The occurrence the address links to, asked of the API for its day without the calendar's filter (the
 * link names it, whatever the calendar shows); undefined when it names none, or one that is not there.
 */
export async function linkedEntry(client: GrannskapClient, search: string = location.search): Promise<Entry | undefined> {
  const linked = linkedOccurrence(search);
  if (!linked) return undefined;
  const date = linked.key.slice(0, 10);
  const list = await client.activities.occurrences({ from: date, to: date });
  const items = list.items.filter((o) => o.activityId === linked.activityId && o.key === linked.key);
  return group(date, date, items, list.activities).entries[0];
}

/** What the visitor chose, as the address keeps it: empty values and `null` are left out. */
export interface AddressState {
  month: string;
  view: string;
  area: string;
  category: string;
  age: number | null;
}

const KEYS = ['month', 'view', 'area', 'category', 'age'] as const;

/** What the address says, unchecked: the calendar takes only values it knows (an area it lists, a month, an age). */
export function readAddress(search: string = location.search): Partial<Record<(typeof KEYS)[number], string>> {
  const params = new URLSearchParams(search);
  const out: Partial<Record<(typeof KEYS)[number], string>> = {};
  for (const key of KEYS) {
    const value = params.get(PREFIX + key);
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Writes the visitor's choices into the address with `replaceState`: a month or a filter is not a page of
 * its own, so Back still leaves the page, and nothing the host page keeps in `history.state` is lost.
 */
export function writeAddress(state: AddressState): void {
  const url = new URL(location.href);
  for (const key of KEYS) {
    const value = state[key];
    if (value === null || value === '') url.searchParams.delete(PREFIX + key);
    else url.searchParams.set(PREFIX + key, String(value));
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
}
