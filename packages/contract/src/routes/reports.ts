// Reports and their photos.
// One module per group, so a browser bundle that calls one group carries only its routes' schemas.
import { defineRoute } from './define.js';
import { Attachment } from '../schemas/attachments.js';
import { ReportCreate, ReportReceipt } from '../schemas/reports.js';

export const uploadAttachment = defineRoute({
  method: 'POST', path: '/v1/attachments', operationId: 'uploadAttachment', tag: 'reports',
  upload: true, idempotent: true, response: Attachment, status: 201, errors: [400, 413, 415, 422, 429],
});

export const createReport = defineRoute({
  method: 'POST', path: '/v1/reports', operationId: 'createReport', tag: 'reports',
  body: ReportCreate, idempotent: true, response: ReportReceipt, status: 201, errors: [400, 413, 415, 422, 429],
});
