import * as z from 'zod/mini';
import { defineRoute } from './define.js';
import { Config } from '../schemas/config.js';
import { AddressList, AddressQuery, AreaList } from '../schemas/areas.js';
import { CategoryList, CategoryQuery } from '../schemas/categories.js';
import { Attachment } from '../schemas/attachments.js';
import { ReportCreate, ReportReceipt } from '../schemas/reports.js';
import { CaseParams, CaseQuery, CaseStatus } from '../schemas/cases.js';
import { Activity, ActivityParams, FeedQuery, OccurrenceList, OccurrenceQuery } from '../schemas/activities.js';
import {
  RegistrationCancel,
  RegistrationCreate,
  RegistrationParams,
  RegistrationQuery,
  RegistrationReceipt,
  RegistrationView,
} from '../schemas/registrations.js';
import { FollowUpCreate, TrivselpengCreate, TrivselpengReceipt } from '../schemas/trivselpeng.js';
import { OnCallQuery, OnCallStatus } from '../schemas/on-call.js';
import { ReferenceParams } from '../schemas/admin.js';

export const Health = z.object({ status: z.literal('ok'), version: z.string() });

export const getHealth = defineRoute({
  method: 'GET', path: '/health', operationId: 'getHealth', tag: 'meta',
  response: Health, errors: [503],
});

export const getConfig = defineRoute({
  method: 'GET', path: '/v1/config', operationId: 'getConfig', tag: 'config', cacheable: true,
  response: Config, errors: [],
});

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

export const uploadAttachment = defineRoute({
  method: 'POST', path: '/v1/attachments', operationId: 'uploadAttachment', tag: 'reports',
  upload: true, idempotent: true, response: Attachment, status: 201, errors: [400, 413, 415, 422, 429],
});

export const createReport = defineRoute({
  method: 'POST', path: '/v1/reports', operationId: 'createReport', tag: 'reports',
  body: ReportCreate, idempotent: true, response: ReportReceipt, status: 201, errors: [400, 413, 415, 422, 429],
});

export const getCase = defineRoute({
  method: 'GET', path: '/v1/cases/{reference}', operationId: 'getCase', tag: 'cases',
  params: CaseParams, query: CaseQuery, response: CaseStatus, errors: [400, 404, 429],
});

export const listOccurrences = defineRoute({
  method: 'GET', path: '/v1/occurrences', operationId: 'listOccurrences', tag: 'activities', cacheable: true,
  query: OccurrenceQuery, response: OccurrenceList, errors: [400],
});

export const getActivity = defineRoute({
  method: 'GET', path: '/v1/activities/{id}', operationId: 'getActivity', tag: 'activities', cacheable: true,
  params: ActivityParams, response: Activity, errors: [400, 404],
});

export const getActivityIcs = defineRoute({
  method: 'GET', path: '/v1/activities/{id}/calendar.ics', operationId: 'getActivityIcs', tag: 'activities', cacheable: true,
  params: ActivityParams, produces: 'text/calendar', errors: [400, 404],
});

export const getCalendarFeed = defineRoute({
  method: 'GET', path: '/v1/calendar.ics', operationId: 'getCalendarFeed', tag: 'activities', cacheable: true,
  query: FeedQuery, produces: 'text/calendar', errors: [400],
});

export const createRegistration = defineRoute({
  method: 'POST', path: '/v1/activities/{id}/registrations', operationId: 'createRegistration', tag: 'activities',
  params: ActivityParams, body: RegistrationCreate, idempotent: true, response: RegistrationReceipt, status: 201,
  errors: [400, 404, 409, 413, 415, 422, 429],
});

export const getRegistration = defineRoute({
  method: 'GET', path: '/v1/registrations/{id}', operationId: 'getRegistration', tag: 'activities',
  params: RegistrationParams, query: RegistrationQuery, response: RegistrationView, errors: [400, 404, 429],
});

export const cancelRegistration = defineRoute({
  method: 'POST', path: '/v1/registrations/{id}/cancel', operationId: 'cancelRegistration', tag: 'activities',
  params: RegistrationParams, body: RegistrationCancel, idempotent: true, response: RegistrationView,
  errors: [400, 404, 413, 415, 422, 429],
});

export const createTrivselpeng = defineRoute({
  method: 'POST', path: '/v1/trivselpeng', operationId: 'createTrivselpeng', tag: 'trivselpeng',
  body: TrivselpengCreate, idempotent: true, response: TrivselpengReceipt, status: 201, errors: [400, 413, 415, 422, 429],
});

export const createFollowUp = defineRoute({
  method: 'POST', path: '/v1/trivselpeng/{reference}/follow-up', operationId: 'createFollowUp', tag: 'trivselpeng',
  params: ReferenceParams, body: FollowUpCreate, idempotent: true, response: CaseStatus, status: 201,
  errors: [400, 404, 409, 413, 415, 422, 429],
});
