import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { RetentionLogRow, Store } from '../storage/store.js';

/** How long each kind of personal record is kept, in days from when it was created. */
export interface RetentionPeriods {
  reportsDays: number;
  applicationsDays: number;
  registrationsDays: number;
}

/**
 * Defaults: a report is kept a year (long enough to follow up a recurring problem), a trivselpeng
 * application two years (the budget year it was decided in plus the next one's follow-up), a
 * registration 90 days (it only matters around the activity). Owners set their own via options or CLI.
 */
export const DEFAULT_RETENTION: RetentionPeriods = { reportsDays: 365, applicationsDays: 730, registrationsDays: 90 };
/** The job runs at startup and then this often; a day is fine-grained enough for periods counted in days. */
export const DEFAULT_RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export const resolveRetention = (partial: Partial<RetentionPeriods> = {}): RetentionPeriods => {
  const periods = { ...DEFAULT_RETENTION, ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) };
  for (const [name, days] of Object.entries(periods)) {
    if (!Number.isInteger(days) || days < 1) throw new Error(`retention ${name} must be a whole number of days, at least 1 (got ${String(days)})`);
  }
  return periods;
};

/** Deletes the rows past their period in one transaction and logs the counts; returns the photo files to remove. */
const purgeRows = async (store: Store, periods: RetentionPeriods, now: Date) => {
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const periodDays = { reports: periods.reportsDays, applications: periods.applicationsDays, registrations: periods.registrationsDays };
  const { deleted, files } = await store.purgeExpired(
    { reports: before(periods.reportsDays), applications: before(periods.applicationsDays), registrations: before(periods.registrationsDays) },
    { at: now.toISOString(), periodDays },
  );
  return { run: { at: now.toISOString(), periodDays, deleted }, files };
};

// After the commit: a crash here leaves orphan files (harmless, unreferenced), never rows pointing at nothing.
// File names are server-made ids, so joining them cannot leave the uploads folder.
const removeFiles = (uploadsDir: string, files: readonly string[]) => Promise.all(files.map((file) => unlink(join(uploadsDir, file)).catch(() => undefined)));

/**
 * Deletes what is older than its period — rows in one transaction, then the photo files — and logs
 * the counts. Running it twice deletes nothing the second time (and logs zeros, so each run is visible).
 */
export const runRetention = async (store: Store, uploadsDir: string, periods: RetentionPeriods, now: Date): Promise<RetentionLogRow> => {
  const { run, files } = await purgeRows(store, periods, now);
  await removeFiles(uploadsDir, files);
  return run;
};

/**
 * The scheduled job (at start and every `everyMs`): runs unless a run was logged less than most of `everyMs`
 * ago, by this process or another on the same database, so several processes run it about once per interval
 * between them instead of once each. The check and the run are one transaction: two processes starting at the
 * same moment run it once (SQLite's one writer; PostgreSQL serializes them and the second finds the first's
 * log). Undefined when it was not due.
 */
export const runScheduledRetention = async (store: Store, uploadsDir: string, periods: RetentionPeriods, now: Date, everyMs: number): Promise<RetentionLogRow | undefined> => {
  const due = await store.transaction(async () => {
    const [last] = await store.retentionLog(1);
    if (last && now.getTime() - Date.parse(last.at) < everyMs * 0.9) return undefined;
    return purgeRows(store, periods, now);
  });
  if (!due) return undefined;
  await removeFiles(uploadsDir, due.files);
  return due.run;
};
