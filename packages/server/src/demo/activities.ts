import type { ActivityCreate, LocalizedText, SchoolHoliday } from '@grannskap/contract';
import { addDays, formatInstant, holidayOn, localDateOf, wallClock, weekdayOf, zonedToInstant } from '@grannskap/contract';
import { expandOccurrences } from '../calendar/index.js';
import { schoolHolidaysFor, schoolYearOf, termsOf } from './school-holidays.js';

// A season of activities for the current and the next school year, placed relative to `now`
// so the demo always has something coming up. Organisers and places are invented.

const TZ = 'Europe/Stockholm';
type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
const ISO: Record<Weekday, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
type Organiser = ActivityCreate['organiser'];

const weekdayOfDate = (date: string) => weekdayOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));

/** The first `weekday` on or after `date`. */
const onOrAfter = (date: string, weekday: Weekday) => addDays(date, (ISO[weekday] - weekdayOfDate(date) + 7) % 7);

/** The `n`th `weekday` of a month (n = -1 for the last). */
const nthWeekday = (year: number, month: number, weekday: Weekday, n: number): string => {
  const first = localDateOf({ year, month, day: 1 });
  if (n > 0) return addDays(onOrAfter(first, weekday), (n - 1) * 7);
  const nextMonth = month === 12 ? localDateOf({ year: year + 1, month: 1, day: 1 }) : localDateOf({ year, month: month + 1, day: 1 });
  // The first such weekday in the month's last seven days is its last one.
  return addDays(onOrAfter(addDays(nextMonth, -7), weekday), (n + 1) * 7);
};

/** The `offset`th day of a holiday period, moved forward past weekends and public holidays. */
const lovDay = (holiday: SchoolHoliday, offset: number): string => {
  let date = addDays(holiday.start, offset);
  while (weekdayOfDate(date) >= 6 || holidayOn(date)) date = addDays(date, 1);
  return date;
};

const inAnyHoliday = (date: string, holidays: readonly SchoolHoliday[]) => holidays.some((h) => date >= h.start && date <= h.end);

/** `YYYYMMDDTHHMMSSZ` for the end of a local day, as RFC 5545 wants UNTIL beside a TZID. */
const untilEndOf = (date: string) =>
  zonedToInstant(`${date}T23:59`, TZ).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

const instant = (local: string) => formatInstant(zonedToInstant(local, TZ), TZ);

/** Registration opens three weeks ahead at 09:00 and closes at noon the day before. */
const registrationFor = (date: string) => ({
  required: true,
  opens: instant(`${addDays(date, -21)}T09:00`),
  closes: instant(`${addDays(date, -1)}T12:00`),
});
const noRegistration = { required: false };

const host = (area: string, n: number): Organiser => ({
  name: `Områdesvärdarna i ${area}`,
  phone: `016-00 00 ${String(10 + n).padStart(2, '0')}`,
  email: 'omradesvard@example.org',
});
const jour: Organiser = { name: 'Trygghetsjouren och områdesvärdarna', phone: '016-00 00 99' };
const fritid: Organiser = { name: 'Fritidsledarna Exempelbostäder', email: 'fritid@example.org', url: 'https://example.org/lov' };
const gardsgrupp = (area: string): Organiser => ({ name: `Gårdsgruppen ${area}`, email: 'gardsgrupp@example.org' });

const ramp: LocalizedText = { sv: 'Lokalen har ramp, hiss och tillgänglig toalett.', en: 'The room has a ramp, a lift and an accessible toilet.' };
const outdoorPaths: LocalizedText = { sv: 'Vi går på asfalterade gångvägar i lugnt tempo. Rullstol och rullator går bra.', en: 'We walk on paved paths at a calm pace; wheelchairs and walkers are fine.' };
const outdoor: LocalizedText = { sv: 'Utomhus på gården. Det finns bänkar att sitta på.', en: 'Outdoors in the courtyard, with benches to sit on.' };

