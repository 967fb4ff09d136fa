import type { Config, OpeningHours } from '../schemas/config.js';
import type { OnCallStatus } from '../schemas/on-call.js';
import { holidayOn } from './holidays.js';
import { addDays, formatInstant, localDateOf, wallClock, zonedToInstant } from './zoned.js';

/** The parts of the configuration `onCall` reads. */
export type OnCallConfig = Pick<Config, 'timeZone' | 'customerService' | 'trygghetsjour'>;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether `hours` are open at minute `t` of a day with ISO weekday `day` (spans over midnight count on the next day too). */
const openAt = (hours: readonly OpeningHours[], day: number, t: number): boolean =>
  hours.some((h) => {
    const open = minutes(h.open);
    const close = minutes(h.close);
    if (close > open) return h.days.includes(day) && t >= open && t < close;
    const yesterday = day === 1 ? 7 : day - 1;
    return (h.days.includes(day) && t >= open) || (h.days.includes(yesterday) && t < close);
  });

/** Who answers at a moment, without how long they do. */
export type OnCallAnswer = Omit<OnCallStatus, 'until'>;

/** Who answers at `instant`, without `until` (the cheap part of `onCall`, for code that routes many cases). */
export const answerAt = (config: OnCallConfig, instant: Date): OnCallAnswer => {
  const w = wallClock(instant, config.timeZone);
  const date = localDateOf(w);
  const t = w.hour * 60 + w.minute;
  const holiday = holidayOn(date);
  const cs = config.customerService;
  const jour = config.trygghetsjour;
  const holidayName = holiday?.name ?? null;
  if (!holiday && openAt(cs.hours, w.weekday, t)) {
    return { who: 'customer_service', name: cs.contact.name, phone: cs.contact.phone, reason: 'office_hours', holiday: null };
  }
  if (holiday && jour.holidaysAllDay) {
    return { who: 'trygghetsjour', name: jour.contact.name, phone: jour.contact.phone, reason: 'holiday', holiday: holidayName };
  }
  if (openAt(jour.hours, w.weekday, t)) {
    const reason = holiday ? 'holiday' : w.weekday >= 6 ? 'weekend' : 'evening';
    return { who: 'trygghetsjour', name: jour.contact.name, phone: jour.contact.phone, reason, holiday: holidayName };
  }
  return { who: 'none', name: null, phone: null, reason: 'closed', holiday: holidayName };
};

/**
 * Who answers the phone at `at`: customer service in office hours, the trygghetsjour on
 * evenings, weekends and Swedish public holidays, computed on the configured zone's wall
 * clock (DST-correct). `until` is the next moment the answer changes, within two weeks.
 */
export const onCall = (config: OnCallConfig, at: Date = new Date()): OnCallStatus => {
  const now = answerAt(config, at);
  const tz = config.timeZone;
  // The answer can only change at midnight or at an opening/closing time: test those in order.
  const times = new Set<string>(['00:00']);
  for (const h of [...config.customerService.hours, ...config.trygghetsjour.hours]) {
    for (const x of [h.open, h.close]) times.add(x === '24:00' ? '00:00' : x);
  }
  const sorted = [...times].sort();
  const today = localDateOf(wallClock(at, tz));
  let until: string | null = null;
  search: for (let d = 0; d <= 14; d++) {
    const date = addDays(today, d);
    for (const time of sorted) {
      const candidate = zonedToInstant(`${date}T${time}`, tz);
      if (candidate.getTime() <= at.getTime()) continue;
      if (answerAt(config, candidate).who !== now.who) {
        until = formatInstant(candidate, tz);
        break search;
      }
    }
  }
  return { ...now, until };
};
