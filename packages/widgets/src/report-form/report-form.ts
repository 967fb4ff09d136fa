import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../shared/msg.js';
import { REPORT_KINDS } from '@grannskap/contract';
import type { Address, Area, Category, Config, ReportKind, ReportReceipt } from '@grannskap/contract';
import { createDraftStore } from '@grannskap/sdk';
import { GrannskapElement } from '../shared/grannskap-element.js';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { GrannskapQueuedEvent, GrannskapSubmittedEvent } from '../events/submitted-event.js';
import { OnCallController, renderOnCallBlock } from '../on-call/on-call.js';
import { onCallStyles } from '../on-call/on-call.styles.js';
import { NumbersInTabOrder } from '../shared/emergency.js';
import { EarlyRequest } from '../shared/early-request.js';
import { MIN_FILL_MS, looksLikeABot, renderHoneypot } from '../shared/bot-check.js';
import { formStyles } from '../shared/form.styles.js';
import { fieldStyles } from '../shared/form-fields.styles.js';
import { FocusAfterRender } from '../shared/form-controllers.js';
import { getLocale } from '../shared/localization.js';
import { errorCode } from '../shared/errors.js';
import { markedText, renderText } from '../shared/text.js';
import { telHref } from '../shared/format.js';
import type { Combobox } from '../shared/combobox/index.js';
import type { PhotoUploads } from '../shared/photos/index.js';
import { LazyPart, adoptPartStyles, renderPartPending } from '../shared/lazy-part.js';
import { partForKept } from '../shared/kept.js';
import type * as LaterParts from './later-parts.js';
import { renderCategoryField } from './fields.js';
import { kindLabel } from './kinds.js';
import { reportFormStyles } from './report-form.styles.js';
import { DRAFT_KEYS, PERSONAL_KEYS, askedFields, givenAnswers, initialState } from './state.js';
import type { Answer, FormState } from './state.js';
import { STEPS, stepOfField } from './steps.js';
import type { StepId } from './steps.js';
import { renderErrorSummary } from '../shared/field-errors.js';
import type { FieldError } from './validation.js';
import { addressesGroup, areasGroup, categoriesGroup } from '@grannskap/sdk/groups/catalogue';
import { useGroups } from '../shared/client.js';

// the SDK groups this module calls, for the clients the widgets make (see ../shared/client.ts)
useGroups({ areas: areasGroup, categories: categoriesGroup, addresses: addressesGroup });

const DRAFT_ID = 'report-form';
/** The receipt of the report sent last (reference and status link, no personal data), shown again after a reload. */
const RECEIPT_ID = 'report-form:receipt';
interface KeptReceipt extends Record<string, unknown> {
  receipt: ReportReceipt;
  photosLeftOut: number;
}
/** Long enough to finish a report begun the evening before, short enough not to greet the next visitor with it. */
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

const stepTitle = (step: StepId): string => {
  switch (step) {
    case 'category':
      return msg('Vad vill du anmäla?', { id: 'reportForm.step.category' });
    case 'where':
      return msg('Var hände det?', { id: 'reportForm.step.where' });
    case 'when':
      return msg('När hände det?', { id: 'reportForm.step.when' });
    case 'what':
      return msg('Vad hände?', { id: 'reportForm.step.what' });
    case 'contact':
      return msg('Hur når vi dig?', { id: 'reportForm.step.contact' });
    default:
      return msg('Kontrollera och skicka', { id: 'reportForm.step.review' });
  }
};

