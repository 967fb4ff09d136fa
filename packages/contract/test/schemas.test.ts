import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActivityCreate as ActivityCreateInput, ReportCreate as ReportCreateInput, TrivselpengCreate as TrivselpengCreateInput } from '../src/index.js';
import { ActivityCreate, ActivityUpdate, LocalizedText, ReportCreate, TrivselpengCreate } from '../src/index.js';

type Issue = { path: PropertyKey[]; code: string; params?: { code?: string } };
const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }): Issue[] => {
  assert.equal(result.success, false, 'expected a rejection');
  return (result.error?.issues ?? []) as Issue[];
};
const find = (issues: Issue[], path: PropertyKey[]) => issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));

const report = (over: Partial<ReportCreateInput> = {}): ReportCreateInput => ({
  category: 'noise',
  area: 'arby',
  addressId: 'arby-arbyvagen-12',
  placeDetail: 'Trapphus B, våning 3',
  occurredAt: '2026-11-27T23:10:00+01:00',
  happeningNow: true,
  description: 'Hög musik sedan klockan tio.',
  answers: { how_often: 'often', flat_or_floor: '3 tr' },
  attachments: [],
  contact: { anonymous: true },
  privacyAccepted: true,
  locale: 'sv',
  ...over,
});

test('ReportCreate accepts a good report, anonymous or named', () => {
  assert.ok(ReportCreate.safeParse(report()).success);
  assert.ok(ReportCreate.safeParse(report({ contact: { anonymous: false, name: 'Anna', phone: '070-000 00 00' } })).success);
  assert.ok(ReportCreate.safeParse(report({ addressId: undefined, place: 'Lekplatsen bakom hus 4' })).success);
});

test('ReportCreate trims the description and rejects one that is only spaces', () => {
  const ok = ReportCreate.safeParse(report({ description: '  hej  ' }));
  assert.ok(ok.success);
  assert.equal(ok.data.description, 'hej');
  const issues = issuesOf(ReportCreate.safeParse(report({ description: '   ' })));
  assert.equal(find(issues, ['description'])?.code, 'too_small');
});

test('ReportCreate rejects unknown fields, at the top and inside the contact', () => {
  const top = issuesOf(ReportCreate.safeParse({ ...report(), isAdmin: true }));
  assert.equal(top[0]?.code, 'unrecognized_keys');
  const inner = issuesOf(ReportCreate.safeParse(report({ contact: { anonymous: true, name: 'x' } as never })));
  assert.ok(inner.some((i) => i.code === 'unrecognized_keys' && i.path[0] === 'contact'));
});

test('ReportCreate needs an address or a place, and says so at addressId', () => {
  const issues = issuesOf(ReportCreate.safeParse(report({ addressId: undefined })));
  assert.equal(issues.length, 1);
  assert.deepEqual(issues[0]?.path, ['addressId']);
  assert.equal(issues[0]?.code, 'custom');
  assert.equal(issues[0]?.params?.code, 'address_or_place');
});

test('a named contact needs a phone number or an email address', () => {
  const issues = issuesOf(ReportCreate.safeParse(report({ contact: { anonymous: false, name: 'Anna' } })));
  const issue = find(issues, ['contact', 'phone']);
  assert.ok(issue, JSON.stringify(issues));
  assert.equal(issue.params?.code, 'phone_or_email');
  assert.ok(ReportCreate.safeParse(report({ contact: { anonymous: false, name: 'Anna', email: 'anna@example.org' } })).success);
  assert.ok(find(issuesOf(ReportCreate.safeParse(report({ contact: { anonymous: false, name: 'Anna', email: 'inte en adress' } }))), ['contact', 'email']));
});

