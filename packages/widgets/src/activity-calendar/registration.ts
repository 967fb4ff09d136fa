// Registration for one occurrence: participants (with ages for children's activities), contact, consent;
// full → the waitlist is offered; the receipt carries the private cancel link. Sent exactly once: one
// idempotency key per logical submission, through the SDK outbox so no registration is lost offline.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../shared/msg.js';
import { RegistrationCreate, toFieldIssues } from '@grannskap/contract';
import type { Config, RegistrationReceipt, RegistrationView } from '@grannskap/contract';
import { isHttpError } from '@grannskap/sdk';
import type { GrannskapClient } from '../shared/context.js';
import { fieldA11y, renderErrorSummary } from '../shared/field-errors.js';
import type { FieldError } from '../shared/field-errors.js';
import { sendOnce } from '../shared/send.js';
import { parseLocalizedNumber } from '../shared/numbers.js';
import { failedLine } from '../shared/problems.js';
import { isWebUrl } from '../shared/web-url.js';
import type { Entry } from './data.js';
import { isForChildren } from './data.js';
import { queuedLine } from '../shared/messages.js';

/** At most this many participants per registration (the contract's limit). */
export const MAX_PARTICIPANTS = 10;

export interface ParticipantInput {
  name: string;
  age: string;
}

export interface RegistrationForm {
  /** The one who registers takes part: their name is the contact's, typed once (not offered for children's activities). */
  self: boolean;
  /** The participants besides the one who registers. */
  participants: ParticipantInput[];
  name: string;
  phone: string;
  email: string;
  /** E-mail about the registration (a confirmation, a place from the queue); needs `email`. */
  emailUpdates: boolean;
  consent: boolean;
  /** The visitor has been told it is full and accepts the waitlist. */
  waitlist: boolean;
}

/** A problem with one field; `field` is the control's id (`p0-name`, `c-phone`, `consent`, …). */
export type RegError = FieldError;

/** A new form: for a children's activity one child to fill in; else the one who registers, with nobody besides. */
export const emptyForm = (entry: Entry): RegistrationForm => {
  const children = isForChildren(entry.activity);
  return { self: !children, participants: children ? [{ name: '', age: '' }] : [], name: '', phone: '', email: '', emailUpdates: false, consent: false, waitlist: false };
};

/** Everyone the registration is for: the one who registers first when they take part. */
export const participantsOf = (form: RegistrationForm): ParticipantInput[] => (form.self ? [{ name: form.name, age: '' }, ...form.participants] : form.participants);

/** The occurrence has places, but fewer than the participants: the first in the list take them, the rest wait. */
export const overCapacity = (form: RegistrationForm, entry: Entry): boolean => {
  const left = entry.occurrence.placesLeft;
  return left != null && left > 0 && participantsOf(form).length > left;
};

/** How many of a registration's participants wait; a backend that does not split says it by the status alone. */
export const waitingOf = (r: Pick<RegistrationView, 'status' | 'participants' | 'waitlistedParticipants'>): number =>
  r.status === 'cancelled' ? 0 : (r.waitlistedParticipants ?? (r.status === 'waitlisted' ? r.participants : 0));

/** A control id for an issue path from the contract or the server; `self`: the first participant is the contact. */
export function fieldOfPath(path: readonly (string | number)[], self = false): string {
  const [head, index, leaf] = path;
  if (head === 'participants') {
    if (typeof index !== 'number') return self ? 'c-name' : 'p0-name';
    const i = index - (self ? 1 : 0);
    return i < 0 ? 'c-name' : `p${i}-${leaf === 'age' ? 'age' : 'name'}`;
  }
  if (head === 'contact') return index === 'email' ? 'c-email' : index === 'name' ? 'c-name' : 'c-phone';
  if (head === 'consent') return 'consent';
  return 'form';
}

