import { checkAnswers } from '@grannskap/contract';
import type { AdminReport, FieldIssue } from '@grannskap/contract';
import type { Ctx, HandlerMap } from '../http/context.js';
import { invalid, issue, notFound, ProblemError } from '../http/problem.js';
import { isoInstant } from '../domain/dates.js';
import { decodeCursor, encodeCursor, nextReference } from '../domain/references.js';
import { newToken, sha256 } from '../domain/tokens.js';
import { checkAttachments } from '../domain/attachments.js';
import { emitEvent } from '../delivery/outbox.js';
import { tenantMailTo } from '../delivery/tenant-records.js';

interface ReportInput {
  category: string; area: string; addressId?: string; place?: string; placeDetail?: string; occurredAt: string; happeningNow: boolean;
  description: string; answers?: Record<string, string | number | boolean | string[]>; attachments: string[];
  contact: { anonymous: true } | { anonymous: false; name: string; phone?: string; email?: string; emailUpdates?: boolean };
  privacyAccepted?: true; locale?: AdminReport['locale'];
}

// Clocks on phones drift: an occurrence a few minutes ahead of ours is not "in the future".
const CLOCK_SKEW_MS = 10 * 60_000;

/** The answer to "Är det farligt just nu?" (`dangerous_now`); a category that does not ask it: whether it is happening now. */
export const isUrgent = (r: AdminReport): boolean => (typeof r.answers.dangerous_now === 'boolean' ? r.answers.dangerous_now : r.happeningNow);
const subjectOf = (r: AdminReport) => ({ kind: 'report' as const, category: r.category, area: r.area, urgent: isUrgent(r) });

const createReport = (ctx: Ctx<unknown, unknown, ReportInput>) => {
  const { deps, body: b } = ctx;
  return ctx.commit(async () => {
    const config = await deps.config();
    const now = deps.now();
    const issues: FieldIssue[] = [];
    const category = await deps.store.getCategory(b.category);
    if (!category) issues.push(issue(['category'], 'unknown', 'No such category.'));
    if (!(await deps.store.getArea(b.area))) issues.push(issue(['area'], 'unknown', 'No such area.'));
    if (b.addressId !== undefined) {
      const address = await deps.store.getAddress(b.addressId);
      if (!address) issues.push(issue(['addressId'], 'unknown', 'No such address.'));
      else if (address.areaId !== b.area) issues.push(issue(['addressId'], 'wrong_area', 'The address is not in the chosen area.'));
    }
    const maxDescription = config.limits.descriptionMaxLength;
    if (b.description.length > maxDescription) {
      issues.push(issue(['description'], 'too_big', `At most ${maxDescription} characters.`, { maximum: maxDescription }));
    }
    if (Date.parse(b.occurredAt) > now.getTime() + CLOCK_SKEW_MS) issues.push(issue(['occurredAt'], 'in_future', 'This time has not happened yet.'));
    if (category) issues.push(...checkAnswers(category, b.answers ?? {}));
    issues.push(...(await checkAttachments(deps.store, b.attachments, ['attachments'], config.limits.photos.maxCount)));
    if (issues.length || !category) throw invalid(issues);

    const at = isoInstant(now, config.timeZone);
    const reference = await nextReference(deps.store, 'R', now, config.timeZone);
    const token = newToken();
    const report: AdminReport = {
      reference, status: 'received', kind: category.kind, category: b.category, area: b.area,
      addressId: b.addressId ?? null, place: b.place ?? null, placeDetail: b.placeDetail ?? null,
      occurredAt: b.occurredAt, happeningNow: b.happeningNow, description: b.description, answers: b.answers ?? {},
      attachments: b.attachments,
      contact: b.contact.anonymous
        ? { anonymous: true }
        : { anonymous: false, name: b.contact.name, phone: b.contact.phone ?? null, email: b.contact.email ?? null, emailUpdates: b.contact.emailUpdates === true },
      locale: b.locale ?? null, createdAt: at, updatedAt: at,
    };
    const rowId = await deps.store.insertReport(report, sha256(token));
    await deps.store.addReportHistory(rowId, { status: 'received', at, by: null, note: null, message: null });
    for (const id of b.attachments) await deps.store.useAttachment(id, reference);
    await emitEvent(deps, { type: 'report.created', record: reference, subject: subjectOf(report), data: report, at, tenant: await tenantMailTo(deps.store, reference) });
    return { status: 201, body: { reference, token, status: report.status, createdAt: at } };
  });
};

export const reportHandlers: HandlerMap = {
  createReport: { handle: createReport },
  adminListReports: {
    handle: async ({ deps, query }) => {
      const q = query as { status?: string; kind?: string; area?: string; category?: string; limit?: number; cursor?: string };
      const limit = q.limit ?? 50;
      const before = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
      if (before === null) throw new ProblemError(400, 'validation_failed', 'Bad query parameter.', [issue(['query', 'cursor'], 'invalid_cursor', 'Not a cursor from this list.')]);
      const rows = await deps.store.listReports({ status: q.status, kind: q.kind, area: q.area, category: q.category }, limit + 1, before);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { body: { items: page.map((r) => r.report), nextCursor: rows.length > limit && last ? encodeCursor(last.rowId) : null } };
    },
  },
  adminGetReport: {
    handle: async ({ deps, params }) => {
      const stored = await deps.store.getReport((params as { reference: string }).reference);
      if (!stored) throw notFound('No such report.');
      return { body: stored.report };
    },
  },
  adminSetReportStatus: {
    handle: (ctx) =>
      ctx.commit(async () => {
        const { deps } = ctx;
        const { status, note, message } = ctx.body as { status: AdminReport['status']; note?: string; message?: string };
        const stored = await deps.store.getReport((ctx.params as { reference: string }).reference);
        if (!stored) throw notFound('No such report.');
        const at = isoInstant(deps.now(), (await deps.config()).timeZone);
        const report: AdminReport = { ...stored.report, status, updatedAt: at };
        await deps.store.updateReport(stored.rowId, report);
        await deps.store.addReportHistory(stored.rowId, { status, at, by: ctx.admin, note: note ?? null, message: message ?? null });
        const { reference } = report;
        const previousStatus = stored.report.status;
        // a message carries the new status in the tenant's mail too, so the tenant gets one mail, not two
        if (status !== previousStatus) {
          await emitEvent(deps, {
            type: 'report.status_changed', record: reference, subject: subjectOf(report), at,
            data: { reference, status, previousStatus, note: note ?? null, at }, tenant: message === undefined ? await tenantMailTo(deps.store, reference) : null,
          });
        }
        if (message !== undefined) {
          await emitEvent(deps, { type: 'report.message_to_tenant', record: reference, subject: subjectOf(report), at, data: { reference, message, at }, tenant: await tenantMailTo(deps.store, reference) });
        }
        return { body: report };
      }),
  },
};
