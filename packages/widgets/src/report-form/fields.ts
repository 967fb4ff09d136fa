import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../shared/msg.js';
import { parseLocalizedNumber } from '../shared/numbers.js';
import { renderText } from '../shared/text.js';
import type { CategoryField } from '@grannskap/contract';
import type { Answer } from './state.js';

/** What a field renderer needs from the form: the value, its error, and a way to change it. */
export interface FieldContext {
  locale: string;
  value: Answer | undefined;
  /** The id of the error message element when the field has an error. */
  errorId: string | undefined;
  errorText: string | undefined;
  set: (value: Answer | undefined) => void;
}

const required = (field: CategoryField): TemplateResult | typeof nothing =>
  field.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;

const errorLine = (ctx: FieldContext): TemplateResult | typeof nothing =>
  ctx.errorId ? html`<p class="field-error" id=${ctx.errorId}>${ctx.errorText}</p>` : nothing;

/**
 * One extra question of a category, rendered from its definition (Open311 attribute types). Lists are
 * radio or checkbox groups rather than selects: on a phone every choice is visible and large enough to tap.
 */
export function renderCategoryField(field: CategoryField, ctx: FieldContext): TemplateResult {
  const id = `answer-${field.code}`;
  // API texts, marked with their own lang when they are not in the visitor's language
  const label = renderText(field.label, ctx.locale);
  const hint = field.description ? renderText(field.description, ctx.locale) : '';
  const hintId = hint ? `${id}-hint` : undefined;
  const described = [hintId, ctx.errorId].filter(Boolean).join(' ') || nothing;
  const invalid = ctx.errorId ? 'true' : nothing;
  const hintLine = hint ? html`<p class="hint" id=${hintId ?? nothing}>${hint}</p>` : nothing;

  if (field.type === 'singlevaluelist' || field.type === 'multivaluelist') {
    const multi = field.type === 'multivaluelist';
    const chosen = Array.isArray(ctx.value) ? ctx.value : typeof ctx.value === 'string' ? [ctx.value] : [];
    return html`<fieldset class="field" id=${id} tabindex="-1" aria-describedby=${described} aria-required=${field.required && !multi ? 'true' : nothing}>
      <legend>${label} ${required(field)}</legend>
      ${hintLine} ${errorLine(ctx)}
      ${(field.values ?? []).map(
        (v) => html`<label class="choice">
          <input
            type=${multi ? 'checkbox' : 'radio'}
            name=${id}
            .checked=${live(chosen.includes(v.key))}
            aria-invalid=${invalid}
            @change=${(e: Event) => {
              const on = (e.target as HTMLInputElement).checked;
              if (!multi) ctx.set(v.key);
              else ctx.set(on ? [...chosen, v.key] : chosen.filter((k) => k !== v.key));
            }}
          />
          <span>${renderText(v.name, ctx.locale)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  if (field.type === 'boolean') {
    // Two radio buttons with none chosen, not one checkbox: an unticked box cannot tell "no" from "not
    // answered", and the server needs the answer to a required question.
    const choice = (answer: boolean, text: string) => html`<label class="choice">
      <input type="radio" name=${id} .checked=${live(ctx.value === answer)} aria-invalid=${invalid} @change=${() => ctx.set(answer)} />
      <span>${text}</span>
    </label>`;
    return html`<fieldset class="field" id=${id} tabindex="-1" aria-describedby=${described} aria-required=${field.required ? 'true' : nothing}>
      <legend>${label} ${required(field)}</legend>
      ${hintLine} ${errorLine(ctx)}
      <div class="yes-no">${choice(true, msg('Ja', { id: 'reportForm.answer.yes' }))} ${choice(false, msg('Nej', { id: 'reportForm.answer.no' }))}</div>
    </fieldset>`;
  }

  const value = ctx.value === undefined ? '' : String(ctx.value);
  const onInput = (e: Event) => {
    const raw = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    // a text field, so Arabic-Indic digits and a decimal comma get through; what is not a number stays
    // as typed (the server names the field) rather than being emptied under the visitor's fingers
    if (field.type === 'number') ctx.set(raw.trim() === '' ? undefined : (parseLocalizedNumber(raw) ?? raw));
    else ctx.set(raw);
  };
  const control =
    field.type === 'text'
      ? html`<textarea id=${id} rows="3" maxlength=${field.maxLength ?? nothing} aria-required=${field.required ? 'true' : nothing} aria-invalid=${invalid} aria-describedby=${described} .value=${live(value)} @input=${onInput}></textarea>`
      : html`<input
          id=${id}
          type=${field.type === 'datetime' ? 'datetime-local' : 'text'}
          inputmode=${field.type === 'number' ? 'decimal' : nothing}
          maxlength=${field.maxLength ?? nothing}
          aria-required=${field.required ? 'true' : nothing}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${live(value)}
          @input=${onInput}
        />`;
  return html`<div class="field">
    <label for=${id}>${label} ${required(field)}</label>
    ${hintLine} ${control} ${errorLine(ctx)}
  </div>`;
}
