import type { HandlerMap } from '../http/context.js';

/** The retention job's audit log for staff: counts and periods only, so reading it reveals no one. */
export const retentionHandlers: HandlerMap = {
  adminRetentionLog: {
    handle: async ({ deps, query }) => ({ body: { items: await deps.store.retentionLog((query as { limit?: number }).limit ?? 50) } }),
  },
};
