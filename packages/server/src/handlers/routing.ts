import { isoInstant } from '../domain/dates.js';
import { route, routingIssues } from '../domain/routing.js';
import type { Routing, RoutingDryRunQuery, RoutingView, WebhookSecret } from '@grannskap/contract';
import type { Deps, HandlerMap } from '../http/context.js';
import { invalid, notFound } from '../http/problem.js';
import { newWebhookSecret } from '../delivery/sign.js';

/** While a secret is rotated out, receivers have this long to switch to the new one (both sign meanwhile). */
const ROTATION_OVERLAP_MS = 24 * 3600_000;

/** Gives every endpoint that has no valid secret a new one; returns those, to be shown this once. */
export const ensureWebhookSecrets = async (deps: Pick<Deps, 'store'>, routing: Routing, at: Date): Promise<WebhookSecret[]> => {
  const missing: Routing['webhooks'] = [];
  for (const w of routing.webhooks) if ((await deps.store.webhookSecrets(w.id, at.toISOString())).length === 0) missing.push(w);
  const out: WebhookSecret[] = [];
  for (const w of missing) {
    const secret = newWebhookSecret();
    await deps.store.addWebhookSecret(w.id, secret, at.toISOString());
    out.push({ webhookId: w.id, secret, previousValidUntil: null });
  }
  return out;
};

/** Before staff set any: no rules and no destinations, so the dry run says plainly that nothing would go anywhere. */
const NONE: Routing = { webhooks: [], rules: [], default: {} };

const viewOf = async (deps: Deps): Promise<RoutingView> => {
  const stored = await deps.store.getRouting();
  return stored ? { ...stored.routing, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy } : { ...NONE, updatedAt: null, updatedBy: null };
};

/** The staff's routing rules: read, replace (checked whole), and "where would this go at …?". */
export const routingHandlers: HandlerMap = {
  adminGetRouting: {
    handle: async ({ deps }) => ({ body: await viewOf(deps) }),
  },
  adminSetRouting: {
    handle: (ctx) =>
      ctx.commit(async () => {
        const routing = ctx.body as Routing;
        const issues = routingIssues(routing);
        if (issues.length > 0) throw invalid(issues, 'The routing rules have fields that need to be corrected.');
        const now = ctx.deps.now();
        await ctx.deps.store.setRouting(routing, isoInstant(now, (await ctx.deps.config()).timeZone), ctx.admin);
        return { body: { ...(await viewOf(ctx.deps)), newSecrets: await ensureWebhookSecrets(ctx.deps, routing, now) } };
      }),
  },
  adminRotateWebhookSecret: {
    handle: (ctx) =>
      ctx.commit(async () => {
        const { deps } = ctx;
        const id = (ctx.params as { id: string }).id;
        if (!(await deps.store.getRouting())?.routing.webhooks.some((w) => w.id === id)) throw notFound('No webhook has this id in the routing rules.');
        const now = deps.now();
        const secret = newWebhookSecret();
        const hadOne = (await deps.store.webhookSecrets(id, now.toISOString())).length > 0;
        const until = new Date(now.getTime() + ROTATION_OVERLAP_MS);
        await deps.store.addWebhookSecret(id, secret, now.toISOString(), until.toISOString());
        return { body: { webhookId: id, secret, previousValidUntil: hadOne ? isoInstant(until, (await deps.config()).timeZone) : null } };
      }),
  },
  adminRoutingDryRun: {
    handle: async ({ deps, query }) => {
      const q = query as RoutingDryRunQuery;
      const routing = (await deps.store.getRouting())?.routing ?? NONE;
      const at = q.at ? new Date(q.at) : deps.now();
      const urgent = q.urgent === undefined ? undefined : q.urgent === 'true';
      return { body: route(routing, await deps.config(), { kind: q.kind, category: q.category, area: q.area, urgent }, at) };
    },
  },
};