/**
 * @summary A report form for disturbances, damage and unsafe places, one short step at a time, with 112 and who answers the phone right now always on top.
 *
 * Categories, areas, limits, phone numbers and the privacy text come from the API's configuration. The
 * report is sent exactly once (one idempotency key per submission); when the network is gone it is kept
 * in the SDK's outbox and sent later. Non-personal fields (the chosen address included) are kept as a
 * draft for 24 hours; after sending, the receipt (reference and status link only) is kept as long, so that
 * a reload shows it again.
 *
 * The address field is an ARIA combobox over the API's address search in the chosen area; free text is
 * allowed when nothing matches. Photos are downscaled and re-encoded in the browser (no EXIF/GPS leaves
 * the device) and uploaded at once; they live only in memory. Sending waits for an upload still on its
 * way; a photo whose upload failed is left out, and the tenant is told so on the review step and in the
 * receipt. A report kept offline carries the photos uploaded before the connection went.
 *
 * @fires grannskap-submitted - The report was stored (`detail.reference`, `detail.kind`).
 * @fires grannskap-queued - The report could not be sent now and is kept on the device (`detail.key`).
 * @fires grannskap-error - The configuration or the catalogue could not be loaded, or sending failed (`detail.code`).
 * @fires grannskap-ready - Standing alone, the configuration has been loaded.
 * @csspart banner - The on-call block (who answers now, 112).
 * @csspart emergency - The line with 112 and the police's number.
 * @csspart phone - The number to call now.
 * @csspart progress - "Steg 2 av 6", the first line of the step's heading.
 * @csspart summary - The error summary.
 * @csspart next - The Next / Send button.
 * @csspart back - The Back button.
 * @csspart urgent - The call-the-jour prompt when it is happening now.
 * @csspart receipt - The receipt after sending (shown again after a reload of the page).
 * @csspart again - The "make a new report" button under the receipt.
 * @csspart status-link - The private status link in the receipt.
 * @csspart copy - The copy-link button.
 * @csspart queued - The "saved, will be sent" message.
 * @csspart photos - The photos step: the picker, the list of photos and their states.
 * @csspart photos-add - The "add photos" button (the label of the real file input).
 * @csspart listbox - The address suggestions under the address field.
 * @csspart status - The loading / error line.
 * @cssproperty --grannskap-color-accent - Buttons, links and focus.
 * @cssproperty --grannskap-color-danger - Error messages and the error summary's edge.
 * @cssproperty --grannskap-report-form-max-width - The form's widest line length (default 40rem).
 * @cssproperty --grannskap-on-call-accent - The on-call block's edge colour; the accent colour by default.
 * @cssproperty --grannskap-on-call-background - The on-call block's background.
 * @slot - Nothing is slotted; everything comes from the configuration.
 */
export class GrannskapReportForm extends GrannskapElement {
  static override styles = [GrannskapElement.styles, onCallStyles, formStyles, fieldStyles, reportFormStyles];

  /** The area to preselect (an area id from the API). */
  @property() area = '';

  /** Which kinds to offer, comma-separated (`disturbance,damage,unsafe_place,other`); all when empty. */
  @property() kinds = '';

  /** The private status link, with `{ref}` and `{token}` in it; this page with `?ref=&token=` when empty. */
  @property({ attribute: 'status-url' }) statusUrl = '';

  /** The least time in ms between showing the form and sending it; faster is treated as a bot. */
  @property({ attribute: false }) minFillTime = MIN_FILL_MS;

  @state() private step: StepId = 'category';
  /** "Ändra" on the review step was pressed: the step returns to the review when it is done. */
  @state() private editing = false;
  @state() private form: FormState | undefined;
  @state() private categories: Category[] = [];
  @state() private areas: Area[] = [];
  @state() private errors: FieldError[] = [];
  @state() private sending = false;
  /** "Nästa" was pressed before the later part, which has the checks, was there: it goes on once it is. */
  @state() private checking: 'loading' | 'failed' | false = false;
  @state() private outcome: { kind: 'sent'; receipt: ReportReceipt } | { kind: 'queued' } | undefined;
  /** The code of the last send's failure (`false` when it did not fail): its line says what went wrong. */
  @state() private failed: string | false = false;
  @state() private copied = false;
  /** Send was pressed while photos were still uploading: the report goes once they are done. */
  @state() private waitingForPhotos = false;
  /** How many photos could not be uploaded and were left out of the sent (or kept) report. */
  @state() private photosLeftOut = 0;

