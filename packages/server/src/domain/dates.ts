import { formatInstant, localDateOf, wallClock } from '@grannskap/contract';

/** The Stockholm (or configured zone) calendar date of an instant. */
export const localToday = (now: Date, timeZone: string): string => localDateOf(wallClock(now, timeZone));

export const isoInstant = (at: Date, timeZone: string): string => formatInstant(at, timeZone);

/** Days from `from` to `to` (both `YYYY-MM-DD`). */
export const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
