// <grannskap-activity-calendar> and what it hands to others, against the real server: schema.org JSON-LD in
// the light DOM, cancelled activities, the .ics file and the feed (parsed with ical.js), local times across
// the DST change, and hostile text that must stay text.
import { assert, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { createClient } from '@grannskap/sdk';
import type { Activity, ActivityCreate } from '@grannskap/contract';
import '../../src/grannskap-activity-calendar.js';
import type { GrannskapActivityCalendar } from '../../src/activity-calendar/activity-calendar.js';
import { lastOfMonth } from '../../src/activity-calendar/dates.js';
import { API, textOf } from './helpers.js';

const ADMIN_TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';
const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
const unique = (what: string) => `${what} ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

async function activity(patch: Partial<ActivityCreate>): Promise<Activity> {
  const areas = (await admin.areas.list()).items;
  return admin.admin.activities.create({
    title: { sv: unique('Dataaktivitet') },
    description: { sv: 'Skapad av testet.' },
    category: 'omradestraff',
    areas: [areas[0]!.id],
    place: { name: 'Träffpunkten', address: 'Testgatan 1, Eskilstuna' },
    start: '2027-05-10T17:00',
    end: '2027-05-10T19:00',
    capacity: null,
    registration: { required: false },
    organiser: { name: 'Områdesvärdarna' },
    languages: ['sv', 'ar'],
    ...patch,
  });
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function calendar(month: string, view = 'month', area = ''): Promise<GrannskapActivityCalendar> {
  const el = await fixture<GrannskapActivityCalendar>(html`<grannskap-activity-calendar api-base=${API} month=${month} view=${view} area=${area}></grannskap-activity-calendar>`);
  await waitUntil(() => /\d+ aktivitet/.test($(el, '[part=count]')?.textContent ?? ''), 'not loaded', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

type LdEvent = Record<string, unknown> & { '@type': string; name: string; startDate: string; location?: { name?: string; address?: string } };
/** The calendar's JSON-LD, once its module (loaded after the first render) has written it. */
async function jsonLd(el: Element): Promise<LdEvent[]> {
  await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
  const scripts = el.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, 'one JSON-LD script in the light DOM').to.have.length(1);
  const data = JSON.parse(scripts[0]!.textContent!) as { '@context': string; '@graph': LdEvent[] };
  expect(data['@context']).to.equal('https://schema.org');
  return data['@graph'];
}

/** Opens the details of the first occurrence of `title` shown in the month grid. */
async function openInGrid(el: GrannskapActivityCalendar, title: string, date: string): Promise<void> {
  const chip = [...$(el, `[data-date="${date}"]`)!.querySelectorAll<HTMLElement>('.chip')].find((c) => c.textContent!.includes(title));
  assert.ok(chip, `${title} is not shown on ${date}`);
  chip.click();
  await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open && $(el, '.facts'), 'no details');
}

describe('grannskap-activity-calendar: data for others', () => {
  it('puts schema.org events for the visible activities in the light DOM, and they have the required properties', async () => {
    const child = await activity({ title: { sv: unique('Lovpyssel') }, category: 'lovaktivitet', ageMin: 6, ageMax: 12, start: '2027-05-11T10:00', end: '2027-05-11T12:00' });
    // something of our own in June too, whatever the demo data holds then
    await activity({ start: '2027-06-07T10:00', end: '2027-06-07T11:00' });
    const el = await calendar('2027-05');
    const events = await jsonLd(el);
    const api = await admin.activities.occurrences({ from: '2027-05-01', to: lastOfMonth('2027-05') });
    expect(events.length).to.equal(Math.min(100, api.items.length));
    for (const e of events) {
      expect(['Event', 'ChildrensEvent']).to.include(e['@type']);
      assert.isString(e.name);
      assert.isNotEmpty(e.name);
      assert.match(e.startDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      assert.isString(e.location?.name);
    }
    const mine = events.find((e) => e.name === child.title.sv);
    assert.ok(mine, 'the children\'s activity is not described');
    expect(mine['@type']).to.equal('ChildrensEvent');
    expect(mine.startDate).to.equal('2027-05-11T10:00:00+02:00');
    expect(mine['eventStatus']).to.equal('https://schema.org/EventScheduled');
    // nothing of it in the shadow root, and it follows the month
    expect($$(el, 'script')).to.have.length(0);
    $<HTMLButtonElement>(el, '.month-nav button:last-of-type')!.click();
    // while the next month loads there is no script at all; then it describes June
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]')?.textContent?.includes('2027-06-'), 'the JSON-LD did not follow the month');
    expect((await jsonLd(el)).some((e) => e.name === child.title.sv)).to.equal(false);
  });

  it('shows at most three activities in a day cell and "+N fler" for the rest, all of them one Enter away', async () => {
    for (let i = 0; i < 4; i++) await activity({ start: `2027-05-20T1${i}:00`, end: `2027-05-20T1${i}:30` });
    const api = await admin.activities.occurrences({ from: '2027-05-20', to: '2027-05-20' });
    const el = await calendar('2027-05');
    const cell = $<HTMLElement>(el, '[data-date="2027-05-20"]')!;
    expect(cell.querySelectorAll('.chip:not(.chip--more)')).to.have.length(3);
    expect(cell.querySelector('.chip--more')!.textContent!.trim()).to.equal(`+${api.items.length - 3} fler`);
    cell.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    // the dialog's views load the first time a dialog opens
    await waitUntil(() => $$(el, 'dialog [data-entry]').length > 0, 'the day did not list its activities');
    expect($$(el, 'dialog [data-entry]')).to.have.length(api.items.length);
  });

  it('needs Lit\'s parser for the JSON-LD: under Trusted Types even a non-JavaScript script cannot be filled by hand', async () => {
    // Why jsonld.ts does not use createElement + textContent: Chromium guards every <script>, whatever its type.
    const probe = window as unknown as { __GRANNSKAP_CSP_PROBE__: boolean };
    const seen: string[] = [];
    const record = (e: SecurityPolicyViolationEvent) => seen.push(e.effectiveDirective);
    probe.__GRANNSKAP_CSP_PROBE__ = true;
    document.addEventListener('securitypolicyviolation', record);
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    try {
      expect(() => {
        script.textContent = '{}';
      }).to.throw(TypeError);
      await waitUntil(() => seen.includes('require-trusted-types-for'), `violations seen: ${seen.join(', ')}`);
      // a text node appended by hand is reported too once the script is inserted
      seen.length = 0;
      script.append(document.createTextNode('{}'));
      document.body.append(script);
      await waitUntil(() => seen.includes('require-trusted-types-for'), `violations seen: ${seen.join(', ')}`);
    } finally {
      script.remove();
      document.removeEventListener('securitypolicyviolation', record);
      probe.__GRANNSKAP_CSP_PROBE__ = false;
    }
  });

  it('shows a cancelled activity as cancelled, with EventCancelled in the JSON-LD', async () => {
    const a = await activity({ start: '2027-05-12T17:00', end: '2027-05-12T18:00', registration: { required: true }, capacity: 10 });
    await admin.admin.activities.cancel(a.id, { reason: 'Lokalen är upptagen' });
    const el = await calendar('2027-05');
    const cell = $(el, '[data-date="2027-05-12"]')!;
    expect(cell.textContent).to.contain('Inställd');
    const ld = (await jsonLd(el)).find((e) => e.name === a.title.sv);
    expect(ld?.['eventStatus']).to.equal('https://schema.org/EventCancelled');
    await openInGrid(el, a.title.sv, '2027-05-12');
    expect(textOf(el)).to.contain('Aktiviteten är inställd.');
    expect(textOf(el)).to.contain('Lokalen är upptagen');
    expect($(el, '[part=register]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links the .ics file and the feed on the API, and ical.js reads both with the right local times and recurrence', async () => {
    const areas = (await admin.areas.list()).items;
    const a = await activity({ start: '2027-05-13T18:00', end: '2027-05-13T19:30', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=3' }, areas: [areas[3]!.id] });
    const el = await calendar('2027-05', 'month', areas[3]!.id);
    await openInGrid(el, a.title.sv, '2027-05-13');
    const ics = $<HTMLAnchorElement>(el, '[part=ics]')!.href;
    expect(ics).to.equal(new URL(`v1/activities/${a.id}/calendar.ics`, API).href);
    const feed = $<HTMLAnchorElement>(el, '[part=feed]')!.href;
    const webcal = $<HTMLAnchorElement>(el, '[part=webcal]')!.getAttribute('href')!;
    expect(feed.startsWith(new URL('v1/calendar.ics', API).href)).to.equal(true);
    expect(new URL(feed).searchParams.get('area')).to.equal(areas[3]!.id);
    expect(webcal).to.equal(feed.replace(/^https?:/, 'webcal:'));

    for (const url of [ics, feed]) {
      const text = await (await fetch(url)).text();
      const cal = new ICAL.Component(ICAL.parse(text));
      const tz = cal.getFirstSubcomponent('vtimezone');
      if (tz) ICAL.TimezoneService.register(tz);
      const vevent = cal.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === `${a.id}@grannskap`);
      assert.ok(vevent, `${url} has no event for the activity`);
      const event = new ICAL.Event(vevent);
      const starts: string[] = [];
      const it = event.iterator();
      for (let next = it.next(); next && starts.length < 10; next = it.next()) starts.push(next.toJSDate().toISOString());
      expect(starts).to.deep.equal(['2027-05-13T16:00:00.000Z', '2027-05-20T16:00:00.000Z', '2027-05-27T16:00:00.000Z']);
      expect(event.startDate.zone?.tzid).to.equal('Europe/Stockholm');
    }
  });

  it('keeps the local time of a weekly activity across the last Sunday of March', async () => {
    // Thursdays at 18:00 from 18 March 2027; clocks go forward on Sunday 28 March.
    const a = await activity({ start: '2027-03-18T18:00', end: '2027-03-18T19:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=4' } });
    const march = await calendar('2027-03');
    for (const date of ['2027-03-18', '2027-03-25']) {
      const chip = [...$(march, `[data-date="${date}"]`)!.querySelectorAll('.chip')].find((c) => c.textContent!.includes(a.title.sv));
      expect(chip?.querySelector('.chip-time')?.textContent).to.equal('18.00');
    }
    const april = await calendar('2027-04', 'list');
    const items = $$(april, '[part=item]').filter((b) => b.textContent!.includes(a.title.sv));
    expect(items.map((b) => b.querySelector('.agenda-time')!.textContent)).to.deep.equal(['18.00', '18.00']);
    items[0]!.click();
    await waitUntil(() => $(april, '.facts'));
    expect($(april, '.facts')!.textContent).to.match(/18\.00[^0-9]+19\.00/);
    // and the instants really differ by the offset change
    const api = await admin.activities.occurrences({ from: '2027-03-01', to: '2027-04-30' });
    expect(api.items.filter((o) => o.activityId === a.id).map((o) => o.start)).to.deep.equal([
      '2027-03-18T18:00:00+01:00', '2027-03-25T18:00:00+01:00', '2027-04-01T18:00:00+02:00', '2027-04-08T18:00:00+02:00',
    ]);
    const ld = (await jsonLd(april)).filter((e) => e.name === a.title.sv).map((e) => e.startDate);
    expect(ld).to.deep.equal(['2027-04-01T18:00:00+02:00', '2027-04-08T18:00:00+02:00']);
  });

  it('keeps the local time of a weekly activity across the last Sunday of October', async () => {
    // Thursdays at 18:00; clocks go back on Sunday 31 October 2027.
    const a = await activity({ start: '2027-10-28T18:00', end: '2027-10-28T19:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TH;COUNT=2' } });
    const api = await admin.activities.occurrences({ from: '2027-10-01', to: '2027-11-30' });
    expect(api.items.filter((o) => o.activityId === a.id).map((o) => o.start)).to.deep.equal(['2027-10-28T18:00:00+02:00', '2027-11-04T18:00:00+01:00']);
    for (const [month, date] of [['2027-10', '2027-10-28'], ['2027-11', '2027-11-04']] as const) {
      const el = await calendar(month);
      const chip = [...$(el, `[data-date="${date}"]`)!.querySelectorAll('.chip')].find((c) => c.textContent!.includes(a.title.sv));
      expect(chip?.querySelector('.chip-time')?.textContent, date).to.equal('18.00');
    }
  });

  it('renders hostile titles and descriptions as inert text, in the dialog and in the JSON-LD', async () => {
    const hostile = `<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=1</script> ${unique('x')}`;
    const a = await activity({
      title: { sv: hostile },
      description: { sv: 'Läs mer: javascript:window.__pwned=1 <a href="javascript:window.__pwned=1">klicka</a>' },
      place: { name: '<b>Plats</b>' },
      organiser: { name: '<script>window.__pwned=1</script>', url: 'javascript:window.__pwned=1' },
      start: '2027-05-14T17:00',
      end: '2027-05-14T18:00',
    });
    const el = await calendar('2027-05');
    await openInGrid(el, hostile, '2027-05-14');
    expect($(el, '#dialog-title')!.textContent).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img, b, script, [onerror]')).to.equal(null);
    expect([...el.shadowRoot!.querySelectorAll('a')].some((x) => x.getAttribute('href')?.startsWith('javascript:'))).to.equal(false);
    expect(el.querySelectorAll('img, script:not([type="application/ld+json"])')).to.have.length(0);
    const ld = (await jsonLd(el)).find((e) => e.name === hostile);
    assert.ok(ld, 'the hostile title did not survive the JSON-LD round trip');
    expect(el.querySelector('script[type="application/ld+json"]')!.textContent).to.not.contain('</script');
    expect(ld['organizer']).to.deep.equal({ '@type': 'Organization', name: '<script>window.__pwned=1</script>' });
    expect(textOf(el)).to.contain('<script>window.__pwned=1</script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    void a;
  });
});
