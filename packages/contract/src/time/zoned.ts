// Wall-clock <-> instant conversion for one IANA zone through Intl, so DST follows the
// platform's time-zone data and nothing is hand-coded about when clocks change.

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO weekday of a calendar date. */
export const weekdayOf = (year: number, month: number, day: number): number => {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
};

const fromIntl = (instant: Date, timeZone: string): WallClock => {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return { year, month, day, hour, minute, second, weekday: weekdayOf(year, month, day) };
};

let clock = fromIntl;

/** The wall clock in `timeZone` at `instant`. */
export const wallClock = (instant: Date, timeZone: string): WallClock => clock(instant, timeZone);

/** Replaces how wall clocks are found (`keepZoneOffsets` in zone-offsets.ts); Intl's answer must not change. */
export const setWallClock = (next: (instant: Date, timeZone: string) => WallClock): void => {
  clock = next;
};

/** Asks Intl, every time. */
export const intlWallClock = (instant: Date, timeZone: string): WallClock => fromIntl(instant, timeZone);

/** Offset of `timeZone` from UTC at `instant`, in minutes (Stockholm: 60 in winter, 120 in summer). */
export const offsetMinutes = (instant: Date, timeZone: string): number => {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
};

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant a wall-clock time in `timeZone` names. A time skipped by the spring change
 * (02:30 on the last Sunday of March) moves forward by the gap; a repeated autumn time
 * takes its first (summer-time) occurrence.
 */
export const zonedToInstant = (local: string, timeZone: string): Date => {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Try the offsets in force a day either side: one of them makes the wall clock match.
  const before = offsetMinutes(new Date(asUtc - 86_400_000), timeZone);
  const after = offsetMinutes(new Date(asUtc + 86_400_000), timeZone);
  for (const offset of [Math.max(before, after), Math.min(before, after)]) {
    const candidate = new Date(asUtc - offset * 60_000);
    if (offsetMinutes(candidate, timeZone) === offset) return candidate;
  }
  // In the spring gap neither matches: keep the wall clock's distance from the change.
  return new Date(asUtc - Math.min(before, after) * 60_000);
};

/** `YYYY-MM-DD` of a wall clock. */
export const localDateOf = (w: Pick<WallClock, 'year' | 'month' | 'day'>): string => `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;

/** `YYYY-MM-DDTHH:mm` of an instant in `timeZone`. */
export const toLocalDateTime = (instant: Date, timeZone: string): string => {
  const w = wallClock(instant, timeZone);
  return `${localDateOf(w)}T${pad(w.hour)}:${pad(w.minute)}`;
};

/** RFC 3339 with the zone's offset, e.g. `2026-12-01T18:00:00+01:00`. */
export const formatInstant = (instant: Date, timeZone: string): string => {
  const w = wallClock(instant, timeZone);
  const off = offsetMinutes(instant, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${localDateOf(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** Adds whole days to a `YYYY-MM-DD` date. */
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return localDateOf({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
};
