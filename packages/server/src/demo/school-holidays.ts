import type { SchoolHoliday } from '@grannskap/contract';
import { addDays, easterSunday, localDateOf, weekdayOf } from '@grannskap/contract';

// Holiday periods follow the pattern Eskilstuna's schools use (sportlov week 9, höstlov
// week 44, påsklov the week after Easter), computed per school year so the demo never goes stale.

/** Monday of ISO week `week` in `year`. */
export const mondayOfIsoWeek = (year: number, week: number): string => {
  const jan4 = localDateOf({ year, month: 1, day: 4 });
  const week1Monday = addDays(jan4, 1 - weekdayOf(year, 1, 4));
  return addDays(week1Monday, (week - 1) * 7);
};

/** The school year a date belongs to, named by the calendar year it starts in (August). */
export const schoolYearOf = (date: string): number => {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? year : year - 1;
};

/** Terms of a school year: when regular (non-holiday) activities run. */
export const termsOf = (schoolYear: number) => ({
  autumn: { start: `${schoolYear}-08-18`, end: `${schoolYear}-12-18` },
  spring: { start: `${schoolYear + 1}-01-11`, end: `${schoolYear + 1}-06-10` },
});

/** The five holiday periods of the school year starting in August of `schoolYear`, in date order. */
export const schoolHolidaysFor = (schoolYear: number): SchoolHoliday[] => {
  const next = schoolYear + 1;
  const hostlov = mondayOfIsoWeek(schoolYear, 44);
  const sportlov = mondayOfIsoWeek(next, 9);
  const pasklov = addDays(easterSunday(next), 1);
  return [
    { code: 'hostlov', name: { sv: 'Höstlov', en: 'Autumn break', fi: 'Syysloma' }, start: hostlov, end: addDays(hostlov, 4) },
    { code: 'jullov', name: { sv: 'Jullov', en: 'Christmas break', fi: 'Joululoma' }, start: `${schoolYear}-12-19`, end: `${next}-01-10` },
    { code: 'sportlov', name: { sv: 'Sportlov', en: 'Winter sports break', fi: 'Hiihtoloma' }, start: sportlov, end: addDays(sportlov, 4) },
    { code: 'pasklov', name: { sv: 'Påsklov', en: 'Easter break', fi: 'Pääsiäisloma' }, start: pasklov, end: addDays(pasklov, 4) },
    { code: 'sommarlov', name: { sv: 'Sommarlov', en: 'Summer break', fi: 'Kesäloma' }, start: `${next}-06-11`, end: `${next}-08-17` },
  ];
};

/** Holidays of the school year `date` falls in and the next one. */
export const demoSchoolHolidays = (date: string): SchoolHoliday[] => {
  const year = schoolYearOf(date);
  return [...schoolHolidaysFor(year), ...schoolHolidaysFor(year + 1)];
};