/** An age as typed, in any digits a keyboard types (٧, ۷, 7); NaN when it is not a number. */
const ageOf = (text: string): number => parseLocalizedNumber(text) ?? Number.NaN;

export function bodyOf(form: RegistrationForm, entry: Entry, locale: string): RegistrationCreate {
  const children = isForChildren(entry.activity);
  const trim = (s: string) => s.trim();
  return {
    occurrence: entry.occurrence.key,
    participants: participantsOf(form).map((p) => ({ name: trim(p.name), ...(children || p.age.trim() ? { age: ageOf(p.age) } : {}) })),
    contact: {
      name: trim(form.name),
      ...(trim(form.phone) ? { phone: trim(form.phone) } : {}),
      ...(trim(form.email) ? { email: trim(form.email) } : {}),
      // sent only when asked for; without an address the contract's schema says so at the e-mail field
      ...(form.emailUpdates ? { emailUpdates: true } : {}),
    },
    waitlistOk: form.waitlist,
    consent: form.consent as true,
    locale: locale as RegistrationCreate['locale'],
  };
}

/** The form's errors: the contract's schema decides, plus what only the activity knows (ages it is for). */
export function validate(form: RegistrationForm, entry: Entry, locale: string): RegError[] {
  const errors: RegError[] = [];
  const push = (e: RegError) => {
    if (!errors.some((x) => x.field === e.field)) errors.push(e);
  };
  const { ageMin, ageMax } = entry.activity;
  form.participants.forEach((p, i) => {
    if (!p.name.trim()) push({ field: `p${i}-name`, code: 'required' });
    if (isForChildren(entry.activity) || p.age.trim()) {
      const age = ageOf(p.age);
      if (p.age.trim() === '' || !Number.isInteger(age)) push({ field: `p${i}-age`, code: 'required' });
      else if (age < (ageMin ?? 0) || age > (ageMax ?? 120)) push({ field: `p${i}-age`, code: 'age_range', minimum: ageMin ?? 0, maximum: ageMax ?? 120 });
    }
  });
  if (!form.name.trim()) push({ field: 'c-name', code: 'required' });
  const parsed = RegistrationCreate.safeParse(bodyOf(form, entry, locale));
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error.issues)) {
      const field = fieldOfPath(issue.path, form.self);
      push({ field, code: field === 'consent' ? 'consent' : issue.code === 'too_small' ? 'required' : issue.code });
    }
  }
  return inFormOrder(errors);
}

/** Errors in the order of the form's controls, so the summary reads top to bottom. */
export function inFormOrder(errors: readonly RegError[]): RegError[] {
  const rank = (f: string): number => {
    const participant = /^p(\d+)-(name|age)$/.exec(f);
    if (participant) return Number(participant[1]) * 2 + (participant[2] === 'age' ? 1 : 0);
    return 100 + ['c-name', 'c-phone', 'c-email', 'consent'].indexOf(f);
  };
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}

