// Texts about activities that several parts of the calendar show.
import { msg, str } from '../shared/msg.js';
import type { Activity, ActivityCategory, Occurrence } from '@grannskap/contract';

export function categoryLabel(category: ActivityCategory | string): string {
  switch (category) {
    case 'omradestraff':
      return msg('Områdesträff', { id: 'activityCalendar.category.omradestraff' });
    case 'trygghetsvandring':
      return msg('Trygghetsvandring', { id: 'activityCalendar.category.trygghetsvandring' });
    case 'lovaktivitet':
      return msg('Lovaktivitet', { id: 'activityCalendar.category.lovaktivitet' });
    case 'gemensam_aktivitet':
      return msg('Gemensam aktivitet', { id: 'activityCalendar.category.gemensam_aktivitet' });
    default:
      return category;
  }
}

/** "För 6–12 år", "Från 16 år", "Upp till 12 år", or "För alla åldrar". */
export function ageLabel(a: Pick<Activity, 'ageMin' | 'ageMax'>): string {
  const min = a.ageMin ?? 0;
  const max = a.ageMax ?? null;
  if (min > 0 && max !== null) return msg(str`För ${min}–${max} år`, { id: 'activityCalendar.age.range' });
  if (min > 0) return msg(str`Från ${min} år`, { id: 'activityCalendar.age.from' });
  if (max !== null) return msg(str`Upp till ${max} år`, { id: 'activityCalendar.age.upTo' });
  return msg('För alla åldrar', { id: 'activityCalendar.age.all' });
}

/** Places left as a short phrase, or empty when there is no limit. */
export function placesLabel(o: Occurrence): string {
  if (o.cancelled) return msg('Inställd', { id: 'activityCalendar.cancelled' });
  if (o.placesLeft === null) return '';
  if (o.placesLeft === 0) {
    return o.waitlist > 0 ? msg(str`Fullt, ${o.waitlist} i kö`, { id: 'activityCalendar.places.fullQueue' }) : msg('Fullt', { id: 'activityCalendar.places.full' });
  }
  return o.placesLeft === 1 ? msg('1 plats kvar', { id: 'activityCalendar.places.one' }) : msg(str`${o.placesLeft} platser kvar`, { id: 'activityCalendar.places.many' });
}

export const cancelledLabel = (): string => msg('Inställd', { id: 'activityCalendar.cancelled' });
