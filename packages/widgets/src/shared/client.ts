import { createClient } from '@grannskap/sdk';
import type { GrannskapClient } from './context.js';
import { WidgetError } from './errors.js';

/**
 * An SDK client for an `api-base` attribute value. A relative value (`/`, `/api/`) is resolved
 * against the page, so a page served by the API itself can say `api-base="/"`.
 */
export function clientFor(apiBase: string): GrannskapClient {
  const value = apiBase.trim();
  if (!value) throw new WidgetError('no-api-base', 'No api-base: set the attribute on the widget or on a surrounding grannskap-provider.');
  let baseUrl: string;
  try {
    baseUrl = new URL(value, document.baseURI).href;
  } catch (error) {
    throw new WidgetError('bad-api-base', `api-base is not a URL: ${value}`, { cause: error });
  }
  return createClient({ baseUrl });
}
