// When to try again. The Standard Webhooks recommendation, cut to about 24 hours: a receiver that is down over
// a night and a morning still gets every event, and after that staff are told (dead letters) instead.
export const RETRY_SCHEDULE_MS: readonly number[] = [5_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 8 * 3600_000, 8 * 3600_000];

/** A Retry-After longer than this is not believed: the receiver still gets the next attempt within six hours. */
const MAX_RETRY_AFTER_MS = 6 * 3600_000;

/**
 * The wait before the next attempt after `attempts` failed ones, with ±20 % jitter so that retries after an outage
 * do not all arrive at once; a receiver's Retry-After (429, 503) is honoured when longer. Null: give up (dead letter).
 */
export const nextDelay = (schedule: readonly number[], attempts: number, retryAfterMs?: number, random = Math.random): number | null => {
  const base = schedule[attempts - 1];
  if (base === undefined) return null;
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return retryAfterMs === undefined ? jittered : Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
};

/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export const parseRetryAfter = (value: string | undefined, now: number): number | undefined => {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};
