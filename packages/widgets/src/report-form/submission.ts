import { isValidationError } from '@grannskap/sdk';
import type { ReportCreate, ReportReceipt } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';
import { fieldOfPath } from './steps.js';
import type { FieldError } from './validation.js';

/** The least time a person takes to fill the form; a faster submission is treated as a bot's. */
export const MIN_FILL_MS = 3000;

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
    return result.status === 'sent' ? { status: 'sent', receipt: result.result } : { status: 'queued', key: result.key };
  } catch (error) {
    if (isValidationError(error)) {
      return {
        status: 'invalid',
        errors: error.issues.map((issue) => ({
          field: fieldOfPath(issue.path),
          code: issue.code === 'too_small' ? 'required' : issue.code,
          ...(typeof issue.maximum === 'number' ? { maximum: issue.maximum } : {}),
        })),
      };
    }
    return { status: 'failed', error };
  }
}

/** A bot's submission: the hidden field was filled, or the form was sent faster than a person can. */
export const looksLikeABot = (honeypot: string, startedAt: number, minFillMs: number = MIN_FILL_MS, now: number = Date.now()): boolean =>
  honeypot.trim() !== '' || now - startedAt < minFillMs;

/** A receipt that looks real to a bot and refers to nothing. */
export const fakeReceipt = (now: Date = new Date()): ReportReceipt => ({
  reference: `R-${now.getFullYear()}-${String(Math.floor(100000 + Math.random() * 899999)).padStart(6, '0')}`,
  token: Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''),
  status: 'received',
  createdAt: now.toISOString(),
});

/**
 * The private status link: `template` with `{ref}` and `{token}` replaced (the `status-url` attribute),
 * or this page with `?ref=&token=`, which `<grannskap-case-status>` reads.
 */
export function statusLink(template: string, reference: string, token: string, page: string = location.href): string {
  if (template) {
    return new URL(template.replaceAll('{ref}', encodeURIComponent(reference)).replaceAll('{token}', encodeURIComponent(token)), page).href;
  }
  const url = new URL(page);
  url.hash = '';
  url.searchParams.set('ref', reference);
  url.searchParams.set('token', token);
  return url.href;
}
