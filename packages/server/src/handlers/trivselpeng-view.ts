import type { AdminTrivselpeng, CaseStatus } from '@grannskap/contract';
import type { HistoryRow, Store, StoredReport, StoredTrivselpeng } from '../storage/store.js';

const publicHistory = (rows: HistoryRow[]) => rows.map((h) => ({ status: h.status, at: h.at, message: h.message }));

/**
 * A follow-up is possible once the money is paid, from the activity's own date on: an evening
 * activity is reported the same night, receipts in hand, and the start time is optional, so the
 * server cannot know the hour it ends. `<grannskap-case-status>` offers the form exactly when this says so.
 */
export const followUpAvailable = (t: StoredTrivselpeng, today: string) => t.core.status === 'paid' && t.core.activity.date <= today;

export const trivselpengCase = async (store: Store, t: StoredTrivselpeng, today: string): Promise<CaseStatus> => ({
  reference: t.core.reference,
  type: 'trivselpeng',
  status: t.core.status,
  createdAt: t.core.createdAt,
  updatedAt: t.core.updatedAt,
  history: publicHistory(await store.trivselpengHistory(t.rowId)),
  approvedAmount: t.approvedAmount,
  followUp: { available: followUpAvailable(t, today), submittedAt: t.followUp?.submittedAt ?? null },
});

export const reportCase = async (store: Store, r: StoredReport): Promise<CaseStatus> => ({
  reference: r.report.reference,
  type: 'report',
  status: r.report.status,
  createdAt: r.report.createdAt,
  updatedAt: r.report.updatedAt,
  history: publicHistory(await store.reportHistory(r.rowId)),
});

export const adminTrivselpeng = async (store: Store, t: StoredTrivselpeng): Promise<AdminTrivselpeng> => ({
  ...t.core,
  approvedAmount: t.approvedAmount,
  followUp: t.followUp,
  history: await store.trivselpengHistory(t.rowId),
});
