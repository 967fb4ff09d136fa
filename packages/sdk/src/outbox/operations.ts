import {
  cancelRegistration, createFollowUp, createRegistration, createReport, createTrivselpeng,
  type CaseStatus, type FollowUpCreate, type RegistrationCancel, type RegistrationCreate, type RegistrationReceipt,
  type RegistrationView, type ReportCreate, type ReportReceipt, type TrivselpengCreate, type TrivselpengReceipt,
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

export const outboxRoutes = {
  createReport,
  createRegistration,
  cancelRegistration,
  createTrivselpeng,
  createFollowUp,
} as const;

export const isOutboxOperation = (value: unknown): value is OutboxOperation =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(outboxRoutes, value);
