// @grannskap/sdk: every public export is named here.

// Client
export { createClient } from './client/create-client.js';
export type { Client, ClientOptions } from './client/create-client.js';
export type { CallOptions, WriteOptions } from './client/transport.js';
export type { RetryOptions, RetryInfo } from './client/retry.js';
export { createIdempotencyKey } from './client/idempotency.js';
export type { ConfigGroup, AreasGroup, AddressesGroup, CategoriesGroup, OnCallGroup } from './client/groups/catalogue.js';
export type { AttachmentsGroup, ReportsGroup, CasesGroup, UploadOptions, UploadProgress } from './client/groups/reports.js';
export type { ActivitiesGroup, RegistrationsGroup, FeedUrlOptions } from './client/groups/activities.js';
export type { TrivselpengGroup } from './client/groups/trivselpeng.js';
export type { AdminGroup, AdminReportsGroup, AdminAttachmentsGroup, AdminActivitiesGroup, AdminTrivselpengGroup, AdminRetentionGroup, AdminRoutingGroup, AdminDeliveriesGroup } from './client/groups/admin.js';

// Errors
export { GrannskapError } from './errors/grannskap-error.js';
export { HttpError } from './errors/http-error.js';
export type { HttpErrorInit } from './errors/http-error.js';
export { ValidationError } from './errors/validation-error.js';
export { RateLimitError } from './errors/rate-limit-error.js';
export { NetworkError } from './errors/network-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { ContractError } from './errors/contract-error.js';
export { WebhookError } from './errors/webhook-error.js';
export type { WebhookErrorCode } from './errors/webhook-error.js';
export {
  isGrannskapError, isHttpError, isValidationError, isRateLimitError, isNetworkError, isTimeoutError, isContractError, isWebhookError,
} from './errors/guards.js';
export { toFieldIssues } from '@grannskap/contract';

// Outbox
export type { Outbox, OutboxEvent, SubmitResult, FlushResult } from './outbox/outbox.js';
export type { OutboxEntry, OutboxStore } from './outbox/store.js';
export type { OutboxOperation, OutboxOperations, OutboxInput, OutboxRoutes } from './outbox/operations.js';
export { MemoryOutboxStore } from './outbox/memory-store.js';
export { IndexedDbOutboxStore } from './outbox/indexeddb-store.js';
export { keptOperations } from './outbox/kept.js';
export type { IndexedDbOutboxStoreOptions } from './outbox/indexeddb-store.js';

// Drafts
export { createDraftStore } from './drafts/draft-store.js';
export type { DraftStore, DraftStoreOptions, StorageLike } from './drafts/draft-store.js';

// Time and calendars (the rules live in the contract, shared with the server)
export { onCall, swedishHolidays, zonedToInstant, formatInstant } from '@grannskap/contract';
export type { Holiday } from '@grannskap/contract';
export { activityToIcs, occurrencesToIcs, icsDataUrl, icsBlob } from './time/ics.js';
export type { ActivityIcsOptions } from './time/ics.js';

// Contract types a caller of the client meets (the schemas themselves are in @grannskap/contract)
export type {
  Config, Area, AreaList, Address, AddressList, AddressQuery, Category, CategoryList, CategoryQuery, OnCallStatus, Attachment,
  ReportCreate, ReportReceipt, CaseStatus, Activity, Occurrence, OccurrenceList, OccurrenceQuery, FeedQuery,
  RegistrationCreate, RegistrationReceipt, RegistrationView, TrivselpengCreate, TrivselpengReceipt, FollowUpCreate,
  Problem, FieldIssue, Lang,
} from '@grannskap/contract';
