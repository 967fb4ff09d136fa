// The month as an ARIA grid (a table with role=grid): one focusable day at a time (roving tabindex),
// arrow keys by day and week, Home/End to the week's ends, Ctrl+Home/End to the month's, PageUp/PageDown by
// month, Enter opens the day.
// Weeks start on Monday and carry their ISO week number as a row header ("v. 9").
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { addDays } from '@grannskap/contract';
import { markedText, renderText } from '../shared/text.js';
import type { LocalizedText, SchoolHoliday } from '@grannskap/contract';
import type { Entry, Slice } from './data.js';
import { addMonths, firstOfMonth, formatClock, formatDay, isoWeek, isoWeekday, lastOfMonth, monthOf, sameDayIn, weekdayNames, weeksOf } from './dates.js';
import { cancelledLabel } from './labels.js';

/** Activities shown in a day cell before "+N fler"; the rest are one Enter away. */
export const MAX_PER_CELL = 3;

export interface MonthGridOptions {
  month: string;
  focused: string;
  today: string;
  locale: string;
  slice: Slice | undefined;
  holidays: readonly SchoolHoliday[];
  onOpenDay: (date: string, opener: HTMLElement) => void;
  onOpenEntry: (entry: Entry, opener: HTMLElement) => void;
  onFocusDate: (date: string) => void;
}

/** The school holiday a date falls in, if any. */
export const holidayOf = (date: string, holidays: readonly SchoolHoliday[]): SchoolHoliday | undefined =>
  holidays.find((h) => date >= h.start && date <= h.end);

/** Where a key press moves the focused date; undefined for keys the grid does not handle. */
export function moveDate(date: string, key: string, rtl = false): string | undefined {
  const weekday = isoWeekday(date);
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, rtl ? 1 : -1);
    case 'ArrowRight':
      return addDays(date, rtl ? -1 : 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, 1 - weekday);
    case 'End':
      return addDays(date, 7 - weekday);
    case 'PageUp':
      return sameDayIn(date, addMonths(monthOf(date), -1));
    case 'PageDown':
      return sameDayIn(date, addMonths(monthOf(date), 1));
    default:
      return undefined;
  }
}

/** Where Ctrl+Home / Ctrl+End move the focused date: the first / last day of its month. */
export function monthEnd(date: string, key: string): string | undefined {
  if (key === 'Home') return firstOfMonth(monthOf(date));
  if (key === 'End') return lastOfMonth(monthOf(date));
  return undefined;
}

const cellOf = (e: Event): HTMLElement | null => (e.target as HTMLElement).closest<HTMLElement>('[role=gridcell]');

export function renderMonthGrid(o: MonthGridOptions): TemplateResult {
  const names = weekdayNames(o.locale);
  const weeks = weeksOf(o.month);
  const onClick = (e: Event): void => {
    const target = e.target as HTMLElement;
    const cell = cellOf(e);
    const date = cell?.dataset['date'];
    if (!cell || !date) return;
    const item = target.closest<HTMLElement>('[data-entry]');
    const entry = item ? o.slice?.byDay.get(date)?.find((x) => x.id === item.dataset['entry']) : undefined;
    if (date !== o.focused) o.onFocusDate(date);
    // the cell, not the chip, gets focus back: it is the grid's one tab stop
    if (entry) o.onOpenEntry(entry, cell);
    else if (monthOf(date) === o.month && o.slice?.byDay.get(date)?.length) o.onOpenDay(date, cell);
  };
  return html`<table class="grid" role="grid" aria-labelledby="month-heading" part="grid" @click=${onClick}>
    <thead>
      <tr>
        <th scope="col" class="week-col"><span aria-hidden="true">${msg('v.', { id: 'activityCalendar.grid.weekShort' })}</span><span class="visually-hidden">${msg('Vecka', { id: 'activityCalendar.grid.week' })}</span></th>
        ${names.map((n) => html`<th scope="col" abbr=${n.long}><span aria-hidden="true">${n.short}</span><span class="visually-hidden">${n.long}</span></th>`)}
      </tr>
    </thead>
    <tbody>
      ${weeks.map(
        (week) => html`<tr>
          <th scope="row" class="week-col">${msg(str`v. ${isoWeek(week[0]!)}`, { id: 'activityCalendar.grid.weekNumber' })}</th>
          ${week.map((date) => renderCell(date, o))}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * A chip's title, cut with an ellipsis at its own end: a Swedish title in an Arabic grid is cut on the
 * right ("Områdesträ…"), not at its start, which a right-to-left chip would hide.
 */
function chipTitle(text: LocalizedText, locale: string): TemplateResult {
  const title = markedText(text, locale);
  return html`<span class="chip-title" lang=${title.lang} dir=${title.dir}>${title.text}</span>`;
}

function renderCell(date: string, o: MonthGridOptions): TemplateResult {
  const inMonth = monthOf(date) === o.month;
  const entries = inMonth ? (o.slice?.byDay.get(date) ?? []) : [];
  const holiday = holidayOf(date, o.holidays);
  const holidayName = holiday ? renderText(holiday.name, o.locale) : '';
  // The name is written out where a period starts and at the start of each week; other days say it to screen readers only.
  const showName = holiday && (date === holiday.start || isoWeekday(date) === 1);
  const more = entries.length - MAX_PER_CELL;
  const classes = ['day', inMonth ? '' : 'outside', holiday ? 'holiday' : '', date === o.today ? 'today' : '', entries.length ? 'busy' : ''].filter(Boolean).join(' ');
  return html`<td
    role="gridcell"
    class=${classes}
    data-date=${date}
    tabindex=${date === o.focused ? '0' : '-1'}
    aria-current=${date === o.today ? 'date' : nothing}
    @focus=${() => date !== o.focused && o.onFocusDate(date)}
  >
    <span class="day-number" aria-hidden="true">${Number(date.slice(8, 10))}</span>
    <span class="visually-hidden">${formatDay(date, o.locale)}</span>
    ${holiday ? html`<span class=${showName ? 'holiday-name' : 'visually-hidden'}>${holidayName}</span>` : nothing}
    ${entries.length
      ? html`<ul class="chips">
          ${entries.slice(0, MAX_PER_CELL).map(
            (e) => html`<li class=${e.occurrence.cancelled ? 'chip chip--cancelled' : 'chip'} data-entry=${e.id}>
              <span class="chip-time">${formatClock(e.time, o.locale)}</span> ${chipTitle(e.activity.title, o.locale)}${e.occurrence.cancelled ? html` <span class="chip-flag">(${cancelledLabel()})</span>` : nothing}
            </li>`,
          )}
          ${more > 0 ? html`<li class="chip chip--more" data-more>${msg(str`+${more} fler`, { id: 'activityCalendar.grid.more' })}</li>` : nothing}
        </ul>`
      : nothing}
  </td>`;
}
