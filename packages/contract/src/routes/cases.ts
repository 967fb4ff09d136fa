// A case's status through its private link.
// One module per group, so a browser bundle that calls one group carries only its routes' schemas.
import { defineRoute } from './define.js';
import { CaseParams, CaseQuery, CaseStatus } from '../schemas/cases.js';

export const getCase = defineRoute({
  method: 'GET', path: '/v1/cases/{reference}', operationId: 'getCase', tag: 'cases',
  params: CaseParams, query: CaseQuery, response: CaseStatus, errors: [400, 404, 429],
});
