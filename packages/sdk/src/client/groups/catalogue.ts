import {
  formatInstant, getOnCall, listAreas, listCategories, searchAddresses,
  type AddressList, type AddressQuery, type AreaList, type CategoryList, type CategoryQuery, type OnCallStatus,
} from '@grannskap/contract';
import { call } from '../call.js';
import type { CallOptions, Transport } from '../transport.js';

// The configuration group is in ./config.ts: every client needs it, and these groups only some.
export { configGroup, type ConfigGroup } from './config.js';

export interface AreasGroup {
  list(options?: CallOptions): Promise<AreaList>;
}
export interface AddressesGroup {
  /** Addresses and properties matching `q`, optionally in one area. */
  search(query?: AddressQuery, options?: CallOptions): Promise<AddressList>;
}
export interface CategoriesGroup {
  /** The service catalogue, optionally of one kind. */
  list(query?: CategoryQuery, options?: CallOptions): Promise<CategoryList>;
}
export interface OnCallGroup {
  /** Who answers now (or at `at`), as the server computes it; `onCall(config, at)` does the same offline. */
  get(query?: { at?: Date | string }, options?: CallOptions): Promise<OnCallStatus>;
}

export const areasGroup = (t: Transport): AreasGroup => ({
  list: (options) => call(t, listAreas, {}, options),
});

export const addressesGroup = (t: Transport): AddressesGroup => ({
  search: (query = {}, options) => call(t, searchAddresses, { query }, options),
});

export const categoriesGroup = (t: Transport): CategoriesGroup => ({
  list: (query = {}, options) => call(t, listCategories, { query }, options),
});

export const onCallGroup = (t: Transport): OnCallGroup => ({
  get: (query = {}, options) => {
    const at = query.at instanceof Date ? formatInstant(query.at, 'Europe/Stockholm') : query.at;
    return call(t, getOnCall, { query: at === undefined ? {} : { at } }, options);
  },
});
