// Schemas (zod/mini) and the types inferred from them.
export { LANGS, Lang, LocalizedText, Id, Instant, LocalDate, LocalDateTime, LocalTime, Phone, Email, Reference, Token } from './schemas/common.js';
export { pickText } from './schemas/text.js';
export { PROBLEM_CODES, ProblemCode, FieldIssue, Problem, PROBLEM_CONTENT_TYPE, SCHEMA_ISSUE_CODES, RULE_ISSUE_CODES, FIELD_ISSUE_CODES } from './schemas/problem.js';
export type { FieldIssueCode } from './schemas/problem.js';
export { checkAnswers, isEmptyAnswer, onlyAnswer } from './schemas/answers.js';
export type { Answer } from './schemas/answers.js';
export { toFieldIssues } from './schemas/issues.js';
export type { ZodIssueLike } from './schemas/issues.js';
export { Config, OpeningHours, Contact, SchoolHoliday, EligibilityRule, Weekday } from './schemas/config.js';
export { Area, AreaList, Address, AddressList, AddressQuery } from './schemas/areas.js';
export { REPORT_KINDS, ReportKind, FIELD_TYPES, FieldType, CategoryField, Category, CategoryList, CategoryQuery } from './schemas/categories.js';
export { Attachment } from './schemas/attachments.js';
export {
  ReportCreate, ReportContact, FieldAnswer, REPORT_STATUSES, ReportStatus, ReportReceipt,
} from './schemas/reports.js';
export { AdminReport } from './schemas/admin-reports.js';
export { CASE_TYPES, CaseEvent, CaseStatus } from './schemas/cases.js';
export {
  ACTIVITY_CATEGORIES, ActivityCategory, Recurrence, Activity,
  Occurrence, OccurrenceQuery, OccurrenceList, ActivityList, FeedQuery,
} from './schemas/activities.js';
export { ActivityCreate, ActivityUpdate, ActivityCancel } from './schemas/admin-activities.js';
export {
  Participant, RegistrationCreate, REGISTRATION_STATUSES, RegistrationStatus, RegistrationView, RegistrationReceipt,
  RegistrationCancel,
} from './schemas/registrations.js';
export { AdminRegistration, AdminRegistrationList } from './schemas/admin-registrations.js';
export {
  BudgetLine, TrivselpengCreate, TRIVSELPENG_STATUSES, TrivselpengStatus, TrivselpengReceipt, FollowUpCreate, FollowUp,
} from './schemas/trivselpeng.js';
export { TrivselpengDecision, HistoryEntry, AdminTrivselpeng } from './schemas/admin-trivselpeng.js';
export { ON_CALL_WHO, ON_CALL_REASONS, OnCallStatus } from './schemas/on-call.js';
export {
  CASE_KINDS, CaseKind, ROUTING_TIMES, RoutingTime, WebhookEndpoint, Destinations, RoutingMatch, RoutingRule, Routing, RoutingView,
  RoutingDryRunQuery, RoutingDryRun, WebhookSecret, RoutingSetResult,
} from './schemas/admin-routing.js';
export {
  DELIVERY_CHANNELS, DeliveryChannel, DELIVERY_STATES, DeliveryState, DeliveryAudience, DeliveryAttempt, Delivery, DeliveryDetail,
  DeliveryQuery, DeliveryList, DestinationHealth, DestinationHealthList, WebhookIdParams,
} from './schemas/admin-deliveries.js';
export { UnsubscribeParams, Unsubscribed, PhotoLinkQuery } from './schemas/mail.js';
export { EVENT_TYPES, EventType, EVENT_DATA, eventPayload, Event } from './schemas/events.js';
export {
  AdminReportQuery, AdminReportList, ReportStatusChange, AdminTrivselpengQuery, AdminTrivselpengList, RetentionRun, RetentionLog, RetentionLogQuery,
} from './schemas/admin.js';

// The operations: one object per endpoint, shared by server, SDK and OpenAPI document.
export { defineRoute, routePath } from './routes/define.js';
export type { Route, HttpMethod, Schema } from './routes/define.js';
export {
  getHealth, Health, getConfig, listAreas, searchAddresses, listCategories, getOnCall, uploadAttachment, createReport, getCase,
  listOccurrences, getActivity, getActivityIcs, getCalendarFeed, createRegistration, getRegistration, cancelRegistration,
  createTrivselpeng, createFollowUp, getUnsubscribe, unsubscribe, getPhotoLink,
} from './routes/public.js';
export {
  adminListReports, adminGetReport, adminSetReportStatus, adminGetAttachment, adminCreateActivity, adminUpdateActivity,
  adminCancelActivity, adminListRegistrations, adminListTrivselpeng, adminGetTrivselpeng, adminDecideTrivselpeng,
  adminRetentionLog, adminGetRouting, adminSetRouting, adminRoutingDryRun, adminRotateWebhookSecret, adminListDeliveries,
  adminGetDelivery, adminRetryDelivery, adminDestinationHealth, adminMetrics,
} from './routes/admin.js';
export { allRoutes } from './routes/all.js';

// Domain rules both the server and the SDK need (the server may not depend on the SDK).
export { wallClock, offsetMinutes, zonedToInstant, toLocalDateTime, formatInstant, addDays, localDateOf, weekdayOf } from './time/zoned.js';
export type { WallClock } from './time/zoned.js';
export { keepZoneOffsets } from './time/zone-offsets.js';
export { swedishHolidays, holidayOn, easterSunday } from './time/holidays.js';
export type { Holiday } from './time/holidays.js';
export { addWorkingDays } from './time/working-days.js';
export { onCall, answerAt } from './time/on-call.js';
export type { OnCallConfig, OnCallAnswer } from './time/on-call.js';
export { buildIcs, escapeText, foldLine } from './ics/calendar.js';
export type { IcsCalendar, IcsEvent } from './ics/calendar.js';
