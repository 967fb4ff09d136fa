// Occurrences for a date range: fetched once per range and filter, grouped by day once per fetch, so the
// month grid and the agenda only look things up while rendering.
import type { Activity, ActivityCategory, Occurrence, OccurrenceQuery } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';

/** The filter in force: fixed parts from attributes merged with the visitor's choices. */
export interface Filter {
  area: string;
  /** The categories the calendar may show (from the `categories` attribute); empty for all. */
  allowed: readonly ActivityCategory[];
  /** The one category chosen, or empty for all allowed. */
  category: ActivityCategory | '';
  age: number | null;
}

/** One occurrence with its activity and its wall-clock day and time (from `Occurrence.key`, so DST never shifts them). */
export interface Entry {
  readonly occurrence: Occurrence;
  readonly activity: Activity;
  readonly date: string;
  readonly time: string;
  /** Stable id for keyed rendering. */
  readonly id: string;
}

export interface Slice {
  readonly from: string;
  readonly to: string;
  readonly entries: readonly Entry[];
  readonly byDay: ReadonlyMap<string, readonly Entry[]>;
}

/** The filter as the API takes it, for occurrences and for the feed alike. */
export function filterQuery(filter: Filter): Pick<OccurrenceQuery, 'area' | 'category' | 'categories' | 'age'> {
  const category = filter.category || (filter.allowed.length === 1 ? filter.allowed[0] : undefined);
  return {
    ...(filter.area ? { area: filter.area } : {}),
    ...(category ? { category } : filter.allowed.length > 1 ? { categories: filter.allowed.join(',') } : {}),
    ...(filter.age !== null ? { age: filter.age } : {}),
  };
}

const filterKey = (f: Filter): string => [f.area, f.allowed.join(','), f.category, f.age ?? ''].join('|');

/** Groups a server answer by wall-clock day, keeping the server's order (by start). */
export function group(from: string, to: string, items: readonly Occurrence[], activities: readonly Activity[]): Slice {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const entries: Entry[] = [];
  const byDay = new Map<string, Entry[]>();
  for (const occurrence of items) {
    const activity = byId.get(occurrence.activityId);
    if (!activity) continue;
    const date = occurrence.key.slice(0, 10);
    const entry: Entry = { occurrence, activity, date, time: occurrence.key.slice(11, 16), id: `${occurrence.activityId}@${occurrence.key}` };
    entries.push(entry);
    const day = byDay.get(date);
    if (day) day.push(entry);
    else byDay.set(date, [entry]);
  }
  return { from, to, entries, byDay };
}

/** The most ranges kept; a visitor paging back and forth over a year stays within it. */
const CACHE_SIZE = 24;

/** Fetched ranges by range and filter. Answers in flight are shared, so a fast double "next month" fetches once. */
export class OccurrenceCache {
  private readonly slices = new Map<string, Promise<Slice>>();

  constructor(private readonly client: GrannskapClient) {}

  get(from: string, to: string, filter: Filter): Promise<Slice> {
    const key = `${from}|${to}|${filterKey(filter)}`;
    const hit = this.slices.get(key);
    if (hit) {
      // most recently used last
      this.slices.delete(key);
      this.slices.set(key, hit);
      return hit;
    }
    const promise = this.client.activities.occurrences({ from, to, ...filterQuery(filter) }).then((list) => group(from, to, list.items, list.activities));
    promise.catch(() => this.slices.delete(key));
    this.slices.set(key, promise);
    while (this.slices.size > CACHE_SIZE) this.slices.delete(this.slices.keys().next().value as string);
    return promise;
  }

  /** Forgets everything, e.g. after a registration changed the places left. */
  clear(): void {
    this.slices.clear();
  }

  /** Whether this cache serves `client`. */
  serves(client: GrannskapClient): boolean {
    return this.client === client;
  }
}

/** A children's activity: one that sets an upper age under 18 (participants' ages are asked for). */
export const isForChildren = (a: Activity): boolean => a.ageMax != null && a.ageMax < 18;
