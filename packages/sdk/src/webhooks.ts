// @grannskap/sdk/webhooks: receiving the server's events, for Node and other server runtimes. A separate entry,
// so that the browser bundles never carry the signature code.
export { verifyWebhook } from './webhooks/verify.js';
export type { VerifiedEvent, WebhookHeaders } from './webhooks/verify.js';
export { WebhookError } from './errors/webhook-error.js';
export type { WebhookErrorCode } from './errors/webhook-error.js';
export { isWebhookError } from './errors/guards.js';