/** Removes occurrences that fall in a school holiday or on a public holiday. */
const exdatesFor = (activity: Pick<ActivityCreate, 'start' | 'end'>, rrule: string, until: string, holidays: readonly SchoolHoliday[]) =>
  expandOccurrences({ ...activity, recurrence: { rrule } }, activity.start.slice(0, 10), until, TZ)
    .map((o) => o.key)
    .filter((key) => inAnyHoliday(key.slice(0, 10), holidays) || holidayOn(key.slice(0, 10)) !== undefined);

interface Recurring {
  area: string; name: string; weekday: Weekday; from: string; to: string; interval?: number;
  place: ActivityCreate['place']; organiser: Organiser; languages: ActivityCreate['languages'];
}

const weeklyMeetings: readonly Recurring[] = [
  { area: 'arby', name: 'Årby', weekday: 'TU', from: '17:30', to: '19:00', place: { name: 'Områdeskontoret Årby', address: 'Årbyvägen 14, Eskilstuna' }, organiser: host('Årby', 1), languages: ['sv', 'ar', 'so'] },
  { area: 'froslunda', name: 'Fröslunda', weekday: 'WE', from: '18:00', to: '19:30', place: { name: 'Mötesrummet vid Fröslunda Torg', address: 'Fröslunda Torg 1, Eskilstuna' }, organiser: host('Fröslunda', 2), languages: ['sv', 'ar'] },
  { area: 'lagersberg', name: 'Lagersberg', weekday: 'TH', from: '17:00', to: '18:30', place: { name: 'Gemensamhetslokalen', address: 'Gårdsvägen 3, Eskilstuna' }, organiser: host('Lagersberg', 3), languages: ['sv', 'so'] },
  { area: 'skiftinge', name: 'Skiftinge', weekday: 'MO', from: '18:00', to: '19:30', place: { name: 'Träffpunkt Skiftinge', address: 'Skiftingevägen 7, Eskilstuna' }, organiser: host('Skiftinge', 4), languages: ['sv', 'fi', 'ar'] },
  { area: 'rabergstorp', name: 'Råbergstorp', weekday: 'TU', from: '18:00', to: '19:30', place: { name: 'Kvarterslokalen', address: 'Tallgatan 3, Eskilstuna' }, organiser: host('Råbergstorp', 5), languages: ['sv', 'en'] },
  { area: 'myrtorp', name: 'Myrtorp', weekday: 'SA', from: '11:00', to: '13:00', interval: 2, place: { name: 'Gården vid Ekorrvägen', address: 'Ekorrvägen 4, Eskilstuna' }, organiser: host('Myrtorp', 6), languages: ['sv'] },
];

