// The follow-up of a paid trivselpeng activity, inside <grannskap-case-status>: how many took part, how
// it went, and the receipts as photos (downscaled, without EXIF, uploaded one by one). Sent exactly once
// through the outbox like every write.
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../shared/msg.js';
import { FollowUpCreate, createFollowUp, toFieldIssues } from '@grannskap/contract';
import type { CaseStatus, Config, FieldIssue } from '@grannskap/contract';
import type { GrannskapClient } from '../shared/context.js';
import { fieldA11y, renderErrorSummary } from '../shared/field-errors.js';
import type { FieldError } from '../shared/field-errors.js';
import { fieldMessage, requiredMessage } from '../shared/field-messages.js';
import { PhotoUploads, photoErrorMessage, photoIds, photoLabel, photosStyles, renderPhotos } from '../shared/photos/index.js';
import type { PhotoErrorCode } from '../shared/photos/index.js';
import { formStyles } from '../shared/form.styles.js';
import { fieldStyles } from '../shared/form-fields.styles.js';
import { laterFormStyles } from '../shared/form-later.styles.js';
import { sendOnce } from '../shared/send.js';
// For the case status, which loads them with this form: what keeps a kept follow-up going.
export { followKept } from '../shared/send.js';
export { OutboxFlusher } from '../shared/outbox-flusher.js';
import { errorCode } from '../shared/errors.js';
import { failedLine } from '../shared/problems.js';
import { parseWholeNumber } from '../trivselpeng-form/budget.js';
import { attachmentsGroup } from '@grannskap/sdk/groups/reports';
import { trivselpengGroup } from '@grannskap/sdk/groups/trivselpeng';
import { useGroups } from '../shared/client.js';
import { useWrites } from '../shared/writes.js';

// the SDK groups this module calls, for the clients the widgets make (see ../shared/client.ts)
useGroups({ trivselpeng: trivselpengGroup, attachments: attachmentsGroup });
useWrites({ createFollowUp });

const MAX_TEXT = 4000;

/** The follow-up form's styles, adopted by the case status when the form is loaded. */
export const followUpStyles = [formStyles, fieldStyles, laterFormStyles, photosStyles];

export type FollowUpOutcome =
  | { status: 'sent'; found: CaseStatus }
  | { status: 'queued' }
  | { status: 'failed'; error: unknown };

export interface FollowUpOptions {
  client: () => GrannskapClient | undefined;
  config: () => Config | undefined;
  /** Called after a send attempt that did not end in field errors. */
  done: (outcome: FollowUpOutcome) => void;
}

const fieldOf = (issue: FieldIssue): string => (issue.path[0] === 'howItWent' ? 'howItWent' : issue.path[0] === 'receipts' ? 'receipts' : 'participants');

function messageFor(error: FieldError, config: Config | undefined): string {
  if (error.code.startsWith('photo_') && config) {
    const n = Number(/-(\d+)$/.exec(error.field)?.[1] ?? 0);
    return `${photoLabel(n)}: ${photoErrorMessage(error.code.slice('photo_'.length) as PhotoErrorCode, config.limits.photos)}`;
  }
  switch (error.code) {
    case 'not_number':
    case 'not_whole':
    case 'not_positive':
      return msg('Skriv hur många som var med, med siffror, till exempel 25.', { id: 'caseStatus.followUp.error.participants' });
    case 'too_big':
      return error.field === 'howItWent'
        ? msg(str`Texten är för lång. Skriv högst ${MAX_TEXT} tecken.`, { id: 'caseStatus.followUp.error.tooLong' })
        : msg('Talet är för stort.', { id: 'caseStatus.followUp.error.tooBig' });
    case 'required':
      return error.field === 'howItWent' ? msg('Berätta kort hur det gick.', { id: 'caseStatus.followUp.error.howItWent' }) : requiredMessage();
    default:
      // an empty text comes back as too_small with a minimum of one: the same words as "required"
      if (error.code === 'too_small' && !(error.minimum !== undefined && error.minimum > 1) && error.field === 'howItWent') return msg('Berätta kort hur det gick.', { id: 'caseStatus.followUp.error.howItWent' });
      return fieldMessage(error);
  }
}

/**
 * The follow-up's fields, photos, checks and sending. The host (the case status element) renders it
 * where the follow-up is offered and gets the updated case back through `done`.
 */
