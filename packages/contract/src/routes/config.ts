// Meta and configuration: what every widget and the provider load first.
// One module per group, so a browser bundle that calls one group carries only its routes' schemas.
import * as z from 'zod/mini';
import { defineRoute } from './define.js';
import { Config } from '../schemas/config.js';

export const Health = z.object({ status: z.literal('ok'), version: z.string() });

export const getHealth = defineRoute({
  method: 'GET', path: '/health', operationId: 'getHealth', tag: 'meta',
  response: Health, errors: [503],
});

export const getConfig = defineRoute({
  method: 'GET', path: '/v1/config', operationId: 'getConfig', tag: 'config', cacheable: true,
  response: Config, errors: [],
});
