import type { Store } from '../storage/store.js';
import { wallClock } from '@grannskap/contract';

/** `R-2026-000123` / `T-2026-000045`: a per-year sequence in the configured zone. */
export const nextReference = async (store: Store, prefix: 'R' | 'T', now: Date, timeZone: string): Promise<string> => {
  const year = wallClock(now, timeZone).year;
  const n = await store.nextSequence(`${prefix}-${year}`);
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
};

/** Opaque cursor for "older than this row" pagination. */
export const encodeCursor = (rowId: number): string => Buffer.from(`r${rowId}`).toString('base64url');
export const decodeCursor = (cursor: string): number | null => {
  const m = /^r(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m?.[1] ? Number(m[1]) : null;
};
