// Areas, addresses, the service catalogue and who is on call.
// One module per group, so a browser bundle that calls one group carries only its routes' schemas.
import { defineRoute } from './define.js';
import { AddressList, AddressQuery, AreaList } from '../schemas/areas.js';
import { CategoryList, CategoryQuery } from '../schemas/categories.js';
import { OnCallQuery, OnCallStatus } from '../schemas/on-call.js';

export const listAreas = defineRoute({
  method: 'GET', path: '/v1/areas', operationId: 'listAreas', tag: 'areas', cacheable: true,
  response: AreaList, errors: [],
});

export const searchAddresses = defineRoute({
  method: 'GET', path: '/v1/addresses', operationId: 'searchAddresses', tag: 'areas', cacheable: true,
  query: AddressQuery, response: AddressList, errors: [400],
});

export const listCategories = defineRoute({
  method: 'GET', path: '/v1/categories', operationId: 'listCategories', tag: 'reports', cacheable: true,
  query: CategoryQuery, response: CategoryList, errors: [400],
});

export const getOnCall = defineRoute({
  method: 'GET', path: '/v1/on-call', operationId: 'getOnCall', tag: 'config',
  query: OnCallQuery, response: OnCallStatus, errors: [400],
});
