import { createTransport, type ClientOptions } from './core.js';
import { defaultStore } from '../outbox/default-store.js';
import { addressesGroup, areasGroup, categoriesGroup, configGroup, onCallGroup } from './groups/catalogue.js';
import type { AddressesGroup, AreasGroup, CategoriesGroup, ConfigGroup, OnCallGroup } from './groups/catalogue.js';
import { attachmentsGroup, casesGroup, reportsGroup } from './groups/reports.js';
import type { AttachmentsGroup, CasesGroup, ReportsGroup } from './groups/reports.js';
import { activitiesGroup, registrationsGroup } from './groups/activities.js';
import type { ActivitiesGroup, RegistrationsGroup } from './groups/activities.js';
import { trivselpengGroup, type TrivselpengGroup } from './groups/trivselpeng.js';
import { adminGroup, type AdminGroup } from './groups/admin.js';
import { createOutbox, type Outbox } from '../outbox/outbox.js';
import { allOutboxRoutes } from '../outbox/all-routes.js';

export type { ClientOptions } from './core.js';

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

/** A client for one Grannskap API. Cheap to make; make one per API and share it. */
export const createClient = (options: ClientOptions): Client => {
  const t = createTransport(options);
  const store = options.outbox === false ? undefined : (options.outbox ?? defaultStore());
  return {
    baseUrl: t.baseUrl,
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
    outbox: store && createOutbox(t, store, options.autoFlush ?? false, allOutboxRoutes),
    idempotencyKey: t.idempotencyKey,
  };
};
