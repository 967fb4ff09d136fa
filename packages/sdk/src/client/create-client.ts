import ky from 'ky';
import { createIdempotencyKey } from './idempotency.js';
import { retryPolicy, type RetryOptions } from './retry.js';
import type { Transport } from './transport.js';
import { addressesGroup, areasGroup, categoriesGroup, configGroup, onCallGroup } from './groups/catalogue.js';
import type { AddressesGroup, AreasGroup, CategoriesGroup, ConfigGroup, OnCallGroup } from './groups/catalogue.js';
import { attachmentsGroup, casesGroup, reportsGroup } from './groups/reports.js';
import type { AttachmentsGroup, CasesGroup, ReportsGroup } from './groups/reports.js';
import { activitiesGroup, registrationsGroup } from './groups/activities.js';
import type { ActivitiesGroup, RegistrationsGroup } from './groups/activities.js';
import { trivselpengGroup, type TrivselpengGroup } from './groups/trivselpeng.js';
import { adminGroup, type AdminGroup } from './groups/admin.js';
import { createOutbox, type Outbox } from '../outbox/outbox.js';
import { IndexedDbOutboxStore } from '../outbox/indexeddb-store.js';
import { MemoryOutboxStore } from '../outbox/memory-store.js';
import type { OutboxStore } from '../outbox/store.js';

const DOCS = 'packages/sdk/README.md';

export interface ClientOptions {
  /** The API's base URL, e.g. `https://api.example.se/` (a path prefix is kept). Relative URLs resolve against the page. */
  baseUrl: string | URL;
  /** A fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds one attempt may take, headers and body together (default 10 000). */
  timeout?: number;
  /** Retries of network errors, timeouts, 408, 429 and 502–504; a number sets only `limit`. */
  retry?: RetryOptions | number;
  /** Staff bearer token for `admin.*`, or a function that returns the current one. Never sent to public routes. */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** The user's language (`sv`, `en`, `fi`, `ar`, `so`): sent as `Accept-Language` and as `locale` of new submissions. */
  locale?: string;
  /**
   * Where unsent writes wait (see `client.outbox`). Default: IndexedDB in browsers, memory
   * elsewhere. `false` turns the outbox off.
   */
  outbox?: OutboxStore | false;
  /** In browsers, send kept writes when the `online` event fires and once at start, for entries left by an earlier visit (default false). */
  autoFlush?: boolean;
  /** Makes idempotency keys (default `crypto.randomUUID`). */
  idempotencyKey?: () => string;
}

export interface Client {
  readonly baseUrl: string;
  config: ConfigGroup;
  areas: AreasGroup;
  addresses: AddressesGroup;
  categories: CategoriesGroup;
  onCall: OnCallGroup;
  attachments: AttachmentsGroup;
  reports: ReportsGroup;
  cases: CasesGroup;
  activities: ActivitiesGroup;
  registrations: RegistrationsGroup;
  trivselpeng: TrivselpengGroup;
  admin: AdminGroup;
  /** Writes kept on the device until they can be sent; `undefined` when created with `outbox: false`. */
  outbox: Outbox | undefined;
  /** A fresh idempotency key from this client's generator, for a submission you will send more than once. */
  idempotencyKey(): string;
}

const resolveBase = (baseUrl: string | URL | undefined): URL => {
  if (baseUrl === undefined || baseUrl === '') {
    throw new TypeError(`createClient needs \`baseUrl\`, the API's address, e.g. createClient({ baseUrl: 'https://api.example.se/' }). See ${DOCS}#createclient`);
  }
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(baseUrl, page);
  } catch {
    throw new TypeError(`createClient: \`baseUrl\` "${String(baseUrl)}" is not a URL; give an absolute http(s) URL (relative ones only work in a page). See ${DOCS}#createclient`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`createClient: \`baseUrl\` must use http or https, not ${url.protocol}. See ${DOCS}#createclient`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
};

const defaultStore = (): OutboxStore =>
  typeof globalThis.indexedDB === 'undefined' ? new MemoryOutboxStore() : new IndexedDbOutboxStore();

/** A client for one Grannskap API. Cheap to make; make one per API and share it. */
export const createClient = (options: ClientOptions): Client => {
  const base = resolveBase(options?.baseUrl);
  const timeout = options.timeout ?? 10_000;
  if (!(timeout > 0 && timeout <= 2_147_483_647)) {
    throw new TypeError(`createClient: \`timeout\` is milliseconds per attempt, between 1 and 2147483647; got ${timeout}. See ${DOCS}#createclient`);
  }
  const token = options.token;
  const t: Transport = {
    api: ky.create({
      prefixUrl: base.href,
      timeout,
      // The SDK runs its own retry loop (idempotent writes included) and reads error bodies itself.
      retry: 0,
      throwHttpErrors: false,
      // No cookies anywhere: the API authenticates staff with bearer tokens only.
      credentials: 'omit',
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.locale ? { headers: { 'accept-language': options.locale } } : {}),
    }),
    baseUrl: base.href,
    timeout,
    retry: retryPolicy(options.retry),
    locale: options.locale,
    token: typeof token === 'function' ? token : () => token,
    idempotencyKey: options.idempotencyKey ?? createIdempotencyKey,
  };
  const store = options.outbox === false ? undefined : (options.outbox ?? defaultStore());
  return {
    baseUrl: base.href,
    config: configGroup(t),
    areas: areasGroup(t),
    addresses: addressesGroup(t),
    categories: categoriesGroup(t),
    onCall: onCallGroup(t),
    attachments: attachmentsGroup(t),
    reports: reportsGroup(t),
    cases: casesGroup(t),
    activities: activitiesGroup(t),
    registrations: registrationsGroup(t),
    trivselpeng: trivselpengGroup(t),
    admin: adminGroup(t),
    outbox: store && createOutbox(t, store, options.autoFlush ?? false),
    idempotencyKey: t.idempotencyKey,
  };
};