export function messageFor(e: RegError): string {
  switch (e.code) {
    case 'age_range':
      return msg(str`Aktiviteten är för ${e.minimum ?? 0}–${e.maximum ?? 120} år.`, { id: 'activityCalendar.reg.error.ageRange' });
    case 'phone_or_email':
      return msg('Skriv ett telefonnummer eller en e-postadress så att arrangören kan nå dig.', { id: 'activityCalendar.reg.error.phoneOrEmail' });
    case 'invalid_format':
      return e.field === 'c-email'
        ? msg('Skriv e-postadressen så här: namn@exempel.se', { id: 'activityCalendar.reg.error.email' })
        : e.field === 'c-phone'
          ? msg('Skriv telefonnumret med siffror, till exempel 070-123 45 67.', { id: 'activityCalendar.reg.error.phone' })
          : msg('Uppgiften har fel format.', { id: 'activityCalendar.reg.error.format' });
    case 'too_big':
      return msg('Texten är för lång.', { id: 'activityCalendar.reg.error.tooLong' });
    case 'consent':
      return msg('Du behöver kryssa i att uppgifterna får sparas.', { id: 'activityCalendar.reg.error.consent' });
    default: {
      // the summary lists every field: each message names its own, so no two read the same
      const participant = /^p(\d+)-(name|age)$/.exec(e.field);
      if (participant) {
        const n = Number(participant[1]) + 1;
        return participant[2] === 'age'
          ? msg(str`Skriv åldern på deltagare ${n} i hela år.`, { id: 'activityCalendar.reg.error.age' })
          : msg(str`Skriv namnet på deltagare ${n}.`, { id: 'activityCalendar.reg.error.participantName' });
      }
      if (e.field === 'c-name') return msg('Skriv ditt namn.', { id: 'activityCalendar.reg.error.contactName' });
      // the address is optional until e-mail about the registration is asked for
      if (e.field === 'c-email') return msg('Skriv din e-postadress, så att vi kan skicka e-post till dig.', { id: 'activityCalendar.reg.error.emailUpdates' });
      return msg('Du behöver fylla i det här.', { id: 'activityCalendar.reg.error.required' });
    }
  }
}

export type SendOutcome =
  | { status: 'sent'; receipt: RegistrationReceipt }
  | { status: 'queued'; key: string }
  | { status: 'invalid'; errors: RegError[] }
  | { status: 'full' }
  | { status: 'closed'; code: string }
  | { status: 'failed'; error: unknown };

/**
 * Sends a registration once; the key is the same for every attempt of one logical submission (a double
 * click, a retry), so the server stores one. A rejected attempt is not stored by the server, so the same
 * key may carry the corrected form.
 */
export async function sendRegistration(client: GrannskapClient, activityId: string, body: RegistrationCreate, key: string, self = false): Promise<SendOutcome> {
  const input = { params: { id: activityId }, body };
  const outcome = await sendOnce(client, 'createRegistration', input, key, () => client.registrations.create(activityId, body, { idempotencyKey: key }));
  switch (outcome.status) {
    case 'sent':
      return { status: 'sent', receipt: outcome.result };
    case 'invalid':
      return {
        status: 'invalid',
        errors: inFormOrder(
          outcome.issues.map((i) => ({
          field: fieldOfPath(i.path, self),
          code: i.code === 'too_small' ? 'required' : i.code,
          ...(typeof i.minimum === 'number' ? { minimum: i.minimum } : {}),
            ...(typeof i.maximum === 'number' ? { maximum: i.maximum } : {}),
          })),
        ),
      };
    case 'failed':
      // 409: full (the waitlist can be offered), closed meanwhile or the activity cancelled; none is kept in the outbox
      if (isHttpError(outcome.error) && outcome.error.status === 409) return outcome.error.problem?.code === 'occurrence_full' ? { status: 'full' } : { status: 'closed', code: outcome.error.problem?.code ?? 'registration_closed' };
      return outcome;
    default:
      return outcome;
  }
}

/** Cancels through the private link's token, exactly once (its own key), kept in the outbox when offline. */
export async function sendCancel(
  client: GrannskapClient,
  id: string,
  token: string,
  key: string,
): Promise<{ status: 'sent'; view: RegistrationView } | { status: 'queued' } | { status: 'failed'; error: unknown }> {
  const outcome = await sendOnce(client, 'cancelRegistration', { params: { id }, body: { token } }, key, () => client.registrations.cancel(id, token, { idempotencyKey: key }));
  if (outcome.status === 'sent') return { status: 'sent', view: outcome.result };
  if (outcome.status === 'queued') return { status: 'queued' };
  return { status: 'failed', error: outcome.status === 'failed' ? outcome.error : outcome.issues };
}

/**
 * The private cancel link: `template` with `{id}` and `{token}` replaced (the `cancel-url` attribute), or
 * this page with `?registration=&token=`, which the calendar reads to offer the cancellation.
 */
