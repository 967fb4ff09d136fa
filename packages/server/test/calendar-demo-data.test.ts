import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActivityCreate, AddressList, AreaList, CategoryList, Config, onCall, weekdayOf, zonedToInstant } from '@grannskap/contract';
import { demoActivities, demoAddresses, demoAreas, demoCategories, demoConfig, schoolHolidaysFor } from '../src/demo/index.js';
import { checkRecurrence, expandOccurrences } from '../src/calendar/index.js';

const TZ = 'Europe/Stockholm';
const areaIds = new Set(demoAreas.map((a) => a.id));

const issuesOf = (result: { success: boolean; error?: { issues: unknown } }) => JSON.stringify(result.error?.issues ?? null);

test('the demo config parses and marks its phone numbers as examples', () => {
  const result = Config.safeParse(demoConfig);
  assert.ok(result.success, issuesOf(result));
  assert.equal(demoConfig.customerService.contact.example, true);
  assert.equal(demoConfig.trygghetsjour.contact.example, true);
  assert.equal(demoConfig.emergency.number, '112');
  assert.equal(demoConfig.emergency.police, '114 14');
  assert.equal(demoConfig.limits.trivselpeng.maxAmount, 5000);
  assert.ok(demoConfig.limits.trivselpeng.rules.length >= 5);
});

test('the demo config answers like a housing company: office by day, jour by night, weekends and holidays', () => {
  assert.equal(onCall(demoConfig, zonedToInstant('2026-12-02T10:00', TZ)).who, 'customer_service');
  assert.equal(onCall(demoConfig, zonedToInstant('2026-12-02T23:00', TZ)).who, 'trygghetsjour');
  assert.equal(onCall(demoConfig, zonedToInstant('2026-12-05T12:00', TZ)).who, 'trygghetsjour');
  assert.equal(onCall(demoConfig, zonedToInstant('2026-12-25T10:00', TZ)).who, 'trygghetsjour');
  // Monday before office hours: Sunday's evening span still runs (no gap in the night).
  assert.equal(onCall(demoConfig, zonedToInstant('2026-12-07T07:00', TZ)).who, 'trygghetsjour');
  assert.equal(onCall(demoConfig, zonedToInstant('2026-12-04T20:00', TZ)).until, '2026-12-07T08:00:00+01:00');
});

test('areas and addresses parse, ids are unique and every address is in a known area', () => {
  assert.ok(AreaList.safeParse({ items: demoAreas }).success);
  const result = AddressList.safeParse({ items: demoAddresses });
  assert.ok(result.success, issuesOf(result));
  assert.equal(new Set(demoAddresses.map((a) => a.id)).size, demoAddresses.length);
  for (const area of demoAreas) {
    const n = demoAddresses.filter((a) => a.areaId === area.id).length;
    assert.ok(n >= 8 && n <= 15, `${area.id} has ${n} addresses`);
  }
  for (const a of demoAddresses) {
    assert.ok(areaIds.has(a.areaId), a.id);
    assert.match(a.postalCode ?? '', /^6[34]\d \d{2}$/);
  }
});

test('the category catalogue parses, covers every kind and lists values for list fields', () => {
  const result = CategoryList.safeParse({ items: demoCategories });
  assert.ok(result.success, issuesOf(result));
  assert.equal(new Set(demoCategories.map((c) => c.code)).size, demoCategories.length);
  assert.deepEqual(new Set(demoCategories.map((c) => c.kind)), new Set(['disturbance', 'damage', 'unsafe_place', 'other']));
  for (const c of demoCategories) {
    if (c.kind === 'disturbance' && c.code !== 'smoking') assert.equal(c.urgentPossible, true, c.code);
    for (const f of c.fields) {
      const isList = f.type === 'singlevaluelist' || f.type === 'multivaluelist';
      assert.equal(isList, (f.values?.length ?? 0) > 0, `${c.code}.${f.code}`);
    }
  }
});

