import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../shared/msg.js';
import type { Area, Config, TrivselpengReceipt } from '@grannskap/contract';
import { createDraftStore } from '@grannskap/sdk';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { GrannskapQueuedEvent, GrannskapSubmittedEvent } from '../events/submitted-event.js';
import { MIN_FILL_MS, looksLikeABot, renderHoneypot } from '../shared/bot-check.js';
import { EarlyRequest } from '../shared/early-request.js';
import { fieldA11y, renderErrorSummary } from '../shared/field-errors.js';
import type { FieldA11y, FieldError } from '../shared/field-errors.js';
import { FocusAfterRender } from '../shared/form-controllers.js';
import { formStyles } from '../shared/form.styles.js';
import { fieldStyles } from '../shared/form-fields.styles.js';
import { GrannskapElement } from '../shared/grannskap-element.js';
import { formatLocalDate, todayIn } from '../shared/local-date.js';
import { getLocale } from '../shared/localization.js';
import { errorCode } from '../shared/errors.js';
import { addWorkingDays } from '@grannskap/contract';
import { refusedRules, renderEligibilityQuestions, renderIneligible } from './eligibility.js';
import { DRAFT_KEYS, PERSONAL_KEYS, assembleBody, emptyCoOrganiser, emptyLine, initialState, restoredLines } from './state.js';
import type { FormState } from './state.js';
import type * as LaterSteps from './later-steps.js';
import { stepTitle } from './step-title.js';
import { LazyPart, adoptPartStyles, renderPartPending } from '../shared/lazy-part.js';
import type { StepView } from './step-views.js';
import { STEPS, inFieldOrder, stepOfField } from './steps.js';
import type { StepId } from './steps.js';
import { trivselpengFormStyles } from './trivselpeng-form.styles.js';
import { messageFor, unanswered } from './validation.js';
import { partForKept } from '../shared/kept.js';
import { areasGroup } from '@grannskap/sdk/groups/catalogue';
import { useGroups } from '../shared/client.js';

// the SDK groups this module calls, for the clients the widgets make (see ../shared/client.ts)
useGroups({ areas: areasGroup });

const DRAFT_ID = 'trivselpeng-form';
/** The receipt of the application sent last (reference and status link, no personal data), shown again after a reload. */
const RECEIPT_ID = 'trivselpeng-form:receipt';
/** An application is often planned over a few evenings; a week, then the draft is gone. */
const DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Outcome = { kind: 'sent'; receipt: TrivselpengReceipt } | { kind: 'queued' };

/**
 * @summary An application for trivselpeng (money for an activity for the neighbours): a short eligibility check first, then organiser, activity and budget one step at a time, review, and a receipt with the private status link.
 *
 * The rules, the cap, the organiser's age, how many co-organisers are needed and when a decision can be
 * expected all come from the API's configuration (`limits.trivselpeng`). The application is sent exactly
 * once (one idempotency key per submission); when the network is gone it is kept in the SDK's outbox and
 * sent later. The activity, the budget and the eligibility answers are kept as a draft for a week; names,
 * addresses, phone, email and age never are.
 *
 * @fires grannskap-submitted - The application was stored (`detail.reference`, `detail.kind` = `trivselpeng`).
 * @fires grannskap-queued - The application could not be sent now and is kept on the device (`detail.key`).
 * @fires grannskap-error - The configuration or the areas could not be loaded, or sending failed (`detail.code`).
 * @fires grannskap-ready - Standing alone, the configuration has been loaded.
 * @csspart progress - The ordered list of steps; the current one has `aria-current="step"`.
 * @csspart summary - The error summary.
 * @csspart next - The Continue / Next / Send button.
 * @csspart back - The Back button (and "change my answers" after a no).
 * @csspart ineligible - Why the application stops after a "no", and what to do instead.
 * @csspart total - The budget's live total and the cap.
 * @csspart saved - The "saved in this browser" note.
 * @csspart receipt - The receipt after sending (shown again after a reload of the page).
 * @csspart again - The "make a new application" button under the receipt.
 * @csspart decision - The line with the date a decision can be expected.
 * @csspart status-link - The private status link in the receipt.
 * @csspart copy - The copy-link button.
 * @csspart queued - The "saved, will be sent" message.
 * @csspart status - The loading / error line.
 * @cssproperty --grannskap-color-accent - Buttons, links, focus and the current step.
 * @cssproperty --grannskap-color-danger - Error messages, the error summary's edge and a total over the cap.
 * @cssproperty --grannskap-trivselpeng-form-max-width - The form's widest line length (default 40rem).
 * @slot - Nothing is slotted; everything comes from the configuration.
 */
