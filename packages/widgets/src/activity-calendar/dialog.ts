// The content of the calendar's native <dialog>: a day's activities, or one activity's details (what,
// when, where, for whom, organiser, languages, accessibility, places left) with its calendar link and
// the way to register.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { markedText, renderSwedish, renderText } from '../shared/text.js';
import type { Activity, Occurrence } from '@grannskap/contract';
import { formatDateTime, telHref } from '../shared/format.js';
import type { Entry } from './data.js';
import { formatClock, formatDay, formatSpan } from './dates.js';
import { isWebUrl } from '../shared/web-url.js';
import { ageLabel, cancelledLabel, categoryLabel, placesLabel } from './labels.js';
import { renderAddToCalendar } from './add-to-calendar.js';
import { activityLink } from './links.js';
import type { GrannskapClient } from '../shared/context.js';

/** Why a registration cannot be made now, or null when it can. */
export type RegistrationState = 'open' | 'not-needed' | 'cancelled' | 'not-yet' | 'closed' | 'past';

export function registrationState(a: Activity, o: Occurrence, now: Date = new Date()): RegistrationState {
  if (o.cancelled || a.cancelled) return 'cancelled';
  if (!a.registration.required) return 'not-needed';
  if (Date.parse(o.start) <= now.getTime()) return 'past';
  if (a.registration.opens && now.getTime() < Date.parse(a.registration.opens)) return 'not-yet';
  if (a.registration.closes && now.getTime() > Date.parse(a.registration.closes)) return 'closed';
  return 'open';
}

