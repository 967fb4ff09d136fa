// Signing a webhook delivery per the Standard Webhooks specification, with its reference package: an HMAC-SHA256
// of `id.timestamp.body` per secret, so that an endpoint whose secret is being rotated accepts either one.
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** A new endpoint secret in the specification's format: `whsec_` and 32 random bytes in base64. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/** A new event id (`webhook-id`): the same on every attempt to deliver that event. */
export const newEventId = (): string => `msg_${randomBytes(16).toString('base64url')}`;

/** The three headers of one attempt: `body` is sent exactly as signed; `at` is when this attempt is made. */
export const signedHeaders = (secrets: readonly string[], id: string, at: Date, body: string): Record<string, string> => {
  if (secrets.length === 0) throw new Error('signedHeaders: an endpoint needs at least one secret');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    // each secret signs the same content; the package writes `v1,<base64>`, the list is space-separated
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' '),
  };
};
