import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, formatInstant, keepZoneOffsets, offsetMinutes, toLocalDateTime, wallClock, weekdayOf, zonedToInstant } from '../src/index.js';

const TZ = 'Europe/Stockholm';

test('winter and summer offsets', () => {
  assert.equal(offsetMinutes(new Date('2026-01-15T12:00:00Z'), TZ), 60);
  assert.equal(offsetMinutes(new Date('2026-07-15T12:00:00Z'), TZ), 120);
  assert.equal(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'UTC'), 0);
  assert.equal(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York'), -240);
  assert.equal(formatInstant(new Date('2026-12-01T17:00:00Z'), TZ), '2026-12-01T18:00:00+01:00');
  assert.equal(formatInstant(new Date('2026-06-01T16:00:00Z'), TZ), '2026-06-01T18:00:00+02:00');
  assert.equal(formatInstant(new Date('2026-06-01T16:00:00Z'), 'America/New_York'), '2026-06-01T12:00:00-04:00');
});

test('zonedToInstant in winter and summer', () => {
  assert.equal(zonedToInstant('2026-12-01T18:00', TZ).toISOString(), '2026-12-01T17:00:00.000Z');
  assert.equal(zonedToInstant('2026-06-01T18:00', TZ).toISOString(), '2026-06-01T16:00:00.000Z');
  assert.equal(zonedToInstant('2026-06-01', TZ).toISOString(), '2026-05-31T22:00:00.000Z', 'a date alone is its midnight');
  assert.equal(zonedToInstant('2026-06-01T18:00:30', TZ).toISOString(), '2026-06-01T16:00:30.000Z');
});

test('the change instants themselves', () => {
  // Spring: 02:00 CET becomes 03:00 CEST at 01:00 UTC on the last Sunday of March.
  assert.equal(zonedToInstant('2026-03-29T01:59', TZ).toISOString(), '2026-03-29T00:59:00.000Z');
  assert.equal(zonedToInstant('2026-03-29T03:00', TZ).toISOString(), '2026-03-29T01:00:00.000Z');
  assert.equal(offsetMinutes(new Date('2026-03-29T00:59:59Z'), TZ), 60);
  assert.equal(offsetMinutes(new Date('2026-03-29T01:00:00Z'), TZ), 120);
  // Autumn: 03:00 CEST becomes 02:00 CET at 01:00 UTC on the last Sunday of October.
  assert.equal(offsetMinutes(new Date('2026-10-25T00:59:59Z'), TZ), 120);
  assert.equal(offsetMinutes(new Date('2026-10-25T01:00:00Z'), TZ), 60);
  assert.equal(zonedToInstant('2026-10-25T03:00', TZ).toISOString(), '2026-10-25T02:00:00.000Z');
});

test('a time in the spring gap moves forward by the gap: 02:30 → 03:30 CEST', () => {
  const instant = zonedToInstant('2026-03-29T02:30', TZ);
  assert.equal(instant.toISOString(), '2026-03-29T01:30:00.000Z');
  assert.equal(formatInstant(instant, TZ), '2026-03-29T03:30:00+02:00');
  assert.equal(toLocalDateTime(zonedToInstant('2027-03-28T02:00', TZ), TZ), '2027-03-28T03:00');
});

test('a repeated autumn time takes its first (summer-time) occurrence', () => {
  const instant = zonedToInstant('2026-10-25T02:30', TZ);
  assert.equal(instant.toISOString(), '2026-10-25T00:30:00.000Z');
  assert.equal(formatInstant(instant, TZ), '2026-10-25T02:30:00+02:00');
  // The second 02:30 (CET) exists and formats with +01:00.
  assert.equal(formatInstant(new Date('2026-10-25T01:30:00Z'), TZ), '2026-10-25T02:30:00+01:00');
});

