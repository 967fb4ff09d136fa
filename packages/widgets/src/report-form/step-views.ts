// The report form's later fields (the date and time, the description with its photos, contact with the
// privacy note, and the review), in the part it loads once the visitor has begun (./later-parts.ts). The
// first questions stay in the form: a page shows them at once, and a tenant can say what and that it is
// happening now (and see whom to call) even when the part cannot be loaded.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../shared/msg.js';
import type { Area, Category, Config } from '@grannskap/contract';
import { renderPhotoThumbs, renderPhotos, uploadStatus } from '../shared/photos/index.js';
import { formatLocalDateTime } from '../shared/local-date.js';
import type { PhotoUploads } from '../shared/photos/index.js';
import { renderSwedish, renderText } from '../shared/text.js';
import { isWebUrl } from '../shared/web-url.js';
import { kindLabel } from './kinds.js';
import type { FormState } from './state.js';
import type { StepId } from './steps.js';

/** What a step needs of the form: its state, the field helpers, and the parts made when this part loaded. */
export interface StepContext {
  config: Config;
  form: FormState;
  locale: string;
  areas: readonly Area[];
  category: Category | undefined;
  /** `aria-describedby`, `aria-invalid` and the message line of a field. */
  a11y(field: string, hintId?: string): { describedBy: string | typeof nothing; invalid: 'true' | typeof nothing; line: TemplateResult | typeof nothing };
  radio(name: string, checked: boolean, label: string | TemplateResult, onChange: () => void, invalid: 'true' | typeof nothing, id?: string): TemplateResult;
  update(patch: Partial<FormState>): void;
  /** "Ändra" on the review: that step, then back to the review. */
  change(step: StepId): void;
  photos: PhotoUploads | undefined;
  /** The element (photo previews wait for its renders). */
  host: { updateComplete: Promise<unknown> };
  /** What stands where the photos go until they are made. */
  pending(): TemplateResult;
}

export function renderWhenStep(c: StepContext): TemplateResult {
  const { form } = c;
  const a = c.a11y('date');
  return html`<h3 class="subheading">${msg('När hände det?', { id: 'reportForm.when.heading' })}</h3>
    ${a.line}
    <div class="row">
      <div class="field">
        <label for="date">${msg('Datum', { id: 'reportForm.when.date' })}</label>
        <input id="date" type="date" aria-required="true" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} .value=${live(form.date)} @input=${(e: Event) => c.update({ date: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="time">${msg('Klockslag', { id: 'reportForm.when.time' })}</label>
        <input id="time" type="time" aria-required="true" aria-invalid=${a.invalid} .value=${live(form.time)} @input=${(e: Event) => c.update({ time: (e.target as HTMLInputElement).value })} />
      </div>
    </div>`;
}

export function renderWhatStep(c: StepContext): TemplateResult {
  const { config, form } = c;
  const max = config.limits.descriptionMaxLength;
  const used = form.description.length;
  const left = max - used;
  const a = c.a11y('description', 'description-count');
  // Announced only near the limit, so a screen reader is not interrupted at every keystroke.
  const near = left <= Math.max(20, Math.floor(max * 0.1));
  return html`<div class="field">
    <label for="description">${msg('Beskriv vad som hände', { id: 'reportForm.what.label' })}</label>
    ${a.line}
    <textarea id="description" rows="6" aria-required="true" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} .value=${live(form.description)} @input=${(e: Event) => c.update({ description: (e.target as HTMLTextAreaElement).value })}></textarea>
    <p id="description-count" class=${left < 0 ? 'count count--over' : 'count'}>${msg(str`${used} av ${max} tecken`, { id: 'reportForm.what.count' })}</p>
    <p class="visually-hidden" role="status">
      ${near ? (left >= 0 ? msg(str`${left} tecken kvar`, { id: 'reportForm.what.left' }) : msg(str`${-left} tecken för mycket`, { id: 'reportForm.what.over' })) : nothing}
    </p>
  </div>`;
}

export function renderPhotosStep(c: StepContext): TemplateResult {
  const { config } = c;
  if (!c.photos) return c.pending();
  const a = c.a11y('photos');
  return html`<h3 class="subheading">${msg('Vill du lägga till bilder?', { id: 'reportForm.photos.heading' })}</h3>
    <p class="hint">${msg('Bilder är valfria. En bild kan visa oss skadan eller platsen.', { id: 'reportForm.photos.intro' })}</p>
    ${a.line}
    ${renderPhotos(c.photos, config.limits.photos, c.host, {
      id: 'photos',
      label: msg('Lägg till bilder', { id: 'reportForm.photos.add' }),
      ...(a.describedBy === nothing ? {} : { describedBy: a.describedBy }),
    })}`;
}

