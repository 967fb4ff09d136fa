import type { Activity } from '@grannskap/contract';
import { addDays, wallClock, zonedToInstant } from '@grannskap/contract';
import rrulePackage from 'rrule';
import type { Options as RRuleOptions } from 'rrule';
import { InvalidRecurrenceError } from './errors.js';
import { checkRrule } from './rrule-check.js';

// rrule ships CommonJS: Node's ESM loader only offers it as a default export.
const { RRule } = rrulePackage;

/** At most this many occurrences per call, whatever the rule and range. */
export const MAX_OCCURRENCES = 5000;

export interface ExpandedOccurrence {
  /** The wall-clock start, `YYYY-MM-DDTHH:mm`. */
  key: string;
  start: Date;
  end: Date;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall-clock time as a "floating" Date whose UTC fields are the wall-clock fields. rrule
 * does its arithmetic on these, so a weekly 18:00 stays 18:00 whatever DST does.
 */
const floating = (local: string): Date => {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi));
};
const localOf = (f: Date): string => f.toISOString().slice(0, 16);

const floatingWallClock = (instant: Date, timeZone: string): Date => {
  const w = wallClock(instant, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
};

const DAY = 86_400_000;

/**
 * rrule always iterates from DTSTART, so a range far after it (an old weekly rule asked about
 * the year 3000) would cost millions of steps. Without COUNT, a start moved forward by whole
 * periods gives the same occurrences from there on; this returns the latest such start at or
 * before `target`.
 */
const fastForward = (options: Partial<RRuleOptions>, first: Date, target: Date): Date => {
  if (options.count != null || target.getTime() <= first.getTime()) return first;
  const interval = options.interval ?? 1;
  if (options.freq === RRule.DAILY || options.freq === RRule.WEEKLY) {
    // Whole days (or weeks) keep the time of day, the weekday and the week phase of INTERVAL.
    const period = (options.freq === RRule.DAILY ? 1 : 7) * interval * DAY;
    return new Date(first.getTime() + Math.floor((target.getTime() - first.getTime()) / period) * period);
  }
  if (options.freq === RRule.MONTHLY) {
    const months = (target.getUTCFullYear() - first.getUTCFullYear()) * 12 + target.getUTCMonth() - first.getUTCMonth();
    // One period of margin, for an occurrence that started earlier and still runs.
    const k = Math.floor(months / interval) * interval - interval;
    if (k <= 0) return first;
    // With BYDAY/BYMONTHDAY the start's day only bounds the first month, so day 1 keeps all of it;
    // without them rrule repeats the start's day, which every month has up to the 28th.
    const explicit = options.byweekday != null || options.bymonthday != null;
    if (!explicit && first.getUTCDate() > 28) return first;
    return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + k, explicit ? 1 : first.getUTCDate(), first.getUTCHours(), first.getUTCMinutes()));
  }
  return first;
};

/** The rule as rrule sees it: starting at the floating `first`, UNTIL moved onto the wall clock. */
const floatingRule = (text: string, first: Date, timeZone: string, searchFrom?: Date) => {
  const checked = checkRrule(text);
  let options;
  try {
    options = RRule.parseString(text);
  } catch (error) {
    throw new InvalidRecurrenceError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  // UNTIL is a real (UTC) instant; rrule compares it with floating dates.
  const until = checked.until ? floatingWallClock(checked.until, timeZone) : null;
  const dtstart = searchFrom ? fastForward(options, first, searchFrom) : first;
  return new RRule({ ...options, dtstart, until, tzid: null }, true);
};

/**
 * Throws InvalidRecurrenceError unless the activity's recurrence can be expanded and its start
 * is the rule's first occurrence. RFC 5545 leaves a start out of step with the rule undefined
 * (rrule and ical.js drop it, some calendar apps show it), so the server refuses it at write time.
 */
export const checkRecurrence = (activity: Pick<Activity, 'start' | 'recurrence'>, timeZone: string): void => {
  if (!activity.recurrence) return;
  const first = floating(activity.start);
  const rule = floatingRule(activity.recurrence.rrule, first, timeZone);
  if (rule.after(first, true)?.getTime() !== first.getTime()) {
    throw new InvalidRecurrenceError('The start must be the first occurrence of the rule (e.g. a Tuesday for BYDAY=TU)', {
      code: 'start_not_in_rule',
      path: ['start'],
    });
  }
};

/**
 * The occurrences of an activity that overlap the days `from`…`to` (inclusive, `YYYY-MM-DD`
 * in `timeZone`), in start order, at most MAX_OCCURRENCES. The RRULE is expanded by the
 * rrule library in wall-clock time, then each start and end is placed in the zone; the
 * wall-clock duration is kept, so 18:00–20:00 stays 18:00–20:00 across a DST change.
 * Throws InvalidRecurrenceError for a rule it cannot expand.
 */
export const expandOccurrences = (
  activity: Pick<Activity, 'start' | 'end' | 'recurrence'>,
  from: string,
  to: string,
  timeZone: string,
): ExpandedOccurrence[] => {
  const rangeStart = zonedToInstant(`${from}T00:00`, timeZone).getTime();
  const rangeEnd = zonedToInstant(`${addDays(to, 1)}T00:00`, timeZone).getTime();
  if (!(rangeEnd > rangeStart)) return [];
  const first = floating(activity.start);
  const duration = floating(activity.end).getTime() - first.getTime();
  const occurrence = (start: Date): ExpandedOccurrence => {
    const key = localOf(start);
    return { key, start: zonedToInstant(key, timeZone), end: zonedToInstant(localOf(new Date(start.getTime() + duration)), timeZone) };
  };
  const overlaps = (o: ExpandedOccurrence) => o.start.getTime() < rangeEnd && Math.max(o.end.getTime(), o.start.getTime() + 1) > rangeStart;

  const recurrence = activity.recurrence;
  if (!recurrence) {
    const only = occurrence(first);
    return overlaps(only) ? [only] : [];
  }

  const excluded = new Set(recurrence.exdates ?? []);
  // Search a little wider than the range (occurrences that started earlier may still run, and
  // a DST shift moves instants by an hour); the exact overlap test below decides.
  const after = new Date(floating(`${from}T00:00`).getTime() - Math.max(duration, 0) - 3_600_000);
  const before = new Date(floating(`${addDays(to, 1)}T00:00`).getTime() + 3_600_000);
  const rule = floatingRule(recurrence.rrule, first, timeZone, after);
  const out: ExpandedOccurrence[] = [];
  rule.between(after, before, true, (date) => {
    const o = occurrence(date);
    if (!excluded.has(o.key) && overlaps(o)) out.push(o);
    return out.length < MAX_OCCURRENCES;
  });
  return out;
};
