// The links in tenant mails. A module of its own: no widget calls these.
import { defineRoute } from './define.js';
import { IdParams } from '../schemas/common.js';
import { PhotoLinkQuery, Unsubscribed, UnsubscribeParams } from '../schemas/mail.js';

/** The page a tenant's "stop these mails" link opens: it asks, with one button, so that link scanners change nothing. */
export const getUnsubscribe = defineRoute({
  method: 'GET', path: '/v1/unsubscribe/{token}', operationId: 'getUnsubscribe', tag: 'cases',
  params: UnsubscribeParams, produces: 'text/html', errors: [400, 404, 429],
});

/** One-click unsubscribe (RFC 8058): mail programs POST `List-Unsubscribe=One-Click` here; the page's button does too. */
export const unsubscribe = defineRoute({
  method: 'POST', path: '/v1/unsubscribe/{token}', operationId: 'unsubscribe', tag: 'cases',
  params: UnsubscribeParams, repeatable: true, response: Unsubscribed, errors: [400, 404, 429],
});

/** A photo of a case through the expiring signed link in the jour's mail (the mail never carries the photo). */
export const getPhotoLink = defineRoute({
  method: 'GET', path: '/v1/photo-links/{id}', operationId: 'getPhotoLink', tag: 'cases',
  params: IdParams, query: PhotoLinkQuery, produces: 'image/jpeg', errors: [404, 429],
});
