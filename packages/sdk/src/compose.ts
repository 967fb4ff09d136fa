// @grannskap/sdk/compose: a client made of only the groups a bundle uses.
//
// `createClient` builds every group, so a bundle that imports it carries the schemas of every route,
// admin included. A composed client has the same shape, but each group is made on first use from the
// factories registered with it, and a bundle carries only the factories (and schemas) it registers.
// The factories are in @grannskap/sdk/groups/<name> (config, catalogue, reports, cases, activities,
// trivselpeng, admin, outbox), one module each, so a bundle or CDN page loads only the ones it registers.
// The widgets use this: each widget registers the groups it calls (see packages/widgets/src/shared/client.ts).
import { createTransport, type ClientOptions } from './client/core.js';
import type { Outbox } from './outbox/outbox.js';
import type { Client } from './client/create-client.js';
import type { Transport } from './client/transport.js';
import type { OutboxStore } from './outbox/store.js';

export type { Transport } from './client/transport.js';
export type { Client, ClientOptions };

/** The groups of a `Client`, by property name. */
export type GroupName = Exclude<keyof Client, 'baseUrl' | 'outbox' | 'idempotencyKey'>;

/** What a composed client can be made of: a factory per group, and the outbox's. */
export type GroupFactories = { [N in GroupName]: (t: Transport) => Client[N] } & {
  /** `store` is the `outbox` option, undefined when not given. */
  outbox: (t: Transport, store: OutboxStore | undefined, autoFlush: boolean) => Outbox;
};

const GROUP_NAMES: readonly GroupName[] = [
  'config', 'areas', 'addresses', 'categories', 'onCall', 'attachments', 'reports', 'cases', 'activities', 'registrations', 'trivselpeng', 'admin',
];

/**
 * A client of the same shape as `createClient`'s whose groups are made on first use from `factories`,
 * read at that moment, so factories registered after the client was made still count. A group without
 * a factory throws when used; without an `outbox` factory, `outbox` is `undefined` (writes are sent once,
 * not kept). Options are checked as `createClient` checks them.
 */
export const composeClient = (options: ClientOptions, factories: Partial<GroupFactories>): Client => {
  const t = createTransport(options);
  const made = new Map<string, unknown>();
  const lazily = <T>(name: string, make: () => T): T => {
    if (!made.has(name)) made.set(name, make());
    return made.get(name) as T;
  };
  const client = { baseUrl: t.baseUrl, idempotencyKey: t.idempotencyKey } as Client;
  for (const name of GROUP_NAMES) {
    Object.defineProperty(client, name, {
      enumerable: true,
      get: () =>
        lazily(name, () => {
          const factory = factories[name] as ((t: Transport) => unknown) | undefined;
          if (!factory) throw new TypeError(`client.${name} is not part of this bundle: register its factory with composeClient, or use createClient from @grannskap/sdk, which has every group.`);
          return factory(t);
        }),
      // writable, as createClient's plain properties are (tests and callers swap a group for their own)
      set: (value: unknown) => made.set(name, value),
    });
  }
  Object.defineProperty(client, 'outbox', {
    enumerable: true,
    // not remembered while there is no factory: a widget that keeps writes may register one later
    get: () => {
      if (made.has('outbox')) return made.get('outbox');
      const { outbox } = factories;
      if (!outbox || options.outbox === false) return undefined;
      return lazily('outbox', () => outbox(t, options.outbox || undefined, options.autoFlush ?? false));
    },
    set: (value: unknown) => made.set('outbox', value),
  });
  return client;
};