const languageName = (code: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

export interface DayOptions {
  date: string;
  entries: readonly Entry[];
  locale: string;
  holiday: string | TemplateResult;
  onOpenEntry: (entry: Entry, opener: HTMLElement) => void;
}

export function renderDay(o: DayOptions): TemplateResult {
  return html`<h2 id="dialog-title" tabindex="-1">${formatDay(o.date, o.locale)}</h2>
    ${o.holiday ? html`<p class="holiday-line">${o.holiday}</p>` : nothing}
    ${o.entries.length
      ? html`<ul class="day-list">
          ${o.entries.map(
            (e) => html`<li>
              <button type="button" class="agenda-item" data-entry=${e.id} @click=${(ev: Event) => o.onOpenEntry(e, ev.currentTarget as HTMLElement)}>
                <span class="agenda-time">${formatClock(e.time, o.locale)}</span>
                <span class="agenda-title">${renderText(e.activity.title, o.locale)}</span>
                <span class="agenda-meta">${renderSwedish(e.activity.place.name, o.locale)}${e.occurrence.cancelled ? html` · <strong>${cancelledLabel()}</strong>` : nothing}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p>${msg('Inga aktiviteter den här dagen.', { id: 'activityCalendar.day.none' })}</p>`}`;
}

export interface DetailsOptions {
  entry: Entry;
  locale: string;
  timeZone: string;
  areaNames: (ids: readonly string[]) => string;
  registration: RegistrationState;
  /** Where the .ics link points (the API's). */
  client: GrannskapClient;
  onRegister: () => void;
  /** Back to the day's list, when the details were opened from it. */
  onBack: (() => void) | undefined;
}

export function renderDetails(o: DetailsOptions): TemplateResult {
  const { activity: a, occurrence } = o.entry;
  // the link that opens these details, to share or bookmark
  const link = activityLink(o.entry.id);
  // API texts: the visitor's language when there is one, else Swedish, marked with its own lang and dir
  const title = markedText(a.title, o.locale);
  const description = markedText(a.description, o.locale);
  const access = a.accessibility ? renderText(a.accessibility, o.locale) : undefined;
  const places = placesLabel(occurrence);
  const cancelled = occurrence.cancelled || a.cancelled;
  const row = (label: string, value: TemplateResult | string) => html`<div class="fact"><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`${o.onBack ? html`<p><button type="button" class="link" @click=${o.onBack}>${msg('Tillbaka till dagen', { id: 'activityCalendar.dialog.backToDay' })}</button></p>` : nothing}
    <h2 id="dialog-title" tabindex="-1" lang=${title.lang} dir=${title.dir}>${title.text}</h2>
    ${cancelled
      ? html`<p class="cancelled-banner" part="cancelled">
          <strong>${msg('Aktiviteten är inställd.', { id: 'activityCalendar.dialog.cancelled' })}</strong>
          ${a.cancelledReason ? html` <span>${a.cancelledReason}</span>` : nothing}
        </p>`
      : nothing}
    <p class="category">${categoryLabel(a.category)}</p>
    <p class="description" lang=${description.lang} dir=${description.dir}>${description.text}</p>
    <dl class="facts">
      ${row(msg('När', { id: 'activityCalendar.dialog.when' }), formatSpan(occurrence.start, occurrence.end, o.timeZone, o.locale))}
      ${row(msg('Var', { id: 'activityCalendar.dialog.where' }), renderSwedish([a.place.name, a.place.address, o.areaNames(a.areas)].filter(Boolean).join(', '), o.locale))}
      ${row(msg('För vem', { id: 'activityCalendar.dialog.who' }), ageLabel(a))}
      ${row(
        msg('Arrangör', { id: 'activityCalendar.dialog.organiser' }),
        html`${a.organiser.name}${a.organiser.phone ? html`, <a href=${telHref(a.organiser.phone)}>${a.organiser.phone}</a>` : nothing}${a.organiser.email
          ? html`, <a href=${`mailto:${a.organiser.email}`}>${a.organiser.email}</a>`
          : nothing}${a.organiser.url && isWebUrl(a.organiser.url) ? html`, <a href=${a.organiser.url} rel="noopener">${a.organiser.url}</a>` : nothing}`,
      )}
      ${a.languages.length ? row(msg('Språk', { id: 'activityCalendar.dialog.languages' }), a.languages.map((l) => languageName(l, o.locale)).join(', ')) : nothing}
      ${access ? row(msg('Tillgänglighet', { id: 'activityCalendar.dialog.accessibility' }), access) : nothing}
      ${a.capacity != null && !cancelled ? row(msg('Platser', { id: 'activityCalendar.dialog.places' }), places) : nothing}
    </dl>
    <div class="actions">
      ${o.registration === 'open'
        ? html`<button type="button" part="register" @click=${o.onRegister}>
            ${occurrence.placesLeft === 0 ? msg('Ställ dig i kö', { id: 'activityCalendar.reg.headingQueue' }) : msg('Anmäl dig', { id: 'activityCalendar.reg.heading' })}
          </button>`
        : nothing}
      ${cancelled ? nothing : renderAddToCalendar(o.client, o.entry, link, o.locale)}
    </div>
    ${registrationNote(o.registration, a, o.timeZone, o.locale)}
    <p class="activity-link"><a href=${link} part="activity-link">${msg('Länk till aktiviteten', { id: 'activityCalendar.dialog.link' })}</a></p>`;
}

function registrationNote(state: RegistrationState, a: Activity, timeZone: string, locale: string): TemplateResult | typeof nothing {
  switch (state) {
    case 'not-needed':
      return html`<p class="hint">${msg('Ingen anmälan behövs. Välkommen!', { id: 'activityCalendar.dialog.noRegistration' })}</p>`;
    case 'not-yet':
      return html`<p class="hint">${msg(str`Anmälan öppnar ${a.registration.opens ? formatDateTime(a.registration.opens, timeZone, locale) : ''}.`, { id: 'activityCalendar.dialog.opens' })}</p>`;
    case 'closed':
      return html`<p class="hint">${msg('Anmälan har stängt.', { id: 'activityCalendar.dialog.closed' })}</p>`;
    case 'past':
      return html`<p class="hint">${msg('Aktiviteten har redan börjat.', { id: 'activityCalendar.dialog.past' })}</p>`;
    default:
      return nothing;
  }
}
