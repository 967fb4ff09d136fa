import type { Delivery, DeliveryDetail, DeliveryQuery, DestinationHealthList } from '@grannskap/contract';
import type { Deps, HandlerMap } from '../http/context.js';
import { issue, notFound, ProblemError } from '../http/problem.js';
import { decodeCursor, encodeCursor } from '../domain/references.js';
import { isoInstant } from '../domain/dates.js';
import type { StoredDelivery } from '../storage/delivery-store.js';
import { FAILING_AFTER } from '../delivery/worker.js';
import { routeWaitingEvents } from '../delivery/outbox.js';

const toDelivery = async (deps: Deps, d: StoredDelivery): Promise<Delivery> => {
  const tz = (await deps.config()).timeZone;
  return {
    id: d.id, eventId: d.eventId, type: (await deps.store.getEvent(d.eventId))?.type ?? 'report.created', record: d.record, channel: d.channel,
    audience: d.audience, destination: d.destination, state: d.state, attempts: d.attempts,
    nextAttemptAt: d.state === 'pending' && d.nextAt !== null ? isoInstant(new Date(d.nextAt), tz) : null,
    lastError: d.lastError, createdAt: isoInstant(new Date(d.createdAt), tz), deliveredAt: d.deliveredAt,
  };
};

const detail = async (deps: Deps, d: StoredDelivery): Promise<DeliveryDetail> => ({ ...(await toDelivery(deps, d)), attemptLog: await deps.store.deliveryAttempts(d.seq) });

/** What went out and how it went; "send again"; which destinations keep failing. */
export const deliveryHandlers: HandlerMap = {
  adminListDeliveries: {
    handle: async ({ deps, query }) => {
      const q = query as DeliveryQuery;
      // a case written a moment ago shows where it goes, even before the worker has looked
      await routeWaitingEvents(deps);
      const limit = q.limit ?? 50;
      const before = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
      if (before === null) throw new ProblemError(400, 'validation_failed', 'Bad query parameter.', [issue(['query', 'cursor'], 'invalid_cursor', 'Not a cursor from this list.')]);
      const rows = await deps.store.listDeliveries({ record: q.record, state: q.state, channel: q.channel }, limit + 1, before);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const items: Delivery[] = [];
      for (const d of page) items.push(await toDelivery(deps, d));
      return { body: { items, nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : null } };
    },
  },
  adminGetDelivery: {
    handle: async ({ deps, params }) => {
      await routeWaitingEvents(deps);
      const d = await deps.store.getDelivery((params as { id: string }).id);
      if (!d) throw notFound('No such delivery.');
      return { body: await detail(deps, d) };
    },
  },
  adminRetryDelivery: {
    handle: (ctx) =>
      ctx.commit(async () => {
        const { deps } = ctx;
        const id = (ctx.params as { id: string }).id;
        const d = await deps.store.getDelivery(id);
        if (!d) throw notFound('No such delivery.');
        if (d.state === 'sending') throw new ProblemError(409, 'not_allowed_now', 'This delivery is being sent right now; look again in a moment.');
        await deps.store.retryDelivery(id, deps.now().getTime());
        deps.kickDeliveries();
        return { body: await detail(deps, (await deps.store.getDelivery(id))!) };
      }),
  },
  adminDestinationHealth: {
    handle: async ({ deps }) => {
      await routeWaitingEvents(deps);
      const tz = (await deps.config()).timeZone;
      const at = (iso: string | null) => (iso === null ? null : isoInstant(new Date(iso), tz));
      const items = (await deps.store.destinationStats()).map((s) => ({
        ...s, failing: s.consecutiveFailures >= FAILING_AFTER, lastSuccessAt: at(s.lastSuccessAt), lastFailureAt: at(s.lastFailureAt),
      }));
      const warnings: string[] = [];
      const routing = (await deps.store.getRouting())?.routing;
      if (!routing) warnings.push('No routing rules are set: cases are stored but sent nowhere. Set them with POST /v1/admin/routing.');
      else if (!(routing.default.emails?.length || routing.default.webhooks?.length)) warnings.push('The routing rules have no default destination.');
      const setup = deps.delivery();
      if (!setup.mail) warnings.push('No mail server is configured (GRANNSKAP_SMTP_URL): e-mail deliveries wait until one is.');
      if (!setup.worker) warnings.push('This server process sends nothing (delivery is off); another process on the same database must.');
      return { body: { items, warnings } satisfies DestinationHealthList };
    },
  },
  adminMetrics: {
    handle: async ({ deps }) => {
      const { text, contentType } = await deps.metrics();
      return { raw: text, contentType };
    },
  },
};
