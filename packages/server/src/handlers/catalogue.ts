import { onCall } from '@grannskap/contract';
import type { HandlerMap } from '../http/context.js';
import { ProblemError } from '../http/problem.js';

export const catalogueHandlers: HandlerMap = {
  getHealth: {
    handle: ({ deps }) => {
      try {
        deps.store.ping();
      } catch {
        throw new ProblemError(503, 'unavailable', 'The database cannot be reached.');
      }
      return { body: { status: 'ok', version: deps.version } };
    },
  },
  getConfig: { handle: ({ deps }) => ({ body: deps.config() }) },
  listAreas: { handle: ({ deps }) => ({ body: { items: deps.store.listAreas() } }) },
  searchAddresses: {
    handle: ({ deps, query }) => {
      const q = query as { q?: string; area?: string; limit?: number };
      return { body: { items: deps.store.searchAddresses({ q: q.q?.trim() || undefined, area: q.area, limit: q.limit ?? 20 }) } };
    },
  },
  listCategories: { handle: ({ deps, query }) => ({ body: { items: deps.store.listCategories((query as { kind?: string }).kind) } }) },
  getOnCall: {
    handle: ({ deps, query }) => {
      const at = (query as { at?: string }).at;
      return { body: onCall(deps.config(), at ? new Date(at) : deps.now()) };
    },
  },
};
