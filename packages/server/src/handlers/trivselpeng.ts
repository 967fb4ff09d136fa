import { addWorkingDays } from '@grannskap/contract';
import type { AdminTrivselpeng, FieldIssue, FollowUp, TrivselpengStatus } from '@grannskap/contract';
import type { Ctx, HandlerMap } from '../http/context.js';
import { conflict, invalid, issue, notFound, ProblemError } from '../http/problem.js';
import { isoInstant, localToday } from '../domain/dates.js';
import { decodeCursor, encodeCursor, nextReference } from '../domain/references.js';
import { newToken, sha256, tokenMatches } from '../domain/tokens.js';
import { checkAttachments } from '../domain/attachments.js';
import type { TrivselpengCore } from '../storage/store.js';
import { adminTrivselpeng, followUpAvailable, trivselpengCase } from './trivselpeng-view.js';
import { NO_CASE } from './cases.js';
import { emitEvent } from '../delivery/outbox.js';
import { tenantMailTo } from '../delivery/tenant-records.js';

interface TrivselpengInput {
  area: string;
  applicant: { name: string; address: string; phone?: string; email?: string; emailUpdates?: boolean; age: number };
  coOrganisers: { name: string; address: string }[];
  activity: { title: string; description: string; date: string; startTime?: string; place: string; targetGroup: string; expectedParticipants: number };
  budget: { item: string; amount: number }[];
  requestedTotal: number;
  eligibility: Record<string, true>;
}

const createTrivselpeng = (ctx: Ctx<unknown, unknown, TrivselpengInput>) =>
  ctx.commit(async () => {
    const { deps, body: b } = ctx;
    const config = await deps.config();
    const rules = config.limits.trivselpeng;
    const now = deps.now();
    const today = localToday(now, config.timeZone);
    const issues: FieldIssue[] = [];
    if (!(await deps.store.getArea(b.area))) issues.push(issue(['area'], 'unknown', 'No such area.'));
    if (b.requestedTotal > rules.maxAmount) {
      issues.push(issue(['requestedTotal'], 'over_cap', `At most ${rules.maxAmount} kronor.`, { maximum: rules.maxAmount }));
    }
    const codes = new Set(rules.rules.map((r) => r.code));
    for (const code of codes) if (b.eligibility[code] !== true) issues.push(issue(['eligibility', code], 'required', 'Confirm this before applying.'));
    for (const code of Object.keys(b.eligibility)) if (!codes.has(code)) issues.push(issue(['eligibility', code], 'unknown', 'No such rule.'));
    if (b.coOrganisers.length < rules.coOrganisersRequired) {
      issues.push(issue(['coOrganisers'], 'too_small', `At least ${rules.coOrganisersRequired} co-organisers from other households.`, { minimum: rules.coOrganisersRequired }));
    }
    if (b.applicant.age < rules.minOrganiserAge) {
      issues.push(issue(['applicant', 'age'], 'too_small', `The organiser must be at least ${rules.minOrganiserAge}.`, { minimum: rules.minOrganiserAge }));
    }
    if (b.activity.date < today) issues.push(issue(['activity', 'date'], 'in_past', 'The date has already passed.'));
    if (issues.length) throw invalid(issues);

    const at = isoInstant(now, config.timeZone);
    const reference = await nextReference(deps.store, 'T', now, config.timeZone);
    const token = newToken();
    const core: TrivselpengCore = {
      reference, status: 'submitted', area: b.area,
      applicant: { ...b.applicant, phone: b.applicant.phone ?? null, email: b.applicant.email ?? null, emailUpdates: b.applicant.emailUpdates === true },
      coOrganisers: b.coOrganisers,
      activity: { ...b.activity, startTime: b.activity.startTime ?? null },
      budget: b.budget, requestedTotal: b.requestedTotal, createdAt: at, updatedAt: at,
    };
    const rowId = await deps.store.insertTrivselpeng(core, sha256(token));
    await deps.store.addTrivselpengHistory(rowId, { status: 'submitted', at, by: null, note: null, message: null });
    await emitEvent(deps, {
      type: 'application.submitted', record: reference, subject: { kind: 'application', area: b.area }, at,
      data: await adminTrivselpeng(deps.store, (await deps.store.getTrivselpeng(reference))!), tenant: await tenantMailTo(deps.store, reference),
    });
    return { status: 201, body: { reference, token, status: core.status, createdAt: at, decisionBy: addWorkingDays(today, rules.decisionDays) } };
  });

