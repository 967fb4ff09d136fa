import { isValidationError } from '@grannskap/sdk';
import type { ReportCreate, ReportReceipt } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';
import { keepSending } from '../shared/send.js';
import { errorOfIssue } from './validation.js';
import type { FieldError } from './validation.js';

export type SendOutcome =
  | { status: 'sent'; receipt: ReportReceipt }
  | { status: 'queued'; key: string }
  | { status: 'invalid'; errors: FieldError[] }
  | { status: 'failed'; error: unknown };

/**
 * Sends a report once. The key stays the same for every attempt of one logical submission (a second
 * click, a retry after an error), so the server stores it once; the outbox keeps it on the device when
 * the network, a timeout or a 5xx stands in the way, and sends it later with that same key.
 */
export async function sendReport(client: GrannskapClient, body: ReportCreate, key: string): Promise<SendOutcome> {
  try {
    // A client made with `outbox: false` still sends once with the key; it just cannot keep the report.
    if (!client.outbox) return { status: 'sent', receipt: await client.reports.create(body, { idempotencyKey: key }) };
    const result = await client.outbox.submit('createReport', { body }, { idempotencyKey: key });
    if (result.status === 'queued') keepSending(client.outbox);
    return result.status === 'sent' ? { status: 'sent', receipt: result.result } : { status: 'queued', key: result.key };
  } catch (error) {
    if (isValidationError(error)) {
      return {
        status: 'invalid',
        errors: error.issues.map(errorOfIssue),
      };
    }
    return { status: 'failed', error };
  }
}

/** A receipt that looks real to a bot and refers to nothing. */
export const fakeReceipt = (now: Date = new Date()): ReportReceipt => ({
  reference: `R-${now.getFullYear()}-${String(Math.floor(100000 + Math.random() * 899999)).padStart(6, '0')}`,
  token: Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''),
  status: 'received',
  createdAt: now.toISOString(),
});
