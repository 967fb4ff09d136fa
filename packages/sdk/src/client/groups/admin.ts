import {
  adminCancelActivity, adminCreateActivity, adminDecideTrivselpeng, adminGetAttachment, adminGetReport, adminGetTrivselpeng,
  adminListRegistrations, adminListReports, adminListTrivselpeng, adminRetentionLog, adminSetReportStatus, adminUpdateActivity,
  adminGetRouting, adminRoutingDryRun, adminSetRouting, adminRotateWebhookSecret, adminListDeliveries, adminGetDelivery,
  adminRetryDelivery, adminDestinationHealth,
  type Routing, type RoutingDryRun, type RoutingDryRunQuery, type RoutingSetResult, type RoutingView, type WebhookSecret,
  type DeliveryDetail, type DeliveryList, type DeliveryQuery, type DestinationHealthList,
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
  set(routing: Routing, options?: WriteOptions): Promise<RoutingSetResult>;
  /** Where a case would go at `query.at` (now when absent): the rules it matches and their destinations. */
  dryRun(query: RoutingDryRunQuery, options?: CallOptions): Promise<RoutingDryRun>;
  /** A new signing secret for the webhook `id`, shown once; the previous one signs too for 24 hours. */
  rotateSecret(id: string, options?: WriteOptions): Promise<WebhookSecret>;
}
export interface AdminDeliveriesGroup {
  /** What was sent where, newest first; `{ state: 'dead' }` is the dead-letter list, `{ record }` one case's. */
  list(query?: DeliveryQuery, options?: CallOptions): Promise<DeliveryList>;
  /** One delivery with every attempt. */
  get(id: string, options?: CallOptions): Promise<DeliveryDetail>;
  /** Sends it again now (a dead one too) under the same event id, so receivers still dedupe. */
  retry(id: string, options?: WriteOptions): Promise<DeliveryDetail>;
  /** Each destination's recent record (`failing` after failures in a row) and warnings about the setup. */
  destinations(options?: CallOptions): Promise<DestinationHealthList>;
}
/** Staff operations; every call sends the client's `token` as a bearer token. */
export interface AdminGroup {
  reports: AdminReportsGroup;
  attachments: AdminAttachmentsGroup;
  activities: AdminActivitiesGroup;
  trivselpeng: AdminTrivselpengGroup;
  retention: AdminRetentionGroup;
  routing: AdminRoutingGroup;
  deliveries: AdminDeliveriesGroup;
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
    rotateSecret: (id, options) => call(t, adminRotateWebhookSecret, { params: { id } }, options),
  },
  deliveries: {
    list: (query = {}, options) => call(t, adminListDeliveries, { query }, options),
    get: (id, options) => call(t, adminGetDelivery, { params: { id } }, options),
    retry: (id, options) => call(t, adminRetryDelivery, { params: { id } }, options),
    destinations: (options) => call(t, adminDestinationHealth, {}, options),
  },
});