export class GrannskapTrivselpengForm extends GrannskapElement {
  static override styles = [GrannskapElement.styles, formStyles, fieldStyles, trivselpengFormStyles];

  /** The area to preselect (an area id from the API). */
  @property() area = '';

  /** The private status link, with `{ref}` and `{token}` in it; this page with `?ref=&token=` when empty. */
  @property({ attribute: 'status-url' }) statusUrl = '';

  /** The least time in ms between showing the form and sending it; faster is treated as a bot. */
  @property({ attribute: false }) minFillTime = MIN_FILL_MS;

  @state() private step: StepId = 'eligibility';
  /** "Ändra" on the review step was pressed: the step returns to the review when it is done. */
  @state() private editing = false;
  @state() private form: FormState | undefined;
  @state() private areas: Area[] = [];
  @state() private errors: FieldError[] = [];
  /** The eligibility answers were checked and at least one was "no". */
  @state() private ineligible = false;
  @state() private sending = false;
  @state() private outcome: Outcome | undefined;
  /** The code of the last send's failure (`false` when it did not fail): its line says what went wrong. */
  @state() private failed: string | false = false;
  @state() private loadFailed = false;
  @state() private copied = false;
  /** A draft was written (or restored): the "saved" note is shown, with the same text from then on. */
  @state() private saved = false;
  @state() private restored = false;

