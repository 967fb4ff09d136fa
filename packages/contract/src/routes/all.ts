import * as publicRoutes from './public.js';
import * as adminRoutes from './admin.js';
import type { Route } from './define.js';

/** Every operation, for the server and the OpenAPI document (the SDK imports routes one by one). */
export const allRoutes: readonly Route[] = ([...Object.values(publicRoutes), ...Object.values(adminRoutes)] as unknown[]).filter(
  (r): r is Route => typeof r === 'object' && r !== null && 'operationId' in r,
);
