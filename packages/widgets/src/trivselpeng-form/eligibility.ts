import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '../shared/msg.js';
import type { Config, EligibilityRule } from '@grannskap/contract';
import type { FieldA11y } from '../shared/field-errors.js';
import { renderText } from '../shared/text.js';
import { telHref } from '../shared/format.js';

export interface EligibilityView {
  config: Config;
  locale: string;
  answers: Record<string, boolean>;
  a11y: (field: string) => FieldA11y;
  answer: (code: string, yes: boolean) => void;
}

/** The rules answered "no": each stops the application, and each says what to do instead. */
export const refusedRules = (config: Config, answers: Record<string, boolean>): EligibilityRule[] =>
  config.limits.trivselpeng.rules.filter((r) => answers[r.code] === false);

/** One yes/no question per rule of the configuration, before anyone fills in a long form. */
export function renderEligibilityQuestions(view: EligibilityView): TemplateResult {
  return html`<p class="hint">
      ${msg('Svara på några korta frågor först. Då vet du om du kan söka innan du fyller i hela ansökan.', { id: 'trivselpeng.eligibility.intro' })}
    </p>
    ${view.config.limits.trivselpeng.rules.map((rule) => {
      const id = `rule-${rule.code}`;
      const a = view.a11y(id);
      const value = view.answers[rule.code];
      return html`<fieldset class="field question" id=${id} aria-describedby=${a.describedBy}>
        <legend>${renderText(rule.text, view.locale)}</legend>
        ${a.line}
        <div class="yes-no">
          <label class="choice">
            <input type="radio" name=${id} .checked=${live(value === true)} aria-invalid=${a.invalid} @change=${() => view.answer(rule.code, true)} />
            <span>${msg('Ja, det stämmer', { id: 'trivselpeng.eligibility.yes' })}</span>
          </label>
          <label class="choice">
            <input type="radio" name=${id} .checked=${live(value === false)} aria-invalid=${a.invalid} @change=${() => view.answer(rule.code, false)} />
            <span>${msg('Nej', { id: 'trivselpeng.eligibility.no' })}</span>
          </label>
        </div>
      </fieldset>`;
    })}`;
}

/** A "no": why the application stops here, and what to do instead, with a way back to the answers. */
export function renderIneligible(config: Config, locale: string, refused: readonly EligibilityRule[], onChange: () => void): TemplateResult {
  const contact = config.customerService.contact;
  return html`<section class="panel ineligible" part="ineligible" aria-labelledby="ineligible-heading">
    <h2 id="ineligible-heading" tabindex="-1">${msg('Du kan inte söka trivselpeng för den här aktiviteten', { id: 'trivselpeng.ineligible.heading' })}</h2>
    <p>${msg('Trivselpengen har några villkor. Så här kan du göra i stället:', { id: 'trivselpeng.ineligible.intro' })}</p>
    <ul class="reasons">
      ${refused.map(
        (rule) => html`<li>
          <p><span class="reason-label">${msg('Villkor:', { id: 'trivselpeng.ineligible.rule' })}</span> ${renderText(rule.text, locale)}</p>
          <p><span class="reason-label">${msg('Gör så här:', { id: 'trivselpeng.ineligible.otherwise' })}</span> ${renderText(rule.otherwise, locale)}</p>
        </li>`,
      )}
    </ul>
    <p>
      ${msg('Har du frågor? Ring', { id: 'trivselpeng.ineligible.call' })} ${renderText(contact.name, locale)}:
      <a href=${telHref(contact.phone)}>${contact.phone}</a>
    </p>
    <div class="actions">
      <button type="button" class="secondary" part="back" @click=${onChange}>${msg('Ändra mina svar', { id: 'trivselpeng.ineligible.change' })}</button>
    </div>
  </section>`;
}

