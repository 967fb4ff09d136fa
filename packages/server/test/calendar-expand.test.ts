import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRecurrence, expandOccurrences, InvalidRecurrenceError, MAX_OCCURRENCES } from '../src/calendar/index.js';

const TZ = 'Europe/Stockholm';
const weekly = (rrule: string, exdates?: string[]) => ({
  start: '2026-03-17T18:00',
  end: '2026-03-17T20:00',
  recurrence: { rrule, ...(exdates ? { exdates } : {}) },
});

test('a weekly 18:00 stays 18:00 local across the spring change (UTC hour 17 → 16)', () => {
  const got = expandOccurrences(weekly('FREQ=WEEKLY;BYDAY=TU'), '2026-03-17', '2026-04-07', TZ);
  assert.deepEqual(got.map((o) => o.key), ['2026-03-17T18:00', '2026-03-24T18:00', '2026-03-31T18:00', '2026-04-07T18:00']);
  assert.deepEqual(got.map((o) => o.start.getUTCHours()), [17, 17, 16, 16]);
  assert.deepEqual(got.map((o) => o.end.getUTCHours()), [19, 19, 18, 18]);
  assert.equal(got[2]?.start.toISOString(), '2026-03-31T16:00:00.000Z');
});

test('a weekly 18:00 stays 18:00 local across the autumn change (UTC hour 16 → 17)', () => {
  const got = expandOccurrences(
    { start: '2026-10-13T18:00', end: '2026-10-13T20:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } },
    '2026-10-13', '2026-11-03', TZ,
  );
  assert.deepEqual(got.map((o) => o.key), ['2026-10-13T18:00', '2026-10-20T18:00', '2026-10-27T18:00', '2026-11-03T18:00']);
  assert.deepEqual(got.map((o) => o.start.getUTCHours()), [16, 16, 17, 17]);
});

test('an event over the change night keeps its wall-clock end (Saturday 22:00 → Sunday 04:00)', () => {
  const [o] = expandOccurrences({ start: '2026-03-28T22:00', end: '2026-03-29T04:00', recurrence: null }, '2026-03-28', '2026-03-28', TZ);
  assert.ok(o);
  assert.equal(o.start.toISOString(), '2026-03-28T21:00:00.000Z');
  assert.equal(o.end.toISOString(), '2026-03-29T02:00:00.000Z', '04:00 CEST; only five real hours');
});

test('exdates are removed', () => {
  const got = expandOccurrences(weekly('FREQ=WEEKLY;BYDAY=TU', ['2026-03-24T18:00', '2026-04-07T18:00']), '2026-03-01', '2026-04-10', TZ);
  assert.deepEqual(got.map((o) => o.key), ['2026-03-17T18:00', '2026-03-31T18:00']);
});

test('an exdate that does not match the wall-clock start removes nothing', () => {
  const got = expandOccurrences(weekly('FREQ=WEEKLY;BYDAY=TU', ['2026-03-24T17:00']), '2026-03-17', '2026-03-24', TZ);
  assert.equal(got.length, 2);
});

test('COUNT is respected, counting from the first occurrence even when the range starts later', () => {
  const all = expandOccurrences(weekly('FREQ=WEEKLY;BYDAY=TU;COUNT=3'), '2026-01-01', '2026-12-31', TZ);
  assert.deepEqual(all.map((o) => o.key), ['2026-03-17T18:00', '2026-03-24T18:00', '2026-03-31T18:00']);
  const later = expandOccurrences(weekly('FREQ=WEEKLY;BYDAY=TU;COUNT=3'), '2026-03-25', '2026-12-31', TZ);
  assert.deepEqual(later.map((o) => o.key), ['2026-03-31T18:00']);
});

test('UNTIL (UTC) is respected and inclusive', () => {
  // 2026-03-31T16:00Z is 18:00 CEST on the 31st: that occurrence is the last one.
  const got = expandOccurrences(weekly('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331T160000Z'), '2026-01-01', '2026-12-31', TZ);
  assert.deepEqual(got.map((o) => o.key), ['2026-03-17T18:00', '2026-03-24T18:00', '2026-03-31T18:00']);
  const before = expandOccurrences(weekly('FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331T155900Z'), '2026-01-01', '2026-12-31', TZ);
  assert.equal(before.length, 2);
});

test('the range is inclusive at both ends, in local days', () => {
  const daily = { start: '2026-06-01T00:30', end: '2026-06-01T01:00', recurrence: { rrule: 'FREQ=DAILY' } };
  const got = expandOccurrences(daily, '2026-06-10', '2026-06-12', TZ);
  assert.deepEqual(got.map((o) => o.key), ['2026-06-10T00:30', '2026-06-11T00:30', '2026-06-12T00:30']);
  // 00:30 local is 22:30 UTC the day before: a UTC-day range would have got this wrong.
  assert.equal(got[0]?.start.toISOString(), '2026-06-09T22:30:00.000Z');
  const late = { start: '2026-06-01T23:30', end: '2026-06-01T23:45', recurrence: { rrule: 'FREQ=DAILY' } };
  assert.deepEqual(expandOccurrences(late, '2026-06-12', '2026-06-12', TZ).map((o) => o.key), ['2026-06-12T23:30']);
});

test('an occurrence that started before the range but still runs is included', () => {
  const overnight = { start: '2026-06-01T22:00', end: '2026-06-02T02:00', recurrence: { rrule: 'FREQ=WEEKLY' } };
  assert.deepEqual(expandOccurrences(overnight, '2026-06-09', '2026-06-09', TZ).map((o) => o.key), ['2026-06-08T22:00']);
});

test('a one-off activity gives one occurrence when it overlaps, none otherwise', () => {
  const once = { start: '2026-12-01T18:00', end: '2026-12-01T19:00' };
  assert.deepEqual(expandOccurrences(once, '2026-12-01', '2026-12-01', TZ).map((o) => o.key), ['2026-12-01T18:00']);
  assert.equal(expandOccurrences(once, '2026-12-02', '2026-12-31', TZ).length, 0);
  assert.equal(expandOccurrences(once, '2026-11-01', '2026-11-30', TZ).length, 0);
  const [o] = expandOccurrences(once, '2026-11-01', '2026-12-31', TZ);
  assert.equal(o?.start.toISOString(), '2026-12-01T17:00:00.000Z');
});

test('a start in the spring gap moves to the real instant after it', () => {
  const gap = { start: '2026-03-28T02:30', end: '2026-03-28T03:00', recurrence: { rrule: 'FREQ=DAILY;COUNT=3' } };
  const got = expandOccurrences(gap, '2026-03-28', '2026-03-30', TZ);
  assert.deepEqual(got.map((o) => o.key), ['2026-03-28T02:30', '2026-03-29T02:30', '2026-03-30T02:30']);
  assert.equal(got[1]?.start.toISOString(), '2026-03-29T01:30:00.000Z', '02:30 does not exist; 03:30 CEST');
});

test('monthly rules with a numbered weekday', () => {
  const got = expandOccurrences({ start: '2026-09-02T18:00', end: '2026-09-02T19:00', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=-1TH' } }, '2026-09-01', '2026-12-31', TZ);
  assert.deepEqual(got.map((o) => o.key.slice(0, 10)), ['2026-09-24', '2026-10-29', '2026-11-26', '2026-12-31']);
});

test(`at most ${MAX_OCCURRENCES} occurrences per call`, () => {
  const daily = { start: '2000-01-01T10:00', end: '2000-01-01T11:00', recurrence: { rrule: 'FREQ=DAILY' } };
  const got = expandOccurrences(daily, '2000-01-01', '2039-12-31', TZ);
  assert.equal(got.length, MAX_OCCURRENCES);
  assert.equal(got[0]?.key, '2000-01-01T10:00');
  assert.equal(got.at(-1)?.key, '2013-09-08T10:00', 'the first 5,000, in order');
});

test('a range that ends before it starts is empty', () => {
  assert.deepEqual(expandOccurrences(weekly('FREQ=WEEKLY'), '2026-04-01', '2026-03-01', TZ), []);
});

for (const bad of [
  'FREQ=WEEKLY;BYDAY=XX',
  'FREQ=WEEKLY;COUNT=ABC',
  'FREQ=WEEKLY;FOO=1',
  'FREQ=WEEKLY;INTERVAL=0',
  'FREQ=WEEKLY;BYMONTH=13',
  'FREQ=WEEKLY;COUNT=3;COUNT=4',
  'FREQ=WEEKLY;COUNT=3;UNTIL=20270101T000000Z',
  'FREQ=WEEKLY;UNTIL=20270101',
  'FREQ=WEEKLY;UNTIL=20270231T000000Z',
  'FREQ=HOURLY',
  'FREQ=WEEKLY;BYHOUR=10',
  'FREQ=WEEKLY;BYDAY=1MO',
  'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=MONTHLY;BYSETPOS=1',
  'FREQ=WEEKLY;WKST=XX',
  'FREQ=WEEKLY;;BYDAY=MO',
  'FREQ=DAILY;COUNT=5001',
  'FREQ=DAILY;COUNT=0',
]) {
  test(`a bad rule is a typed error: ${bad}`, () => {
    const started = performance.now();
    assert.throws(() => expandOccurrences(weekly(bad), '2026-01-01', '2026-12-31', TZ), (error: unknown) => {
      assert.ok(error instanceof InvalidRecurrenceError);
      assert.equal(error.name, 'InvalidRecurrenceError');
      assert.equal(error.code, 'invalid_rrule');
      assert.deepEqual(error.path, ['recurrence', 'rrule']);
      assert.ok(error.message.length > 0);
      return true;
    });
    assert.ok(performance.now() - started < 100, 'rejected without scanning');
  });
}

test('rules that are valid but unusual still expand', () => {
  const cases: [string, number][] = [
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH', 13],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 3],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 3],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 0],
    ['FREQ=DAILY;WKST=SU;BYDAY=SA,SU', 26],
  ];
  for (const [rule, expected] of cases) {
    const got = expandOccurrences({ start: '2026-01-01T12:00', end: '2026-01-01T13:00', recurrence: { rrule: rule } }, '2026-01-01', '2026-03-31', TZ);
    assert.equal(got.length, expected, rule);
  }
});

test('checkRecurrence refuses a start the rule does not produce, and accepts one it does', () => {
  // 2026-03-18 is a Wednesday; the rule says Tuesdays. RFC 5545 leaves this undefined.
  const wednesday = { start: '2026-03-18T18:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } };
  assert.throws(() => checkRecurrence(wednesday, TZ), (error: unknown) => {
    assert.ok(error instanceof InvalidRecurrenceError);
    assert.equal(error.code, 'start_not_in_rule');
    assert.deepEqual(error.path, ['start']);
    return true;
  });
  assert.doesNotThrow(() => checkRecurrence({ start: '2026-03-17T18:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU' } }, TZ));
  assert.doesNotThrow(() => checkRecurrence({ start: '2026-09-24T18:00', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=-1TH;COUNT=3' } }, TZ));
  assert.doesNotThrow(() => checkRecurrence({ start: '2026-03-18T18:00', recurrence: null }, TZ));
  assert.throws(() => checkRecurrence({ start: '2026-03-17T18:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=XX' } }, TZ), InvalidRecurrenceError);
  // Expansion follows rrule (and ical.js): the out-of-step start is not an occurrence.
  const got = expandOccurrences({ ...wednesday, end: '2026-03-18T19:00' }, '2026-03-01', '2026-03-31', TZ);
  assert.deepEqual(got.map((o) => o.key), ['2026-03-24T18:00', '2026-03-31T18:00']);
});
