import {
  adminCancelActivity, adminCreateActivity, adminDecideTrivselpeng, adminGetAttachment, adminGetReport, adminGetTrivselpeng,
  adminListRegistrations, adminListReports, adminListTrivselpeng, adminRetentionLog, adminSetReportStatus, adminUpdateActivity,
  adminGetRouting, adminRoutingDryRun, adminSetRouting,
  type Routing, type RoutingDryRun, type RoutingDryRunQuery, type RoutingView,
  type Activity, type ActivityCancel, type ActivityCreate, type ActivityUpdate, type AdminRegistrationList, type AdminReport,
  type AdminReportList, type AdminReportQuery, type AdminTrivselpeng, type AdminTrivselpengList, type AdminTrivselpengQuery,
  type ReportStatusChange, type RetentionLog, type RetentionLogQuery, type TrivselpengDecision,
} from '@grannskap/contract';
import { call } from '../call.js';
import type { CallOptions, Transport, WriteOptions } from '../transport.js';

export interface AdminReportsGroup {
  /** Newest first; follow `nextCursor` with `cursor` for the next page. */
  list(query?: AdminReportQuery, options?: CallOptions): Promise<AdminReportList>;
  get(reference: string, options?: CallOptions): Promise<AdminReport>;
  setStatus(reference: string, change: ReportStatusChange, options?: WriteOptions): Promise<AdminReport>;
}
export interface AdminAttachmentsGroup {
  /** The stored, re-encoded photo. */
  get(id: string, options?: CallOptions): Promise<Blob>;
}
export interface AdminActivitiesGroup {
  create(input: ActivityCreate, options?: WriteOptions): Promise<Activity>;
  /** Changes only the fields given. */
  update(id: string, patch: ActivityUpdate, options?: WriteOptions): Promise<Activity>;
  cancel(id: string, input: ActivityCancel, options?: WriteOptions): Promise<Activity>;
  registrations(id: string, options?: CallOptions): Promise<AdminRegistrationList>;
}
export interface AdminTrivselpengGroup {
  list(query?: AdminTrivselpengQuery, options?: CallOptions): Promise<AdminTrivselpengList>;
  get(reference: string, options?: CallOptions): Promise<AdminTrivselpeng>;
  /** Start review, approve with an amount, reject with a reason, or mark paid. */
  decide(reference: string, decision: TrivselpengDecision, options?: WriteOptions): Promise<AdminTrivselpeng>;
}
export interface AdminRetentionGroup {
  /** The retention job's runs, newest first: when, the periods in days and how many it deleted (counts only). */
  log(query?: RetentionLogQuery, options?: CallOptions): Promise<RetentionLog>;
}
export interface AdminRoutingGroup {
  /** The routing rules: where each kind of case goes, by e-mail and webhook. */
  get(options?: CallOptions): Promise<RoutingView>;
  /** Replaces the rules; an unknown webhook id or a private address is a ValidationError naming the field. */
  set(routing: Routing, options?: WriteOptions): Promise<RoutingView>;
  /** Where a case would go at `query.at` (now when absent): the rules it matches and their destinations. */
  dryRun(query: RoutingDryRunQuery, options?: CallOptions): Promise<RoutingDryRun>;
}
/** Staff operations; every call sends the client's `token` as a bearer token. */
export interface AdminGroup {
  reports: AdminReportsGroup;
  attachments: AdminAttachmentsGroup;
  activities: AdminActivitiesGroup;
  trivselpeng: AdminTrivselpengGroup;
  retention: AdminRetentionGroup;
  routing: AdminRoutingGroup;
}

export const adminGroup = (t: Transport): AdminGroup => ({
  reports: {
    list: (query = {}, options) => call(t, adminListReports, { query }, options),
    get: (reference, options) => call(t, adminGetReport, { params: { reference } }, options),
    setStatus: (reference, change, options) => call(t, adminSetReportStatus, { params: { reference }, body: change }, options),
  },
  attachments: {
    get: (id, options) => call(t, adminGetAttachment, { params: { id }, blob: true }, options),
  },
  activities: {
    create: (input, options) => call(t, adminCreateActivity, { body: input }, options),
    update: (id, patch, options) => call(t, adminUpdateActivity, { params: { id }, body: patch }, options),
    cancel: (id, input, options) => call(t, adminCancelActivity, { params: { id }, body: input }, options),
    registrations: (id, options) => call(t, adminListRegistrations, { params: { id } }, options),
  },
  trivselpeng: {
    list: (query = {}, options) => call(t, adminListTrivselpeng, { query }, options),
    get: (reference, options) => call(t, adminGetTrivselpeng, { params: { reference } }, options),
    decide: (reference, decision, options) => call(t, adminDecideTrivselpeng, { params: { reference }, body: decision }, options),
  },
  retention: {
    log: (query = {}, options) => call(t, adminRetentionLog, { query }, options),
  },
  routing: {
    get: (options) => call(t, adminGetRouting, {}, options),
    set: (routing, options) => call(t, adminSetRouting, { body: routing }, options),
    dryRun: (query, options) => call(t, adminRoutingDryRun, { query }, options),
  },
});
