import { onCall } from '@grannskap/contract';
import type { HandlerMap } from '../http/context.js';
import { ProblemError } from '../http/problem.js';

export const catalogueHandlers: HandlerMap = {
  getHealth: {
    handle: async ({ deps }) => {
      try {
        await deps.store.ping();
      } catch {
        throw new ProblemError(503, 'unavailable', 'The database cannot be reached.');
      }
      return { body: { status: 'ok', version: deps.version } };
    },
  },
  getConfig: { handle: async ({ deps }) => ({ body: await deps.config() }) },
  listAreas: { handle: async ({ deps }) => ({ body: { items: await deps.store.listAreas() } }) },
  searchAddresses: {
    handle: async ({ deps, query }) => {
      const q = query as { q?: string; area?: string; limit?: number };
      return { body: { items: await deps.store.searchAddresses({ q: q.q?.trim() || undefined, area: q.area, limit: q.limit ?? 20 }) } };
    },
  },
  listCategories: { handle: async ({ deps, query }) => ({ body: { items: await deps.store.listCategories((query as { kind?: string }).kind) } }) },
  getOnCall: {
    handle: async ({ deps, query }) => {
      const at = (query as { at?: string }).at;
      return { body: onCall(await deps.config(), at ? new Date(at) : deps.now()) };
    },
  },
};