export function cancelLink(template: string, id: string, token: string, page: string = location.href): string {
  if (template) return new URL(template.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{token}', encodeURIComponent(token)), page).href;
  const url = new URL(page);
  url.hash = '';
  url.searchParams.set('registration', id);
  url.searchParams.set('token', token);
  return url.href;
}

export interface RegistrationFormOptions {
  form: RegistrationForm;
  entry: Entry;
  config: Config;
  locale: string;
  errors: readonly RegError[];
  /** The occurrence is full: registering means joining the waitlist. */
  full: boolean;
  sending: boolean;
  /** The code of the last send's failure, `false` when it did not fail. */
  failed: string | false;
  set: (patch: Partial<RegistrationForm>) => void;
  setParticipant: (index: number, patch: Partial<ParticipantInput>) => void;
  onSubmit: () => void;
  onBack: () => void;
  /** Where the summary's links look for their fields. */
  root: ParentNode;
}

export function renderRegistrationForm(o: RegistrationFormOptions): TemplateResult {
  const { form, errors } = o;
  const children = isForChildren(o.entry.activity);
  const a11y = (field: string, hint?: string) => fieldA11y(errors, field, messageFor, hint);
  const text = (id: string, label: string, value: string, onInput: (v: string) => void, type = 'text', autocomplete = '', hint?: string, inputMode = '') => {
    const a = a11y(id, hint);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${a.line}
      <input id=${id} type=${type} autocomplete=${autocomplete || nothing} inputmode=${inputMode || nothing} aria-invalid=${a.invalid} aria-describedby=${a.describedBy} .value=${live(value)} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
    </div>`;
  };
  const consent = a11y('consent', 'consent-text');
  // the one who registers is participant 1 when they take part
  const offset = form.self ? 1 : 0;
  const total = participantsOf(form).length;
  const left = o.entry.occurrence.placesLeft ?? 0;
  const over = overCapacity(form, o.entry);
  // Too many for the places left still registers: the first get places. Only a full occurrence is a queue.
  const queue = o.full;
  return html`<form class="reg-form" part="registration" novalidate @submit=${(e: Event) => (e.preventDefault(), o.onSubmit())}>
    <h3 id="reg-heading" tabindex="-1">${queue ? msg('Ställ dig i kö', { id: 'activityCalendar.reg.headingQueue' }) : msg('Anmäl dig', { id: 'activityCalendar.reg.heading' })}</h3>
    ${renderErrorSummary(errors, msg('Något behöver rättas', { id: 'activityCalendar.reg.summary' }), messageFor, o.root)}
    ${o.full
      ? html`<p class="notice" part="waitlist-notice">
          ${msg('Det är fullt. Du kan ställa dig i kö. Om någon avbokar får du platsen i tur och ordning.', { id: 'activityCalendar.reg.fullNotice' })}
        </p>`
      : nothing}
    ${children
      ? nothing
      : html`<label class="choice">
          <input id="self" type="checkbox" .checked=${live(form.self)} @change=${(e: Event) => {
            const self = (e.target as HTMLInputElement).checked;
            // without the one who registers, someone else takes part: a name to fill in
            o.set({ self, participants: !self && !form.participants.length ? [{ name: '', age: '' }] : form.participants });
          }} />
          <span>${msg('Jag är själv med', { id: 'activityCalendar.reg.self' })}</span>
        </label>`}
    ${form.participants.map(
      (p, i) => html`<fieldset class="participant">
        <legend>${msg(str`Deltagare ${i + 1 + offset}`, { id: 'activityCalendar.reg.participant' })}</legend>
        ${text(`p${i}-name`, msg('Namn', { id: 'activityCalendar.reg.name' }), p.name, (v) => o.setParticipant(i, { name: v }))}
        ${children ? text(`p${i}-age`, msg('Ålder', { id: 'activityCalendar.reg.age' }), p.age, (v) => o.setParticipant(i, { age: v }), 'text', '', undefined, 'numeric') : nothing}
        ${i > 0 || form.self
          ? html`<button type="button" class="link" @click=${() => o.set({ participants: form.participants.filter((_, j) => j !== i) })}>
              ${msg(str`Ta bort deltagare ${i + 1 + offset}`, { id: 'activityCalendar.reg.remove' })}
            </button>`
          : nothing}
      </fieldset>`,
    )}
    ${over
      ? html`<p class="notice" part="capacity-notice" role="status">
          ${left === 1
            ? msg(str`Det finns 1 plats kvar. Den som står först i listan får platsen. ${total - left} av er hamnar i kö och får plats i tur och ordning om någon avbokar.`, { id: 'activityCalendar.reg.splitOne' })
            : msg(str`Det finns ${left} platser kvar. De ${left} som står först i listan får plats. ${total - left} av er hamnar i kö och får plats i tur och ordning om någon avbokar.`, { id: 'activityCalendar.reg.split' })}
        </p>`
      : nothing}
    ${total < MAX_PARTICIPANTS
      ? html`<p><button type="button" class="secondary" part="add-participant" @click=${() => o.set({ participants: [...form.participants, { name: '', age: '' }] })}>
          ${msg('Lägg till en deltagare', { id: 'activityCalendar.reg.add' })}
        </button></p>`
      : nothing}
    <fieldset class="contact">
      <legend>${children ? msg('Kontakt till en vuxen', { id: 'activityCalendar.reg.contactAdult' }) : msg('Hur når arrangören dig?', { id: 'activityCalendar.reg.contact' })}</legend>
      <p class="hint" id="contact-hint">${msg('Skriv telefon, e-post eller båda.', { id: 'activityCalendar.reg.contactHint' })}</p>
      ${text('c-name', msg('Namn', { id: 'activityCalendar.reg.name' }), form.name, (v) => o.set({ name: v }), 'text', 'name')}
      ${text('c-phone', msg('Telefon', { id: 'activityCalendar.reg.phone' }), form.phone, (v) => o.set({ phone: v }), 'tel', 'tel', 'contact-hint')}
      ${text('c-email', msg('E-post', { id: 'activityCalendar.reg.email' }), form.email, (v) => o.set({ email: v }), 'email', 'email', 'contact-hint')}
      <div class="field">
        <label class="choice">
          <input id="emailUpdates" type="checkbox" aria-describedby="emailUpdates-hint" .checked=${live(form.emailUpdates)} @change=${(e: Event) => o.set({ emailUpdates: (e.target as HTMLInputElement).checked })} />
          <span>${msg('Jag vill få mejl om min anmälan (bekräftelse och om jag får en plats från kön)', { id: 'activityCalendar.reg.emailUpdates' })}</span>
        </label>
        <p class="hint" id="emailUpdates-hint">${msg('Du kan sluta när du vill med en länk i mejlet.', { id: 'activityCalendar.reg.emailUpdatesHint' })}</p>
      </div>
    </fieldset>
    <p id="consent-text" class="hint">
      ${msg('Vi sparar namnen och kontaktuppgifterna för den här aktiviteten och tar bort dem efteråt.', { id: 'activityCalendar.reg.consentText' })}
      ${isWebUrl(o.config.privacy.url) ? html`<a href=${o.config.privacy.url} target="_blank" rel="noopener">${msg('Så hanterar vi personuppgifter', { id: 'activityCalendar.reg.privacyLink' })}</a>` : nothing}
    </p>
    ${consent.line}
    <label class="choice">
      <input id="consent" type="checkbox" aria-invalid=${consent.invalid} aria-describedby=${consent.describedBy} .checked=${live(form.consent)} @change=${(e: Event) => o.set({ consent: (e.target as HTMLInputElement).checked })} />
      <span>${msg('Jag godkänner att uppgifterna sparas', { id: 'activityCalendar.reg.consent' })}</span>
    </label>
    ${o.failed
      ? html`<p id="reg-failed" class="field-error" role="alert" tabindex="-1">${failedLine(msg('Anmälan kunde inte skickas. Försök igen om en stund.', { id: 'activityCalendar.reg.failed' }), o.failed)}</p>`
      : nothing}
    <div class="actions">
      <button type="button" class="secondary" @click=${o.onBack}>${msg('Tillbaka', { id: 'activityCalendar.reg.back' })}</button>
      <button type="submit" part="submit" aria-disabled=${o.sending ? 'true' : 'false'}>
        ${o.sending
          ? msg('Skickar …', { id: 'activityCalendar.reg.sending' })
          : queue
            ? msg('Ställ mig i kö', { id: 'activityCalendar.reg.submitQueue' })
            : msg('Skicka anmälan', { id: 'activityCalendar.reg.submit' })}
      </button>
    </div>
  </form>`;
}

export interface ReceiptOptions {
  receipt: RegistrationReceipt;
  link: string;
  cancelled: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

export function renderReceipt(o: ReceiptOptions): TemplateResult {
  const { receipt } = o;
  const waiting = waitingOf(receipt);
  if (o.cancelled) {
    return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
      <h3 id="receipt-heading" tabindex="-1">${msg('Din anmälan är avbokad.', { id: 'activityCalendar.receipt.cancelled' })}</h3>
      <p>${msg('Platsen går till nästa person i kön.', { id: 'activityCalendar.receipt.cancelledNext' })}</p>
    </section>`;
  }
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h3 id="receipt-heading" tabindex="-1">
      ${receipt.status === 'waitlisted'
        ? msg(str`Du står i kö, plats ${receipt.waitlistPosition ?? 1}.`, { id: 'activityCalendar.receipt.waitlisted' })
        : msg('Tack! Du är anmäld.', { id: 'activityCalendar.receipt.confirmed' })}
    </h3>
    ${receipt.status === 'confirmed' && waiting > 0
      ? html`<p>${splitLine(receipt.participants - waiting, waiting, receipt.waitlistPosition ?? 1)}</p>`
      : nothing}
    ${waiting > 0
      ? html`<p>${msg('Om någon avbokar flyttas du upp i tur och ordning. Med länken nedan ser du var du står.', { id: 'activityCalendar.receipt.queueNext' })}</p>`
      : nothing}
    <p>${msg('Med den här länken kan du avboka. Spara den, den är bara till dig.', { id: 'activityCalendar.receipt.linkIntro' })}</p>
    <p class="link-row"><a class="cancel-link" part="cancel-link" href=${o.link}>${o.link}</a></p>
    <p>
      <button type="button" class="secondary" part="cancel" aria-disabled=${o.cancelling ? 'true' : 'false'} @click=${o.onCancel}>
        ${msg('Avboka anmälan', { id: 'activityCalendar.receipt.cancel' })}
      </button>
    </p>
  </section>`;
}

/** Some of a registration have places and the rest wait: how many of each, and where in the queue. */
export const splitLine = (placed: number, waiting: number, position: number): string =>
  msg(str`${placed} av er har fått plats. ${waiting} står i kö, plats ${position}.`, { id: 'activityCalendar.receipt.split' });

/** What the visitor sees when the registration is kept on the device to be sent later. */
export const renderQueued = (): TemplateResult =>
  html`<section class="queued" part="queued" aria-labelledby="queued-heading">
    <h3 id="queued-heading" tabindex="-1">${queuedLine(() => msg('Din anmälan är sparad och skickas när du har internet igen.', { id: 'activityCalendar.queued.heading' }))}</h3>
    <p>${msg('Låt sidan vara öppen, eller öppna den igen senare. Anmälan ligger kvar i din webbläsare tills den är skickad.', { id: 'activityCalendar.queued.body' })}</p>
  </section>`;