export function renderContactStep(c: StepContext): TemplateResult {
  const { form } = c;
  const name = c.a11y('name');
  const phone = c.a11y('phone');
  const email = c.a11y('email');
  return html`<fieldset class="field">
      <legend>${msg('Vill du att vi kan höra av oss?', { id: 'reportForm.contact.legend' })}</legend>
      ${c.radio('anonymous', form.anonymous, msg('Nej, jag vill vara anonym', { id: 'reportForm.contact.anonymous' }), () => c.update({ anonymous: true }), nothing, 'anonymous')}
      ${c.radio('anonymous', !form.anonymous, msg('Ja, här är mina kontaktuppgifter', { id: 'reportForm.contact.named' }), () => c.update({ anonymous: false }), nothing)}
    </fieldset>
    <p class="hint">${msg('Är du anonym kan vi inte fråga dig mer eller berätta vad vi har gjort. Du kan ändå följa ärendet med länken du får.', { id: 'reportForm.contact.anonymousNote' })}</p>
    ${form.anonymous
      ? nothing
      : html`<div class="field">
            <label for="name">${msg('Namn', { id: 'reportForm.contact.name' })}</label>
            ${name.line}
            <input id="name" type="text" autocomplete="name" maxlength="100" aria-required="true" aria-invalid=${name.invalid} aria-describedby=${name.describedBy} .value=${live(form.name)} @input=${(e: Event) => c.update({ name: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="phone">${msg('Telefon', { id: 'reportForm.contact.phone' })}</label>
            ${phone.line}
            <input id="phone" type="tel" dir="ltr" autocomplete="tel" aria-invalid=${phone.invalid} aria-describedby=${phone.describedBy} .value=${live(form.phone)} @input=${(e: Event) => c.update({ phone: (e.target as HTMLInputElement).value })} />
          </div>
          <div class="field">
            <label for="email">${msg('E-post', { id: 'reportForm.contact.email' })}</label>
            ${email.line}
            <input id="email" type="email" dir="ltr" autocomplete="email" aria-invalid=${email.invalid} aria-describedby=${email.describedBy} .value=${live(form.email)} @input=${(e: Event) => c.update({ email: (e.target as HTMLInputElement).value })} />
          </div>
          ${renderEmailUpdates(c)}
          <p class="hint">${msg('Skriv telefon, e-post eller båda.', { id: 'reportForm.contact.either' })}</p>
          ${renderPrivacy(c)}`}`;
}

/**
 * Whether the tenant wants e-mail when the case moves (receipt, status, messages), under the e-mail field.
 * Asking for it without an address is refused by the contract's schema, at the e-mail field.
 */
function renderEmailUpdates(c: StepContext): TemplateResult {
  return html`<div class="field">
    <label class="choice">
      <input id="emailUpdates" type="checkbox" aria-describedby="emailUpdates-hint" .checked=${live(c.form.emailUpdates)} @change=${(e: Event) => c.update({ emailUpdates: (e.target as HTMLInputElement).checked })} />
      <span>${msg('Skicka e-post till mig när något händer i ärendet', { id: 'reportForm.contact.emailUpdates' })}</span>
    </label>
    <p class="hint" id="emailUpdates-hint">${msg('Du kan sluta när du vill med en länk i mejlet.', { id: 'reportForm.contact.emailUpdatesHint' })}</p>
  </div>`;
}

/** The privacy note and its confirmation: asked only of a tenant who gives their name (an anonymous report holds no contact data). */
function renderPrivacy(c: StepContext): TemplateResult {
  const { config, form } = c;
  const a = c.a11y('privacy', 'privacy-text');
  return html`<h3 class="subheading">${msg('Dina uppgifter', { id: 'reportForm.privacy.heading' })}</h3>
    <p id="privacy-text">${renderText(config.privacy.text, c.locale)}</p>
    ${isWebUrl(config.privacy.url) ? html`<p><a href=${config.privacy.url} target="_blank" rel="noopener">${msg('Läs mer om hur vi hanterar personuppgifter', { id: 'reportForm.privacy.link' })}</a></p>` : nothing}
    ${a.line}
    <label class="choice">
      <input id="privacy" type="checkbox" aria-required="true" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} .checked=${live(form.privacyAccepted)} @change=${(e: Event) => c.update({ privacyAccepted: (e.target as HTMLInputElement).checked })} />
      <span>${msg('Jag har läst informationen', { id: 'reportForm.privacy.accept' })}</span>
    </label>`;
}

/** How many photos go with the report, their previews, and plainly which ones will not. */
function renderReviewPhotos(c: StepContext): TemplateResult {
  if (!c.photos) return c.pending();
  const { total, done, failed } = c.photos.counts;
  const busy = total - done - failed;
  return html`<span class="review-photos"
    >${total === 0 ? msg('Inga bilder', { id: 'reportForm.review.noPhotos' }) : uploadStatus(total, done)}
    ${renderPhotoThumbs(c.photos.items)}
  ${busy ? html`<span class="review-note">${msg('Anmälan skickas när resten av bilderna är uppladdade.', { id: 'reportForm.review.photosBusy' })}</span>` : nothing}
  ${failed
    ? html`<span class="review-note review-note--warning"
        >${msg(str`Bilder som inte laddats upp skickas inte med (${failed}). Bilder kan inte sparas till senare. Försök igen under Ändra, eller skicka anmälan utan dem.`, {
          id: 'reportForm.review.photosFailed',
        })}</span
      >`
    : nothing}</span
  >`;
}

/**
 * Name, then the phone number and the e-mail address, each isolated: left-to-right inside Arabic, never
 * broken; on a line of its own, that e-mail about the case was asked for.
 */
const renderContact = (form: FormState): TemplateResult => {
  const reach = [form.phone.trim(), form.email.trim()].filter(Boolean);
  return html`${form.name.trim()}${reach.map((part) => html`, <bdi dir="ltr">${part}</bdi>`)}${form.emailUpdates
    ? html`<br /><span class="review-note">${msg('Du får e-post när något händer i ärendet.', { id: 'reportForm.review.emailUpdates' })}</span>`
    : nothing}`;
};

export function renderReview(c: StepContext): TemplateResult {
  const { form } = c;
  const category = c.category;
  const areaName = c.areas.find((a) => a.id === form.area)?.name;
  const placeText = [form.place, form.placeDetail].filter(Boolean).join(', ');
  const rows: Array<[StepId, string, string | TemplateResult]> = [
    ['category', msg('Vad', { id: 'reportForm.review.what' }), html`${form.kind ? kindLabel(form.kind) : ''}: ${category ? renderText(category.name, c.locale) : ''}`],
    ['when', msg('När', { id: 'reportForm.review.when' }), form.happeningNow ? msg('Det händer nu', { id: 'reportForm.review.rightNow' }) : html`<bdi>${formatLocalDateTime(form.date, form.time, c.locale)}</bdi>`],
    ['where', msg('Var', { id: 'reportForm.review.where' }), html`${areaName ? renderSwedish(areaName, c.locale) : ''}${areaName && placeText ? ', ' : ''}${placeText}`],
    ['what', msg('Beskrivning', { id: 'reportForm.review.description' }), form.description],
    ['what', msg('Bilder', { id: 'reportForm.review.photos' }), renderReviewPhotos(c)],
    [
      'contact',
      msg('Kontakt', { id: 'reportForm.review.contact' }),
      form.anonymous ? msg('Anonym', { id: 'reportForm.review.anonymous' }) : renderContact(form),
    ],
  ];
  return html`<dl class="review">
    ${rows.map(
      ([step, label, value]) => html`<div class="review-row">
        <dt>${label}</dt>
        <dd>${value}</dd>
        <dd>
          <button type="button" class="link" aria-label=${msg(str`Ändra ${label.toLowerCase()}`, { id: 'reportForm.review.changeLabel' })} @click=${() => c.change(step)}>
            ${msg('Ändra', { id: 'reportForm.review.change' })}
          </button>
        </dd>
      </div>`,
    )}
  </dl>`;
}

/** The fields of a step the later part holds: the date and time (of "when", shown only when it is not happening now), the description with its photos, contact, the review. */
export function renderLaterStep(step: Exclude<StepId, 'category' | 'where'>, c: StepContext): TemplateResult {
  switch (step) {
    case 'when':
      return c.form.happeningNow === false ? renderWhenStep(c) : html``;
    case 'what':
      return html`${renderWhatStep(c)}${renderPhotosStep(c)}`;
    case 'contact':
      return renderContactStep(c);
    default:
      return renderReview(c);
  }
}
