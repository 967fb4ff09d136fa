import type { RegistrationView } from '@grannskap/contract';
import { expandOccurrences } from '../calendar/index.js';
import type { Ctx, Deps, HandlerMap } from '../http/context.js';
import { conflict, invalid, issue, notFound, ProblemError } from '../http/problem.js';
import { isoInstant } from '../domain/dates.js';
import { newId, newToken, sha256, tokenMatches } from '../domain/tokens.js';
import type { StoredRegistration } from '../storage/store.js';
import type { Activity } from '@grannskap/contract';
import { emitEvent } from '../delivery/outbox.js';
import { tenantMailTo } from '../delivery/tenant-records.js';

const NO_REGISTRATION = 'No registration matches this link.';

interface RegistrationInput {
  occurrence: string;
  participants: { name: string; age?: number }[];
  contact: { name: string; phone?: string; email?: string; emailUpdates?: boolean };
  waitlistOk?: boolean;
  locale?: string;
}

const view = async (deps: Deps, r: StoredRegistration): Promise<RegistrationView> => {
  let waitlistPosition: number | null = null;
  if (r.status !== 'cancelled' && r.waitlisted > 0) {
    const queue = (await deps.store.occurrenceRegistrations(r.activityId, r.occurrence)).filter((x) => x.waitlisted > 0);
    waitlistPosition = queue.findIndex((x) => x.id === r.id) + 1;
  }
  return {
    id: r.id, activityId: r.activityId, occurrence: r.occurrence, status: r.status, participants: r.participants,
    waitlistedParticipants: r.status === 'cancelled' ? 0 : r.waitlisted, waitlistPosition, createdAt: r.createdAt,
  };
};

/** Participants with a place, among registrations that are not cancelled. */
const placed = (regs: StoredRegistration[]) => regs.reduce((s, r) => s + r.participants - r.waitlisted, 0);

const subjectOf = (a: Activity) => ({ kind: 'registration' as const, category: a.category, areas: a.areas });
const adminView = async (deps: Deps, r: StoredRegistration) => ({ ...(await view(deps, r)), participantList: r.details.participantList, contact: r.details.contact });

const register = (ctx: Ctx<{ id: string }, unknown, RegistrationInput>) =>
  ctx.commit(async () => {
    const { deps, body: b } = ctx;
    const activity = await deps.store.getActivity(ctx.params.id);
    if (!activity) throw notFound('No such activity.');
    if (activity.cancelled) throw conflict('not_allowed_now', 'The activity is cancelled.');
    const config = await deps.config();
    const now = deps.now();
    const { opens, closes } = activity.registration;
    if ((opens && now.getTime() < Date.parse(opens)) || (closes && now.getTime() > Date.parse(closes))) {
      throw conflict('registration_closed', 'Registration is not open now.');
    }
    const day = b.occurrence.slice(0, 10);
    const occurrence = expandOccurrences(activity, day, day, config.timeZone).find((o) => o.key === b.occurrence);
    if (!occurrence) throw invalid([issue(['occurrence'], 'unknown', 'The activity does not take place then.')]);
    if (occurrence.start.getTime() <= now.getTime()) throw conflict('registration_closed', 'This occurrence has already started.');
    const ageIssues = b.participants.flatMap((p, i) =>
      p.age !== undefined && (p.age < (activity.ageMin ?? 0) || p.age > (activity.ageMax ?? 120))
        ? [issue(['participants', i, 'age'], 'age_range', 'The activity is not for this age.', { minimum: activity.ageMin ?? 0, maximum: activity.ageMax ?? 120 })]
        : [],
    );
    if (ageIssues.length) throw invalid(ageIssues);

    const count = b.participants.length;
    const current = await deps.store.occurrenceRegistrations(activity.id, b.occurrence);
    // Nobody jumps the queue: while anyone waits, newcomers wait too. Otherwise the first participants in
    // the list take the places left and the rest wait, so a family is not kept out by one place too few.
    const free = activity.capacity == null ? count : current.some((r) => r.waitlisted > 0) ? 0 : Math.max(0, activity.capacity - placed(current));
    const waitlisted = Math.max(0, count - free);
    if (waitlisted > 0 && !b.waitlistOk) {
      throw new ProblemError(409, 'occurrence_full', `${free === 0 ? 'The occurrence is full' : `Only ${free} of the ${count} participants fit`}; send waitlistOk to put the rest on the waitlist.`);
    }
    const token = newToken();
    const registration: StoredRegistration = {
      id: newId(), activityId: activity.id, occurrence: b.occurrence, status: waitlisted < count ? 'confirmed' : 'waitlisted', participants: count, waitlisted,
      tokenHash: sha256(token), seq: await deps.store.nextRegistrationSeq(), createdAt: isoInstant(now, config.timeZone),
      details: {
        participantList: b.participants.map((p) => ({ name: p.name, age: p.age ?? null })),
        contact: { name: b.contact.name, phone: b.contact.phone ?? null, email: b.contact.email ?? null, emailUpdates: b.contact.emailUpdates === true },
        locale: b.locale ?? null,
      },
    };
    await deps.store.insertRegistration(registration);
    await emitEvent(deps, {
      type: 'registration.created', record: registration.id, subject: subjectOf(activity), at: registration.createdAt, data: await adminView(deps, registration),
      tenant: await tenantMailTo(deps.store, registration.id),
    });
    return { status: 201, body: { ...(await view(deps, registration)), cancelToken: token } };
  });

