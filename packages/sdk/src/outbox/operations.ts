import type {
  CaseStatus, FollowUpCreate, RegistrationCancel, RegistrationCreate, RegistrationReceipt,
  RegistrationView, ReportCreate, ReportReceipt, Route, TrivselpengCreate, TrivselpengReceipt,
} from '@grannskap/contract';

/** The writes the outbox can keep and send later: the public JSON writes (uploads are not kept). */
export interface OutboxOperations {
  createReport: { params: undefined; body: ReportCreate; result: ReportReceipt };
  createRegistration: { params: { id: string }; body: RegistrationCreate; result: RegistrationReceipt };
  cancelRegistration: { params: { id: string }; body: RegistrationCancel; result: RegistrationView };
  createTrivselpeng: { params: undefined; body: TrivselpengCreate; result: TrivselpengReceipt };
  createFollowUp: { params: { reference: string }; body: FollowUpCreate; result: CaseStatus };
}
export type OutboxOperation = keyof OutboxOperations;

/** What `submit` takes: the body, and the path parameters for operations that have them. */
export type OutboxInput<O extends OutboxOperation> = OutboxOperations[O]['params'] extends undefined
  ? { body: OutboxOperations[O]['body'] }
  : { params: OutboxOperations[O]['params']; body: OutboxOperations[O]['body'] };

/**
 * The routes an outbox can send, by operation: what it knows of each write (path, method, schemas). An
 * outbox with only some of them carries only their schemas; `defaultOutbox` has every one.
 */
export type OutboxRoutes = { [O in OutboxOperation]?: Route };

// every operation once, checked by the type: a new one in OutboxOperations must be listed here
const OPERATIONS: Record<OutboxOperation, true> = { createReport: true, createRegistration: true, cancelRegistration: true, createTrivselpeng: true, createFollowUp: true };

export const isOutboxOperation = (value: unknown): value is OutboxOperation =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(OPERATIONS, value);
