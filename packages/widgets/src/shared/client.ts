import { composeClient } from '@grannskap/sdk/compose';
import { configGroup } from '@grannskap/sdk/groups/config';
import type { GroupFactories } from '@grannskap/sdk/compose';
import type { GrannskapClient } from './context.js';
import { WidgetError } from './errors.js';

/**
 * The SDK groups the widgets on this page call. Each widget registers its own (`useGroups`) when its
 * module loads, so a bundle carries the schemas of the routes it uses and no others; the configuration
 * is always there, since every widget and the provider load it.
 *
 * One registry per page, under a global symbol: per-widget CDN files are built alone, each with its own
 * copy of this module, and a client one file makes (the provider's) serves the widgets of the others.
 */
const REGISTRY = Symbol.for('grannskap.widgets.sdk-groups');
const registry = globalThis as typeof globalThis & { [REGISTRY]?: Partial<GroupFactories> };
const groups: Partial<GroupFactories> = (registry[REGISTRY] ??= {});
groups.config ??= configGroup;

/** Registers SDK groups for the clients the widgets make (also those made earlier: groups are made on first use). */
export function useGroups(factories: Partial<GroupFactories>): void {
  Object.assign(groups, factories);
}

/**
 * An SDK client for an `api-base` attribute value. A relative value (`/`, `/api/`) is resolved
 * against the page, so a page served by the API itself can say `api-base="/"`. It has the shape of
 * `createClient`'s, with the groups the loaded widgets registered.
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
  const client = composeClient({ baseUrl }, groups);
  own.add(client);
  return client;
}

/** The clients `clientFor` made, in any widget file on the page: their outbox keeps writes in the default IndexedDB store. */
const OWN = Symbol.for('grannskap.widgets.own-clients');
const own: WeakSet<GrannskapClient> = ((globalThis as typeof globalThis & { [OWN]?: WeakSet<GrannskapClient> })[OWN] ??= new WeakSet());

/** Whether the widgets made this client (a page may hand them one of its own, with an outbox anywhere). */
export const isOwnClient = (client: GrannskapClient): boolean => own.has(client);
