import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '../shared/msg.js';
import type { Area, Config } from '@grannskap/contract';
import type { FieldA11y } from '../shared/field-errors.js';
import { markedText, renderSwedish, renderText } from '../shared/text.js';
import { formatMoney } from '../shared/format.js';
import { isWebUrl } from '../shared/web-url.js';
import { totalOf } from './budget.js';
import type { BudgetLineDraft, CoOrganiserDraft, FormState } from './state.js';
import type { StepId } from './steps.js';

/** What the step views need from the element. */
export interface StepView {
  config: Config;
  form: FormState;
  areas: readonly Area[];
  locale: string;
  today: string;
  a11y: (field: string, hintId?: string) => FieldA11y;
  /** A change; a function gets the form as it is now (two quick inputs before a render must not undo each other). */
  set: (patch: Partial<FormState> | ((form: FormState) => Partial<FormState>)) => void;
  addCoOrganiser: () => void;
  removeCoOrganiser: (index: number) => void;
  addLine: () => void;
  removeLine: (index: number) => void;
  /** "Ändra" on the review: that step, then back to the review. */
  change: (step: StepId) => void;
}

const value = (e: Event): string => (e.target as HTMLInputElement).value;

interface TextField {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  hint?: string;
  type?: 'text' | 'tel' | 'email' | 'date' | 'time';
  autocomplete?: string;
  maxlength?: number;
  required?: boolean;
  numeric?: boolean;
  min?: string;
}

function textField(view: StepView, f: TextField): TemplateResult {
  const hintId = f.hint ? `${f.id}-hint` : undefined;
  const a = view.a11y(f.id, hintId);
  return html`<div class="field">
    <label for=${f.id}>${f.label}</label>
    ${f.hint ? html`<p class="hint" id=${hintId ?? nothing}>${f.hint}</p>` : nothing} ${a.line}
    <input
      id=${f.id}
      type=${f.type ?? 'text'}
      inputmode=${f.numeric ? 'numeric' : nothing}
      autocomplete=${f.autocomplete ?? nothing}
      maxlength=${f.maxlength ?? nothing}
      min=${f.min ?? nothing}
      aria-required=${f.required === false ? nothing : 'true'}
      aria-invalid=${a.invalid}
      aria-describedby=${a.describedBy}
      .value=${live(f.value)}
      @input=${(e: Event) => f.onInput(value(e))}
    />
  </div>`;
}