export class FollowUpForm {
  participants = '';
  howItWent = '';
  errors: FieldError[] = [];
  sending = false;
  /** The last send failed (no connection and no outbox, a 409, a 5xx after retries). */
  failed: string | false = false;
  readonly photos: PhotoUploads;
  /** One key per logical submission, reused on every retry. */
  private key: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FollowUpOptions,
  ) {
    this.photos = new PhotoUploads(host, { client: options.client, limits: () => options.config()?.limits.photos });
  }

  private change(patch: Partial<Pick<FollowUpForm, 'participants' | 'howItWent'>>): void {
    Object.assign(this, patch);
    this.errors = this.errors.filter((e) => !(e.field in patch));
    this.host.requestUpdate();
  }

  private body(token: string): FollowUpCreate {
    const participants = parseWholeNumber(this.participants, { allowZero: true });
    return { token, participants: participants.ok ? participants.value : Number.NaN, howItWent: this.howItWent, receipts: this.photos.attachmentIds };
  }

  /** The form's errors: participants as typed, the schema's view of the rest, and photos that did not upload. */
  check(token: string): FieldError[] {
    const errors: FieldError[] = [];
    const participants = parseWholeNumber(this.participants, { allowZero: true });
    if (!participants.ok) errors.push({ field: 'participants', code: participants.code });
    const parsed = FollowUpCreate.safeParse(this.body(token));
    if (!parsed.success) {
      for (const issue of toFieldIssues(parsed.error.issues)) {
        const field = fieldOf(issue);
        if (field === 'receipts' || errors.some((e) => e.field === field)) continue;
        errors.push({ field, code: issue.code === 'too_small' ? 'required' : issue.code });
      }
    }
    this.photos.items.forEach((item, i) => {
      if (item.state === 'error') errors.push({ field: photoIds('receipts', i + 1).target, code: `photo_${item.error ?? 'upload'}` });
    });
    return errors;
  }

  async submit(reference: string, token: string): Promise<void> {
    const client = this.options.client();
    if (!client || this.sending) return;
    this.sending = true;
    this.failed = false;
    this.host.requestUpdate();
    try {
      // A receipt on its way is waited for, so it is not left out of the follow-up.
      await this.photos.settled();
      const errors = this.check(token);
      this.errors = errors;
      if (errors.length) {
        await this.focusSummary();
        return;
      }
      this.key ??= client.idempotencyKey();
      const key = this.key;
      const body = this.body(token);
      const outcome = await sendOnce(client, 'createFollowUp', { params: { reference }, body }, key, () => client.trivselpeng.followUp(reference, body, { idempotencyKey: key }));
      if (outcome.status === 'invalid') {
        this.errors = outcome.issues.map((issue) => ({ field: fieldOf(issue), code: issue.code }));
        await this.focusSummary();
        return;
      }
      if (outcome.status === 'sent' || outcome.status === 'queued') {
        this.key = undefined;
        this.photos.clear();
      }
      if (outcome.status === 'failed') this.failed = errorCode(outcome.error);
      this.options.done(outcome.status === 'sent' ? { status: 'sent', found: outcome.result } : outcome.status === 'queued' ? { status: 'queued' } : { status: 'failed', error: outcome.error });
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private async focusSummary(): Promise<void> {
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('#summary')?.focus();
  }

  render(config: Config, reference: string, token: string): TemplateResult {
    const root = this.host.shadowRoot ?? this.host;
    const message = (e: FieldError) => messageFor(e, config);
    const participants = fieldA11y(this.errors, 'participants', message);
    const howItWent = fieldA11y(this.errors, 'howItWent', message, 'howItWent-hint');
    const receipts = fieldA11y(this.errors, 'receipts', message);
    return html`<form class="follow-up-form" novalidate aria-labelledby="follow-up-heading" @submit=${(e: Event) => (e.preventDefault(), void this.submit(reference, token))}>
      <h3 id="follow-up-heading">${msg('Berätta hur aktiviteten gick', { id: 'caseStatus.followUp.heading' })}</h3>
      <p>${msg('Nu kan du skicka in en uppföljning: hur aktiviteten gick, hur många som var med och kvitton.', { id: 'caseStatus.followUp' })}</p>
      ${renderErrorSummary(this.errors, msg('Något behöver rättas', { id: 'caseStatus.followUp.summary' }), message, root)}
      <div class="field">
        <label for="participants">${msg('Hur många var med?', { id: 'caseStatus.followUp.participants' })}</label>
        ${participants.line}
        <input id="participants" type="text" inputmode="numeric" maxlength="7" aria-required="true" aria-invalid=${participants.invalid} aria-describedby=${participants.describedBy} .value=${live(this.participants)} @input=${(e: Event) => this.change({ participants: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="howItWent">${msg('Hur gick det?', { id: 'caseStatus.followUp.howItWent' })}</label>
        <p class="hint" id="howItWent-hint">${msg('Vad gjorde ni, vad blev bra, och vad skulle ni göra annorlunda nästa gång?', { id: 'caseStatus.followUp.howItWentHint' })}</p>
        ${howItWent.line}
        <textarea id="howItWent" rows="5" maxlength=${MAX_TEXT} aria-required="true" aria-invalid=${howItWent.invalid} aria-describedby=${howItWent.describedBy} .value=${live(this.howItWent)} @input=${(e: Event) => this.change({ howItWent: (e.target as HTMLTextAreaElement).value })}></textarea>
      </div>
      <div class="field">
        <p class="label">${msg('Kvitton', { id: 'caseStatus.followUp.receipts' })}</p>
        <p class="hint">${msg('Ta en bild av varje kvitto, eller välj bilder du redan har.', { id: 'caseStatus.followUp.receiptsHint' })}</p>
        ${receipts.line}
        ${renderPhotos(this.photos, config.limits.photos, this.host as unknown as { updateComplete: Promise<unknown> }, {
          id: 'receipts',
          label: msg('Lägg till kvitton', { id: 'caseStatus.followUp.addReceipts' }),
          ...(receipts.describedBy === nothing ? {} : { describedBy: receipts.describedBy }),
        })}
      </div>
      ${this.failed
        ? html`<p class="field-error" role="alert">${failedLine(msg('Uppföljningen kunde inte skickas. Försök igen om en stund.', { id: 'caseStatus.followUp.failed' }), this.failed)}</p>`
        : nothing}
      <div class="actions">
        <button type="submit" part="send-follow-up" ?disabled=${this.sending} aria-disabled=${this.sending ? 'true' : nothing}>
          ${this.sending ? msg('Skickar …', { id: 'caseStatus.followUp.sending' }) : msg('Skicka uppföljningen', { id: 'caseStatus.followUp.send' })}
        </button>
      </div>
    </form>`;
  }
}
