// RFC 5545 writer: enough for activity feeds (VEVENT with TZID, RRULE, EXDATE, STATUS).

export interface IcsEvent {
  uid: string;
  title: string;
  description?: string;
  location?: string;
  url?: string;
  /** Wall-clock `YYYY-MM-DDTHH:mm` in the calendar's zone. */
  start: string;
  end: string;
  rrule?: string | null;
  exdates?: readonly string[];
  cancelled?: boolean;
  categories?: readonly string[];
  /** Last change, as a Date. */
  updated: Date;
}

export interface IcsCalendar {
  name: string;
  /** Product identifier, e.g. `-//Grannskap//Activities//SV`. */
  prodId?: string;
  events: readonly IcsEvent[];
  /** Suggested refresh interval for subscribers, in hours. */
  refreshHours?: number;
}

// Europe/Stockholm has followed the EU rule (last Sunday of March and October, 01:00 UTC) since 1996.
const VTIMEZONE_STOCKHOLM = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export const escapeText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const encoder = new TextEncoder();

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export const foldLine = (line: string): string => {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
};

const localStamp = (local: string) => `${local.replace(/[-:]/g, '')}00`;
const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Writes a VCALENDAR with one VEVENT per event, times in Europe/Stockholm. */
export const buildIcs = (calendar: IcsCalendar): string => {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId ?? '-//Grannskap//Activities//SV'}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `NAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Stockholm',
  ];
  if (calendar.refreshHours) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshHours}H`, `X-PUBLISHED-TTL:PT${calendar.refreshHours}H`);
  }
  lines.push(...VTIMEZONE_STOCKHOLM);
  for (const e of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(e.updated)}`,
      `LAST-MODIFIED:${utcStamp(e.updated)}`,
      `DTSTART;TZID=Europe/Stockholm:${localStamp(e.start)}`,
      `DTEND;TZID=Europe/Stockholm:${localStamp(e.end)}`,
      `SUMMARY:${escapeText(e.title)}`,
    );
    if (e.rrule) lines.push(`RRULE:${e.rrule}`);
    if (e.exdates?.length) lines.push(`EXDATE;TZID=Europe/Stockholm:${e.exdates.map(localStamp).join(',')}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
};
