// The zone's offset per minute of UTC, asked of Intl once: formatToParts costs tens of microseconds, and a server
// asks for a wall clock several times per write, a calendar feed once per occurrence. Browsers ask seldom, so
// this stays out of the widget bundles: only the server turns it on. Offsets change on whole minutes in the tz
// data since 1970 (older local mean times did not, so those instants still ask Intl).
import { intlWallClock, setWallClock, weekdayOf, type WallClock } from './zoned.js';

const MINUTE = 60_000;
const MAX_MINUTES_PER_ZONE = 4096;
const offsets = new Map<string, Map<number, number>>();

const keptWallClock = (instant: Date, timeZone: string): WallClock => {
  const ms = instant.getTime();
  if (!(ms >= 0 && ms < 4e12)) return intlWallClock(instant, timeZone);
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(ms / MINUTE) * MINUTE;
  let offset = zone.get(bucket);
  if (offset === undefined) {
    const w = intlWallClock(new Date(bucket), timeZone);
    offset = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - bucket;
    if (zone.size >= MAX_MINUTES_PER_ZONE) zone.clear();
    zone.set(bucket, offset);
  }
  const d = new Date(ms + offset);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return { year, month, day, hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: weekdayOf(year, month, day) };
};

/** From now on, wall clocks in this process come from offsets kept per minute: the same answers, sooner. */
export const keepZoneOffsets = (): void => setWallClock(keptWallClock);