  private readonly drafts = createDraftStore({ ttlMs: DRAFT_TTL_MS, personalKeys: PERSONAL_KEYS });
  /** One key per logical submission, reused on every retry; a new one only after an application went through. */
  private submissionKey: string | undefined;
  private honeypot = '';
  private readonly startedAt = Date.now();
  private loadedFor: Config | undefined;
  /** The areas, asked for beside the configuration rather than after it. */
  private readonly areaList = new EarlyRequest((client) => client.areas.list());
  private readonly focusNext = new FocusAfterRender(this);
  /** Sends what the outbox keeps; made with the later steps, which have the outbox and the application's write. */
  private outbox: { flush(): void } | undefined;
  /** The steps after the eligibility questions, their checks, sending and the receipt: loaded once the questions are being answered. */
  private readonly laterSteps = new LazyPart<typeof LaterSteps>(
    this,
    () =>
      import('./later-steps.js').then((parts) => {
        adoptPartStyles(this, [parts.laterFormStyles]);
        // sends an application kept on an earlier visit or while offline when the browser is online again
        this.outbox ??= new parts.OutboxFlusher(this, () => this.api.client);
        return parts;
      }),
    (error) => this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error)),
  );
  private stopListening: (() => void) | undefined;

  override disconnectedCallback(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    super.disconnectedCallback();
  }

  /** The numbered steps, in order. */
  get stepIds(): readonly StepId[] {
    return STEPS;
  }

  private get locale(): string {
    return getLocale();
  }

  private today(config: Config): string {
    return todayIn(config.timeZone);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.api.client && !this.loadedFor) void this.areaList.get(this.api.client);
    const config = this.api.config;
    if (config && config !== this.loadedFor) {
      this.loadedFor = config;
      void this.load(config);
    }
  }

  private async load(config: Config): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    try {
      const areas = await this.areaList.get(client);
      // An application this browser still keeps (the page was reloaded while sending it) is on its way:
      // say so, rather than offer its draft to be sent a second time. The code that follows and sends it
      // (the later steps) loads only when one may be kept.
      const { part: later, surely } = await partForKept(client, ['createTrivselpeng'], this.laterSteps);
      if (surely && !later) {
        // The part that follows it did not load: the outbox still keeps the application (and sends it from a
        // page that has the part), so its draft is not offered to be sent again.
        this.drafts.clear(DRAFT_ID);
        this.outcome ??= { kind: 'queued' };
      }
      if (later) this.stopListening ??= await later.followKept<TrivselpengReceipt>(client.outbox, 'createTrivselpeng', {
        kept: () => {
          this.drafts.clear(DRAFT_ID);
          this.outcome ??= { kind: 'queued' };
        },
        sent: (receipt) => {
          this.drafts.clear(DRAFT_ID);
          this.keepReceipt(receipt);
          this.outcome = { kind: 'sent', receipt };
          this.dispatchEvent(new GrannskapSubmittedEvent({ reference: receipt.reference, kind: 'trivselpeng' }));
        },
        failed: (error) => {
          this.outcome = undefined;
          this.failed = errorCode(error);
        },
      });
      this.outbox?.flush();
      if (this.loadedFor !== config) return;
      this.areas = areas.items;
      const kept = this.drafts.load<{ receipt: TrivselpengReceipt }>(RECEIPT_ID);
      if (kept?.receipt && !this.outcome) {
        this.outcome = { kind: 'sent', receipt: kept.receipt };
        void this.laterSteps.get().catch(() => undefined);
      }
      const form = initialState(config, this.area);
      const draft = this.drafts.load<Partial<FormState> & { step?: StepId }>(DRAFT_ID);
      if (draft) {
        for (const key of DRAFT_KEYS) if (draft[key] !== undefined && key !== 'budget') Object.assign(form, { [key]: draft[key] });
        form.budget = restoredLines(draft.budget) ?? form.budget;
        if (!form.area && this.area) form.area = this.area;
        const allYes = config.limits.trivselpeng.rules.every((r) => form.eligibility[r.code] === true);
        if (allYes && draft.step && (STEPS as readonly string[]).includes(draft.step)) this.step = draft.step;
        this.saved = true;
        this.restored = true;
      }
      this.form = form;
    } catch (error) {
      this.loadFailed = true;
      this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error));
    }
  }

  private saveDraft(): void {
    if (!this.form) return;
    const fields: Record<string, unknown> = { step: this.step };
    for (const key of DRAFT_KEYS) fields[key] = this.form[key];
    if (this.drafts.save(DRAFT_ID, fields)) this.saved = true;
  }

  private set(change: Partial<FormState> | ((form: FormState) => Partial<FormState>)): void {
    const before = this.form;
    if (!before) return;
    const patch = typeof change === 'function' ? change(before) : change;
    this.form = { ...before, ...patch };
    this.saveDraft();
    // A corrected field loses its message at once; the others stay until the next check.
    if (this.errors.length) {
      const changed = changedFields(before, patch);
      this.errors = this.errors.filter((e) => !changed.has(e.field));
    }
  }

  private a11y(field: string, hintId?: string): FieldA11y {
    return fieldA11y(this.errors, field, messageFor, hintId);
  }

  private goTo(step: StepId, focus = '#step-heading'): void {
    this.step = step;
    this.focusNext.set(focus);
    this.saveDraft();
  }

  private showErrors(errors: FieldError[]): void {
    this.errors = inFieldOrder(errors);
    this.focusNext.set('#summary');
    this.requestUpdate();
  }

  private next(): void {
    const config = this.api.config;
    const form = this.form;
    if (!config || !form) return;
    // a step whose fields have not loaded yet has nothing to check or send: the loading line says so
    if (this.step !== 'eligibility' && !this.laterSteps.value) return;
    if (this.step === 'eligibility') {
      const errors = unanswered(form, config);
      if (errors.length) return this.showErrors(errors);
      this.errors = [];
      if (refusedRules(config, form.eligibility).length) {
        this.ineligible = true;
        this.focusNext.set('#ineligible-heading');
        return;
      }
      return this.goTo('organiser');
    }
    // Every step up to this one is checked: after a reload the personal fields of an earlier step are empty.
    const upTo = STEPS.slice(0, STEPS.indexOf(this.step as (typeof STEPS)[number]) + 1);
    const all = this.laterSteps.value!.checkApplication(form, config, this.locale, this.today(config));
    const earliest = upTo.find((s) => all.some((e) => stepOfField(e.field) === s));
    if (earliest) {
      const errors = all.filter((e) => stepOfField(e.field) === earliest);
      if (earliest !== this.step) this.goTo(earliest, '#summary');
      return this.showErrors(errors);
    }
    this.errors = [];
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

  private back(): void {
    this.errors = [];
    const index = STEPS.indexOf(this.step as (typeof STEPS)[number]);
    this.goTo(index > 0 ? (STEPS[index - 1] ?? 'organiser') : 'eligibility');
  }

  private answer(code: string, yes: boolean): void {
    if (!this.form) return;
    this.laterSteps.preload();
    this.set({ eligibility: { ...this.form.eligibility, [code]: yes } });
  }

  private changeAnswers(): void {
    const config = this.api.config;
    this.ineligible = false;
    const first = config && this.form ? refusedRules(config, this.form.eligibility)[0] : undefined;
    this.focusNext.set(first ? `#rule-${first.code} input` : '#step-heading');
  }

  private addLine(): void {
    if (!this.form) return;
    this.set({ budget: [...this.form.budget, emptyLine()] });
    this.focusNext.set(`#item-${this.form.budget.length}`);
  }

  /** After a removal focus goes to the line that took its place, else the one before, never to the page's top. */
  private removeLine(index: number): void {
    if (!this.form) return;
    const budget = this.form.budget.filter((_, i) => i !== index);
    this.errors = this.errors.filter((e) => !/^(item|amount)-/.test(e.field));
    this.set({ budget });
    this.focusNext.set(`#item-${Math.min(index, budget.length - 1) + 1}`);
  }

  private addCoOrganiser(): void {
    if (!this.form) return;
    this.set({ coOrganisers: [...this.form.coOrganisers, emptyCoOrganiser()] });
    this.focusNext.set(`#co-${this.form.coOrganisers.length}-name`);
  }

  private removeCoOrganiser(index: number): void {
    if (!this.form) return;
    const coOrganisers = this.form.coOrganisers.filter((_, i) => i !== index);
    this.errors = this.errors.filter((e) => !e.field.startsWith('co-'));
    this.set({ coOrganisers });
    this.focusNext.set(coOrganisers.length ? `#co-${Math.min(index, coOrganisers.length - 1) + 1}-name` : '#add-co');
  }

  private async submit(): Promise<void> {
    const config = this.api.config;
    const client = this.api.client;
    const form = this.form;
    // the review step, where an application is sent, comes with the later steps
    const later = this.laterSteps.value;
    if (!config || !client || !form || !later || this.sending) return;
    const { fakeReceipt, sendApplication } = later;
    this.sending = true;
    this.failed = false;
    try {
      if (looksLikeABot(this.honeypot, this.startedAt, this.minFillTime)) {
        this.finish({ kind: 'sent', receipt: fakeReceipt(this.today(config), config.limits.trivselpeng.decisionDays) });
        return;
      }
      this.submissionKey ??= client.idempotencyKey();
      const outcome = await sendApplication(client, assembleBody(form, config, this.locale), this.submissionKey);
      if (outcome.status === 'sent') {
        this.finish({ kind: 'sent', receipt: outcome.receipt });
        this.dispatchEvent(new GrannskapSubmittedEvent({ reference: outcome.receipt.reference, kind: 'trivselpeng' }));
      } else if (outcome.status === 'queued') {
        this.finish({ kind: 'queued' });
        this.dispatchEvent(new GrannskapQueuedEvent({ key: outcome.key, kind: 'trivselpeng' }));
        this.whenSent(outcome.key);
      } else if (outcome.status === 'invalid') {
        const first = outcome.errors[0];
        const step = first ? stepOfField(first.field) : 'review';
        this.goTo(step, '#summary');
        this.showErrors(outcome.errors.filter((e) => stepOfField(e.field) === step));
      } else {
        this.failed = errorCode(outcome.error);
        this.focusNext.set('#send-failed');
        this.dispatchEvent(GrannskapErrorEvent.from(this.localName, outcome.error));
      }
    } finally {
      this.sending = false;
    }
  }

  /** The reason a send failed, from the later steps that sent it (a general line if they are not there). */
  private failedLine(general: string, code: string): string {
    return this.laterSteps.value ? this.laterSteps.value.failedLine(general, code) : general;
  }

  /** A kept application that the outbox sends later turns the "saved" message into the real receipt. */
  private whenSent(key: string): void {
    const outbox = this.api.client?.outbox;
    if (!outbox) return;
    this.stopListening?.();
    this.stopListening = outbox.onChange((event) => {
      if (event.type !== 'sent' || event.entry.id !== key) return;
      this.stopListening?.();
      this.stopListening = undefined;
      const receipt = event.result as TrivselpengReceipt;
      this.keepReceipt(receipt);
      this.outcome = { kind: 'sent', receipt };
      this.focusNext.set('#receipt-heading');
      this.dispatchEvent(new GrannskapSubmittedEvent({ reference: receipt.reference, kind: 'trivselpeng' }));
    });
  }

  private finish(outcome: Outcome): void {
    this.drafts.clear(DRAFT_ID);
    this.submissionKey = undefined;
    if (outcome.kind === 'sent') this.keepReceipt(outcome.receipt);
    this.outcome = outcome;
    this.focusNext.set(outcome.kind === 'sent' ? '#receipt-heading' : '#queued-heading');
  }

  private keepReceipt(receipt: TrivselpengReceipt): void {
    this.drafts.save(RECEIPT_ID, { receipt: { reference: receipt.reference, token: receipt.token, status: receipt.status, createdAt: receipt.createdAt, decisionBy: receipt.decisionBy } });
  }

  /** "Gör en ny ansökan": the kept receipt goes, an empty form comes. */
  private startAgain(): void {
    const config = this.api.config;
    if (!config) return;
    this.drafts.clear(RECEIPT_ID);
    this.outcome = undefined;
    this.copied = false;
    this.errors = [];
    this.editing = false;
    this.saved = false;
    this.restored = false;
    this.form = initialState(config, this.area);
    this.goTo('eligibility');
  }

  override render() {
    const config = this.api.config;
    return html`${this.renderStatus()}${config ? this.renderBody(config) : nothing}`;
  }

  /** Where a later part goes until it has loaded: a loading line, or the retry (focus stays on the step's heading). */
  private renderLaterPending(): TemplateResult {
    this.laterSteps.preload();
    const done = (): string => (!this.outcome ? '#step-heading' : this.outcome.kind === 'sent' ? '#receipt-heading' : '#queued-heading');
    return renderPartPending(this.laterSteps.failed, () => {
      this.focusNext.set(this.outcome ? '#part-status' : '#step-heading');
      this.laterSteps.get().then(
        () => this.focusNext.set(done()),
        () => this.focusNext.set('#part-retry'),
      );
    });
  }

  private renderBody(config: Config): TemplateResult {
    if (this.outcome) {
      const later = this.laterSteps.value;
      if (!later) return this.renderLaterPending();
      if (this.outcome.kind === 'queued') return later.renderQueued(config);
      const { receipt } = this.outcome;
      const link = later.statusLink(this.statusUrl, receipt.reference, receipt.token);
      // without clipboard access the link is still there to select by hand
      const copy = () => void later.copyText(link).then((copied) => (this.copied = copied));
      return html`${later.renderReceipt(config, receipt, link, this.copied, copy)}
        <p class="actions"><button type="button" class="secondary" part="again" @click=${() => this.startAgain()}>${msg('Gör en ny ansökan', { id: 'trivselpeng.again' })}</button></p>`;
    }
    const form = this.form;
    if (!form) {
      return this.loadFailed
        ? html`<p class="status status--error" role="alert">${msg('Det gick inte att hämta formuläret just nu. Försök igen om en stund.', { id: 'trivselpeng.loadFailed' })}</p>`
        : html`<p class="status" role="status">${msg('Laddar …', { id: 'common.loading' })}</p>`;
    }
    if (this.step === 'eligibility' && this.ineligible) return renderIneligible(config, this.locale, refusedRules(config, form.eligibility), () => this.changeAnswers());
    const first = this.step === 'eligibility';
    const last = this.step === 'review';
    return html`<form class="form" novalidate @submit=${(e: Event) => (e.preventDefault(), this.next())}>
      ${first ? nothing : this.renderProgress()}
      <h2 id="step-heading" tabindex="-1">
        ${first
          ? nothing
          : html`<span class="progress-text">${msg(str`Steg ${STEPS.indexOf(this.step as (typeof STEPS)[number]) + 1} av ${STEPS.length}`, { id: 'trivselpeng.progress' })}</span
              ><span class="visually-hidden">: </span>`}
        <span class="step-title">${stepTitle(this.step)}</span>
      </h2>
      ${this.restored && !first ? html`<p class="hint">${msg('Det du skrev om aktiviteten och budgeten finns kvar. Dina personuppgifter sparas aldrig, så dem behöver du skriva igen.', { id: 'trivselpeng.restored' })}</p>` : nothing}
      ${renderErrorSummary(this.errors, msg('Något behöver rättas', { id: 'trivselpeng.summary' }), messageFor, this.renderRoot)}
      ${this.renderStep(config, form)}
      ${renderHoneypot((value) => (this.honeypot = value))}
      ${this.failed
        ? html`<p id="send-failed" class="field-error" role="alert" tabindex="-1">${this.failedLine(msg('Ansökan kunde inte skickas. Försök igen om en stund.', { id: 'trivselpeng.sendFailed' }), this.failed)}</p>`
        : nothing}
      <div class="actions">
        ${first || this.editing ? nothing : html`<button type="button" class="secondary" part="back" @click=${() => this.back()}>${msg('Tillbaka', { id: 'trivselpeng.back' })}</button>`}
        <button type="submit" part="next" ?disabled=${this.sending} aria-disabled=${this.sending ? 'true' : nothing}>
          ${last
            ? this.sending
              ? msg('Skickar …', { id: 'trivselpeng.sending' })
              : msg('Skicka ansökan', { id: 'trivselpeng.send' })
            : first
              ? msg('Fortsätt', { id: 'trivselpeng.continue' })
              : this.editing
                ? msg('Spara och gå tillbaka', { id: 'trivselpeng.saveAndReturn' })
                : msg('Nästa', { id: 'trivselpeng.next' })}
        </button>
      </div>
      <p class="saved" part="saved" role="status">
        ${this.saved ? msg('Sparat i den här webbläsaren i en vecka, utan dina personuppgifter.', { id: 'trivselpeng.saved' }) : nothing}
      </p>
    </form>`;
  }

  /** The numbered steps as an ordered list: the current one is marked for assistive technology and in text, not by colour alone. */
  private renderProgress(): TemplateResult {
    const current = STEPS.indexOf(this.step as (typeof STEPS)[number]);
    return html`<nav aria-label=${msg('Steg i ansökan', { id: 'trivselpeng.progress.label' })}>
      <ol class="progress" part="progress">
        ${STEPS.map((step, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'todo';
          return html`<li class=${`progress-step progress-step--${state}`} aria-current=${state === 'current' ? 'step' : nothing}>
            <span class="progress-number" aria-hidden="true">${i < current ? '✓' : i + 1}</span>
            <span class="progress-label">${stepTitle(step)}</span>
            ${state === 'done' ? html`<span class="visually-hidden">${msg('(klart)', { id: 'trivselpeng.progress.done' })}</span>` : nothing}
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderStep(config: Config, form: FormState): TemplateResult {
    if (this.step === 'eligibility') {
      return renderEligibilityQuestions({ config, locale: this.locale, answers: form.eligibility, a11y: (f) => this.a11y(f), answer: (c, y) => this.answer(c, y) });
    }
    const later = this.laterSteps.value;
    if (!later) return this.renderLaterPending();
    const { renderActivity, renderBudget, renderOrganiser, renderReview } = later;
    const view: StepView = {
      config,
      form,
      areas: this.areas,
      locale: this.locale,
      today: this.today(config),
      a11y: (f, h) => this.a11y(f, h),
      set: (p) => this.set(p),
      addCoOrganiser: () => this.addCoOrganiser(),
      removeCoOrganiser: (i) => this.removeCoOrganiser(i),
      addLine: () => this.addLine(),
      removeLine: (i) => this.removeLine(i),
      change: (s) => this.change(s),
    };
    switch (this.step) {
      case 'organiser':
        return renderOrganiser(view);
      case 'activity':
        return renderActivity(view);
      case 'budget':
        return renderBudget(view);
      default:
        return renderReview(view, formatLocalDate(addWorkingDays(view.today, config.limits.trivselpeng.decisionDays)));
    }
  }
}

/**
 * The ids of the fields a change touches (so their messages can go), line by line for lists; the box for
 * e-mail about the application touches the e-mail field, where a missing address is said.
 */
function changedFields(before: FormState, patch: Partial<FormState>): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(patch) as (keyof FormState)[]) {
    if (key === 'eligibility') for (const code of Object.keys(patch.eligibility ?? {})) out.add(`rule-${code}`);
    else if (key === 'budget') {
      patch.budget?.forEach((line, i) => {
        const old = before.budget[i];
        if (old?.item !== line.item) out.add(`item-${i + 1}`);
        if (old?.amount !== line.amount) out.add(`amount-${i + 1}`).add('total');
      });
    } else if (key === 'coOrganisers') {
      patch.coOrganisers?.forEach((c, i) => {
        const old = before.coOrganisers[i];
        if (old?.name !== c.name) out.add(`co-${i + 1}-name`);
        if (old?.address !== c.address) out.add(`co-${i + 1}-address`);
      });
    } else out.add(key === 'privacyAccepted' ? 'privacy' : key === 'emailUpdates' ? 'email' : key);
  }
  return out;
}
