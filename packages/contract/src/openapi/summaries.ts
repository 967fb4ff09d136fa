import type { EventType } from '../schemas/events.js';

// One line per operation for the OpenAPI document. Kept apart from the route objects so the
// browser bundles, which import routes, do not carry documentation strings.
export const summaries: Record<string, string> = {
  getHealth: 'Liveness: answers while the server can reach its database.',
  getConfig: 'Organisation, phone numbers, hours, limits, privacy notice and school holidays.',
  listAreas: 'The areas (stadsdelar) the company has homes in.',
  searchAddresses: 'Search addresses and properties, optionally within one area.',
  listCategories: 'The service catalogue: report categories with their extra fields.',
  getOnCall: 'Who answers the phone now (or at `at`): customer service or the trygghetsjour.',
  uploadAttachment: 'Upload one photo; it is re-encoded without metadata and can then be attached to a report or follow-up.',
  createReport: 'Report a disturbance, damage or an unsafe place.',
  getCase: 'Status of a report or trivselpeng application, by reference and private token.',
  listOccurrences: 'Activity occurrences in a date range (recurrences expanded), with their activities.',
  getActivity: 'One activity.',
  getActivityIcs: 'One activity as an iCalendar file, for "add to my calendar".',
  getCalendarFeed: 'iCalendar feed (RFC 5545) of activities for a filter; subscribe over https or webcal.',
  createRegistration: 'Register for an occurrence; the participants who do not fit in the places left join the waitlist.',
  getRegistration: 'A registration, through its private cancel link.',
  cancelRegistration: 'Cancel a registration; the freed places go to those waiting, in the order they registered.',
  createTrivselpeng: 'Apply for trivselpeng to arrange an activity for the neighbours.',
  createFollowUp: 'Tell how the activity went, after it has been paid and held.',
  adminListReports: 'Reports, newest first, filtered by status, kind, area or category.',
  adminGetReport: 'One report with contact details.',
  adminSetReportStatus: 'Change a report\'s status with an internal note and an optional message to the tenant.',
  adminGetAttachment: 'The stored (re-encoded) photo.',
  adminRotateWebhookSecret: 'A new signing secret for a webhook endpoint (shown once); the previous one stays valid for 24 hours.',
  adminListDeliveries: 'What was sent where: deliveries newest first, by case, state (dead letters: `state=dead`) or channel.',
  adminGetDelivery: 'One delivery with every attempt: time, status code, latency, error.',
  adminRetryDelivery: 'Send a delivery again now (a dead one too), under the same event id.',
  adminDestinationHealth: 'How each destination fares: failures in a row, last success, waiting and dead deliveries; setup warnings.',
  adminMetrics: 'Metrics for Prometheus: deliveries by state, attempts by outcome, failing destinations, and the process.',
  getUnsubscribe: 'The page behind the unsubscribe link in a tenant mail: it asks before anything changes.',
  unsubscribe: 'Stop the mails about one case (one-click unsubscribe, RFC 8058).',
  getPhotoLink: 'A case photo through the expiring signed link in a staff mail.',
  adminCreateActivity: 'Publish an activity.',
  adminUpdateActivity: 'Edit an activity; only the fields sent change.',
  adminCancelActivity: 'Cancel an activity, with a reason shown to visitors.',
  adminListRegistrations: 'Registrations for an activity, with contact details.',
  adminListTrivselpeng: 'Trivselpeng applications, newest first.',
  adminGetTrivselpeng: 'One application with its history and follow-up.',
  adminDecideTrivselpeng: 'Start review, approve with an amount, reject with a reason, or mark paid.',
  adminGetRouting: 'The routing rules: where each kind of case goes, by e-mail and webhook.',
  adminSetRouting: 'Replace the routing rules (checked whole: unknown webhook ids and private addresses are refused).',
  adminRoutingDryRun: 'Where a case would go: the rules it matches at a moment (now when `at` is absent) and their destinations.',
  adminRetentionLog: 'Runs of the retention job, newest first: when, the periods in days and how many it deleted (counts only).',
};

// One line per tag, in the order the document lists them (Redocly's `tag-description` rule wants each described).
export const tagDescriptions: Record<string, string> = {
  meta: 'Whether the server is up, for load balancers and monitoring.',
  config: 'What every widget loads first: the organisation, phone numbers, opening hours and who answers the phone now.',
  areas: 'The areas the company has homes in, and address search within them.',
  reports: 'Reporting a disturbance, damage or an unsafe place, with the service catalogue and photo uploads it uses.',
  cases: 'A tenant following up a report or application through the private link in the receipt.',
  activities: 'Activities for the neighbours: the calendar, iCalendar files and feeds, registration and cancellation.',
  trivselpeng: 'Applying for trivselpeng to arrange an activity, and telling afterwards how it went.',
  admin: 'Staff work with reports, activities, registrations, trivselpeng and the retention log. Needs a staff bearer token.',
  events: 'What the server sends to the systems that act on a case: one signed webhook per event (Standard Webhooks).',
};

// One line per event for its webhook.
export const eventSummaries: Record<EventType, string> = {
  'report.created': 'A report came in: everything staff need to act on it, the contact included when given.',
  'report.status_changed': 'Staff moved a report to another status.',
  'report.message_to_tenant': 'Staff wrote to the tenant on the report\'s status page.',
  'application.submitted': 'A trivselpeng application came in.',
  'application.decided': 'Staff started the review of, approved, rejected or paid an application.',
  'follow_up.submitted': 'The applicant told how the activity went.',
  'registration.created': 'Someone registered for an activity (some or all of the participants may wait for a place).',
  'registration.cancelled': 'A registration was cancelled.',
  'registration.promoted': 'Places came free and participants of a waiting registration got them.',
};
