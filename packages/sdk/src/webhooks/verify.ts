import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { Event, toFieldIssues } from '@grannskap/contract';
import type { ZodIssueLike } from '@grannskap/contract';
import { WebhookError } from '../errors/webhook-error.js';

/** The headers of a delivery, as a plain object (Node's `IncomingHttpHeaders` fits) or a fetch `Headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** A verified delivery: the event's id (the same on every attempt: drop a repeat) and the event. */
export interface VerifiedEvent {
  id: string;
  event: Event;
}

const header = (headers: WebhookHeaders, name: string): string | undefined => {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(' ') : value;
};

/**
 * Checks a webhook delivery from a Grannskap server (Standard Webhooks, with the `standardwebhooks`
 * package) and returns its event, checked against the contract. `body` is the raw body exactly as received
 * (parse JSON only afterwards: a re-serialised body no longer matches its signature). `secrets` are the
 * endpoint's signing secrets (`whsec_…`); pass the old and the new one while a secret is rotated.
 * Throws a {@link WebhookError}: answer 400 and do not act on the delivery.
 */
export function verifyWebhook(body: string | Uint8Array, headers: WebhookHeaders, secrets: string | readonly string[]): VerifiedEvent {
  const list = [secrets].flat();
  if (list.length === 0) throw new TypeError('verifyWebhook: give at least one signing secret (whsec_…); see packages/sdk/README.md#webhooks');
  const wanted = { 'webhook-id': header(headers, 'webhook-id') ?? '', 'webhook-timestamp': header(headers, 'webhook-timestamp') ?? '', 'webhook-signature': header(headers, 'webhook-signature') ?? '' };
  let payload: unknown;
  let last: unknown;
  for (const secret of list) {
    try {
      payload = new Webhook(secret).verify(body, wanted);
      last = undefined;
      break;
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      last = error;
    }
  }
  if (last !== undefined) throw new WebhookError(`The delivery is not signed by this endpoint's secret: ${(last as Error).message}`, 'invalid_signature', { cause: last });
  const parsed = Event.safeParse(payload);
  if (!parsed.success) {
    const first = toFieldIssues(parsed.error.issues as readonly ZodIssueLike[])[0];
    throw new WebhookError(`The delivery is signed but is not a Grannskap event${first ? ` at "${first.path.join('.')}": ${first.message}` : ''}`, 'invalid_event');
  }
  return { id: wanted['webhook-id'], event: parsed.data };
}
