import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import fc from 'fast-check';
import type { Activity } from '@grannskap/contract';
import { toLocalDateTime } from '@grannskap/contract';
import { activitiesToIcs, expandOccurrences } from '../src/calendar/index.js';

const TZ = 'Europe/Stockholm';
const encoder = new TextEncoder();

const activity = (over: Partial<Activity> = {}): Activity => ({
  id: 'act-1',
  title: { sv: 'Områdesträff i Årby', en: 'Neighbourhood meeting in Årby', ar: 'لقاء الحي في أوربي' },
  description: { sv: 'Kaffe, frågor; svar', en: 'Coffee' },
  category: 'omradestraff',
  areas: ['arby'],
  place: { name: 'Områdeskontoret', address: 'Årbyvägen 14, Eskilstuna' },
  start: '2026-10-13T18:00',
  end: '2026-10-13T20:00',
  recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exdates: ['2026-10-27T18:00'] },
  registration: { required: false },
  organiser: { name: 'Områdesvärdarna' },
  languages: ['sv'],
  cancelled: false,
  updatedAt: '2026-09-01T10:00:00+02:00',
  ...over,
});

const longArabic = 'هذا نص طويل باللغة العربية لاختبار طي الأسطر في ملف التقويم، ويجب ألا يتجاوز أي سطر خمسة وسبعين بايت. '.repeat(4);
const longSwedish = 'Välkommen till områdesträffen på gården – här pratar vi om trygghet, belysning, städning och ålderdomliga önskemål från grannarna. '.repeat(3);

