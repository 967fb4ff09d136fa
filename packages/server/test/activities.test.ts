import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  adminCancelActivity, adminCreateActivity, adminListRegistrations, adminUpdateActivity, cancelRegistration, createRegistration, getActivity,
  getCalendarFeed, getRegistration, listOccurrences,
} from '@grannskap/contract';
import { call, issuePaths, startTestServer, type TestServer } from './helpers/server.js';
import { activityBody, catalogue, createActivity } from './helpers/fixtures.js';

const person = (name: string, age = 30) => ({ name, age });
const registration = (occurrence: string, participants: { name: string; age?: number }[], extra: Record<string, unknown> = {}) => ({
  occurrence, participants, contact: { name: 'Kontakt Exempel', email: 'kontakt@example.org' }, consent: true, ...extra,
});

describe('activities and registrations', () => {
  let t: TestServer;
  let areaId: string;
  before(async () => {
    t = await startTestServer();
    areaId = (await catalogue(t)).areas[0]!.id;
  });
  after(async () => t.close());

  it('lets staff create, edit and cancel an activity; visitors see the change', async () => {
    const created = await call(t, adminCreateActivity, { admin: t.admin, body: activityBody(areaId) });
    assert.equal(created.status, 201);
    const id = created.body.id as string;
    const edited = await call(t, adminUpdateActivity, { admin: t.admin, params: { id }, body: { capacity: 10, place: { name: 'Biblioteket' } } });
    assert.equal(edited.status, 200);
    assert.equal(edited.body.capacity, 10);
    assert.equal(edited.body.title.sv, 'Pingis i lokalen');
    const badEdit = await call(t, adminUpdateActivity, { admin: t.admin, params: { id }, body: { end: '2026-12-05T13:00' } });
    assert.equal(badEdit.status, 422);
    assert.ok(issuePaths(badEdit.body).includes('end:end_before_start'));
    const cancelled = await call(t, adminCancelActivity, { admin: t.admin, params: { id }, body: { reason: 'Lokalen är upptagen.' } });
    assert.equal(cancelled.body.cancelled, true);
    const seen = await call(t, getActivity, { params: { id } });
    assert.equal(seen.body.cancelledReason, 'Lokalen är upptagen.');
    // Every staff change is appended to the activity's history, with the token's label; the refused edit is not.
    const store = await t.openStore();
    try {
      const history = await store.activityHistory(id);
      assert.deepEqual(history.map((h) => [h.status, h.by]), [['created', 'test-staff'], ['updated', 'test-staff'], ['cancelled', 'test-staff']]);
      assert.equal(history[1]!.note, 'Changed: capacity, place');
      assert.equal(history[2]!.note, 'Lokalen är upptagen.');
    } finally {
      await store.close();
    }
    const occ = await call(t, listOccurrences, { query: { from: '2026-12-05', to: '2026-12-05' } });
    assert.equal(occ.body.items.find((o: { activityId: string }) => o.activityId === id).cancelled, true);
    const closed = await call(t, createRegistration, { params: { id }, body: registration('2026-12-05T14:00', [person('A')]) });
    assert.equal(closed.status, 409);
    const missing = await call(t, adminUpdateActivity, { admin: t.admin, params: { id: 'nope' }, body: { capacity: 1 } });
    assert.equal(missing.status, 404);
  });

  it('rejects activities with unknown areas or an RRULE that cannot be expanded', async () => {
    const res = await call(t, adminCreateActivity, { admin: t.admin, body: activityBody('no-such-area') });
    assert.equal(res.status, 422);
    assert.ok(issuePaths(res.body).includes('areas.0:unknown'));
    const rrule = await call(t, adminCreateActivity, { admin: t.admin, body: activityBody(areaId, { recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=XX' } }) });
    assert.equal(rrule.status, 422);
    assert.ok(issuePaths(rrule.body).some((p) => p.startsWith('recurrence.rrule')), issuePaths(rrule.body).join());
    // 2026-12-05 is a Saturday: a Tuesday rule would silently drop the first occurrence.
    const offRule = await call(t, adminCreateActivity, { admin: t.admin, body: activityBody(areaId, { recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } }) });
    assert.equal(offRule.status, 422);
    assert.ok(issuePaths(offRule.body).includes('start:start_not_in_rule'), issuePaths(offRule.body).join());
  });

  it('filters occurrences and the feed by several categories at once, and rejects unknown ones', async () => {
    const q = { from: '2026-11-28', to: '2027-03-31' };
    const all = await call(t, listOccurrences, { query: q });
    const picked = await call(t, listOccurrences, { query: { ...q, categories: 'omradestraff,lovaktivitet' } });
    assert.equal(picked.status, 200);
    const expected = all.body.items.filter((o: { activityId: string }) =>
      ['omradestraff', 'lovaktivitet'].includes(all.body.activities.find((a: { id: string }) => a.id === o.activityId).category));
    assert.ok(expected.length > 0 && expected.length < all.body.items.length);
    assert.deepEqual(picked.body.items, expected);
    const both = await call(t, listOccurrences, { query: { ...q, categories: 'omradestraff,lovaktivitet', category: 'lovaktivitet' } });
    assert.ok(both.body.activities.length > 0 && both.body.activities.every((a: { category: string }) => a.category === 'lovaktivitet'));
    for (const bad of ['omradestraff,nope', 'omradestraff,', '', 'omradestraff;lovaktivitet']) {
      const res = await call(t, listOccurrences, { query: { ...q, categories: bad } });
      assert.equal(res.status, 400, bad);
      assert.deepEqual(res.body.issues[0].path, ['query', 'categories']);
    }
    const feed = await call(t, getCalendarFeed, { query: { categories: 'trygghetsvandring,omradestraff' } });
    assert.equal(feed.status, 200);
    const inFeed = [...feed.text.matchAll(/^UID:(.+)@grannskap\r$/gm)].map((m) => m[1]);
    const ids = all.body.activities.filter((a: { category: string }) => ['trygghetsvandring', 'omradestraff'].includes(a.category)).map((a: { id: string }) => a.id);
    assert.ok(ids.every((id: string) => inFeed.includes(id)), 'an activity of the categories is missing from the feed');
    const others = all.body.activities.filter((a: { category: string }) => !['trygghetsvandring', 'omradestraff'].includes(a.category)).map((a: { id: string }) => a.id);
    assert.ok(others.length > 0 && others.every((id: string) => !inFeed.includes(id)), 'the feed holds other categories');
  });

  it('expands a weekly activity and counts places per occurrence', async () => {
    const { id } = await createActivity(t, { recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2026-12-12T14:00'] }, capacity: 5 });
    const occ = await call(t, listOccurrences, { query: { from: '2026-12-01', to: '2026-12-31' } });
    const mine = occ.body.items.filter((o: { activityId: string }) => o.activityId === id);
    assert.deepEqual(mine.map((o: { key: string }) => o.key), ['2026-12-05T14:00', '2026-12-19T14:00', '2026-12-26T14:00']);
    const before = await call(t, listOccurrences, { query: { from: '2026-12-19', to: '2026-12-19' } });
    const etag = before.headers.get('etag')!;
    assert.equal(before.headers.get('cache-control'), 'public, no-cache');
    assert.equal((await call(t, listOccurrences, { query: { from: '2026-12-19', to: '2026-12-19' }, headers: { 'if-none-match': etag } })).status, 304);
    const reg = await call(t, createRegistration, { params: { id }, body: registration('2026-12-19T14:00', [person('A'), person('B')]) });
    assert.equal(reg.status, 201);
    const after = await call(t, listOccurrences, { query: { from: '2026-12-19', to: '2026-12-19' }, headers: { 'if-none-match': etag } });
    assert.equal(after.status, 200, 'a registration changes the ETag');
    const o = after.body.items.find((x: { activityId: string }) => x.activityId === id);
    assert.equal(o.placesLeft, 3);
    const notAnOccurrence = await call(t, createRegistration, { params: { id }, body: registration('2026-12-12T14:00', [person('A')]) });
    assert.equal(notAnOccurrence.status, 422);
    assert.ok(issuePaths(notAnOccurrence.body).includes('occurrence:unknown'));
  });

  it('confirms until full, then waitlists only when asked, and promotes on cancel', async () => {
    const { id } = await createActivity(t, { capacity: 4 });
    const occurrence = '2026-12-05T14:00';
    const first = await call(t, createRegistration, { params: { id }, body: registration(occurrence, [person('A'), person('B'), person('C')]) });
    assert.equal(first.status, 201);
    assert.equal(first.body.status, 'confirmed');
    assert.equal(first.body.waitlistedParticipants, 0);
    const tooMany = await call(t, createRegistration, { params: { id }, body: registration(occurrence, [person('D'), person('E')]) });
    assert.equal(tooMany.status, 409);
    assert.equal(tooMany.body.code, 'occurrence_full');
    assert.match(tooMany.body.detail, /Only 1 of the 2 participants fit/);
    // One place left for two: the first in the list gets it, the other waits.
    const split = await call(t, createRegistration, { params: { id }, body: registration(occurrence, [person('D'), person('E')], { waitlistOk: true }) });
    assert.equal(split.status, 201);
    assert.equal(split.body.status, 'confirmed');
    assert.equal(split.body.waitlistedParticipants, 1);
    assert.equal(split.body.waitlistPosition, 1);
    const full = await call(t, createRegistration, { params: { id }, body: registration(occurrence, [person('F')]) });
    assert.equal(full.status, 409);
    assert.match(full.body.detail, /The occurrence is full/);
    const waiting = await call(t, createRegistration, { params: { id }, body: registration(occurrence, [person('F')], { waitlistOk: true }) });
    assert.equal(waiting.status, 201);
    assert.equal(waiting.body.status, 'waitlisted');
    assert.equal(waiting.body.waitlistedParticipants, 1);
    assert.equal(waiting.body.waitlistPosition, 2);
    const view = await call(t, getRegistration, { params: { id: waiting.body.id }, query: { token: waiting.body.cancelToken } });
    assert.equal(view.body.status, 'waitlisted');
    assert.ok(!view.text.includes('Kontakt Exempel'));
    const counted = await call(t, listOccurrences, { query: { from: '2026-12-05', to: '2026-12-05' } });
    const o = counted.body.items.find((x: { activityId: string }) => x.activityId === id);
    assert.deepEqual([o.placesLeft, o.waitlist], [0, 2], 'no place left, two participants waiting');

    const wrong = await call(t, cancelRegistration, { params: { id: first.body.id }, body: { token: waiting.body.cancelToken } });
    assert.equal(wrong.status, 404);
    const cancelled = await call(t, cancelRegistration, { params: { id: first.body.id }, body: { token: first.body.cancelToken } });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.waitlistedParticipants, 0);
    const whole = await call(t, getRegistration, { params: { id: split.body.id }, query: { token: split.body.cancelToken } });
    assert.deepEqual([whole.body.status, whole.body.waitlistedParticipants, whole.body.waitlistPosition], ['confirmed', 0, null]);
    const promoted = await call(t, getRegistration, { params: { id: waiting.body.id }, query: { token: waiting.body.cancelToken } });
    assert.equal(promoted.body.status, 'confirmed');
    assert.equal(promoted.body.waitlistPosition, null);

    const list = await call(t, adminListRegistrations, { admin: t.admin, params: { id } });
    assert.equal(list.status, 200);
    assert.equal(list.body.items.length, 3);
    assert.equal(list.body.items[0].contact.name, 'Kontakt Exempel');
    const missing = await call(t, adminListRegistrations, { admin: t.admin, params: { id: 'nope' } });
    assert.equal(missing.status, 404);
  });

  it('gives freed places to those waiting in the order they came, one participant at a time', async () => {
    const { id } = await createActivity(t, { capacity: 3 });
    const occurrence = '2026-12-05T14:00';
    const reg = async (names: string[]) =>
      (await call(t, createRegistration, { params: { id }, body: registration(occurrence, names.map((n) => person(n)), { waitlistOk: true }) })).body;
    const state = async (r: { id: string; cancelToken: string }) => {
      const v = (await call(t, getRegistration, { params: { id: r.id }, query: { token: r.cancelToken } })).body;
      return [v.status, v.waitlistedParticipants, v.waitlistPosition];
    };
    const one = await reg(['A']);
    const two = await reg(['B', 'C']);
    const family = await reg(['D', 'E', 'F']);
    const single = await reg(['G']);
    assert.deepEqual(await state(family), ['waitlisted', 3, 1]);
    assert.deepEqual(await state(single), ['waitlisted', 1, 2]);
    // One place freed: it goes to the first waiting, not to the single who would fit whole.
    await call(t, cancelRegistration, { params: { id: one.id }, body: { token: one.cancelToken } });
    assert.deepEqual(await state(family), ['confirmed', 2, 1]);
    assert.deepEqual(await state(single), ['waitlisted', 1, 2]);
    await call(t, cancelRegistration, { params: { id: two.id }, body: { token: two.cancelToken } });
    assert.deepEqual(await state(family), ['confirmed', 0, null]);
    assert.deepEqual(await state(single), ['waitlisted', 1, 1]);
    // A newcomer waits behind the queue even when a place is freed for the one at its head.
    const late = await reg(['H']);
    assert.deepEqual(await state(late), ['waitlisted', 1, 2]);
    await call(t, cancelRegistration, { params: { id: family.id }, body: { token: family.cancelToken } });
    assert.deepEqual(await state(single), ['confirmed', 0, null]);
    assert.deepEqual(await state(late), ['confirmed', 0, null]);
  });

  it('hides registrations behind their token: wrong or malformed tokens get the same 404', async () => {
    const { id } = await createActivity(t, { capacity: null });
    const reg = await call(t, createRegistration, { params: { id }, body: registration('2026-12-05T14:00', [person('A')]) });
    const wrong = await call(t, getRegistration, { params: { id: reg.body.id }, query: { token: 'A'.repeat(43) } });
    const malformed = await call(t, getRegistration, { params: { id: reg.body.id }, query: { token: '!' } });
    const unknown = await call(t, getRegistration, { params: { id: 'nope' }, query: { token: reg.body.cancelToken } });
    for (const r of [wrong, malformed, unknown]) {
      assert.equal(r.status, 404);
      assert.equal(r.text, wrong.text);
    }
  });

  it('enforces the registration window, the age range and past occurrences', async () => {
    const notYet = await createActivity(t, { registration: { required: true, opens: '2026-12-01T00:00:00+01:00' } });
    const early = await call(t, createRegistration, { params: { id: notYet.id }, body: registration('2026-12-05T14:00', [person('A')]) });
    assert.equal(early.status, 409);
    assert.equal(early.body.code, 'registration_closed');
    const over = await createActivity(t, { registration: { required: true, closes: '2026-11-27T00:00:00+01:00' } });
    const late = await call(t, createRegistration, { params: { id: over.id }, body: registration('2026-12-05T14:00', [person('A')]) });
    assert.equal(late.body.code, 'registration_closed');
    const kids = await createActivity(t, { ageMin: 6, ageMax: 12 });
    const adult = await call(t, createRegistration, { params: { id: kids.id }, body: registration('2026-12-05T14:00', [person('Barn', 8), person('Vuxen', 40)]) });
    assert.equal(adult.status, 422);
    assert.ok(issuePaths(adult.body).includes('participants.1.age:age_range'));
    const past = await createActivity(t, { start: '2026-11-20T14:00', end: '2026-11-20T16:00' });
    const gone = await call(t, createRegistration, { params: { id: past.id }, body: registration('2026-11-20T14:00', [person('A')]) });
    assert.equal(gone.status, 409);
    const noActivity = await call(t, createRegistration, { params: { id: 'nope' }, body: registration('2026-12-05T14:00', [person('A')]) });
    assert.equal(noActivity.status, 404);
    const noConsent = await call(t, createRegistration, { params: { id: kids.id }, body: registration('2026-12-05T14:00', [person('A', 8)], { consent: false }) });
    assert.equal(noConsent.status, 422);
    assert.ok(issuePaths(noConsent.body).includes('consent:invalid_value'));
  });

  it('keeps capacity under 20 concurrent registrations for the last places', async () => {
    const { id } = await createActivity(t, { capacity: 5 });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => call(t, createRegistration, { params: { id }, body: registration('2026-12-05T14:00', [person(`P${i}`)], { waitlistOk: true }) })),
    );
    assert.ok(answers.every((a) => a.status === 201));
    assert.equal(answers.filter((a) => a.body.status === 'confirmed').length, 5);
    const occ = await call(t, listOccurrences, { query: { from: '2026-12-05', to: '2026-12-05' } });
    const o = occ.body.items.find((x: { activityId: string }) => x.activityId === id);
    assert.equal(o.placesLeft, 0);
    assert.equal(o.waitlist, 15);
  });
});
