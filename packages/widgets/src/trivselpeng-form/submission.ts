import type { TrivselpengCreate, TrivselpengReceipt } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';
import type { FieldError } from '../shared/field-errors.js';
import { sendOnce } from '../shared/send.js';
import { addWorkingDays } from '@grannskap/contract';
import { errorOfIssue } from './validation.js';

export type ApplicationOutcome =
  | { status: 'sent'; receipt: TrivselpengReceipt }
  | { status: 'queued'; key: string }
  | { status: 'invalid'; errors: FieldError[] }
  | { status: 'failed'; error: unknown };

/**
 * Sends an application once, with `key` on every attempt of the same submission, through the outbox
 * (kept on the device when offline, after a timeout or a 5xx). The server's field issues come back
 * as the form's own errors.
 */
export async function sendApplication(client: GrannskapClient, body: TrivselpengCreate, key: string): Promise<ApplicationOutcome> {
  const outcome = await sendOnce(client, 'createTrivselpeng', { body }, key, () => client.trivselpeng.create(body, { idempotencyKey: key }));
  switch (outcome.status) {
    case 'sent':
      return { status: 'sent', receipt: outcome.result };
    case 'invalid':
      return { status: 'invalid', errors: outcome.issues.map(errorOfIssue) };
    default:
      return outcome;
  }
}

/** A receipt that looks real to a bot and refers to nothing. */
export const fakeReceipt = (today: string, decisionDays: number, now: Date = new Date()): TrivselpengReceipt => ({
  reference: `T-${now.getFullYear()}-${String(Math.floor(100000 + Math.random() * 899999)).padStart(6, '0')}`,
  token: Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''),
  status: 'submitted',
  createdAt: now.toISOString(),
  decisionBy: addWorkingDays(today, decisionDays),
});
