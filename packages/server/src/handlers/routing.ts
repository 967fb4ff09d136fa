import { isoInstant } from '../domain/dates.js';
import { route, routingIssues } from '../domain/routing.js';
import type { Routing, RoutingDryRunQuery, RoutingView } from '@grannskap/contract';
import type { Deps, HandlerMap } from '../http/context.js';
import { invalid } from '../http/problem.js';

/** Before staff set any: no rules and no destinations, so the dry run says plainly that nothing would go anywhere. */
const NONE: Routing = { webhooks: [], rules: [], default: {} };

const viewOf = (deps: Deps): RoutingView => {
  const stored = deps.store.getRouting();
  return stored ? { ...stored.routing, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy } : { ...NONE, updatedAt: null, updatedBy: null };
};

/** The staff's routing rules: read, replace (checked whole), and "where would this go at …?". */
export const routingHandlers: HandlerMap = {
  adminGetRouting: {
    handle: ({ deps }) => ({ body: viewOf(deps) }),
  },
  adminSetRouting: {
    handle: (ctx) =>
      ctx.commit(() => {
        const routing = ctx.body as Routing;
        const issues = routingIssues(routing);
        if (issues.length > 0) throw invalid(issues, 'The routing rules have fields that need to be corrected.');
        ctx.deps.store.setRouting(routing, isoInstant(ctx.deps.now(), ctx.deps.config().timeZone), ctx.admin);
        return { body: viewOf(ctx.deps) };
      }),
  },
  adminRoutingDryRun: {
    handle: ({ deps, query }) => {
      const q = query as RoutingDryRunQuery;
      const routing = deps.store.getRouting()?.routing ?? NONE;
      const at = q.at ? new Date(q.at) : deps.now();
      const urgent = q.urgent === undefined ? undefined : q.urgent === 'true';
      return { body: route(routing, deps.config(), { kind: q.kind, category: q.category, area: q.area, urgent }, at) };
    },
  },
};