  private readonly onCallClock = new OnCallController(this);
  private readonly numbers = new NumbersInTabOrder(this);
  /** Photos live only in memory: never in the draft, never in the outbox (see `submit`). Made when the photo code has loaded. */
  private photos: PhotoUploads | undefined;
  /** The address search, the photo step and the receipt: loaded once the visitor starts filling the form in. */
  private readonly laterParts = new LazyPart<typeof LaterParts>(
    this,
    () =>
      import('./later-parts.js').then((parts) => {
        adoptPartStyles(this, [parts.laterFormStyles, parts.comboboxStyles, parts.photosStyles]);
        // sends a report kept on an earlier visit or while offline when the browser is online again
        this.outbox ??= new parts.OutboxFlusher(this, () => this.api.client);
        this.addressBox ??= new parts.Combobox<Address>(
          this,
          parts.addressComboboxOptions({
            client: () => this.api.client,
            area: () => this.form?.area ?? '',
            onInput: (place) => this.update_({ place, addressId: '' }),
            // The address decides the area, so that the two cannot disagree.
            onChoose: (address) => this.update_({ place: address.street, addressId: address.id, area: address.areaId }),
          }),
        );
        this.photos ??= new parts.PhotoUploads(this, {
          client: () => this.api.client,
          limits: () => this.api.config?.limits.photos,
          onChange: () => this.photosChanged(),
        });
        return parts;
      }),
    (error) => this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error)),
  );
  /** The address search (a combobox over the API's addresses). Made when its code has loaded. */
  private addressBox: Combobox<Address> | undefined;
  private readonly drafts = createDraftStore({ ttlMs: DRAFT_TTL_MS, personalKeys: PERSONAL_KEYS });
  /** One key per logical submission, reused on every retry; a new one only after a report went through. */
  private submissionKey: string | undefined;
  private honeypot = '';
  private readonly startedAt = Date.now();
  private loadedFor: Config | undefined;
  /** Categories and areas, asked for beside the configuration rather than after it. */
  private readonly catalogue = new EarlyRequest((client) => Promise.all([client.categories.list(), client.areas.list()]));
  /** Focus goes somewhere meaningful after a step change, not on first render. */
  private readonly focusAfterRender = new FocusAfterRender(this);
  /** Sends what the outbox keeps; made with the later part, which has the outbox and the report's write. */
  private outbox: { flush(): void } | undefined;
  /** Stops waiting for the outbox to send the kept report (whose receipt then replaces "saved, will be sent"). */
  private stopWaiting: (() => void) | undefined;

  override disconnectedCallback(): void {
    this.stopWaiting?.();
    this.stopWaiting = undefined;
    super.disconnectedCallback();
  }

  /** The steps in order (for "Step 2 of 8"). */
  get stepIds(): readonly StepId[] {
    return STEPS;
  }

  private get locale(): string {
    return getLocale();
  }

  private get offeredKinds(): ReportKind[] {
    const wanted = this.kinds
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const known = REPORT_KINDS.filter((k) => this.categories.some((c) => c.kind === k));
    return wanted.length ? known.filter((k) => wanted.includes(k)) : known;
  }

  private get category(): Category | undefined {
    return this.categories.find((c) => c.code === this.form?.category);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.api.client && !this.loadedFor) void this.catalogue.get(this.api.client);
    const config = this.api.config;
    if (config && config !== this.loadedFor) {
      this.loadedFor = config;
      void this.loadCatalogue(config);
    }
  }

  private async loadCatalogue(config: Config): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    try {
      const [categories, areas] = await this.catalogue.get(client);
      // A report this browser still keeps (the page was reloaded while sending it) is on its way: say so,
      // rather than offer its draft to be sent a second time. The code that follows and sends it (the later
      // part) loads only when one may be kept.
      const { part: later, surely } = await partForKept(client, ['createReport'], this.laterParts);
      if (surely && !later) {
        // The part that follows it did not load: the outbox still keeps the report (and sends it from a page
        // that has the part), so its draft is not offered to be sent again.
        this.drafts.clear(DRAFT_ID);
        this.outcome ??= { kind: 'queued' };
      }
      if (later) this.stopWaiting ??= await later.followKept<ReportReceipt>(client.outbox, 'createReport', {
        kept: () => {
          this.drafts.clear(DRAFT_ID);
          this.outcome ??= { kind: 'queued' };
        },
        sent: (receipt, entry) => {
          this.drafts.clear(DRAFT_ID);
          this.keepReceipt(receipt);
          this.outcome = { kind: 'sent', receipt };
          const kind = categories.items.find((c) => c.code === (entry.body as { category?: string }).category)?.kind ?? 'other';
          this.dispatchEvent(new GrannskapSubmittedEvent({ reference: receipt.reference, kind }));
        },
        failed: (error) => {
          this.outcome = undefined;
          this.failed = errorCode(error);
        },
      });
      this.outbox?.flush();
      if (this.loadedFor !== config) return;
      this.categories = categories.items;
      this.areas = areas.items;
      const form = initialState(config, this.area);
      const draft = this.drafts.load<Partial<FormState>>(DRAFT_ID);
      if (draft) for (const key of DRAFT_KEYS) if (draft[key] !== undefined) Object.assign(form, { [key]: draft[key] });
      if (!form.area && this.area) form.area = this.area;
      this.form = form;
      const kept = this.drafts.load<KeptReceipt>(RECEIPT_ID);
      if (kept?.receipt && !this.outcome) {
        this.photosLeftOut = kept.photosLeftOut ?? 0;
        this.outcome = { kind: 'sent', receipt: kept.receipt };
        void this.laterParts.get().catch(() => undefined);
      }
    } catch (error) {
      this.failed = errorCode(error);
      this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error));
    }
  }

  private update_(patch: Partial<FormState>): void {
    if (!this.form) return;
    // the visitor has begun: the photo step's code comes while they answer the first questions
    this.laterParts.preload();
    this.form = { ...this.form, ...patch };
    const fields: Record<string, unknown> = {};
    for (const key of DRAFT_KEYS) fields[key] = this.form[key];
    this.drafts.save(DRAFT_ID, fields);
    // A corrected field loses its message at once; the others stay until the next check.
    if (this.errors.length) {
      const touched = Object.keys(patch);
      const fieldsOf: Record<string, string[]> = { privacyAccepted: ['privacy'], happeningNow: ['now', 'date'], time: ['date'], kind: ['kind', 'category'], anonymous: ['name', 'phone', 'email', 'privacy'], addressId: ['place'], emailUpdates: ['email'] };
      const gone = touched.flatMap((t) => fieldsOf[t] ?? [t]);
      this.errors = this.errors.filter((e) => !gone.includes(e.field) && !(touched.includes('answers') && e.field.startsWith('answer-')));
    }
  }

  private errorOf(field: string): FieldError | undefined {
    return this.errors.find((e) => e.field === field);
  }

  /** `aria-describedby` / `aria-invalid` / message for a field, in one place. */
  private a11y(field: string, hintId?: string): { describedBy: string | typeof nothing; invalid: 'true' | typeof nothing; line: TemplateResult | typeof nothing } {
    const error = this.errorOf(field);
    const errorId = error ? `${field}-error` : undefined;
    return {
      describedBy: [hintId, errorId].filter(Boolean).join(' ') || nothing,
      invalid: error ? 'true' : nothing,
      line: error ? html`<p class="field-error" id=${`${field}-error`}>${this.messageFor(error)}</p>` : nothing,
    };
  }

  private goTo(step: StepId, focus = '#step-heading'): void {
    this.step = step;
    this.focusAfterRender.set(focus);
  }

  /** A field's message; errors are only there once the later part, which checks, has loaded. */
  private messageFor(error: FieldError): string {
    return this.laterParts.value?.messageFor(error, this.category) ?? '';
  }

  private next(): void {
    const config = this.api.config;
    if (!config || !this.form || this.checking === 'loading') return;
    const later = this.laterParts.value;
    if (!later) {
      // The checks come with the later part (the form's first steps render without it). Pressed before it is
      // there, "Nästa" says it is loading and goes on by itself once it is; a second press changes nothing.
      this.checking = 'loading';
      this.laterParts.get().then(
        () => ((this.checking = false), this.next()),
        () => ((this.checking = 'failed'), this.focusAfterRender.set('#part-retry')),
      );
      return;
    }
    const errors = [...later.validateStep(this.step, this.form, config, this.category, this.locale), ...(this.step === 'what' ? this.photoErrors() : [])];
    this.errors = errors;
    if (errors.length) {
      this.focusAfterRender.set('#summary');
      return;
    }
    if (this.step === 'review') {
      void this.submit();
      return;
    }
    if (this.editing) {
      // a change made from the review goes straight back to it
      this.editing = false;
      this.goTo('review');
      return;
    }
    this.goTo(STEPS[STEPS.indexOf(this.step) + 1] ?? 'review');
  }

  /** "Ändra" on the review step: that step, then straight back to the review. */
  private change(step: StepId): void {
    this.editing = true;
    this.errors = [];
    this.goTo(step);
  }

  /** A photo that cannot be sent as it is: named in the summary, linked to the button that fixes it. */
  private photoErrors(): FieldError[] {
    return (this.photos?.items ?? []).flatMap((item, i) => (item.state === 'error' ? [{ field: `photos-${i + 1}`, code: `photo_${item.error ?? 'upload'}` }] : []));
  }

  /** A removed or retried photo takes its line in the summary with it. */
  private photosChanged(): void {
    if (this.step !== 'what' || !this.errors.some((e) => e.field.startsWith('photos-'))) return;
    this.errors = [...this.errors.filter((e) => !e.field.startsWith('photos-')), ...this.photoErrors()];
  }

  private back(): void {
    this.errors = [];
    this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)] ?? 'category');
  }

  private async submit(): Promise<void> {
    const config = this.api.config;
    const client = this.api.client;
    const form = this.form;
    // the review step, where a report is sent, comes with the later part
    const later = this.laterParts.value;
    if (!config || !client || !form || !later || this.sending) return;
    const { assembleBody, fakeReceipt, sendReport, whenSent } = later;
    this.sending = true;
    this.failed = false;
    const kind = form.kind || 'other';
    try {
      if (looksLikeABot(this.honeypot, this.startedAt, this.minFillTime)) {
        this.finish({ kind: 'sent', receipt: fakeReceipt() });
        return;
      }
      // A photo on its way is waited for, so that it is not left out; one that failed is left out (the
      // review step says so) rather than holding the report back: photos cannot be kept for later.
      if (this.photos?.busy) {
        this.waitingForPhotos = true;
        await this.photos.settled();
        this.waitingForPhotos = false;
      }
      this.submissionKey ??= client.idempotencyKey();
      const attachments = this.photos?.attachmentIds ?? [];
      const leftOut = (this.photos?.counts.total ?? 0) - attachments.length;
      const outcome = await sendReport(client, assembleBody(this.form ?? form, config, this.category, this.locale, attachments), this.submissionKey);
      if (outcome.status === 'sent' || outcome.status === 'queued') this.photosLeftOut = leftOut;
      if (outcome.status === 'sent') {
        this.finish({ kind: 'sent', receipt: outcome.receipt });
        this.dispatchEvent(new GrannskapSubmittedEvent({ reference: outcome.receipt.reference, kind }));
      } else if (outcome.status === 'queued') {
        this.finish({ kind: 'queued' });
        this.dispatchEvent(new GrannskapQueuedEvent({ key: outcome.key, kind }));
        this.stopWaiting?.();
        this.stopWaiting = whenSent<ReportReceipt>(client.outbox, outcome.key, (receipt) => {
          this.keepReceipt(receipt);
          this.outcome = { kind: 'sent', receipt };
          this.focusAfterRender.set('#receipt-heading');
          this.dispatchEvent(new GrannskapSubmittedEvent({ reference: receipt.reference, kind }));
        });
      } else if (outcome.status === 'invalid') {
        this.errors = outcome.errors;
        this.editing = false;
        // the earliest step with a problem: the tenant goes forward through the rest
        const steps = outcome.errors.map((e) => STEPS.indexOf(stepOfField(e.field)));
        this.goTo(steps.length ? (STEPS[Math.min(...steps)] ?? 'review') : 'review', '#summary');
      } else {
        this.failed = errorCode(outcome.error);
        this.focusAfterRender.set('#send-failed');
        this.dispatchEvent(GrannskapErrorEvent.from(this.localName, outcome.error));
      }
    } finally {
      this.sending = false;
    }
  }

  private finish(outcome: NonNullable<typeof this.outcome>): void {
    this.drafts.clear(DRAFT_ID);
    this.photos?.clear();
    this.submissionKey = undefined;
    if (outcome.kind === 'sent') this.keepReceipt(outcome.receipt);
    this.outcome = outcome;
    this.focusAfterRender.set(outcome.kind === 'sent' ? '#receipt-heading' : '#queued-heading');
  }

  private keepReceipt(receipt: ReportReceipt): void {
    this.drafts.save(RECEIPT_ID, { receipt: { reference: receipt.reference, token: receipt.token, status: receipt.status, createdAt: receipt.createdAt }, photosLeftOut: this.photosLeftOut });
  }

  /** "Gör en ny anmälan": the kept receipt goes, an empty form comes. */
  private startAgain(): void {
    const config = this.api.config;
    if (!config) return;
    this.drafts.clear(RECEIPT_ID);
    this.outcome = undefined;
    this.photosLeftOut = 0;
    this.copied = false;
    this.errors = [];
    this.editing = false;
    this.form = initialState(config, this.area);
    this.goTo('category');
  }

  override render() {
    const config = this.api.config;
    return html`${this.renderStatus()}
      ${renderOnCallBlock(config, this.onCallClock, this.numbers)}
      ${config ? this.renderBody(config) : nothing}`;
  }

  /** Where a later part goes until it has loaded: a loading line, or the retry (focus stays on the step's heading). */
  private renderLaterPending(): TemplateResult {
    this.laterParts.preload();
    const done = (): string => (!this.outcome ? '#step-heading' : this.outcome.kind === 'sent' ? '#receipt-heading' : '#queued-heading');
    return renderPartPending(this.laterParts.failed, () => {
      this.focusAfterRender.set(this.outcome ? '#part-status' : '#step-heading');
      this.laterParts.get().then(
        () => this.focusAfterRender.set(done()),
        () => this.focusAfterRender.set('#part-retry'),
      );
    });
  }

  private renderBody(config: Config): TemplateResult {
    if (this.outcome) {
      const later = this.laterParts.value;
      if (!later) return this.renderLaterPending();
      if (this.outcome.kind === 'queued') return later.renderQueued(this.photosLeftOut);
      const { receipt } = this.outcome;
      const link = later.statusLink(this.statusUrl, receipt.reference, receipt.token);
      // without clipboard access the link is still there to select by hand
      const copy = () => void later.copyText(link).then((copied) => (this.copied = copied));
      return html`${later.renderReceipt(config, receipt, link, this.copied, copy, { status: this.onCallClock.status(config), at: this.onCallClock.at() }, this.photosLeftOut)}
        <p class="actions"><button type="button" class="secondary" part="again" @click=${() => this.startAgain()}>${msg('Gör en ny anmälan', { id: 'reportForm.again' })}</button></p>`;
    }
    const form = this.form;
    if (!form) {
      return this.failed
        ? html`<p class="status status--error" role="alert">${msg('Det gick inte att hämta formuläret just nu. Försök igen om en stund.', { id: 'reportForm.loadFailed' })}</p>`
        : html`<p class="status" role="status">${msg('Laddar …', { id: 'common.loading' })}</p>`;
    }
    const index = STEPS.indexOf(this.step) + 1;
    const last = this.step === 'review';
    return html`<form class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), this.next())}>
      <h2 id="step-heading" tabindex="-1">
        <span class="progress" part="progress">${msg(str`Steg ${index} av ${STEPS.length}`, { id: 'reportForm.progress' })}</span><span class="visually-hidden">: </span>
        <span class="step-title">${stepTitle(this.step)}</span>
      </h2>
      ${this.renderSummary()}
      ${this.renderStep(config, form)}
      ${renderHoneypot((value) => (this.honeypot = value))}
      ${this.failed
        ? html`<p id="send-failed" class="field-error" role="alert" tabindex="-1">
            ${this.failedLine(msg('Anmälan kunde inte skickas. Försök igen om en stund.', { id: 'reportForm.sendFailed' }), this.failed)}
          </p>`
        : nothing}
      ${this.checking && !this.laterParts.value && !this.showsLaterPending(form)
        ? renderPartPending(this.laterParts.failed, () => {
            // the loading line takes the focus from the retry it replaces; the step's heading has it once the form goes on
            this.focusAfterRender.set('#part-status');
            this.next();
          })
        : nothing}
      <div class="actions">
        ${index > 1 && !this.editing ? html`<button type="button" class="secondary" part="back" @click=${() => this.back()}>${msg('Tillbaka', { id: 'reportForm.back' })}</button>` : nothing}
        <button type="submit" part="next" ?disabled=${this.sending} aria-disabled=${this.sending ? 'true' : nothing}>
          ${last
            ? this.sending
              ? msg('Skickar …', { id: 'reportForm.sending' })
              : msg('Skicka anmälan', { id: 'reportForm.send' })
            : this.editing
              ? msg('Spara och gå tillbaka', { id: 'reportForm.saveAndReturn' })
              : msg('Nästa', { id: 'reportForm.next' })}
        </button>
      </div>
      <p id="send-status" class="visually-hidden" role="status">
        ${this.waitingForPhotos ? msg('Anmälan skickas när bilderna är uppladdade …', { id: 'reportForm.waitingForPhotos' }) : nothing}
      </p>
    </form>`;
  }

  /** The reason a send failed, from the later part that sent it (a general line if it is not there). */
  private failedLine(general: string, code: string): string {
    return this.laterParts.value ? this.laterParts.value.failedLine(general, code) : general;
  }

  /**
   * The error summary. Only a field on this step is a link (to the control, which is there to focus); a
   * field on another step (the server refused it at send time) is named in words, with its step.
   */
  private renderSummary(): TemplateResult | typeof nothing {
    return renderErrorSummary(
      this.errors,
      msg('Något behöver rättas', { id: 'reportForm.summary' }),
      (e) => {
        const step = stepOfField(e.field);
        return step === this.step ? this.summaryText(e) : msg(str`${this.summaryText(e)} (steg ${STEPS.indexOf(step) + 1}: ${stepTitle(step)})`, { id: 'reportForm.summaryOtherStep' });
      },
      this.renderRoot,
      (e) => stepOfField(e.field) === this.step,
    );
  }

  /** A photo's line names the photo ("Bild 2: …"); every other line is the field's message. */
  private summaryText(error: FieldError): string {
    const limits = this.api.config?.limits.photos;
    const later = this.laterParts.value;
    if (!error.code.startsWith('photo_') || !limits || !later) return this.messageFor(error);
    const { photoErrorMessage, photoLabel } = later;
    const n = Number(error.field.slice('photos-'.length));
    return `${photoLabel(n)}: ${photoErrorMessage(error.code.slice('photo_'.length) as Parameters<typeof photoErrorMessage>[0], limits)}`;
  }

  /** Whether this step already shows where the later part goes (so it is not said twice). */
  private showsLaterPending(form: FormState): boolean {
    return this.step !== 'category' && !(this.step === 'when' && form.happeningNow !== false);
  }

  private renderStep(config: Config, form: FormState): TemplateResult {
    const step = this.step;
    // the first steps need no later part, so the address field alone waits for it (and says so when it failed)
    if (step === 'category') return this.renderCategoryStep(form);
    if (step === 'when' && form.happeningNow !== false) return this.renderNowStep(config, form);
    if (step === 'where') return this.renderWhereStep(form);
    const later = this.laterParts.value;
    if (!later) return this.renderLaterPending();
    const fields = later.renderLaterStep(step, {
      config,
      form,
      locale: this.locale,
      areas: this.areas,
      category: this.category,
      a11y: (field, hintId) => this.a11y(field, hintId),
      radio: (...args) => this.radio(...args),
      update: (patch) => this.update_(patch),
      change: (s) => this.change(s),
      photos: this.photos,
      host: this,
      pending: () => this.renderLaterPending(),
    });
    // whether it is happening now comes first, and needs no later part; the date and time follow only when it is not
    return step === 'when' ? html`${this.renderNowStep(config, form)}${fields}` : fields;
  }

  private renderNowStep(config: Config, form: FormState): TemplateResult {
    const a = this.a11y('now');
    const status = this.onCallClock.status(config);
    const phone = status.phone ?? config.trygghetsjour.contact.phone;
    const who = renderText(status.name ?? config.trygghetsjour.contact.name, this.locale);
    return html`<fieldset class="field" aria-describedby=${a.describedBy}>
        <legend>${msg('Pågår det medan du fyller i det här?', { id: 'reportForm.now.legend' })}</legend>
        ${a.line}
        ${this.radio('now', form.happeningNow === true, msg('Ja, det händer nu', { id: 'reportForm.now.yes' }), () => this.update_({ happeningNow: true }), a.invalid, 'now')}
        ${this.radio('now', form.happeningNow === false, msg('Nej', { id: 'reportForm.now.no' }), () => this.update_({ happeningNow: false }), a.invalid)}
      </fieldset>
      ${form.happeningNow
        ? html`<div class="urgent" part="urgent" role="status">
            <p>${msg(html`Ring ${who} nu, så kan någon komma dit:`, { id: 'reportForm.now.call' })}</p>
            <p><a class="call" href=${telHref(phone)}>${phone}</a></p>
            <p>${msg('Du kan ändå fortsätta och skicka anmälan här.', { id: 'reportForm.now.continue' })}</p>
          </div>`
        : nothing}`;
  }

  private renderWhereStep(form: FormState): TemplateResult {
    const area = this.a11y('area');
    const place = this.a11y('place', 'place-hint');
    const detail = this.a11y('placeDetail', 'placeDetail-hint');
    return html`<div class="field">
        <label for="area">${msg('Område', { id: 'reportForm.where.area' })}</label>
        ${area.line}
        <select id="area" aria-required="true" aria-invalid=${area.invalid} aria-describedby=${area.describedBy} @change=${(e: Event) => this.update_({ area: (e.target as HTMLSelectElement).value, addressId: '' })}>
          <option value="" ?selected=${!form.area}>${msg('Välj område', { id: 'reportForm.where.chooseArea' })}</option>
          ${this.areas.map((a) => {
            // area names are Swedish place names; an option cannot hold a span, so it carries the lang
            const name = markedText({ sv: a.name }, this.locale);
            return html`<option value=${a.id} lang=${name.lang} ?selected=${form.area === a.id}>${name.text}</option>`;
          })}
        </select>
      </div>
      <div class="field">
        <label for="place" id="place-label">${msg('Adress eller plats', { id: 'reportForm.where.place' })}</label>
        <p class="hint" id="place-hint">
          ${msg('Börja skriva gatuadressen och välj i listan, eller skriv platsen med egna ord, till exempel parkering eller lekplats.', { id: 'reportForm.where.placeHint' })}
        </p>
        ${place.line}
        ${this.addressBox
          ? this.addressBox.render({ value: form.place, describedBy: place.describedBy === nothing ? undefined : place.describedBy, invalid: place.invalid === 'true', required: true, maxLength: 200 })
          : this.renderLaterPending()}
      </div>
      <div class="field">
        <label for="placeDetail">${msg('Mer exakt (valfritt)', { id: 'reportForm.where.detail' })}</label>
        <p class="hint" id="placeDetail-hint">${msg('Trapphus, våning, gård eller tvättstuga.', { id: 'reportForm.where.detailHint' })}</p>
        ${detail.line}
        <input id="placeDetail" type="text" maxlength="200" aria-describedby=${detail.describedBy} aria-invalid=${detail.invalid} .value=${live(form.placeDetail)} @input=${(e: Event) => this.update_({ placeDetail: (e.target as HTMLInputElement).value })} />
      </div>`;
  }

  private radio(name: string, checked: boolean, label: string | TemplateResult, onChange: () => void, invalid: 'true' | typeof nothing, id?: string): TemplateResult {
    return html`<label class="choice">
      <input type="radio" id=${id ?? nothing} name=${name} .checked=${live(checked)} aria-invalid=${invalid} @change=${onChange} />
      <span>${label}</span>
    </label>`;
  }

  /** A kind with one category has nothing to choose: the category is chosen with it. */
  private chooseKind(kind: ReportKind): void {
    const inKind = this.categories.filter((c) => c.kind === kind);
    const only = inKind.length === 1 ? inKind[0] : undefined;
    this.update_({ kind, category: only?.code ?? '', answers: givenAnswers(only) });
  }

  private renderCategoryStep(form: FormState): TemplateResult {
    const kinds = this.offeredKinds;
    const kindA = this.a11y('kind');
    const catA = this.a11y('category');
    const inKind = this.categories.filter((c) => c.kind === form.kind);
    return html`<fieldset class="field" aria-describedby=${kindA.describedBy}>
        <legend>${msg('Vad gäller det?', { id: 'reportForm.kind.legend' })}</legend>
        ${kindA.line}
        ${kinds.map((k, i) =>
          this.radio('kind', form.kind === k, kindLabel(k), () => this.chooseKind(k), kindA.invalid, i === 0 ? 'kind' : undefined),
        )}
      </fieldset>
      ${form.kind && inKind.length > 1
        ? html`<fieldset class="field" aria-describedby=${catA.describedBy}>
            <legend>${msg('Välj det som passar bäst', { id: 'reportForm.category.legend' })}</legend>
            ${catA.line}
            ${inKind.map((c, i) =>
              this.radio('category', form.category === c.code, renderText(c.name, this.locale), () => this.update_({ category: c.code, answers: givenAnswers(c) }), catA.invalid, i === 0 ? 'category' : undefined),
            )}
          </fieldset>`
        : nothing}
      ${askedFields(this.category).map((field) => {
        const error = this.errorOf(`answer-${field.code}`);
        return renderCategoryField(field, {
          locale: this.locale,
          value: form.answers[field.code],
          errorId: error ? `answer-${field.code}-error` : undefined,
          errorText: error ? this.messageFor(error) : undefined,
          set: (value: Answer | undefined) => {
            const answers = { ...(this.form ?? form).answers };
            if (value === undefined) delete answers[field.code];
            else answers[field.code] = value;
            this.update_({ answers });
          },
        });
      })}`;
  }

}