const createFollowUp = (ctx: Ctx<{ reference: string }, unknown, { token: string; participants: number; howItWent: string; receipts: string[] }>) =>
  ctx.commit(async () => {
    const { deps, body: b } = ctx;
    const stored = await deps.store.getTrivselpeng(ctx.params.reference);
    if (!tokenMatches(b.token, stored?.tokenHash) || !stored) throw notFound(NO_CASE);
    const config = await deps.config();
    const now = deps.now();
    const today = localToday(now, config.timeZone);
    if (!followUpAvailable(stored, today)) {
      throw conflict('not_allowed_now', 'A follow-up can be sent once the money has been paid and the activity has taken place.');
    }
    const issues = await checkAttachments(deps.store, b.receipts, ['receipts'], 20);
    if (issues.length) throw invalid(issues);
    const at = isoInstant(now, config.timeZone);
    const followUp: FollowUp = { participants: b.participants, howItWent: b.howItWent, receipts: b.receipts, submittedAt: at };
    await deps.store.updateTrivselpeng(stored.rowId, { status: 'followed_up', updatedAt: at, followUp });
    await deps.store.addTrivselpengHistory(stored.rowId, { status: 'followed_up', at, by: null, note: null, message: null });
    for (const id of b.receipts) await deps.store.useAttachment(id, stored.core.reference);
    await emitEvent(deps, {
      type: 'follow_up.submitted', record: stored.core.reference, subject: { kind: 'follow_up', area: stored.core.area }, at,
      data: { reference: stored.core.reference, followUp },
    });
    const updated = (await deps.store.getTrivselpeng(stored.core.reference))!;
    return { status: 201, body: await trivselpengCase(deps.store, updated, today) };
  });

/** Which status each decision may follow. */
const ALLOWED_FROM: Record<string, readonly TrivselpengStatus[]> = {
  under_review: ['submitted'],
  approved: ['under_review'],
  rejected: ['submitted', 'under_review'],
  paid: ['approved'],
};

type Decision =
  | { status: 'under_review' | 'paid'; note?: string; message?: string }
  | { status: 'approved'; amount: number; note?: string; message?: string }
  | { status: 'rejected'; reason: string; note?: string };

const decide = (ctx: Ctx<{ reference: string }, unknown, Decision>) =>
  ctx.commit(async () => {
    const { deps, body: d } = ctx;
    const stored = await deps.store.getTrivselpeng(ctx.params.reference);
    if (!stored) throw notFound('No such application.');
    const from = stored.core.status;
    if (!ALLOWED_FROM[d.status]?.includes(from)) {
      throw conflict('not_allowed_now', `An application that is ${from} cannot become ${d.status}.`);
    }
    const config = await deps.config();
    if (d.status === 'approved' && d.amount > config.limits.trivselpeng.maxAmount) {
      throw invalid([issue(['amount'], 'over_cap', `At most ${config.limits.trivselpeng.maxAmount} kronor.`, { maximum: config.limits.trivselpeng.maxAmount })]);
    }
    const at = isoInstant(deps.now(), config.timeZone);
    const message = d.status === 'rejected' ? d.reason : (d.message ?? null);
    await deps.store.updateTrivselpeng(stored.rowId, {
      status: d.status, updatedAt: at, ...(d.status === 'approved' ? { approvedAmount: d.amount } : {}),
    });
    await deps.store.addTrivselpengHistory(stored.rowId, { status: d.status, at, by: ctx.admin, note: d.note ?? null, message });
    await emitEvent(deps, {
      type: 'application.decided', record: stored.core.reference, subject: { kind: 'application', area: stored.core.area }, at,
      data: {
        reference: stored.core.reference, status: d.status, previousStatus: from,
        approvedAmount: d.status === 'approved' ? d.amount : null, reason: d.status === 'rejected' ? d.reason : null, at,
      },
      tenant: await tenantMailTo(deps.store, stored.core.reference),
    });
    return { body: await adminTrivselpeng(deps.store, (await deps.store.getTrivselpeng(stored.core.reference))!) };
  });

export const trivselpengHandlers: HandlerMap = {
  createTrivselpeng: { handle: createTrivselpeng },
  createFollowUp: { handle: createFollowUp },
  adminDecideTrivselpeng: { handle: decide },
  adminGetTrivselpeng: {
    handle: async ({ deps, params }) => {
      const stored = await deps.store.getTrivselpeng((params as { reference: string }).reference);
      if (!stored) throw notFound('No such application.');
      return { body: await adminTrivselpeng(deps.store, stored) };
    },
  },
  adminListTrivselpeng: {
    handle: async ({ deps, query }) => {
      const q = query as { status?: string; area?: string; limit?: number; cursor?: string };
      const limit = q.limit ?? 50;
      const before = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
      if (before === null) throw new ProblemError(400, 'validation_failed', 'Bad query parameter.', [issue(['query', 'cursor'], 'invalid_cursor', 'Not a cursor from this list.')]);
      const rows = await deps.store.listTrivselpeng({ status: q.status, area: q.area }, limit + 1, before);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const items: AdminTrivselpeng[] = [];
      for (const t of page) items.push(await adminTrivselpeng(deps.store, t));
      return { body: { items, nextCursor: rows.length > limit && last ? encodeCursor(last.rowId) : null } };
    },
  },
};