test('ReportCreate needs privacy accepted, a real instant and a known language', () => {
  assert.ok(find(issuesOf(ReportCreate.safeParse(report({ privacyAccepted: false as true }))), ['privacyAccepted']));
  assert.ok(find(issuesOf(ReportCreate.safeParse(report({ occurredAt: '2026-11-27 23:10' }))), ['occurredAt']));
  assert.ok(find(issuesOf(ReportCreate.safeParse(report({ locale: 'de' as 'sv' }))), ['locale']));
  assert.ok(find(issuesOf(ReportCreate.safeParse(report({ description: 'x'.repeat(4001) }))), ['description']));
});

const application = (over: Partial<TrivselpengCreateInput> = {}): TrivselpengCreateInput => ({
  area: 'froslunda',
  applicant: { name: 'Amina', address: 'Fröslundavägen 31', phone: '070-000 00 00', age: 34 },
  coOrganisers: [{ name: 'Pekka', address: 'Fröslundavägen 33' }],
  activity: {
    title: 'Grillfest på gården', description: 'Vi grillar tillsammans.', date: '2027-06-12', startTime: '15:00',
    place: 'Gården', targetGroup: 'Alla hyresgäster i området', expectedParticipants: 60,
  },
  budget: [{ item: 'Korv och bröd', amount: 1200 }, { item: 'Kol', amount: 300 }],
  requestedTotal: 1500,
  eligibility: { lives_in_area: true, open_to_all: true },
  consents: { privacy: true, truthful: true },
  ...over,
});

test('TrivselpengCreate accepts a good application', () => {
  const result = TrivselpengCreate.safeParse(application());
  assert.ok(result.success, JSON.stringify(result.error?.issues));
});

test('TrivselpengCreate: a total that does not match the budget lines is reported at requestedTotal', () => {
  const issues = issuesOf(TrivselpengCreate.safeParse(application({ requestedTotal: 1600 })));
  assert.equal(issues.length, 1);
  assert.deepEqual(issues[0]?.path, ['requestedTotal']);
  assert.equal(issues[0]?.params?.code, 'total_mismatch');
});

test('TrivselpengCreate: budget lines in whole positive kronor, at least one line, eligibility only true', () => {
  assert.ok(find(issuesOf(TrivselpengCreate.safeParse(application({ budget: [{ item: 'Kol', amount: 12.5 }], requestedTotal: 12 }))), ['budget', 0, 'amount']));
  assert.ok(find(issuesOf(TrivselpengCreate.safeParse(application({ budget: [{ item: 'Kol', amount: -5 }], requestedTotal: 1 }))), ['budget', 0, 'amount']));
  assert.ok(find(issuesOf(TrivselpengCreate.safeParse(application({ budget: [], requestedTotal: 1 }))), ['budget']));
  assert.ok(find(issuesOf(TrivselpengCreate.safeParse(application({ eligibility: { no_alcohol: false as true } }))), ['eligibility', 'no_alcohol']));
  assert.ok(find(issuesOf(TrivselpengCreate.safeParse(application({ applicant: { name: 'A', address: 'B', age: 30 } }))), ['applicant', 'phone']));
});

const activity = (over: Partial<ActivityCreateInput> = {}): ActivityCreateInput => ({
  title: { sv: 'Områdesträff' },
  description: { sv: 'Kom och fika.' },
  category: 'omradestraff',
  areas: ['arby'],
  place: { name: 'Områdeskontoret' },
  start: '2026-12-01T18:00',
  end: '2026-12-01T19:30',
  recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=5', exdates: ['2026-12-15T18:00'] },
  ageMin: 6,
  ageMax: 12,
  registration: { required: false },
  organiser: { name: 'Områdesvärdarna' },
  languages: ['sv', 'ar'],
  ...over,
});

test('ActivityCreate accepts a good activity', () => {
  const result = ActivityCreate.safeParse(activity());
  assert.ok(result.success, JSON.stringify(result.error?.issues));
});

test('ActivityCreate: an end before (or at) the start is reported at end', () => {
  for (const end of ['2026-12-01T17:00', '2026-12-01T18:00', '2026-11-30T19:00']) {
    const issues = issuesOf(ActivityCreate.safeParse(activity({ end })));
    assert.deepEqual(issues[0]?.path, ['end'], end);
    assert.equal(issues[0]?.params?.code, 'end_before_start');
  }
});