/** Content lines with folding undone (RFC 5545 3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const prop = (ics: string, name: string) => unfold(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

test('lines end in CRLF and no line is longer than 75 octets, even with Swedish and Arabic text', () => {
  const ics = activitiesToIcs(
    [activity({ description: { sv: longSwedish, ar: longArabic } }), activity({ id: 'act-2', title: { sv: longSwedish, ar: longArabic } })],
    { name: 'Aktiviteter', lang: 'ar' },
  );
  assert.ok(ics.endsWith('\r\n'));
  assert.equal(/[^\r]\n/.test(ics), false, 'no bare LF');
  assert.equal(/\r[^\n]/.test(ics), false, 'no bare CR');
  const lines = ics.split('\r\n').slice(0, -1);
  let folded = 0;
  for (const line of lines) {
    assert.ok(encoder.encode(line).length <= 75, `too long (${encoder.encode(line).length}): ${line}`);
    assert.ok(!line.includes('\uFFFD'));
    if (line.startsWith(' ')) folded++;
  }
  assert.ok(folded > 10, 'long text was folded');
  // Folding never splits a character: unfolding gives back the exact text.
  assert.ok(prop(ics, 'DESCRIPTION')[0]?.includes(longArabic.trim().replace(/,/g, '\\,').slice(0, 200)));
  assert.ok(prop(ics, 'SUMMARY').some((l) => l === `SUMMARY:${longArabic.replace(/,/g, '\\,')}`));
});

test('VTIMEZONE, TZID, RRULE, EXDATE, UID and status', () => {
  const ics = activitiesToIcs([activity()], { name: 'Aktiviteter', lang: 'sv', activityUrl: (id) => `https://example.org/a/${id}` });
  assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
  assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm\r\n/);
  assert.deepEqual(prop(ics, 'DTSTART').filter((l) => !l.startsWith('DTSTART:1970')), ['DTSTART;TZID=Europe/Stockholm:20261013T180000']);
  assert.deepEqual(prop(ics, 'DTEND'), ['DTEND;TZID=Europe/Stockholm:20261013T200000']);
  assert.deepEqual(prop(ics, 'RRULE').filter((l) => l.includes('COUNT')), ['RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6']);
  assert.deepEqual(prop(ics, 'EXDATE'), ['EXDATE;TZID=Europe/Stockholm:20261027T180000']);
  assert.deepEqual(prop(ics, 'UID'), ['UID:act-1@grannskap']);
  assert.deepEqual(prop(ics, 'URL'), ['URL:https://example.org/a/act-1']);
  assert.deepEqual(prop(ics, 'STATUS'), ['STATUS:CONFIRMED']);
  assert.deepEqual(prop(ics, 'CATEGORIES'), ['CATEGORIES:Områdesträff']);
  assert.deepEqual(prop(ics, 'LOCATION'), ['LOCATION:Områdeskontoret\\, Årbyvägen 14\\, Eskilstuna']);
});

test('text is escaped: comma, semicolon, backslash and newlines', () => {
  const ics = activitiesToIcs([activity({ title: { sv: 'A, B; C \\ D' }, description: { sv: 'rad ett\nrad två\r\nrad tre' } })], { name: 'Kalender; test, ett', lang: 'sv' });
  assert.deepEqual(prop(ics, 'SUMMARY'), ['SUMMARY:A\\, B\\; C \\\\ D']);
  assert.deepEqual(prop(ics, 'DESCRIPTION'), ['DESCRIPTION:rad ett\\nrad två\\nrad tre']);
  assert.deepEqual(prop(ics, 'X-WR-CALNAME'), ['X-WR-CALNAME:Kalender\\; test\\, ett']);
});

test('titles and descriptions follow lang, with Swedish as the fallback', () => {
  const en = activitiesToIcs([activity()], { name: 'x', lang: 'en' });
  assert.deepEqual(prop(en, 'SUMMARY'), ['SUMMARY:Neighbourhood meeting in Årby']);
  const fi = activitiesToIcs([activity()], { name: 'x', lang: 'fi' });
  assert.deepEqual(prop(fi, 'SUMMARY'), ['SUMMARY:Områdesträff i Årby']);
  assert.deepEqual(prop(fi, 'DESCRIPTION'), ['DESCRIPTION:Kaffe\\, frågor\\; svar']);
});

test('a cancelled activity says so in STATUS and in its title', () => {
  const ics = activitiesToIcs([activity({ cancelled: true, cancelledReason: 'Sjukdom' })], { name: 'x', lang: 'sv' });
  assert.deepEqual(prop(ics, 'STATUS'), ['STATUS:CANCELLED']);
  assert.deepEqual(prop(ics, 'SUMMARY'), ['SUMMARY:Inställt: Områdesträff i Årby']);
  assert.ok(prop(ics, 'DESCRIPTION')[0]?.startsWith('DESCRIPTION:Inställt: Sjukdom\\n'));
});

test('an independent parser (ical.js) reads the feed and expands it like the server does', () => {
  const activities = [
    activity(),
    activity({ id: 'act-2', start: '2026-03-17T18:00', end: '2026-03-17T20:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20260407T160000Z' } }),
    activity({ id: 'act-3', start: '2026-12-01T10:00', end: '2026-12-01T11:30', recurrence: null, title: { sv: 'A, B; C \\ D\nE' } }),
    // Last weekday of each month, across both DST changes. (Starts are in step with their rules:
    // RFC 5545 leaves other starts undefined, and ical.js itself treats them inconsistently.)
    activity({ id: 'act-4', start: '2026-10-30T09:00', end: '2026-10-30T09:30', recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=6' } }),
    activity({ id: 'act-5', start: '2027-01-01T23:30', end: '2027-01-02T00:30', recurrence: { rrule: 'FREQ=DAILY;INTERVAL=3;UNTIL=20270401T000000Z', exdates: ['2027-03-29T23:30'] } }),
  ];
  const ics = activitiesToIcs(activities, { name: 'Aktiviteter', lang: 'sv' });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  assert.ok(vtimezone);
  ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  assert.equal(events.length, 5);
  assert.equal(events[2]?.summary, 'A, B; C \\ D\nE');
  assert.equal(events[0]?.location, 'Områdeskontoret, Årbyvägen 14, Eskilstuna');
  for (const [i, a] of activities.entries()) {
    const event = events[i];
    assert.ok(event);
    assert.equal(event.uid, `${a.id}@grannskap`);
    const theirs: string[] = [];
    const it = event.iterator();
    for (let next = it.next(); next && theirs.length < 100; next = it.next()) theirs.push(next.toJSDate().toISOString());
    const ours = expandOccurrences(a, '2026-01-01', '2027-12-31', TZ).map((o) => o.start.toISOString());
    assert.deepEqual(theirs, ours, a.id);
    assert.equal(event.duration.toSeconds(), (Date.parse(`${a.end}Z`) - Date.parse(`${a.start}Z`)) / 1000);
  }
  // The DST change shows in UTC: 17:00Z in March before it, 16:00Z after.
  assert.deepEqual(expandOccurrences(activities[1]!, '2026-01-01', '2026-12-31', TZ).map((o) => o.start.getUTCHours()), [17, 17, 16, 16]);
});

test('the whole demo season: every line fits, and ical.js expands every activity exactly as the server does', async () => {
  const { demoActivities } = await import('../src/demo/index.js');
  const activities: Activity[] = demoActivities(new Date('2026-11-28T04:00:00Z')).map((a, i) => ({
    ...a,
    id: `demo-${i}`,
    cancelled: i === 3,
    updatedAt: '2026-08-01T10:00:00+02:00',
  } as Activity));
  for (const lang of ['sv', 'en', 'ar']) {
    const ics = activitiesToIcs(activities, { name: 'Grannskap – alla aktiviteter', lang, activityUrl: (id) => `https://example.org/aktiviteter/${id}` });
    for (const line of ics.split('\r\n')) assert.ok(encoder.encode(line).length <= 75, line);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    assert.equal(events.length, activities.length);
    for (const [i, a] of activities.entries()) {
      const event = events[i]!;
      const theirs: string[] = [];
      const it = event.iterator();
      for (let next = it.next(); next && theirs.length < 400; next = it.next()) theirs.push(next.toJSDate().toISOString());
      const ours = expandOccurrences(a, '2026-01-01', '2029-12-31', TZ).map((o) => o.start.toISOString());
      assert.deepEqual(theirs, ours, `${a.id} ${a.title.sv}`);
    }
    assert.equal(calendar.getAllSubcomponents('vevent')[3]?.getFirstPropertyValue('status'), 'CANCELLED');
  }
});

test('property: for rules without COUNT, any range far or near expands as ical.js does from the very start', () => {
  const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
  const base = Date.UTC(2024, 0, 1);
  fc.assert(
    fc.property(
      fc.record({
        freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY'),
        interval: fc.integer({ min: 1, max: 4 }),
        extraDays: fc.subarray([...WEEKDAYS]),
        byMonthDay: fc.boolean(),
        startDay: fc.integer({ min: 0, max: 1500 }),
        hour: fc.integer({ min: 5, max: 22 }),
        fromDay: fc.integer({ min: 0, max: 6000 }),
        length: fc.integer({ min: 0, max: 70 }),
      }),
      (r) => {
        const startDate = new Date(base + r.startDay * 86_400_000);
        if (r.byMonthDay && startDate.getUTCDate() > 28) return;
        const day = startDate.toISOString().slice(0, 10);
        const weekday = WEEKDAYS[(startDate.getUTCDay() + 6) % 7]!;
        // The start is always in step with the rule (other starts are undefined in RFC 5545).
        const byday = [...new Set([weekday, ...r.extraDays])].join(',');
        const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`];
        if (r.freq === 'MONTHLY' && r.byMonthDay) parts.push(`BYMONTHDAY=${startDate.getUTCDate()}`);
        else if (r.freq !== 'MONTHLY' || r.extraDays.length) parts.push(`BYDAY=${byday}`);
        const hh = String(r.hour).padStart(2, '0');
        const a = activity({ start: `${day}T${hh}:15`, end: `${day}T${hh}:45`, recurrence: { rrule: parts.join(';') } });
        const from = new Date(base + (r.startDay + r.fromDay) * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(base + (r.startDay + r.fromDay + r.length) * 86_400_000).toISOString().slice(0, 10);
        const ours = expandOccurrences(a, from, to, TZ).map((o) => o.start.toISOString());

        const calendar = new ICAL.Component(ICAL.parse(activitiesToIcs([a], { name: 'p', lang: 'sv' })));
        ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
        const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
        const rangeEnd = Date.parse(`${to}T00:00:00Z`) + 27 * 3_600_000;
        const theirs: string[] = [];
        const it = event.iterator();
        for (let next = it.next(); next; next = it.next()) {
          const t = next.toJSDate();
          if (t.getTime() > rangeEnd) break;
          const local = toLocalDateTime(t, TZ).slice(0, 10);
          if (local >= from && local <= to) theirs.push(t.toISOString());
        }
        assert.deepEqual(ours, theirs, `${a.recurrence?.rrule} from ${a.start}, range ${from}…${to}`);
      },
    ),
    { numRuns: 150 },
  );
});

test('a range centuries after the start is answered quickly', () => {
  const a = activity({ start: '2026-01-05T18:00', end: '2026-01-05T19:00', recurrence: { rrule: 'FREQ=DAILY' } });
  const started = performance.now();
  const got = expandOccurrences(a, '2900-06-01', '2900-06-03', TZ);
  assert.deepEqual(got.map((o) => o.key), ['2900-06-01T18:00', '2900-06-02T18:00', '2900-06-03T18:00']);
  const weekly = expandOccurrences({ ...a, recurrence: { rrule: 'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR' } }, '2900-06-01', '2900-06-30', TZ);
  const monthly = expandOccurrences({ ...a, recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1MO' } }, '2900-01-01', '2900-12-31', TZ);
  assert.equal(monthly.length, 12);
  assert.ok(weekly.length >= 2 && weekly.length <= 4);
  assert.ok(performance.now() - started < 500, `${performance.now() - started} ms`);
});
