import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Config } from '../src/index.js';
import { OnCallStatus, onCall, zonedToInstant } from '../src/index.js';

const TZ = 'Europe/Stockholm';
type OnCallConfig = Pick<Config, 'timeZone' | 'customerService' | 'trygghetsjour'>;

const config: OnCallConfig = {
  timeZone: TZ,
  customerService: { contact: { name: { sv: 'Kundservice' }, phone: '016-00 00 00', example: true }, hours: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '16:00' }] },
  trygghetsjour: {
    contact: { name: { sv: 'Trygghetsjouren' }, phone: '016-00 00 99', example: true },
    // Every evening over midnight (a span belongs to the day it opens) plus weekend daytime.
    hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '16:00', close: '08:00' }, { days: [6, 7], open: '08:00', close: '16:00' }],
    holidaysAllDay: true,
  },
};

const at = (local: string, c: OnCallConfig = config) => {
  const status = onCall(c, zonedToInstant(local, TZ));
  const parsed = OnCallStatus.safeParse(status);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  return status;
};

test('weekday 10:00: customer service until 16:00 the same day', () => {
  const s = at('2026-12-02T10:00');
  assert.equal(s.who, 'customer_service');
  assert.equal(s.reason, 'office_hours');
  assert.equal(s.phone, '016-00 00 00');
  assert.deepEqual(s.name, { sv: 'Kundservice' });
  assert.equal(s.until, '2026-12-02T16:00:00+01:00');
  assert.equal(s.holiday, null);
});

test('the minute of a change belongs to what comes after it', () => {
  assert.equal(at('2026-12-02T08:00').who, 'customer_service');
  assert.equal(at('2026-12-02T07:59').who, 'trygghetsjour');
  assert.equal(at('2026-12-02T16:00').who, 'trygghetsjour');
  assert.equal(at('2026-12-02T15:59').until, '2026-12-02T16:00:00+01:00');
});

test('weekday 20:00: the jour until 08:00 the next day', () => {
  const s = at('2026-12-02T20:00');
  assert.equal(s.who, 'trygghetsjour');
  assert.equal(s.reason, 'evening');
  assert.equal(s.phone, '016-00 00 99');
  assert.equal(s.until, '2026-12-03T08:00:00+01:00');
  assert.equal(at('2026-12-03T02:00').until, '2026-12-03T08:00:00+01:00');
});

test('Friday evening and Saturday: the jour until Monday 08:00', () => {
  assert.equal(at('2026-12-04T17:00').until, '2026-12-07T08:00:00+01:00');
  const s = at('2026-12-05T12:00');
  assert.equal(s.who, 'trygghetsjour');
  assert.equal(s.reason, 'weekend');
  assert.equal(s.until, '2026-12-07T08:00:00+01:00');
});

test('a weekday public holiday: the jour all day (trettondedag jul, Tuesday 2026-01-06)', () => {
  const s = at('2026-01-06T10:00');
  assert.equal(s.who, 'trygghetsjour');
  assert.equal(s.reason, 'holiday');
  assert.equal(s.holiday, 'trettondedag jul');
  assert.equal(s.until, '2026-01-07T08:00:00+01:00');
  // The evening before runs straight through the holiday.
  assert.equal(at('2026-01-05T20:00').until, '2026-01-07T08:00:00+01:00');
  // And on a Wednesday (2027-01-06).
  const wednesday = at('2027-01-06T11:00');
  assert.equal(wednesday.who, 'trygghetsjour');
  assert.equal(wednesday.reason, 'holiday');
  assert.equal(wednesday.until, '2027-01-07T08:00:00+01:00');
});

test('Christmas: from the eve to the Monday after', () => {
  assert.equal(at('2026-12-23T15:00').until, '2026-12-23T16:00:00+01:00');
  const eve = at('2026-12-24T10:00');
  assert.equal(eve.who, 'trygghetsjour');
  assert.equal(eve.holiday, 'julafton');
  assert.equal(eve.until, '2026-12-28T08:00:00+01:00');
});

test('the offset of `until` follows the DST change it lies beyond', () => {
  // Friday evening before the spring change: Monday 08:00 is in summer time.
  assert.equal(at('2026-03-27T20:00').until, '2026-03-30T08:00:00+02:00');
  assert.equal(at('2026-03-28T23:00').until, '2026-03-30T08:00:00+02:00');
  // The morning after: the jour until 08:00 CEST, then customer service until 16:00 CEST.
  assert.equal(at('2026-03-30T07:00').until, '2026-03-30T08:00:00+02:00');
  assert.equal(at('2026-03-30T09:00').until, '2026-03-30T16:00:00+02:00');
  // Autumn: back to +01:00.
  assert.equal(at('2026-10-23T20:00').until, '2026-10-26T08:00:00+01:00');
  assert.equal(at('2026-10-26T07:30').until, '2026-10-26T08:00:00+01:00');
  // Sunday night of the spring change itself, inside the skipped hour's neighbourhood.
  const night = onCall(config, new Date('2026-03-29T01:30:00Z'));
  assert.equal(night.who, 'trygghetsjour');
  assert.equal(night.until, '2026-03-30T08:00:00+02:00');
});

test('no one answers outside all hours', () => {
  const short: OnCallConfig = { ...config, trygghetsjour: { ...config.trygghetsjour, hours: [{ days: [1, 2, 3, 4, 5], open: '16:00', close: '22:00' }], holidaysAllDay: false } };
  const s = at('2026-12-02T23:00', short);
  assert.equal(s.who, 'none');
  assert.equal(s.reason, 'closed');
  assert.equal(s.phone, null);
  assert.equal(s.until, '2026-12-03T08:00:00+01:00');
  // Without holidaysAllDay, a holiday morning is closed too (the office is shut and the jour has no hours then).
  assert.equal(at('2026-01-06T10:00', short).who, 'none');
  assert.equal(at('2026-01-06T10:00', short).holiday, 'trettondedag jul');
  assert.equal(at('2026-01-06T17:00', short).reason, 'holiday');
});

test('an answer that never changes has no `until`', () => {
  const always: OnCallConfig = { ...config, customerService: { ...config.customerService, hours: [] }, trygghetsjour: { ...config.trygghetsjour, hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '24:00' }] } };
  const s = at('2026-12-02T10:00', always);
  assert.equal(s.who, 'trygghetsjour');
  assert.equal(s.until, null);
});

test('a span over midnight belongs to the day it opens (as in OSM opening_hours)', () => {
  const weekdaysOnly: OnCallConfig = { ...config, trygghetsjour: { ...config.trygghetsjour, hours: [{ days: [1, 2, 3, 4, 5], open: '16:00', close: '08:00' }] } };
  assert.equal(at('2026-12-05T07:00', weekdaysOnly).who, 'trygghetsjour', "Saturday morning: Friday's span");
  assert.equal(at('2026-12-07T07:00', weekdaysOnly).who, 'none', 'Monday morning: Sunday has no span');
  assert.equal(at('2026-12-04T20:00', weekdaysOnly).until, '2026-12-05T08:00:00+01:00');
});
