// The list (agenda) view: occurrences grouped by day, a page at a time. More comes when the end of the list
// scrolls into view (IntersectionObserver) and through a real "Visa fler" button for keyboard users.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '../shared/msg.js';
import { renderSwedish, renderText } from '../shared/text.js';
import type { Entry } from './data.js';
import { formatClock, formatDay } from './dates.js';
import { categoryLabel, placesLabel } from './labels.js';

export interface AgendaOptions {
  entries: readonly Entry[];
  locale: string;
  /** More can be shown or fetched. */
  hasMore: boolean;
  loading: boolean;
  onOpenEntry: (entry: Entry, opener: HTMLElement) => void;
  onMore: () => void;
}

/** Consecutive entries of one day, in order. */
function byDay(entries: readonly Entry[]): Array<{ date: string; entries: Entry[] }> {
  const days: Array<{ date: string; entries: Entry[] }> = [];
  for (const e of entries) {
    const last = days[days.length - 1];
    if (last && last.date === e.date) last.entries.push(e);
    else days.push({ date: e.date, entries: [e] });
  }
  return days;
}

export function renderAgenda(o: AgendaOptions): TemplateResult {
  const days = byDay(o.entries);
  return html`<div class="agenda" part="agenda">
    <ol class="agenda-days">
      ${repeat(
        days,
        (d) => d.date,
        (d) => html`<li class="agenda-day">
          <h3 class="agenda-date">${formatDay(d.date, o.locale)}</h3>
          <ul class="agenda-items">
            ${repeat(
              d.entries,
              (e) => e.id,
              (e) => {
                const places = placesLabel(e.occurrence);
                return html`<li>
                  <button type="button" class=${e.occurrence.cancelled ? 'agenda-item agenda-item--cancelled' : 'agenda-item'} part="item" data-entry=${e.id} @click=${(ev: Event) => o.onOpenEntry(e, ev.currentTarget as HTMLElement)}>
                    <span class="agenda-time">${formatClock(e.time, o.locale)}</span>
                    <span class="agenda-title">${renderText(e.activity.title, o.locale)}</span>
                    <span class="agenda-meta">${categoryLabel(e.activity.category)} · ${renderSwedish(e.activity.place.name, o.locale)}${places ? html` · <strong>${places}</strong>` : nothing}</span>
                  </button>
                </li>`;
              },
            )}
          </ul>
        </li>`,
      )}
    </ol>
    ${o.hasMore
      ? html`<p class="more-row">
          <button type="button" class="secondary" part="more" aria-disabled=${o.loading ? 'true' : 'false'} @click=${o.onMore}>${msg('Visa fler', { id: 'activityCalendar.list.more' })}</button>
        </p>
        <div class="sentinel" data-sentinel></div>`
      : nothing}
  </div>`;
}