function coOrganiser(view: StepView, c: CoOrganiserDraft, i: number): TemplateResult {
  const n = i + 1;
  const required = view.config.limits.trivselpeng.coOrganisersRequired;
  const set = (patch: Partial<CoOrganiserDraft>) =>
    view.set((form) => ({ coOrganisers: form.coOrganisers.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  return html`<fieldset class="group" aria-labelledby=${`co-${n}-legend`}>
    <legend id=${`co-${n}-legend`}>${msg(str`Medarrangör ${n}`, { id: 'trivselpeng.co.legend' })}</legend>
    ${textField(view, { id: `co-${n}-name`, label: msg('Namn', { id: 'trivselpeng.co.name' }), value: c.name, maxlength: 100, onInput: (v) => set({ name: v }) })}
    ${textField(view, { id: `co-${n}-address`, label: msg('Adress', { id: 'trivselpeng.co.address' }), value: c.address, maxlength: 200, onInput: (v) => set({ address: v }) })}
    ${i >= required
      ? html`<button type="button" class="link" @click=${() => view.removeCoOrganiser(i)}>${msg(str`Ta bort medarrangör ${n}`, { id: 'trivselpeng.co.remove' })}</button>`
      : nothing}
  </fieldset>`;
}

/**
 * Whether the applicant wants e-mail about the application (a receipt, each decision), under the e-mail
 * field. Asking for it without an address is refused by the contract's schema, at the e-mail field.
 */
function renderEmailUpdates(view: StepView): TemplateResult {
  return html`<div class="field">
    <label class="choice">
      <input id="emailUpdates" type="checkbox" aria-describedby="emailUpdates-hint" .checked=${live(view.form.emailUpdates)} @change=${(e: Event) => view.set({ emailUpdates: (e.target as HTMLInputElement).checked })} />
      <span>${msg('Jag vill få mejl om min ansökan (bekräftelse och beslut)', { id: 'trivselpeng.organiser.emailUpdates' })}</span>
    </label>
    <p class="hint" id="emailUpdates-hint">${msg('Du kan sluta när du vill med en länk i mejlet.', { id: 'trivselpeng.organiser.emailUpdatesHint' })}</p>
  </div>`;
}

export function renderOrganiser(view: StepView): TemplateResult {
  const { form, config } = view;
  const rules = config.limits.trivselpeng;
  const set = view.set;
  return html`<p class="hint">${msg('Du som söker är ansvarig för aktiviteten. Vi använder uppgifterna bara för att handlägga ansökan. De sparas inte i webbläsaren.', { id: 'trivselpeng.organiser.intro' })}</p>
    ${textField(view, { id: 'name', label: msg('Ditt namn', { id: 'trivselpeng.organiser.name' }), value: form.name, autocomplete: 'name', maxlength: 100, onInput: (v) => set({ name: v }) })}
    ${textField(view, { id: 'address', label: msg('Din adress', { id: 'trivselpeng.organiser.address' }), value: form.address, autocomplete: 'street-address', maxlength: 200, onInput: (v) => set({ address: v }) })}
    ${textField(view, { id: 'phone', label: msg('Telefon', { id: 'trivselpeng.organiser.phone' }), type: 'tel', value: form.phone, autocomplete: 'tel', required: false, onInput: (v) => set({ phone: v }) })}
    ${textField(view, { id: 'email', label: msg('E-post', { id: 'trivselpeng.organiser.email' }), type: 'email', value: form.email, autocomplete: 'email', required: false, onInput: (v) => set({ email: v }) })}
    ${renderEmailUpdates(view)}
    <p class="hint">${msg('Skriv telefon, e-post eller båda.', { id: 'trivselpeng.organiser.either' })}</p>
    ${textField(view, {
      id: 'age',
      label: msg('Din ålder', { id: 'trivselpeng.organiser.age' }),
      hint: msg(str`Du behöver vara minst ${rules.minOrganiserAge} år.`, { id: 'trivselpeng.organiser.ageHint' }),
      value: form.age,
      numeric: true,
      maxlength: 3,
      onInput: (v) => set({ age: v }),
    })}
    ${rules.coOrganisersRequired > 0 || form.coOrganisers.length
      ? html`<h3>${msg('Medarrangörer', { id: 'trivselpeng.co.heading' })}</h3>
          <p class="hint">
            ${msg(str`Ni ska vara minst ${rules.coOrganisersRequired} medarrangörer som bor i andra hushåll än du.`, { id: 'trivselpeng.co.intro' })}
          </p>`
      : nothing}
    ${repeat(form.coOrganisers, (c) => c.key, (c, i) => coOrganiser(view, c, i))}
    ${form.coOrganisers.length < 5
      ? html`<div><button type="button" class="secondary" id="add-co" @click=${view.addCoOrganiser}>${msg('Lägg till en medarrangör', { id: 'trivselpeng.co.add' })}</button></div>`
      : nothing}`;
}

export function renderActivity(view: StepView): TemplateResult {
  const { form, areas } = view;
  const set = view.set;
  const area = view.a11y('area');
  const description = view.a11y('description');
  return html`${textField(view, { id: 'title', label: msg('Vad heter aktiviteten?', { id: 'trivselpeng.activity.title' }), hint: msg('Till exempel Grillkväll på gården.', { id: 'trivselpeng.activity.titleHint' }), value: form.title, maxlength: 120, onInput: (v) => set({ title: v }) })}
    <div class="field">
      <label for="description">${msg('Beskriv aktiviteten', { id: 'trivselpeng.activity.description' })}</label>
      ${description.line}
      <textarea id="description" rows="5" maxlength="4000" aria-required="true" aria-invalid=${description.invalid} aria-describedby=${description.describedBy} .value=${live(form.description)} @input=${(e: Event) => set({ description: value(e) })}></textarea>
    </div>
    <div class="row">
      ${textField(view, { id: 'date', label: msg('Datum', { id: 'trivselpeng.activity.date' }), type: 'date', min: view.today, value: form.date, onInput: (v) => set({ date: v }) })}
      ${textField(view, { id: 'startTime', label: msg('Klockan (valfritt)', { id: 'trivselpeng.activity.time' }), type: 'time', required: false, value: form.startTime, onInput: (v) => set({ startTime: v }) })}
    </div>
    <div class="field">
      <label for="area">${msg('Område', { id: 'trivselpeng.activity.area' })}</label>
      ${area.line}
      <select id="area" aria-required="true" aria-invalid=${area.invalid} aria-describedby=${area.describedBy} @change=${(e: Event) => set({ area: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!form.area}>${msg('Välj område', { id: 'trivselpeng.activity.chooseArea' })}</option>
        ${areas.map((a) => {
          // Swedish place names; an option cannot hold a span, so it carries the lang itself
          const name = markedText({ sv: a.name }, view.locale);
          return html`<option value=${a.id} lang=${name.lang} ?selected=${form.area === a.id}>${name.text}</option>`;
        })}
      </select>
    </div>
    ${textField(view, { id: 'place', label: msg('Plats', { id: 'trivselpeng.activity.place' }), hint: msg('Till exempel gården, lokalen eller parken.', { id: 'trivselpeng.activity.placeHint' }), value: form.place, maxlength: 200, onInput: (v) => set({ place: v }) })}
    ${textField(view, { id: 'targetGroup', label: msg('Vilka är aktiviteten för?', { id: 'trivselpeng.activity.targetGroup' }), hint: msg('Till exempel alla i området, barnfamiljer eller seniorer.', { id: 'trivselpeng.activity.targetGroupHint' }), value: form.targetGroup, maxlength: 200, onInput: (v) => set({ targetGroup: v }) })}
    ${textField(view, { id: 'participants', label: msg('Hur många tror du kommer?', { id: 'trivselpeng.activity.participants' }), value: form.participants, numeric: true, maxlength: 7, onInput: (v) => set({ participants: v }) })}`;
}

function budgetLine(view: StepView, line: BudgetLineDraft, i: number, count: number): TemplateResult {
  const n = i + 1;
  const item = view.a11y(`item-${n}`);
  const amount = view.a11y(`amount-${n}`, 'amount-hint');
  const set = (patch: Partial<BudgetLineDraft>) => view.set((form) => ({ budget: form.budget.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  return html`<li class="line">
    <fieldset class="group" aria-labelledby=${`line-${n}-legend`}>
      <legend id=${`line-${n}-legend`} class="visually-hidden">${msg(str`Rad ${n}`, { id: 'trivselpeng.budget.line' })}</legend>
      <div class="field item">
        <label for=${`item-${n}`}>${msg(str`Vad ska ni köpa? (rad ${n})`, { id: 'trivselpeng.budget.item' })}</label>
        ${item.line}
        <input id=${`item-${n}`} type="text" maxlength="120" aria-required="true" aria-invalid=${item.invalid} aria-describedby=${item.describedBy} .value=${live(line.item)} @input=${(e: Event) => set({ item: value(e) })} />
      </div>
      <div class="field amount">
        <label for=${`amount-${n}`}>${msg(str`Belopp i kronor (rad ${n})`, { id: 'trivselpeng.budget.amount' })}</label>
        ${amount.line}
        <input id=${`amount-${n}`} type="text" inputmode="numeric" maxlength="12" aria-required="true" aria-invalid=${amount.invalid} aria-describedby=${amount.describedBy} .value=${live(line.amount)} @input=${(e: Event) => set({ amount: value(e) })} />
      </div>
      ${count > 1
        ? html`<button type="button" class="link remove" @click=${() => view.removeLine(i)}>${msg(str`Ta bort rad ${n}`, { id: 'trivselpeng.budget.remove' })}</button>`
        : nothing}
    </fieldset>
  </li>`;
}

export function renderBudget(view: StepView): TemplateResult {
  const { form, config } = view;
  const max = config.limits.trivselpeng.maxAmount;
  const currency = config.limits.trivselpeng.currency;
  const total = totalOf(form.budget);
  const over = total > max;
  const totalA = view.a11y('total', 'total-max');
  return html`<p class="hint" id="amount-hint">${msg('Skriv beloppen i hela kronor, till exempel 1 200.', { id: 'trivselpeng.budget.hint' })}</p>
    <ol class="lines">
      ${repeat(form.budget, (l) => l.key, (l, i) => budgetLine(view, l, i, form.budget.length))}
    </ol>
    ${form.budget.length < 30
      ? html`<div><button type="button" class="secondary" id="add-line" @click=${view.addLine}>${msg('Lägg till en rad', { id: 'trivselpeng.budget.add' })}</button></div>`
      : nothing}
    <div class=${over ? 'total total--over' : 'total'} part="total">
      <p id="total" tabindex="-1" aria-describedby=${totalA.describedBy}>
        ${msg('Totalt:', { id: 'trivselpeng.budget.total' })} <strong class="sum">${formatMoney(total, currency)}</strong>
      </p>
      <p id="total-max" class="hint">${msg(str`Ni kan söka högst ${formatMoney(max, currency)}.`, { id: 'trivselpeng.budget.max' })}</p>
      ${over && totalA.invalid !== 'true' ? html`<p class="field-error">${msg(str`Det är mer än ${formatMoney(max, currency)}. Ta bort något eller sänk beloppen.`, { id: 'trivselpeng.budget.over' })}</p>` : totalA.line}
    </div>
    <p class="visually-hidden" role="status">${over ? msg('Totalen är över gränsen för trivselpeng.', { id: 'trivselpeng.budget.overStatus' }) : nothing}</p>`;
}

export function renderReview(view: StepView, decisionBy: string): TemplateResult {
  const { form, config, locale } = view;
  const currency = config.limits.trivselpeng.currency;
  const areaName = view.areas.find((a) => a.id === form.area)?.name ?? form.area;
  const privacy = view.a11y('privacy', 'privacy-text');
  const truthful = view.a11y('truthful');
  const contact = [form.phone.trim(), form.email.trim()].filter(Boolean).join(', ');
  const rows: Array<[StepId, string, string | TemplateResult]> = [
    // on a line of its own, that e-mail about the application was asked for
    [
      'organiser',
      msg('Arrangör', { id: 'trivselpeng.review.organiser' }),
      `${form.name}, ${form.address}${contact ? `, ${contact}` : ''}${form.emailUpdates ? `\n${msg('Du får mejl med bekräftelsen och beslutet.', { id: 'trivselpeng.review.emailUpdates' })}` : ''}`,
    ],
    [
      'organiser',
      msg('Medarrangörer', { id: 'trivselpeng.review.co' }),
      form.coOrganisers.length ? form.coOrganisers.map((c) => `${c.name}, ${c.address}`).join('; ') : msg('Inga', { id: 'trivselpeng.review.none' }),
    ],
    ['activity', msg('Aktivitet', { id: 'trivselpeng.review.activity' }), `${form.title}\n${form.description}`],
    ['activity', msg('När och var', { id: 'trivselpeng.review.when' }), html`${form.date}${form.startTime ? ` ${form.startTime}` : ''}, ${form.place}, ${renderSwedish(areaName, locale)}`],
    ['activity', msg('För vem', { id: 'trivselpeng.review.who' }), msg(str`${form.targetGroup}, cirka ${form.participants} personer`, { id: 'trivselpeng.review.whoValue' })],
    [
      'budget',
      msg('Budget', { id: 'trivselpeng.review.budget' }),
      html`<ul class="review-lines">
          ${form.budget.map((l) => html`<li>${l.item}: ${formatMoney(totalOf([l]), currency)}</li>`)}
        </ul>
        <strong>${msg(str`Totalt ${formatMoney(totalOf(form.budget), currency)}`, { id: 'trivselpeng.review.total' })}</strong>`,
    ],
  ];
  return html`<dl class="review">
      ${rows.map(
        ([step, label, text]) => html`<div class="review-row">
          <dt>${label}</dt>
          <dd>${text}</dd>
          <dd>
            <button type="button" class="link" aria-label=${msg(str`Ändra ${label.toLowerCase()}`, { id: 'trivselpeng.review.changeLabel' })} @click=${() => view.change(step)}>
              ${msg('Ändra', { id: 'trivselpeng.review.change' })}
            </button>
          </dd>
        </div>`,
      )}
    </dl>
    <p>${msg(str`Om du skickar i dag får du besked senast ${decisionBy}.`, { id: 'trivselpeng.review.decision' })}</p>
    <p id="privacy-text" class="hint">${renderText(config.privacy.text, locale)}</p>
    ${isWebUrl(config.privacy.url) ? html`<p><a href=${config.privacy.url} target="_blank" rel="noopener">${msg('Läs mer om hur vi hanterar personuppgifter', { id: 'trivselpeng.review.privacyLink' })}</a></p>` : nothing}
    ${privacy.line}
    <label class="choice">
      <input id="privacy" type="checkbox" aria-required="true" aria-invalid=${privacy.invalid} aria-describedby=${privacy.describedBy} .checked=${live(form.privacyAccepted)} @change=${(e: Event) => view.set({ privacyAccepted: (e.target as HTMLInputElement).checked })} />
      <span>${msg('Jag har läst informationen om personuppgifter', { id: 'trivselpeng.review.privacy' })}</span>
    </label>
    ${truthful.line}
    <label class="choice">
      <input id="truthful" type="checkbox" aria-required="true" aria-invalid=${truthful.invalid} aria-describedby=${truthful.describedBy} .checked=${live(form.truthful)} @change=${(e: Event) => view.set({ truthful: (e.target as HTMLInputElement).checked })} />
      <span>${msg('Uppgifterna stämmer, och pengarna går bara till aktiviteten', { id: 'trivselpeng.review.truthful' })}</span>
    </label>`;
}
