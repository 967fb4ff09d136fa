import type { Activity, AdminReport, AdminTrivselpeng, Address, Area, Category, Config, FollowUp, HistoryEntry, Routing } from '@grannskap/contract';

// The storage boundary: every read and write the server makes, and nothing about SQL.
// `Store` is asynchronous, so a network database can stand behind it: every operation returns a promise,
// and `transaction(fn)` runs `fn` atomically while it awaits — the store's operations called inside `fn`
// (anywhere down its await chain) join that transaction. `StoreOperations` lists the operations with the
// answers they resolve to; the SQLite engine (better-sqlite3) runs them synchronously underneath.

import type { DeliveryStore } from './delivery-store.js';

export interface StoredRouting { routing: Routing; updatedAt: string; updatedBy: string | null }

export interface IdempotencyRecord { fingerprint: string; status: number; body: string }

export interface StoredAttachment {
  id: string; file: string; contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  bytes: number; width: number; height: number; usedBy: string | null; createdAt: string;
}

export interface StoredReport { rowId: number; tokenHash: string; report: AdminReport }
export type HistoryRow = Required<Pick<HistoryEntry, 'status' | 'at'>> & { by: string | null; note: string | null; message: string | null };

export type TrivselpengCore = Omit<AdminTrivselpeng, 'history' | 'followUp' | 'approvedAmount'>;
export interface StoredTrivselpeng {
  rowId: number; tokenHash: string; core: TrivselpengCore; approvedAmount: number | null; followUp: FollowUp | null;
}

export interface StoredRegistration {
  id: string; activityId: string; occurrence: string; status: 'confirmed' | 'waitlisted' | 'cancelled';
  /** `waitlisted`: how many of the participants (the last in `details.participantList`) wait for a place. */
  participants: number; waitlisted: number; tokenHash: string; seq: number; createdAt: string;
  details: { participantList: { name: string; age?: number | null }[]; contact: { name: string; phone?: string | null; email?: string | null; emailUpdates?: boolean }; locale?: string | null };
}

export interface ReportFilter { status?: string; kind?: string; area?: string; category?: string }
export interface TrivselpengFilter { status?: string; area?: string }

/** Instants before which records of each kind are deleted by the retention job. */
export interface RetentionCutoffs { reports: string; applications: string; registrations: string }
/** One run of the retention job as logged: counts only. */
export interface RetentionLogRow {
  at: string;
  periodDays: { reports: number; applications: number; registrations: number };
  deleted: { reports: number; applications: number; registrations: number; photos: number };
}

/** The store's operations with the answers they resolve to (`Store` returns each as a promise). */
export interface StoreOperations extends DeliveryStore {
  close(): void;
  /**
   * Deletes, in one transaction, reports, trivselpeng applications and registrations created before their
   * cutoff, with their history, photo rows and deliveries (whose e-mail addresses are personal data), and logs the counts. Returns the photo files to remove from disk.
   */
  purgeExpired(cutoffs: RetentionCutoffs, log: Omit<RetentionLogRow, 'deleted'>): { deleted: RetentionLogRow['deleted']; files: string[] };
  retentionLog(limit: number): RetentionLogRow[];
  ping(): void;
  /**
   * A token that changes whenever stored data may have changed — a write through this store or by another
   * process on the same database. Equal tokens mean a read answers the same; cached answers rely on it.
   */
  dataVersion(): string;
  /**
   * Like `dataVersion`, for the configuration and the routing rules only: it does not move on this process's
   * other writes (a report), so they can be kept parsed across writes. Another process's commits do move it.
   */
  settingsVersion(): string;

  getIdempotency(key: string): IdempotencyRecord | undefined;
  putIdempotency(key: string, record: IdempotencyRecord, at: string): void;
  /** Forgets stored answers created before `before` (ISO instant); returns how many. */
  pruneIdempotency(before: string): number;

  getConfig(): Config | undefined;
  setConfig(config: Config, at: string): void;
  /** The routing rules as last set, with when and by whom; undefined before any were. */
  getRouting(): StoredRouting | undefined;
  setRouting(routing: Routing, at: string, by: string | null): void;
  listAreas(): Area[];
  getArea(id: string): Area | undefined;
  putArea(area: Area, position: number): void;
  searchAddresses(query: { q?: string; area?: string; limit: number }): Address[];
  getAddress(id: string): Address | undefined;
  putAddress(address: Address): void;
  listCategories(kind?: string): Category[];
  getCategory(code: string): Category | undefined;
  putCategory(category: Category, position: number): void;
  nextSequence(name: string): number;

  addAdminToken(hash: string, label: string, at: string): void;
  findAdminToken(hash: string): { label: string } | undefined;

  insertAttachment(attachment: StoredAttachment): void;
  getAttachment(id: string): StoredAttachment | undefined;
  useAttachment(id: string, usedBy: string): void;

  insertReport(report: AdminReport, tokenHash: string): number;
  getReport(reference: string): StoredReport | undefined;
  updateReport(rowId: number, report: AdminReport): void;
  listReports(filter: ReportFilter, limit: number, beforeRowId?: number): StoredReport[];
  addReportHistory(rowId: number, entry: HistoryRow): void;
  reportHistory(rowId: number): HistoryRow[];

  insertActivity(activity: Activity): void;
  getActivity(id: string): Activity | undefined;
  listActivities(filter: { category?: string }): Activity[];
  updateActivity(activity: Activity): void;
  addActivityHistory(activityId: string, entry: HistoryRow): void;
  activityHistory(activityId: string): HistoryRow[];

  insertRegistration(registration: StoredRegistration): void;
  getRegistration(id: string): StoredRegistration | undefined;
  listRegistrations(activityId: string): StoredRegistration[];
  /** Registrations of one occurrence that are not cancelled, in the order they came in. */
  occurrenceRegistrations(activityId: string, occurrence: string): StoredRegistration[];
  /** Participants with a place and participants waiting per occurrence key, for one activity. */
  occurrenceCounts(activityId: string): Map<string, { confirmed: number; waitlisted: number }>;
  /** Sets the status and how many of the participants wait (0 unless some wait for a place). */
  setRegistrationStatus(id: string, status: StoredRegistration['status'], waitlisted?: number): void;
  nextRegistrationSeq(): number;
  setRegistrationDetails(id: string, details: StoredRegistration['details']): void;

  insertTrivselpeng(core: TrivselpengCore, tokenHash: string): number;
  getTrivselpeng(reference: string): StoredTrivselpeng | undefined;
  updateTrivselpeng(rowId: number, change: { status: string; updatedAt: string; approvedAmount?: number | null; followUp?: FollowUp | null }): void;
  setTrivselpengApplicant(rowId: number, applicant: TrivselpengCore['applicant']): void;
  listTrivselpeng(filter: TrivselpengFilter, limit: number, beforeRowId?: number): StoredTrivselpeng[];
  addTrivselpengHistory(rowId: number, entry: HistoryRow): void;
  trivselpengHistory(rowId: number): HistoryRow[];
}

/** `T`'s methods, each returning a promise of what it returned. */
export type Promised<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never };

export interface Store extends Promised<StoreOperations> {
  /**
   * Runs `fn` atomically: every operation of this store that `fn` awaits, directly or further down, is part of
   * one transaction, committed when `fn` resolves and rolled back when it throws. Other requests' operations wait
   * meanwhile or see the state before it, never a part of it. A `transaction` inside one joins it.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}
