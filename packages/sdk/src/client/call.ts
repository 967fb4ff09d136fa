import type * as z from 'zod/mini';
import type { Route } from '@grannskap/contract';
import { send, type RouteRequest, type Transport, type WriteOptions } from './transport.js';

/** The parsed response type of a route, inferred from its schema. */
export type ResponseOf<R> = R extends { readonly response?: infer S } ? (S extends z.ZodMiniType ? z.output<S> : Blob) : never;

/** `send`, typed by the route it is given. */
export const call = <R extends Route>(t: Transport, route: R, req: RouteRequest, options?: WriteOptions): Promise<ResponseOf<R>> =>
  send(t, route, req, options) as Promise<ResponseOf<R>>;
