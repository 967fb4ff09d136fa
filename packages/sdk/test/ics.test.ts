import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Activity as ActivitySchema, Occurrence as OccurrenceSchema } from '@grannskap/contract';
import { activityToIcs, icsBlob, icsDataUrl, type Activity, type Occurrence } from '@grannskap/sdk';

const activity: Activity = ActivitySchema.parse({
  id: 'act_1',
  title: { sv: 'Läxhjälp, fika; och spel', en: 'Homework club' },
  description: { sv: 'Varje tisdag.\nAlla är välkomna.' },
  category: 'gemensam_aktivitet',
  areas: ['arby'],
  place: { name: 'Årby träffpunkt', address: 'Årbyvägen 1' },
  start: '2026-10-20T17:00',
  end: '2026-10-20T19:00',
  recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exdates: ['2026-11-03T17:00'] },
  registration: { required: false },
  organiser: { name: 'Områdesvärdarna' },
  languages: ['sv'],
  cancelled: false,
  updatedAt: '2026-10-01T12:00:00+02:00',
});

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

test('a series keeps its RRULE, EXDATE and Stockholm wall-clock times', () => {
  const ics = unfold(activityToIcs(activity));
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm/);
  assert.match(ics, /DTSTART;TZID=Europe\/Stockholm:20261020T170000\r\n/);
  assert.match(ics, /RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6\r\n/);
  assert.match(ics, /EXDATE;TZID=Europe\/Stockholm:20261103T170000\r\n/);
  assert.match(ics, /SUMMARY:Läxhjälp\\, fika\\; och spel\r\n/);
  assert.match(ics, /DESCRIPTION:Varje tisdag\.\\nAlla är välkomna\.\r\n/);
  assert.match(ics, /UID:act_1@grannskap\r\n/);
  assert.match(ics, /STATUS:CONFIRMED/);
  for (const line of activityToIcs(activity).split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, `folded: ${line}`);
});

test('one occurrence is a single event at that occurrence, across the DST change', () => {
  // 3 November is after the end of summer time (25 October): 17:00 local is 16:00 UTC.
  const occurrence: Occurrence = OccurrenceSchema.parse({
    activityId: 'act_1', key: '2026-11-10T17:00', start: '2026-11-10T17:00:00+01:00', end: '2026-11-10T19:00:00+01:00',
    cancelled: true, placesLeft: null, waitlist: 0,
  });
  const ics = unfold(activityToIcs(activity, occurrence, { lang: 'en', url: 'https://example.se/a/1' }));
  assert.match(ics, /DTSTART;TZID=Europe\/Stockholm:20261110T170000\r\n/);
  assert.match(ics, /DTEND;TZID=Europe\/Stockholm:20261110T190000\r\n/);
  assert.doesNotMatch(ics, /RRULE:FREQ=WEEKLY|EXDATE/, "no series rule (the VTIMEZONE has its own yearly RRULEs)");
  assert.match(ics, /SUMMARY:Homework club\r\n/);
  assert.match(ics, /UID:act_1-20261110T1700@grannskap\r\n/);
  assert.match(ics, /STATUS:CANCELLED/);
  assert.match(ics, /URL:https:\/\/example\.se\/a\/1/);
});

test('icsDataUrl and icsBlob carry the text unchanged', async () => {
  const ics = activityToIcs(activity);
  const url = icsDataUrl(ics);
  assert.match(url, /^data:text\/calendar;charset=utf-8,/);
  assert.equal(decodeURIComponent(url.slice(url.indexOf(',') + 1)), ics);
  assert.equal(await (await fetch(url)).text(), ics);
  const blob = icsBlob(ics);
  assert.equal(blob.type, 'text/calendar;charset=utf-8');
  assert.equal(await blob.text(), ics);
});