const cancel = (ctx: Ctx<{ id: string }, unknown, { token: string }>) =>
  ctx.commit(async () => {
    const { deps } = ctx;
    const r = await deps.store.getRegistration(ctx.params.id);
    if (!tokenMatches(ctx.body.token, r?.tokenHash) || !r) throw notFound(NO_REGISTRATION);
    if (r.status !== 'cancelled') {
      await deps.store.setRegistrationStatus(r.id, 'cancelled');
      const activity = await deps.store.getActivity(r.activityId);
      const at = isoInstant(deps.now(), (await deps.config()).timeZone);
      if (activity) {
        await emitEvent(deps, {
          type: 'registration.cancelled', record: r.id, subject: subjectOf(activity), at,
          data: { id: r.id, activityId: r.activityId, occurrence: r.occurrence, participants: r.participants, at },
          tenant: await tenantMailTo(deps.store, r.id),
        });
      }
      if (activity?.capacity != null) {
        // Freed places go to those waiting in the order they registered, one participant at a time: the
        // first in the queue is never passed by a smaller registration behind it.
        const regs = await deps.store.occurrenceRegistrations(r.activityId, r.occurrence);
        let free = activity.capacity - placed(regs);
        for (const w of regs.filter((x) => x.waitlisted > 0)) {
          if (free <= 0) break;
          const moved = Math.min(free, w.waitlisted);
          await deps.store.setRegistrationStatus(w.id, 'confirmed', w.waitlisted - moved);
          free -= moved;
          await emitEvent(deps, {
            type: 'registration.promoted', record: w.id, subject: subjectOf(activity), at,
            data: { id: w.id, activityId: w.activityId, occurrence: w.occurrence, promoted: moved, waitlistedParticipants: w.waitlisted - moved, at },
            tenant: await tenantMailTo(deps.store, w.id),
          });
        }
      }
    }
    return { body: await view(deps, (await deps.store.getRegistration(r.id))!) };
  });

export const registrationHandlers: HandlerMap = {
  createRegistration: { handle: register },
  cancelRegistration: { handle: cancel },
  getRegistration: {
    hideInvalid: NO_REGISTRATION,
    handle: async ({ deps, params, query }) => {
      const r = await deps.store.getRegistration((params as { id: string }).id);
      if (!tokenMatches((query as { token: string }).token, r?.tokenHash) || !r) throw notFound(NO_REGISTRATION);
      return { body: await view(deps, r) };
    },
  },
  adminListRegistrations: {
    handle: async ({ deps, params }) => {
      const id = (params as { id: string }).id;
      if (!(await deps.store.getActivity(id))) throw notFound('No such activity.');
      const items = [];
      for (const r of await deps.store.listRegistrations(id)) items.push(await adminView(deps, r));
      return {
        body: {
          items,
        },
      };
    },
  },
};
