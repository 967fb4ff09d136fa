import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config, Routing } from '@grannskap/contract';
import type { Store } from '../storage/store.js';

/** What every handler can reach: storage, the clock and the stored configuration. */
export interface Deps {
  store: Store;
  now: () => Date;
  config: () => Promise<Config>;
  /** The routing rules, if any are set (read once per change, like `config`). */
  routing: () => Promise<Routing | undefined>;
  uploadsDir: string;
  version: string;
  logger: FastifyRequest['log'];
  /** Tells the delivery worker that new deliveries wait (it runs them after the current transaction). */
  kickDeliveries: () => void;
  /** Whether this process sends deliveries, and whether it has a mail server to send mail with. */
  delivery: () => { worker: boolean; mail: boolean };
  /** The metrics in the Prometheus text format. */
  metrics: () => Promise<{ text: string; contentType: string }>;
}

export interface JsonResult { status?: number; body: unknown; headers?: Record<string, string> }
export interface RawResult { status?: number; raw: string | Buffer; contentType: string; headers?: Record<string, string> }
export type Result = JsonResult | RawResult;

export interface Ctx<P = unknown, Q = unknown, B = unknown> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
  deps: Deps;
  /** Label of the staff token, on admin routes. */
  admin: string | null;
  /**
   * Runs a write in one transaction together with the idempotency record (the store's operations `write`
   * awaits are part of it): a replay of the key returns the stored answer instead of running `write` again.
   */
  commit: (write: () => Promise<JsonResult>) => Promise<JsonResult>;
}

export interface HandlerSpec {
  // Method syntax on purpose: each handler narrows `Ctx` to its route's parsed shapes.
  handle(ctx: Ctx): Result | Promise<Result>;
  /** For private links: bad path or query parameters answer this same 404 detail as a wrong token. */
  hideInvalid?: string;
}
export type HandlerMap = Record<string, HandlerSpec>;
