import { isoInstant } from '../domain/dates.js';
import { route, routingIssues } from '../domain/routing.js';
import type { Routing, RoutingDryRunQuery, RoutingView, WebhookSecret } from '@grannskap/contract';
import type { Deps, HandlerMap } from '../http/context.js';
import { invalid, notFound } from '../http/problem.js';
import { newWebhookSecret } from '../delivery/sign.js';

/** While a secret is rotated out, receivers have this long to switch to the new one (both sign meanwhile). */
const ROTATION_OVERLAP_MS = 24 * 3600_000;

/** Gives every endpoint that has no valid secret a new one; returns those, to be shown this once. */
export const ensureWebhookSecrets = (deps: Pick<Deps, 'store'>, routing: Routing, at: Date): WebhookSecret[] =>
  routing.webhooks
    .filter((w) => deps.store.webhookSecrets(w.id, at.toISOString()).length === 0)
    .map((w) => {
      const secret = newWebhookSecret();
      deps.store.addWebhookSecret(w.id, secret, at.toISOString());
      return { webhookId: w.id, secret, previousValidUntil: null };
    });

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
        const now = ctx.deps.now();
        ctx.deps.store.setRouting(routing, isoInstant(now, ctx.deps.config().timeZone), ctx.admin);
        return { body: { ...viewOf(ctx.deps), newSecrets: ensureWebhookSecrets(ctx.deps, routing, now) } };
      }),
  },
  adminRotateWebhookSecret: {
    handle: (ctx) =>
      ctx.commit(() => {
        const { deps } = ctx;
        const id = (ctx.params as { id: string }).id;
        if (!deps.store.getRouting()?.routing.webhooks.some((w) => w.id === id)) throw notFound('No webhook has this id in the routing rules.');
        const now = deps.now();
        const secret = newWebhookSecret();
        const hadOne = deps.store.webhookSecrets(id, now.toISOString()).length > 0;
        const until = new Date(now.getTime() + ROTATION_OVERLAP_MS);
        deps.store.addWebhookSecret(id, secret, now.toISOString(), until.toISOString());
        return { body: { webhookId: id, secret, previousValidUntil: hadOne ? isoInstant(until, deps.config().timeZone) : null } };
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
