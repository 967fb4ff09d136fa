import type { Activity, FieldIssue, Occurrence } from '@grannskap/contract';
import { formatInstant } from '@grannskap/contract';
import { activitiesToIcs, checkRecurrence, expandOccurrences, InvalidRecurrenceError } from '../calendar/index.js';
import type { Ctx, Deps, HandlerMap } from '../http/context.js';
import { invalid, issue, notFound, ProblemError } from '../http/problem.js';
import { addDays } from '@grannskap/contract';
import { daysBetween, isoInstant } from '../domain/dates.js';
import { newId } from '../domain/tokens.js';

/** The longest range one occurrence query may ask for. */
export const MAX_RANGE_DAYS = 400;

type ActivityFields = Omit<Activity, 'id' | 'cancelled' | 'cancelledReason' | 'updatedAt'>;

const matches = (a: Activity, filter: { area?: string; age?: number; categories?: string }) =>
  (filter.area === undefined || a.areas.length === 0 || a.areas.includes(filter.area)) &&
  (filter.age === undefined || ((a.ageMin ?? 0) <= filter.age && filter.age <= (a.ageMax ?? 120))) &&
  (filter.categories === undefined || filter.categories.split(',').includes(a.category));

const listOccurrences = async ({ deps, query }: Ctx) => {
  const q = query as { from: string; to: string; area?: string; category?: string; categories?: string; age?: number };
  const span = daysBetween(q.from, q.to);
  if (span < 0) throw new ProblemError(400, 'validation_failed', 'Bad query parameter.', [issue(['query', 'to'], 'before_from', '"to" must not be before "from".')]);
  if (span > MAX_RANGE_DAYS) {
    throw new ProblemError(400, 'validation_failed', 'Bad query parameter.', [issue(['query', 'to'], 'too_big', `At most ${MAX_RANGE_DAYS} days per query.`, { maximum: MAX_RANGE_DAYS })]);
  }
  const tz = (await deps.config()).timeZone;
  const items: Occurrence[] = [];
  const activities: Activity[] = [];
  for (const a of await deps.store.listActivities({ category: q.category })) {
    if (!matches(a, q)) continue;
    const occurrences = expandOccurrences(a, q.from, q.to, tz);
    if (occurrences.length === 0) continue;
    const counts = await deps.store.occurrenceCounts(a.id);
    for (const o of occurrences) {
      const c = counts.get(o.key) ?? { confirmed: 0, waitlisted: 0 };
      items.push({
        activityId: a.id, key: o.key, start: formatInstant(o.start, tz), end: formatInstant(o.end, tz), cancelled: a.cancelled,
        placesLeft: a.capacity == null ? null : Math.max(0, a.capacity - c.confirmed), waitlist: c.waitlisted,
      });
    }
    activities.push(a);
  }
  items.sort((x, y) => Date.parse(x.start) - Date.parse(y.start) || x.activityId.localeCompare(y.activityId));
  return { body: { items, activities } };
};

const ics = (body: string) => ({ raw: body, contentType: 'text/calendar; charset=utf-8' });

/** Domain checks for a created or edited activity: areas exist, times in order, the RRULE expands. */
const checkActivity = async (deps: Deps, a: ActivityFields): Promise<FieldIssue[]> => {
  const out: FieldIssue[] = [];
  for (const [i, id] of a.areas.entries()) { if (!(await deps.store.getArea(id))) out.push(issue(['areas', i], 'unknown', 'No such area.')); }
  if (a.end <= a.start) out.push(issue(['end'], 'end_before_start', 'The end must be after the start.'));
  if (a.ageMin != null && a.ageMax != null && a.ageMax < a.ageMin) out.push(issue(['ageMax'], 'age_range', 'The highest age must not be lower than the lowest.'));
  if (a.recurrence) {
    try {
      const tz = (await deps.config()).timeZone;
      checkRecurrence(a, tz);
      const day = a.start.slice(0, 10);
      expandOccurrences(a, day, addDays(day, 31), tz);
    } catch (error) {
      if (error instanceof InvalidRecurrenceError) out.push(issue([...error.path], error.code, error.message));
      else out.push(issue(['recurrence', 'rrule'], 'invalid_rrule', 'The recurrence rule cannot be expanded.'));
    }
  }
  return out;
};

const getActivityOr404 = async (deps: Deps, id: string) => {
  const a = await deps.store.getActivity(id);
  if (!a) throw notFound('No such activity.');
  return a;
};

export const activityHandlers: HandlerMap = {
  listOccurrences: { handle: listOccurrences },
  getActivity: { handle: async ({ deps, params }) => ({ body: await getActivityOr404(deps, (params as { id: string }).id) }) },
  getActivityIcs: {
    handle: async ({ deps, params }) => {
      const a = await getActivityOr404(deps, (params as { id: string }).id);
      const config = await deps.config();
      return ics(activitiesToIcs([a], { name: a.title.sv, lang: config.languages.default}));
    },
  },
  getCalendarFeed: {
    handle: async ({ deps, query }) => {
      const q = query as { area?: string; category?: string; categories?: string; age?: number; lang?: string };
      const config = await deps.config();
      const acts = (await deps.store.listActivities({ category: q.category })).filter((a) => matches(a, q));
      return ics(activitiesToIcs(acts, { name: `${config.organisation.name} – aktiviteter`, lang: q.lang ?? config.languages.default}));
    },
  },
  adminCreateActivity: {
    handle: (ctx) =>
      ctx.commit(async () => {
        const { deps } = ctx;
        const fields = ctx.body as ActivityFields;
        const issues = await checkActivity(deps, fields);
        if (issues.length) throw invalid(issues);
        const activity: Activity = { id: newId(9), ...fields, cancelled: false, cancelledReason: null, updatedAt: isoInstant(deps.now(), (await deps.config()).timeZone) };
        await deps.store.insertActivity(activity);
        await deps.store.addActivityHistory(activity.id, { status: 'created', at: activity.updatedAt, by: ctx.admin, note: null, message: null });
        return { status: 201, body: activity };
      }),
  },
  adminUpdateActivity: {
    handle: (ctx) =>
      ctx.commit(async () => {
        const { deps } = ctx;
        const current = await getActivityOr404(deps, (ctx.params as { id: string }).id);
        const next: Activity = { ...current, ...(ctx.body as Partial<ActivityFields>), updatedAt: isoInstant(deps.now(), (await deps.config()).timeZone) };
        const issues = await checkActivity(deps, next);
        if (issues.length) throw invalid(issues);
        await deps.store.updateActivity(next);
        const changed = Object.keys(ctx.body as object).sort().filter((k) => JSON.stringify(current[k as keyof Activity]) !== JSON.stringify(next[k as keyof Activity]));
        await deps.store.addActivityHistory(next.id, { status: 'updated', at: next.updatedAt, by: ctx.admin, note: `Changed: ${changed.join(', ') || 'nothing'}`, message: null });
        return { body: next };
      }),
  },
  adminCancelActivity: {
    handle: (ctx) =>
      ctx.commit(async () => {
        const { deps } = ctx;
        const current = await getActivityOr404(deps, (ctx.params as { id: string }).id);
        const next: Activity = { ...current, cancelled: true, cancelledReason: (ctx.body as { reason: string }).reason, updatedAt: isoInstant(deps.now(), (await deps.config()).timeZone) };
        await deps.store.updateActivity(next);
        await deps.store.addActivityHistory(next.id, { status: 'cancelled', at: next.updatedAt, by: ctx.admin, note: next.cancelledReason ?? null, message: null });
        return { body: next };
      }),
  },
};

