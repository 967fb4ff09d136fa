// Filters by area, category and age. A filter fixed by an attribute is shown as text, not as a control,
// so a partner site's choice cannot be undone by a visitor.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../shared/msg.js';
import { ACTIVITY_CATEGORIES } from '@grannskap/contract';
import type { ActivityCategory, Area } from '@grannskap/contract';
import type { Filter } from './data.js';
import { categoryLabel } from './labels.js';
import { normalizeDigits } from '../shared/numbers.js';
import { markedText } from '../shared/text.js';

export interface FiltersOptions {
  filter: Filter;
  fixed: { area: boolean; category: boolean; age: boolean };
  areas: readonly Area[];
  onChange: (patch: Partial<Pick<Filter, 'area' | 'category' | 'age'>>) => void;
}

/** The categories a visitor may pick from: the allowed ones, or all. */
export const offeredCategories = (filter: Filter): readonly ActivityCategory[] => (filter.allowed.length ? filter.allowed : ACTIVITY_CATEGORIES);

/** Parses the `categories` attribute: known categories only, in the contract's order. */
export const parseCategories = (value: string): ActivityCategory[] => {
  const wanted = new Set(value.split(',').map((c) => c.trim()));
  return ACTIVITY_CATEGORIES.filter((c) => wanted.has(c));
};

/** Parses an age from an attribute or a field: a whole number 0–120 (in any digits a keyboard types), else null. */
export const parseAge = (value: string | null | undefined): number | null => {
  const text = normalizeDigits(value ?? '').trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n <= 120 ? n : null;
};

const fixedLine = (label: string, value: string): TemplateResult =>
  html`<p class="filter filter--fixed"><span class="filter-label">${label}</span> <span class="fixed-value">${value}</span></p>`;

export function renderFilters(o: FiltersOptions): TemplateResult {
  const { filter, fixed } = o;
  const areaName = o.areas.find((a) => a.id === filter.area)?.name ?? filter.area;
  const categories = offeredCategories(filter);
  return html`<div class="filters" part="filters" role="group" aria-label=${msg('Filtrera aktiviteter', { id: 'activityCalendar.filters.label' })}>
    ${fixed.area
      ? fixedLine(msg('Område:', { id: 'activityCalendar.filters.areaFixed' }), areaName)
      : html`<div class="filter">
          <label for="f-area" class="filter-label">${msg('Område', { id: 'activityCalendar.filters.area' })}</label>
          <select id="f-area" .value=${live(filter.area)} @change=${(e: Event) => o.onChange({ area: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${filter.area === ''}>${msg('Alla områden', { id: 'activityCalendar.filters.allAreas' })}</option>
            ${o.areas.map((a) => {
              // Swedish place names; an option cannot hold a span, so it carries the lang itself
              const name = markedText({ sv: a.name });
              return html`<option value=${a.id} lang=${name.lang} ?selected=${filter.area === a.id}>${name.text}</option>`;
            })}
          </select>
        </div>`}
    ${fixed.category
      ? fixedLine(msg('Kategori:', { id: 'activityCalendar.filters.categoryFixed' }), categoryLabel(categories[0] ?? ''))
      : html`<div class="filter">
          <label for="f-category" class="filter-label">${msg('Kategori', { id: 'activityCalendar.filters.category' })}</label>
          <select id="f-category" .value=${live(filter.category)} @change=${(e: Event) => o.onChange({ category: (e.target as HTMLSelectElement).value as ActivityCategory | '' })}>
            <option value="" ?selected=${filter.category === ''}>${msg('Alla kategorier', { id: 'activityCalendar.filters.allCategories' })}</option>
            ${categories.map((c) => html`<option value=${c} ?selected=${filter.category === c}>${categoryLabel(c)}</option>`)}
          </select>
        </div>`}
    ${fixed.age
      ? fixedLine(msg('Ålder:', { id: 'activityCalendar.filters.ageFixed' }), msg(str`${filter.age ?? ''} år`, { id: 'activityCalendar.filters.years' }))
      : html`<div class="filter">
          <label for="f-age" class="filter-label">${msg('Ålder', { id: 'activityCalendar.filters.age' })}</label>
          <input
            id="f-age"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            maxlength="3"
            aria-describedby="f-age-hint"
            .value=${live(filter.age === null ? '' : String(filter.age))}
            @change=${(e: Event) => o.onChange({ age: parseAge((e.target as HTMLInputElement).value) })}
          />
          <span id="f-age-hint" class="hint">${msg('Visar det som passar den åldern. Lämna tomt för alla.', { id: 'activityCalendar.filters.ageHint' })}</span>
        </div>`}
  </div>`;
}

/** What to suggest when nothing matches: each suggestion undoes one of the visitor's own choices. */
export function renderEmpty(o: FiltersOptions & { onNextMonth: () => void }): TemplateResult {
  const { filter, fixed } = o;
  return html`<div class="empty" part="empty">
    <p>${msg('Inga aktiviteter den här månaden med de val du har gjort.', { id: 'activityCalendar.empty.text' })}</p>
    <p>${msg('Du kan prova att:', { id: 'activityCalendar.empty.try' })}</p>
    <ul>
      ${!fixed.area && filter.area
        ? html`<li><button type="button" class="link" @click=${() => o.onChange({ area: '' })}>${msg('visa alla områden', { id: 'activityCalendar.empty.allAreas' })}</button></li>`
        : nothing}
      ${!fixed.category && filter.category
        ? html`<li><button type="button" class="link" @click=${() => o.onChange({ category: '' })}>${msg('visa alla kategorier', { id: 'activityCalendar.empty.allCategories' })}</button></li>`
        : nothing}
      ${!fixed.age && filter.age !== null
        ? html`<li><button type="button" class="link" @click=${() => o.onChange({ age: null })}>${msg('ta bort åldern', { id: 'activityCalendar.empty.noAge' })}</button></li>`
        : nothing}
      <li><button type="button" class="link" @click=${o.onNextMonth}>${msg('titta i nästa månad', { id: 'activityCalendar.empty.nextMonth' })}</button></li>
    </ul>
  </div>`;
}
