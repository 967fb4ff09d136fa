// Texts every widget shares. Swedish is the source; the ids name the catalogue entries in ../locales/.
import { msg } from './msg.js';

export const messages = {
  loading: () => msg('Laddar …', { id: 'common.loading' }),
  loadFailed: () => msg('Det gick inte att hämta uppgifterna just nu. Försök igen om en stund.', { id: 'common.loadFailed' }),
  retry: () => msg('Försök igen', { id: 'common.retry' }),
  /** "Saved, will be sent" when the device is online and the server failed (5xx, 429, no answer). */
  queuedServer: () => msg('Vi kunde inte nå servern. Det du skrev är sparat och skickas automatiskt.', { id: 'common.queuedServer' }),
  noApiBase: () =>
    msg('Den här delen av sidan är inte kopplad till någon tjänst (api-base saknas).', { id: 'common.noApiBase' }),
};

/**
 * The "saved, will be sent" line that is true now: `offline` (a widget's own "when you are online again")
 * only while the browser says it has no network; otherwise it was the server, and waiting for the
 * internet would be the wrong advice.
 */
export const queuedLine = (offline: () => string): string => (navigator.onLine === false ? offline() : messages.queuedServer());
