import {
  createFollowUp, createTrivselpeng,
  type CaseStatus, type FollowUpCreate, type TrivselpengCreate, type TrivselpengReceipt,
} from '@grannskap/contract';
import { call } from '../call.js';
import { withLocale } from '../locale.js';
import type { Transport, WriteOptions } from '../transport.js';

export interface TrivselpengGroup {
  /** Applies for trivselpeng; the receipt holds the reference, the status-link token and when to expect a decision. */
  create(input: TrivselpengCreate, options?: WriteOptions): Promise<TrivselpengReceipt>;
  /** The follow-up after the activity; `input.token` is the application's private token. */
  followUp(reference: string, input: FollowUpCreate, options?: WriteOptions): Promise<CaseStatus>;
}

export const trivselpengGroup = (t: Transport): TrivselpengGroup => ({
  create: (input, options) => call(t, createTrivselpeng, { body: withLocale(t, input) }, options),
  followUp: (reference, input, options) => call(t, createFollowUp, { params: { reference }, body: input }, options),
});