const meetingsFor = (year: number, holidays: readonly SchoolHoliday[]): ActivityCreate[] => {
  const terms = termsOf(year);
  const weekly = weeklyMeetings.map((m): ActivityCreate => {
    const date = onOrAfter(addDays(terms.autumn.start, 7), m.weekday);
    const start = `${date}T${m.from}`;
    const end = `${date}T${m.to}`;
    const rrule = `FREQ=WEEKLY;${m.interval ? `INTERVAL=${m.interval};` : ''}BYDAY=${m.weekday};UNTIL=${untilEndOf(terms.spring.end)}`;
    const fika = m.interval === 2;
    return {
      title: fika
        ? { sv: `Fika på gården i ${m.name}`, en: `Coffee in the courtyard, ${m.name}` }
        : { sv: `Områdesträff i ${m.name}`, en: `Neighbourhood meeting in ${m.name}` },
      description: fika
        ? { sv: 'Varannan lördag bjuder områdesvärdarna på kaffe och saft. Kom och träffa dina grannar och berätta vad du tycker om området.', en: 'Every other Saturday the area hosts offer coffee and squash. Meet your neighbours and tell us what you think of the area.' }
        : { sv: 'Träffa områdesvärdarna och dina grannar. Här kan du ta upp det som fungerar och det som behöver bli bättre i området: belysning, städning, trygghet eller idéer till aktiviteter. Det finns kaffe.', en: 'Meet the area hosts and your neighbours. Bring up what works and what should get better: lighting, cleaning, safety or ideas for activities. Coffee is served.' },
      category: 'omradestraff',
      areas: [m.area],
      place: m.place,
      start,
      end,
      recurrence: { rrule, exdates: exdatesFor({ start, end }, rrule, terms.spring.end, holidays) },
      registration: noRegistration,
      organiser: m.organiser,
      languages: m.languages,
      accessibility: fika ? outdoor : ramp,
    };
  });

  // Monthly meetings in the areas without a weekly one: first Wednesday in Nyfors, last Thursday in Torshälla.
  const monthly: [string, string, string, Weekday, number, ActivityCreate['place'], number][] = [
    ['nyfors', 'Nyfors', '1WE', 'WE', 1, { name: 'Föreningslokalen vid ån', address: 'Åpromenaden 5, Eskilstuna' }, 7],
    ['torshalla', 'Torshälla', '-1TH', 'TH', -1, { name: 'Samlingssalen', address: 'Storgatan 32, Torshälla' }, 8],
    ['brunnsbacken', 'Brunnsbacken', '2MO', 'MO', 2, { name: 'Tvättstugans samlingsrum', address: 'Källgatan 4, Eskilstuna' }, 9],
  ];
  const monthlyMeetings = monthly.map(([area, name, byday, weekday, n, place, hostNo]): ActivityCreate => {
    const date = nthWeekday(year, 9, weekday, n);
    const start = `${date}T18:00`;
    const end = `${date}T19:30`;
    const rrule = `FREQ=MONTHLY;BYDAY=${byday};UNTIL=${untilEndOf(terms.spring.end)}`;
    return {
      title: { sv: `Områdesträff i ${name}`, en: `Neighbourhood meeting in ${name}` },
      description: { sv: `En gång i månaden berättar vi vad som händer i ${name} och lyssnar på era frågor och idéer.`, en: `Once a month we tell you what is happening in ${name} and listen to your questions and ideas.` },
      category: 'omradestraff',
      areas: [area],
      place,
      start,
      end,
      recurrence: { rrule, exdates: exdatesFor({ start, end }, rrule, terms.spring.end, holidays) },
      registration: noRegistration,
      organiser: host(name, hostNo),
      languages: ['sv', 'en'],
      accessibility: ramp,
    };
  });
  return [...weekly, ...monthlyMeetings];
};

const walksFor = (year: number): ActivityCreate[] => {
  const walks: [string, string, string, string][] = [
    // Autumn walks after the clocks change, when it is dark early; spring walks before the light evenings.
    ['arby', 'Årby', nthWeekday(year, 10, 'TU', -1), 'Samling vid Årby centrum'],
    ['skiftinge', 'Skiftinge', nthWeekday(year, 11, 'WE', 1), 'Samling vid Skiftinge centrum'],
    ['froslunda', 'Fröslunda', nthWeekday(year, 11, 'TH', 2), 'Samling vid Fröslunda Torg'],
    ['lagersberg', 'Lagersberg', nthWeekday(year + 1, 3, 'TU', 1), 'Samling vid lekplatsen på Gårdsvägen'],
    ['torshalla', 'Torshälla', nthWeekday(year + 1, 3, 'WE', 2), 'Samling vid Storgatan 32'],
  ];
  return walks.map(([area, name, date, meetingPoint]): ActivityCreate => ({
    title: { sv: `Trygghetsvandring i ${name}`, en: `Safety walk in ${name}` },
    description: {
      sv: 'Följ med på en promenad genom området tillsammans med trygghetsjouren, områdesvärdarna, kommunen och polisen. Visa oss platser som känns otrygga – mörka gångvägar, buskage som skymmer eller trasig belysning. Det vi ser skriver vi upp och åtgärdar.',
      en: 'Walk through the area with the on-call safety team, the area hosts, the municipality and the police. Show us places that feel unsafe – dark paths, bushes that block the view or broken lights. We note what we see and fix it.',
    },
    category: 'trygghetsvandring',
    areas: [area],
    place: { name: meetingPoint },
    start: `${date}T18:30`,
    end: `${date}T20:00`,
    registration: noRegistration,
    organiser: jour,
    languages: ['sv', 'en', 'ar'],
    accessibility: outdoorPaths,
  }));
};

