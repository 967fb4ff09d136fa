import { InvalidRecurrenceError } from './errors.js';

// rrule accepts nonsense silently (`BYDAY=XX` becomes null, `COUNT=ABC` a string) and an
// impossible rule such as FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 makes it scan to the year 9999
// (seconds of CPU). So rules are checked here first, against the subset activities need.

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
/** At most this many occurrences in a rule with COUNT. */
export const MAX_COUNT = 5000;
const MAX_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const fail = (message: string): never => {
  throw new InvalidRecurrenceError(message);
};

const intList = (key: string, value: string, min: number, max: number, allowNegative: boolean): number[] =>
  value.split(',').map((v) => {
    if (!/^[+-]?\d{1,3}$/.test(v)) fail(`${key} must be a comma-separated list of whole numbers`);
    const n = Number(v);
    const abs = Math.abs(n);
    if (n === 0 || abs < min || abs > max || (!allowNegative && n < 0)) fail(`${key} value ${v} is out of range`);
    return n;
  });

export interface CheckedRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  /** UNTIL as a real instant (RFC 5545 requires UTC when DTSTART has a TZID). */
  until: Date | null;
}

/** Throws InvalidRecurrenceError unless `rule` is an RRULE value the calendar supports. */
export const checkRrule = (rule: string): CheckedRule => {
  const parts = new Map<string, string>();
  for (const part of rule.split(';')) {
    const m = /^([A-Z]+)=([A-Z0-9,+-]+)$/.exec(part);
    if (!m) return fail(`"${part}" is not a KEY=VALUE rule part`);
    const [, key = '', value = ''] = m;
    if (parts.has(key)) fail(`${key} is given twice`);
    parts.set(key, value);
  }
  const allowed = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTH', 'BYMONTHDAY', 'BYSETPOS', 'WKST'];
  for (const key of parts.keys()) if (!allowed.includes(key)) fail(`${key} is not supported (use ${allowed.join(', ')})`);

  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') return fail('FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  const periodic = freq === 'MONTHLY' || freq === 'YEARLY';

  const interval = parts.get('INTERVAL');
  if (interval !== undefined) intList('INTERVAL', interval, 1, 366, false);
  const count = parts.get('COUNT');
  // COUNT bounds the work too: rrule counts from the first occurrence whatever range is asked for.
  if (count !== undefined && (!/^[1-9]\d{0,3}$/.test(count) || Number(count) > MAX_COUNT)) fail(`COUNT must be a whole number from 1 to ${MAX_COUNT}`);

  let until: Date | null = null;
  const untilText = parts.get('UNTIL');
  if (untilText !== undefined) {
    if (count !== undefined) fail('COUNT and UNTIL cannot both be given');
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(untilText);
    if (!m) return fail('UNTIL must be a UTC date-time such as 20270610T215900Z');
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
    until = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    if (until.getUTCMonth() !== mo - 1 || until.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) fail(`UNTIL ${untilText} is not a real date-time`);
  }

  const byday = parts.get('BYDAY');
  if (byday !== undefined) {
    for (const v of byday.split(',')) {
      const m = new RegExp(`^([+-]?\\d{1,2})?${WEEKDAY}$`).exec(v);
      if (!m) return fail(`BYDAY value ${v} is not a weekday such as MO, 1WE or -1TH`);
      if (m[1] !== undefined) {
        if (!periodic) fail('A numbered BYDAY (such as 1WE) needs FREQ=MONTHLY or FREQ=YEARLY');
        const n = Math.abs(Number(m[1]));
        const max = freq === 'MONTHLY' || parts.has('BYMONTH') ? 5 : 53;
        if (n < 1 || n > max) fail(`BYDAY value ${v} is out of range`);
      }
    }
  }
  const months = parts.has('BYMONTH') ? intList('BYMONTH', parts.get('BYMONTH') ?? '', 1, 12, false) : [];
  const monthDays = parts.get('BYMONTHDAY');
  if (monthDays !== undefined) {
    if (freq === 'WEEKLY') fail('BYMONTHDAY cannot be used with FREQ=WEEKLY');
    const days = intList('BYMONTHDAY', monthDays, 1, 31, true);
    const inMonths = months.length ? months : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const possible = inMonths.some((mo) => days.some((d) => Math.abs(d) <= (MAX_MONTH_DAYS[mo - 1] ?? 31)));
    if (!possible) fail('BYMONTH and BYMONTHDAY never meet: the rule has no occurrences');
  }
  const setpos = parts.get('BYSETPOS');
  if (setpos !== undefined) {
    if (!periodic) fail('BYSETPOS needs FREQ=MONTHLY or FREQ=YEARLY');
    if (byday === undefined && monthDays === undefined) fail('BYSETPOS needs BYDAY or BYMONTHDAY');
    intList('BYSETPOS', setpos, 1, freq === 'MONTHLY' ? 31 : 366, true);
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !new RegExp(`^${WEEKDAY}$`).test(wkst)) fail('WKST must be a weekday such as MO');
  return { freq, until };
};
