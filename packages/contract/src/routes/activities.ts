// The activity calendar and registrations.
// One module per group, so a browser bundle that calls one group carries only its routes' schemas.
import { defineRoute } from './define.js';
import { Activity, ActivityParams, FeedQuery, OccurrenceList, OccurrenceQuery } from '../schemas/activities.js';
import {
  RegistrationCancel,
  RegistrationCreate,
  RegistrationParams,
  RegistrationQuery,
  RegistrationReceipt,
  RegistrationView,
} from '../schemas/registrations.js';

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