interface Lov {
  code: string; offset: number; title: LocalizedText; description: LocalizedText; areas: string[];
  place: ActivityCreate['place']; from: string; to: string; ageMin: number; ageMax: number; capacity: number; rrule?: string;
}

const lovs: readonly Lov[] = [
  { code: 'hostlov', offset: 1, title: { sv: 'Halloweenpyssel', en: 'Halloween crafts' }, description: { sv: 'Vi gör lyktor, masker och godispåsar. Allt material finns på plats.', en: 'We make lanterns, masks and sweet bags. All materials are provided.' }, areas: ['froslunda', 'lagersberg'], place: { name: 'Mötesrummet vid Fröslunda Torg', address: 'Fröslunda Torg 1, Eskilstuna' }, from: '13:00', to: '15:00', ageMin: 6, ageMax: 12, capacity: 20 },
  { code: 'hostlov', offset: 3, title: { sv: 'Prova på innebandy', en: 'Try floorball' }, description: { sv: 'Ledare från en lokal förening lär ut grunderna. Ta med inneskor och vattenflaska.', en: 'Leaders from a local club teach the basics. Bring indoor shoes and a water bottle.' }, areas: ['skiftinge'], place: { name: 'Idrottshallen i Skiftinge', address: 'Ängsgatan 16, Eskilstuna' }, from: '10:00', to: '12:00', ageMin: 9, ageMax: 13, capacity: 24 },
  { code: 'jullov', offset: 2, title: { sv: 'Pepparkaksbak och julpyssel', en: 'Gingerbread baking and Christmas crafts' }, description: { sv: 'Vi bakar pepparkakor och gör julpynt. Säg till vid anmälan om allergier.', en: 'We bake gingerbread and make decorations. Tell us about allergies when you register.' }, areas: ['arby'], place: { name: 'Områdeskontoret Årby', address: 'Årbyvägen 14, Eskilstuna' }, from: '13:00', to: '15:30', ageMin: 5, ageMax: 11, capacity: 16 },
  { code: 'jullov', offset: 15, title: { sv: 'Pulkaåkning och varm choklad', en: 'Sledging and hot chocolate' }, description: { sv: 'Vi åker pulka i backen och bjuder på varm choklad. Blir det ingen snö går vi på skattjakt i stället.', en: 'Sledging on the hill with hot chocolate. If there is no snow we go on a treasure hunt instead.' }, areas: ['brunnsbacken', 'nyfors'], place: { name: 'Pulkabacken vid Brunnsbacken', address: 'Backstigen 11, Eskilstuna' }, from: '11:00', to: '13:00', ageMin: 4, ageMax: 12, capacity: 40 },
  { code: 'sportlov', offset: 0, title: { sv: 'Skridskor på isbanan', en: 'Ice skating' }, description: { sv: 'Vi lånar ut skridskor och hjälmar i alla storlekar. Klä dig varmt.', en: 'Skates and helmets in all sizes to borrow. Dress warmly.' }, areas: ['skiftinge', 'froslunda'], place: { name: 'Isbanan vid skolan', address: 'Idrottsgatan 4, Eskilstuna' }, from: '10:00', to: '12:00', ageMin: 7, ageMax: 13, capacity: 30 },
  { code: 'sportlov', offset: 2, title: { sv: 'Sportlovsbio', en: 'Half-term cinema' }, description: { sv: 'Vi visar en barnfilm med svensk text och bjuder på popcorn.', en: 'A children’s film with Swedish subtitles, and popcorn.' }, areas: ['torshalla'], place: { name: 'Samlingssalen', address: 'Storgatan 32, Torshälla' }, from: '14:00', to: '16:00', ageMin: 8, ageMax: 15, capacity: 45 },
  { code: 'pasklov', offset: 1, title: { sv: 'Påskpyssel', en: 'Easter crafts' }, description: { sv: 'Vi målar ägg och gör påskris. Föräldrar är välkomna att stanna.', en: 'We paint eggs and decorate twigs. Parents are welcome to stay.' }, areas: ['rabergstorp', 'myrtorp'], place: { name: 'Kvarterslokalen', address: 'Tallgatan 3, Eskilstuna' }, from: '13:00', to: '15:00', ageMin: 4, ageMax: 10, capacity: 18 },
  // A week of football: one activity, five occurrences, registration per day.
  { code: 'sommarlov', offset: 17, title: { sv: 'Fotbollsskola', en: 'Football school' }, description: { sv: 'En vecka med fotboll varje förmiddag, med lunch. Anmäl dig till de dagar du vill vara med.', en: 'A week of football every morning, lunch included. Register for the days you want to join.' }, areas: ['arby', 'froslunda', 'lagersberg'], place: { name: 'Konstgräsplanen i Fröslunda', address: 'Idrottsgatan 2, Eskilstuna' }, from: '09:30', to: '12:30', ageMin: 8, ageMax: 13, capacity: 40, rrule: 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=5' },
  { code: 'sommarlov', offset: 45, title: { sv: 'Kanotpaddling på ån', en: 'Canoeing on the river' }, description: { sv: 'Paddla kanot med utbildade ledare. Du måste kunna simma 200 meter. Flytväst får du låna.', en: 'Canoe with trained leaders. You must be able to swim 200 metres. Life jackets are provided.' }, areas: ['nyfors', 'torshalla'], place: { name: 'Kanotbryggan vid Åpromenaden', address: 'Åpromenaden 7, Eskilstuna' }, from: '10:00', to: '14:00', ageMin: 12, ageMax: 16, capacity: 12 },
];

const lovsFor = (holidays: readonly SchoolHoliday[]): ActivityCreate[] =>
  lovs.flatMap((l): ActivityCreate[] => {
    const holiday = holidays.find((h) => h.code === l.code);
    if (!holiday) return [];
    // The football week starts on a Monday.
    const date = l.rrule ? onOrAfter(lovDay(holiday, l.offset), 'MO') : lovDay(holiday, l.offset);
    return [{
      title: l.title,
      description: l.description,
      category: 'lovaktivitet',
      areas: l.areas,
      place: l.place,
      start: `${date}T${l.from}`,
      end: `${date}T${l.to}`,
      recurrence: l.rrule ? { rrule: l.rrule } : null,
      ageMin: l.ageMin,
      ageMax: l.ageMax,
      capacity: l.capacity,
      registration: registrationFor(date),
      organiser: fritid,
      languages: ['sv', 'en'],
      accessibility: { sv: 'Säg till vid anmälan om ditt barn behöver stöd, så ordnar vi det.', en: 'Tell us when you register if your child needs support, and we will arrange it.' },
    }];
  });

const jointFor = (year: number): ActivityCreate[] => {
  const joint: [string[], string, string, string, LocalizedText, LocalizedText, ActivityCreate['place'], Organiser, number | null][] = [
    [['brunnsbacken'], nthWeekday(year, 8, 'TH', -1), '17:00', '20:00',
      { sv: 'Grillkväll på gården', en: 'Barbecue in the courtyard' },
      { sv: 'Vi tänder grillarna och bjuder på korv, vegetariskt och halal. Ta med något att sitta på.', en: 'We light the barbecues and serve sausages, vegetarian and halal. Bring something to sit on.' },
      { name: 'Gården vid Brunnsbacksvägen', address: 'Brunnsbacksvägen 5, Eskilstuna' }, gardsgrupp('Brunnsbacken'), null],
    [['lagersberg'], nthWeekday(year, 9, 'SA', 2), '11:00', '14:00',
      { sv: 'Loppis på gården', en: 'Courtyard flea market' },
      { sv: 'Sälj det du inte behöver och fynda hos grannarna. Ta med eget bord. Ingen anmälan behövs för att handla.', en: 'Sell what you no longer need and find bargains at your neighbours’. Bring your own table.' },
      { name: 'Stora gården', address: 'Lagersbergsvägen 24, Eskilstuna' }, gardsgrupp('Lagersberg'), null],
    [['torshalla'], nthWeekday(year, 12, 'SU', 1), '14:00', '17:00',
      { sv: 'Julmys i Torshälla', en: 'Christmas get-together in Torshälla' },
      { sv: 'Glögg utan alkohol, pepparkakor och julsånger. Tomten kommer vid tre.', en: 'Alcohol-free mulled wine, gingerbread and carols. Father Christmas comes at three.' },
      { name: 'Samlingssalen', address: 'Storgatan 32, Torshälla' }, host('Torshälla', 8), 120],
    [['rabergstorp', 'myrtorp'], nthWeekday(year + 1, 3, 'FR', 3), '17:00', '20:00',
      { sv: 'Internationell matkväll', en: 'International food evening' },
      { sv: 'Grannar lagar mat från sina hemländer och alla smakar. Vill du laga något? Anmäl dig till områdesvärdarna.', en: 'Neighbours cook food from their home countries and everyone tastes. Want to cook? Tell the area hosts.' },
      { name: 'Kvarterslokalen', address: 'Tallgatan 3, Eskilstuna' }, host('Råbergstorp', 5), 80],
    [['arby', 'skiftinge'], nthWeekday(year + 1, 4, 'SA', -1), '10:00', '13:00',
      { sv: 'Städdag och vårfest', en: 'Spring clean-up day' },
      { sv: 'Vi plockar skräp, krattar och planterar blommor tillsammans. Efteråt bjuder vi på lunch. Handskar och påsar finns.', en: 'We pick litter, rake and plant flowers together, then have lunch. Gloves and bags are provided.' },
      { name: 'Samling vid Årby centrum' }, host('Årby', 1), null],
    [['froslunda'], nthWeekday(year + 1, 5, 'SA', 3), '12:00', '16:00',
      { sv: 'Grannfest i Fröslunda', en: 'Neighbourhood party in Fröslunda' },
      { sv: 'Musik, ansiktsmålning och tipsrunda för hela familjen. Föreningar i området visar vad de gör.', en: 'Music, face painting and a quiz walk for the whole family. Local associations show what they do.' },
      { name: 'Fröslunda Torg', address: 'Fröslunda Torg 1, Eskilstuna' }, gardsgrupp('Fröslunda'), null],
  ];
  return joint.map(([areas, date, from, to, title, description, place, organiser, capacity]): ActivityCreate => ({
    title,
    description,
    category: 'gemensam_aktivitet',
    areas,
    place,
    start: `${date}T${from}`,
    end: `${date}T${to}`,
    capacity,
    registration: capacity ? registrationFor(date) : noRegistration,
    organiser,
    languages: ['sv', 'en'],
    accessibility: place.address ? outdoor : outdoorPaths,
  }));
};

/** 30–60 activities across the current and the next school year, relative to `now`. */
export const demoActivities = (now: Date): ActivityCreate[] => {
  const year = schoolYearOf(localDateOf(wallClock(now, TZ)));
  return [year, year + 1].flatMap((y) => {
    const holidays = schoolHolidaysFor(y);
    return [...meetingsFor(y, holidays), ...walksFor(y), ...lovsFor(holidays), ...jointFor(y)];
  });
};