test('ActivityCreate: age range, wall-clock format and RRULE shape', () => {
  assert.equal(find(issuesOf(ActivityCreate.safeParse(activity({ ageMin: 12, ageMax: 6 }))), ['ageMax'])?.params?.code, 'age_range');
  assert.ok(find(issuesOf(ActivityCreate.safeParse(activity({ start: '2026-12-01T18:00:00+01:00' }))), ['start']));
  assert.ok(find(issuesOf(ActivityCreate.safeParse(activity({ start: '2026-12-01T24:00' }))), ['start']));
  assert.ok(find(issuesOf(ActivityCreate.safeParse(activity({ recurrence: { rrule: 'RRULE:FREQ=WEEKLY' } }))), ['recurrence', 'rrule']));
  assert.ok(find(issuesOf(ActivityCreate.safeParse(activity({ recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=tu' } }))), ['recurrence', 'rrule']));
  assert.ok(find(issuesOf(ActivityCreate.safeParse(activity({ recurrence: { rrule: 'FREQ=WEEKLY', exdates: ['2026-12-15'] } }))), ['recurrence', 'exdates', 0]));
  assert.ok(ActivityCreate.safeParse(activity({ recurrence: null })).success);
  assert.equal(issuesOf(ActivityCreate.safeParse({ ...activity(), cancelled: true }))[0]?.code, 'unrecognized_keys', 'cancelling is a separate operation');
});

test('LocalizedText needs Swedish; other languages are optional', () => {
  assert.ok(LocalizedText.safeParse({ sv: 'Hej', en: 'Hi', ar: 'مرحبا' }).success);
  assert.ok(find(issuesOf(LocalizedText.safeParse({ en: 'Hi' })), ['sv']));
  assert.ok(find(issuesOf(LocalizedText.safeParse({ sv: '' })), ['sv']));
  assert.ok(find(issuesOf(ActivityCreate.safeParse(activity({ title: { en: 'Meeting' } as never }))), ['title', 'sv']));
});

test('ActivityCreate and ActivityUpdate reject unknown fields at every depth', () => {
  const cases: [Partial<ActivityCreateInput>, PropertyKey[]][] = [
    [{ title: { sv: 'Träff', de: 'Treffen' } as never }, ['title']],
    [{ place: { name: 'Gården', floor: 2 } as never }, ['place']],
    [{ organiser: { name: 'X', admin: true } as never }, ['organiser']],
    [{ registration: { required: true, price: 10 } as never }, ['registration']],
    [{ recurrence: { rrule: 'FREQ=WEEKLY', tzid: 'UTC' } as never }, ['recurrence']],
    [{ accessibility: { sv: 'Ramp', xx: 'y' } as never }, ['accessibility']],
  ];
  for (const [over, path] of cases) {
    const issues = issuesOf(ActivityCreate.safeParse(activity(over)));
    assert.ok(issues.some((i) => i.code === 'unrecognized_keys' && JSON.stringify(i.path) === JSON.stringify(path)), JSON.stringify(issues));
  }
  assert.equal(issuesOf(ActivityUpdate.safeParse({ place: { name: 'Gården', floor: 2 } }))[0]?.code, 'unrecognized_keys');
  assert.ok(ActivityUpdate.safeParse({ title: { sv: 'Ny titel', en: 'New title' } }).success);
});

test('ActivityUpdate: an end before the start is caught when both are given', () => {
  assert.equal(issuesOf(ActivityUpdate.safeParse({ start: '2026-12-01T18:00', end: '2026-12-01T17:00' }))[0]?.params?.code, 'end_before_start');
  assert.ok(ActivityUpdate.safeParse({ end: '2026-12-01T17:00' }).success, 'a lone end is checked against the stored start by the server');
});
