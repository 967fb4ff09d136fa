// "Lägg till i min kalender" for one activity, three ways: the API's .ics file (any calendar app), and
// Google Calendar's and Outlook.com's own "new event" pages filled in, for a visitor whose calendar lives
// in the browser and who would not know what to do with a downloaded file. Loaded with the dialog.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { pickText } from '@grannskap/contract';
import { msg } from '../shared/msg.js';
import type { GrannskapClient } from '../shared/context.js';
import type { Entry } from './data.js';

/** What a calendar's "new event" page is filled in with. */
interface EventFields {
  title: string;
  details: string;
  location: string;
  /** Instants (ISO 8601). */
  start: string;
  end: string;
}

/** An instant as Google writes it in `dates`: UTC, basic format (20270914T150000Z). */
const googleInstant = (iso: string): string => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Google Calendar's event template (`action=TEMPLATE`), the form its own "add to calendar" buttons open. */
export function googleCalendarUrl(e: EventFields): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.search = new URLSearchParams({ action: 'TEMPLATE', text: e.title, dates: `${googleInstant(e.start)}/${googleInstant(e.end)}`, details: e.details, location: e.location }).toString();
  return url.href;
}

/** Outlook.com's compose page for a new event (personal Microsoft accounts, as most tenants have). */
export function outlookCalendarUrl(e: EventFields): string {
  const url = new URL('https://outlook.live.com/calendar/0/action/compose');
  url.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: e.title,
    startdt: new Date(e.start).toISOString(),
    enddt: new Date(e.end).toISOString(),
    body: e.details,
    location: e.location,
  }).toString();
  return url.href;
}

/** The event's fields in the visitor's language (Swedish where the activity has no translation); `link` opens it here. */
export function eventFields(entry: Entry, link: string, locale: string): EventFields {
  const { activity: a, occurrence: o } = entry;
  return {
    title: pickText(a.title, locale).text,
    details: `${pickText(a.description, locale).text}\n\n${link}`,
    location: [a.place.name, a.place.address].filter(Boolean).join(', '),
    start: o.start,
    end: o.end,
  };
}

/** The .ics link and the Google and Outlook links, side by side. */
export function renderAddToCalendar(client: GrannskapClient, entry: Entry, link: string, locale: string): TemplateResult {
  const fields = eventFields(entry, link, locale);
  return html`<a class="button-like" part="ics" href=${client.activities.icsUrl(entry.activity.id)} download>${msg('Lägg till i min kalender', { id: 'activityCalendar.ics.add' })}</a>
    <a class="button-like" part="google" href=${googleCalendarUrl(fields)} rel="noopener">${msg('Lägg till i Google Kalender', { id: 'activityCalendar.ics.google' })}</a>
    <a class="button-like" part="outlook" href=${outlookCalendarUrl(fields)} rel="noopener">${msg('Lägg till i Outlook', { id: 'activityCalendar.ics.outlook' })}</a>`;
}
