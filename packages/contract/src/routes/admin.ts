import { defineRoute } from './define.js';
import {
  AdminReportList,
  AdminReportQuery,
  AdminTrivselpengList,
  AdminTrivselpengQuery,
  ReportStatusChange,
  RetentionLog,
  RetentionLogQuery,
} from '../schemas/admin.js';
import { IdParams, ReferenceParams } from '../schemas/common.js';
import { AdminReport } from '../schemas/admin-reports.js';
import { Activity } from '../schemas/activities.js';
import { ActivityCancel, ActivityCreate, ActivityUpdate } from '../schemas/admin-activities.js';
import { AdminRegistrationList } from '../schemas/admin-registrations.js';
import { AdminTrivselpeng, TrivselpengDecision } from '../schemas/admin-trivselpeng.js';
import { Routing, RoutingDryRun, RoutingDryRunQuery, RoutingSetResult, RoutingView, WebhookSecret } from '../schemas/admin-routing.js';
import { DeliveryDetail, DeliveryList, DeliveryQuery, DestinationHealthList, WebhookIdParams } from '../schemas/admin-deliveries.js';

const adminErrors = [400, 401, 404, 413, 415, 422, 429] as const;

export const adminListReports = defineRoute({
  method: 'GET', path: '/v1/admin/reports', operationId: 'adminListReports', tag: 'admin', admin: true,
  query: AdminReportQuery, response: AdminReportList, errors: adminErrors,
});

export const adminGetReport = defineRoute({
  method: 'GET', path: '/v1/admin/reports/{reference}', operationId: 'adminGetReport', tag: 'admin', admin: true,
  params: ReferenceParams, response: AdminReport, errors: adminErrors,
});

export const adminSetReportStatus = defineRoute({
  method: 'POST', path: '/v1/admin/reports/{reference}/status', operationId: 'adminSetReportStatus', tag: 'admin', admin: true,
  params: ReferenceParams, body: ReportStatusChange, idempotent: true, response: AdminReport, errors: adminErrors,
});

export const adminGetAttachment = defineRoute({
  method: 'GET', path: '/v1/admin/attachments/{id}', operationId: 'adminGetAttachment', tag: 'admin', admin: true,
  params: IdParams, produces: 'image/jpeg', errors: adminErrors,
});

export const adminCreateActivity = defineRoute({
  method: 'POST', path: '/v1/admin/activities', operationId: 'adminCreateActivity', tag: 'admin', admin: true,
  body: ActivityCreate, idempotent: true, response: Activity, status: 201, errors: adminErrors,
});

export const adminUpdateActivity = defineRoute({
  method: 'PATCH', path: '/v1/admin/activities/{id}', operationId: 'adminUpdateActivity', tag: 'admin', admin: true,
  params: IdParams, body: ActivityUpdate, idempotent: true, response: Activity, errors: adminErrors,
});

export const adminCancelActivity = defineRoute({
  method: 'POST', path: '/v1/admin/activities/{id}/cancel', operationId: 'adminCancelActivity', tag: 'admin', admin: true,
  params: IdParams, body: ActivityCancel, idempotent: true, response: Activity, errors: adminErrors,
});

export const adminListRegistrations = defineRoute({
  method: 'GET', path: '/v1/admin/activities/{id}/registrations', operationId: 'adminListRegistrations', tag: 'admin', admin: true,
  params: IdParams, response: AdminRegistrationList, errors: adminErrors,
});

export const adminListTrivselpeng = defineRoute({
  method: 'GET', path: '/v1/admin/trivselpeng', operationId: 'adminListTrivselpeng', tag: 'admin', admin: true,
  query: AdminTrivselpengQuery, response: AdminTrivselpengList, errors: adminErrors,
});

export const adminGetTrivselpeng = defineRoute({
  method: 'GET', path: '/v1/admin/trivselpeng/{reference}', operationId: 'adminGetTrivselpeng', tag: 'admin', admin: true,
  params: ReferenceParams, response: AdminTrivselpeng, errors: adminErrors,
});

export const adminDecideTrivselpeng = defineRoute({
  method: 'POST', path: '/v1/admin/trivselpeng/{reference}/status', operationId: 'adminDecideTrivselpeng', tag: 'admin', admin: true,
  params: ReferenceParams, body: TrivselpengDecision, idempotent: true, response: AdminTrivselpeng,
  errors: [...adminErrors, 409],
});

export const adminRetentionLog = defineRoute({
  method: 'GET', path: '/v1/admin/retention-log', operationId: 'adminRetentionLog', tag: 'admin', admin: true,
  query: RetentionLogQuery, response: RetentionLog, errors: adminErrors,
});

export const adminGetRouting = defineRoute({
  method: 'GET', path: '/v1/admin/routing', operationId: 'adminGetRouting', tag: 'admin', admin: true,
  response: RoutingView, errors: adminErrors,
});

export const adminSetRouting = defineRoute({
  method: 'POST', path: '/v1/admin/routing', operationId: 'adminSetRouting', tag: 'admin', admin: true,
  body: Routing, idempotent: true, response: RoutingSetResult, errors: adminErrors,
});

export const adminRoutingDryRun = defineRoute({
  method: 'GET', path: '/v1/admin/routing/dry-run', operationId: 'adminRoutingDryRun', tag: 'admin', admin: true,
  query: RoutingDryRunQuery, response: RoutingDryRun, errors: adminErrors,
});

/** A new signing secret for one webhook endpoint; the one before stays valid for 24 hours, so receivers can switch. */
export const adminRotateWebhookSecret = defineRoute({
  method: 'POST', path: '/v1/admin/routing/webhooks/{id}/secret', operationId: 'adminRotateWebhookSecret', tag: 'admin', admin: true,
  params: WebhookIdParams, idempotent: true, response: WebhookSecret, errors: adminErrors,
});

export const adminListDeliveries = defineRoute({
  method: 'GET', path: '/v1/admin/deliveries', operationId: 'adminListDeliveries', tag: 'admin', admin: true,
  query: DeliveryQuery, response: DeliveryList, errors: adminErrors,
});

export const adminGetDelivery = defineRoute({
  method: 'GET', path: '/v1/admin/deliveries/{id}', operationId: 'adminGetDelivery', tag: 'admin', admin: true,
  params: IdParams, response: DeliveryDetail, errors: adminErrors,
});

/** Sends a delivery again now (a dead one too), under the same event id. */
export const adminRetryDelivery = defineRoute({
  method: 'POST', path: '/v1/admin/deliveries/{id}/retry', operationId: 'adminRetryDelivery', tag: 'admin', admin: true,
  params: IdParams, idempotent: true, response: DeliveryDetail, errors: adminErrors,
});

export const adminDestinationHealth = defineRoute({
  method: 'GET', path: '/v1/admin/destinations', operationId: 'adminDestinationHealth', tag: 'admin', admin: true,
  response: DestinationHealthList, errors: adminErrors,
});

/** Metrics in the Prometheus text format (a scraper sends the staff token as a bearer token). */
export const adminMetrics = defineRoute({
  method: 'GET', path: '/v1/admin/metrics', operationId: 'adminMetrics', tag: 'admin', admin: true,
  produces: 'text/plain', errors: adminErrors,
});