test('wallClock gives ISO weekdays', () => {
  const w = wallClock(new Date('2026-11-29T23:30:00Z'), TZ);
  assert.deepEqual(w, { year: 2026, month: 11, day: 30, hour: 0, minute: 30, second: 0, weekday: 1 });
  assert.equal(weekdayOf(2026, 11, 29), 7);
  assert.equal(weekdayOf(2024, 2, 29), 4);
});

test('addDays across months, years and leap days', () => {
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(addDays('2026-03-29', 0), '2026-03-29');
});

test('malformed local times are rejected', () => {
  for (const bad of ['2026-13', '26-01-01T10:00', '2026-01-01 10:00', '']) assert.throws(() => zonedToInstant(bad, TZ), RangeError, bad);
});

test('round trip: every instant → wall clock → instant is the same instant, except in the repeated autumn hour', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1997, 0, 1) / 60000, max: Date.UTC(2040, 0, 1) / 60000 }), (minutes) => {
      const instant = new Date(minutes * 60000);
      const local = toLocalDateTime(instant, TZ);
      const back = zonedToInstant(local, TZ);
      const formatted = formatInstant(instant, TZ);
      // formatInstant agrees with the instant whatever the hour.
      assert.equal(Date.parse(formatted), instant.getTime());
      assert.equal(formatted.slice(0, 16), local);
      if (back.getTime() !== instant.getTime()) {
        // Only the second pass through the repeated hour may map back to the first one, one hour earlier.
        assert.equal(instant.getTime() - back.getTime(), 3_600_000, formatted);
        assert.equal(offsetMinutes(instant, TZ), 60);
        assert.equal(wallClock(instant, TZ).month, 10);
        assert.equal(wallClock(instant, TZ).hour, 2);
      }
    }),
    { numRuns: 3000 },
  );
});

test('round trip: every existing wall clock → instant → the same wall clock', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1997-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
      const local = d.toISOString().slice(0, 16);
      const instant = zonedToInstant(local, TZ);
      const inGap = toLocalDateTime(instant, TZ) !== local;
      if (inGap) {
        // Only 02:xx on the last Sunday of March is missing, and it moves forward an hour.
        assert.equal(local.slice(5, 7), '03');
        assert.equal(local.slice(11, 13), '02');
        assert.equal(toLocalDateTime(instant, TZ), `${local.slice(0, 11)}03${local.slice(13)}`);
      }
    }),
    { numRuns: 3000 },
  );
});

test('the wall clock kept per minute equals what Intl says, across clock changes and odd offsets', () => {
  // what wallClock answered before it kept offsets: Intl asked for every instant
  const intl = (instant: Date, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
        .formatToParts(instant).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
    );
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second, weekday: weekdayOf(parts.year!, parts.month!, parts.day!) };
  };
  keepZoneOffsets(); // as the server does
  // Lord Howe moves by 30 minutes, Kathmandu sits at +05:45, Chatham at +12:45/+13:45
  const zones = [TZ, 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
  for (const zone of zones) {
    // every second around Stockholm's and New York's changes in 2026, and a year of random instants
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-04-04T15:00:00Z', '2026-10-03T15:30:00Z']) {
      for (let s = -90; s <= 90; s += 1) {
        const at = new Date(Date.parse(change) + s * 1000 + 123);
        assert.deepEqual(wallClock(at, zone), intl(at, zone), `${zone} ${at.toISOString()}`);
      }
    }
  }
  fc.assert(
    fc.property(fc.integer({ min: Date.parse('1971-01-01T00:00:00Z'), max: Date.parse('2090-12-31T00:00:00Z') }), fc.constantFrom(...zones), (ms, zone) => {
      const at = new Date(ms);
      assert.deepEqual(wallClock(at, zone), intl(at, zone));
    }),
    { numRuns: 2000 },
  );
  // before 1970 (local mean time had offsets in seconds), Intl answers as before
  assert.deepEqual(wallClock(new Date('1850-06-01T12:00:00Z'), TZ), intl(new Date('1850-06-01T12:00:00Z'), TZ));
});
