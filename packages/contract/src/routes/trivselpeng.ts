// Trivselpeng applications and their follow-up.
// One module per group, so a browser bundle that calls one group carries only its routes' schemas.
import { defineRoute } from './define.js';
import { CaseStatus } from '../schemas/cases.js';
import { FollowUpCreate, TrivselpengCreate, TrivselpengReceipt } from '../schemas/trivselpeng.js';
import { ReferenceParams } from '../schemas/common.js';

export const createTrivselpeng = defineRoute({
  method: 'POST', path: '/v1/trivselpeng', operationId: 'createTrivselpeng', tag: 'trivselpeng',
  body: TrivselpengCreate, idempotent: true, response: TrivselpengReceipt, status: 201, errors: [400, 413, 415, 422, 429],
});

export const createFollowUp = defineRoute({
  method: 'POST', path: '/v1/trivselpeng/{reference}/follow-up', operationId: 'createFollowUp', tag: 'trivselpeng',
  params: ReferenceParams, body: FollowUpCreate, idempotent: true, response: CaseStatus, status: 201,
  errors: [400, 404, 409, 413, 415, 422, 429],
});