test('school holidays follow the pattern: sportlov in ISO week 9, höstlov in week 44, påsklov after Easter', () => {
  for (const year of [2025, 2026, 2027, 2030]) {
    const holidays = schoolHolidaysFor(year);
    assert.deepEqual(holidays.map((h) => h.code), ['hostlov', 'jullov', 'sportlov', 'pasklov', 'sommarlov']);
    for (const [i, h] of holidays.entries()) {
      assert.ok(h.start <= h.end, h.code);
      if (i > 0) assert.ok(holidays[i - 1]!.end < h.start, `${h.code} after the one before`);
    }
  }
  const y2027 = schoolHolidaysFor(2026);
  assert.deepEqual(y2027.find((h) => h.code === 'sportlov'), { code: 'sportlov', name: { sv: 'Sportlov', en: 'Winter sports break', fi: 'Hiihtoloma' }, start: '2027-03-01', end: '2027-03-05' });
  assert.equal(y2027.find((h) => h.code === 'hostlov')?.start, '2026-10-26');
  assert.equal(y2027.find((h) => h.code === 'pasklov')?.start, '2027-03-29', 'the Monday after Easter Sunday 2027-03-28');
  assert.equal(schoolHolidaysFor(2020).find((h) => h.code === 'hostlov')?.start, '2020-10-26');
  assert.equal(schoolHolidaysFor(2025).find((h) => h.code === 'sportlov')?.start, '2026-02-23');
});

for (const now of ['2026-11-28T04:00:00Z', '2027-07-15T12:00:00Z', '2030-02-01T08:00:00Z']) {
  test(`demo activities for ${now.slice(0, 10)} parse and make sense`, () => {
    const activities = demoActivities(new Date(now));
    assert.ok(activities.length >= 30 && activities.length <= 60, `${activities.length} activities`);
    const categories = new Set(activities.map((a) => a.category));
    assert.equal(categories.size, 4);
    const year = Number(now.slice(0, 4)) - (Number(now.slice(5, 7)) >= 7 ? 0 : 1);
    const holidays = [...schoolHolidaysFor(year), ...schoolHolidaysFor(year + 1)];
    assert.ok(activities.some((a) => a.start > now.slice(0, 16)), 'something is coming up');
    let recurring = 0;
    for (const a of activities) {
      const result = ActivityCreate.safeParse(a);
      assert.ok(result.success, `${a.title.sv}: ${issuesOf(result)}`);
      for (const id of a.areas) assert.ok(areaIds.has(id), id);
      if (a.recurrence) {
        recurring++;
        checkRecurrence(a, TZ);
        const all = expandOccurrences({ ...a, recurrence: { rrule: a.recurrence.rrule } }, a.start.slice(0, 10), '2040-12-31', TZ);
        const kept = expandOccurrences(a, a.start.slice(0, 10), '2040-12-31', TZ);
        assert.ok(kept.length > 0 && all[0]?.key === a.start, `${a.title.sv} starts with its first occurrence`);
        for (const ex of a.recurrence.exdates ?? []) assert.ok(all.some((o) => o.key === ex), `exdate ${ex} is an occurrence`);
        assert.equal(kept.length, all.length - (a.recurrence.exdates?.length ?? 0));
        if (a.category === 'omradestraff') {
          for (const o of kept) {
            const date = o.key.slice(0, 10);
            assert.ok(!holidays.some((h) => date >= h.start && date <= h.end), `${a.title.sv} on ${date} is in a school holiday`);
          }
        }
      }
      if (a.category === 'lovaktivitet') {
        const date = a.start.slice(0, 10);
        assert.ok(holidays.some((h) => date >= h.start && date <= h.end), `${a.title.sv} on ${date} is in a holiday`);
        assert.ok(a.ageMin != null && a.ageMax != null && a.capacity != null);
        assert.equal(a.registration.required, true);
        assert.ok(Date.parse(a.registration.closes ?? '') < zonedToInstant(a.start, TZ).getTime());
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        assert.ok(weekdayOf(y, m, d) <= 5, `${a.title.sv} on a weekday`);
      }
    }
    assert.ok(recurring >= 10, `${recurring} recurring`);
    assert.ok(activities.some((a) => (a.recurrence?.exdates?.length ?? 0) > 0), 'some exdates');
  });
}

test('demo config school holidays cover the school year the server starts in', () => {
  const today = new Date().toISOString().slice(0, 10);
  const sommarlov = demoConfig.schoolHolidays.filter((h) => h.code === 'sommarlov');
  assert.equal(sommarlov.length, 2);
  assert.ok(sommarlov[1]!.end > today);
});
