// The calendar's writes and what follows them, in the part it loads when first needed (./dialog-parts.ts):
// registering from the dialog, the receipt and cancelling from it, a registration this browser kept (the
// page was reloaded while sending), and the page a private cancel link leads to. The month and the list
// need none of it.
import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import type { Activity, Config, RegistrationReceipt, RegistrationView } from '@grannskap/contract';
import { GrannskapCancelledEvent } from '../events/cancelled-event.js';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { GrannskapRegisteredEvent } from '../events/registered-event.js';
import type { GrannskapClient } from '../shared/context.js';
import { errorCode } from '../shared/errors.js';
import { getLocale } from '../shared/localization.js';
import { failedLine } from '../shared/problems.js';
import { followKept, whenSent } from '../shared/send.js';
import { markedText, renderText } from '../shared/text.js';
import type { Entry } from './data.js';
import { formatDay, formatSpan } from './dates.js';
import { bodyOf, cancelLink, emptyForm, overCapacity, renderQueued, renderReceipt, renderRegistrationForm, sendCancel, sendRegistration, splitLine, validate, waitingOf } from './registration.js';
import type { RegError, RegistrationForm } from './registration.js';

interface RegState {
  form: RegistrationForm;
  errors: RegError[];
  full: boolean;
  sending: boolean;
  /** The code of the last send's failure, `false` when it did not fail. */
  failed: string | false;
  outcome: { kind: 'sent'; receipt: RegistrationReceipt } | { kind: 'queued'; key: string } | undefined;
  cancelled: boolean;
  cancelling: boolean;
}

interface LinkedRegistration {
  id: string;
  token: string;
  view: RegistrationView;
  activity: Activity;
  cancelling: boolean;
  failed: string | false;
}

type Kept = { kind: 'queued' } | { kind: 'sent'; receipt: RegistrationReceipt; cancelled: boolean; cancelling: boolean };

/** What the flow needs of the calendar. */
export interface FlowHost {
  element: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  client(): GrannskapClient | undefined;
  /** The `cancel-url` attribute. */
  cancelUrl(): string;
  timeZone(): string;
  /** Reloads the months shown (places left changed). */
  refresh(): void;
  /** Focuses `selector` after the next render. */
  focus(selector: string): void;
  /** Sends what the outbox keeps. */
  flush(): void;
}

const registered = (r: RegistrationReceipt) =>
  new GrannskapRegisteredEvent({ registrationId: r.id, activityId: r.activityId, occurrence: r.occurrence, status: r.status, participants: r.participants, waitlistedParticipants: waitingOf(r) });

export class RegistrationFlow {
  /** The registration in the dialog, from the form to its receipt. */
  private reg: RegState | undefined;
  private regKey: string | undefined;
  private cancelKey: string | undefined;
  private kept: Kept | undefined;
  private linked: LinkedRegistration | undefined;
  private linkedDone = false;
  private stopFollowing: (() => void) | undefined;

  constructor(private readonly h: FlowHost) {}

  private get el() {
    return this.h.element;
  }

  /** Changes what is shown, and renders again. */
  private set(next: Partial<{ reg: RegState | undefined; kept: Kept | undefined; linked: LinkedRegistration | undefined }>): void {
    Object.assign(this, next);
    this.el.requestUpdate();
  }

  private patchReg(patch: Partial<RegState>): void {
    if (this.reg) this.set({ reg: { ...this.reg, ...patch } });
  }

  /** Whether the dialog shows the registration (its form, its receipt). */
  get active(): boolean {
    return this.reg !== undefined;
  }

  start(entry: Entry): void {
    this.set({ reg: { form: emptyForm(entry), errors: [], full: entry.occurrence.placesLeft === 0, sending: false, failed: false, outcome: undefined, cancelled: false, cancelling: false } });
    this.h.focus('#reg-heading');
  }

  /** The dialog closed, or shows something else: a new registration starts afresh. */
  reset(closed = false): void {
    this.set({ reg: undefined });
    if (!closed) return;
    this.regKey = undefined;
    this.cancelKey = undefined;
  }

  /** Stops following a kept registration (the calendar left the page). */
  stop(): void {
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  private setForm(patch: Partial<RegistrationForm>): void {
    if (!this.reg) return;
    const touched = Object.keys(patch);
    // the box for e-mail about the registration touches the e-mail field, where a missing address is said
    const errors = this.reg.errors.filter((e) => !touched.some((t) => (t === 'name' && e.field === 'c-name') || (t === 'phone' && (e.field === 'c-phone' || e.field === 'c-email')) || (t === 'email' && (e.field === 'c-email' || e.field === 'c-phone')) || (t === 'emailUpdates' && e.field === 'c-email') || (t === 'consent' && e.field === 'consent') || (t === 'participants' && e.field.startsWith('p'))));
    this.patchReg({ form: { ...this.reg.form, ...patch }, errors });
  }

  private async submit(entry: Entry): Promise<void> {
    const reg = this.reg;
    const locale = getLocale();
    const client = this.h.client();
    if (!reg || !client || reg.sending) return;
    const errors = validate(reg.form, entry, locale);
    if (errors.length) {
      this.patchReg({ errors, failed: false });
      this.h.focus('#summary');
      return;
    }
    this.patchReg({ sending: true, failed: false, errors: [] });
    this.regKey ??= client.idempotencyKey();
    // told at the participants that those who do not fit in the places left join the waitlist
    const body = bodyOf({ ...reg.form, waitlist: reg.full || overCapacity(reg.form, entry) }, entry, locale);
    const outcome = await sendRegistration(client, entry.activity.id, body, this.regKey, reg.form.self);
    this.patchReg({ sending: false });
    switch (outcome.status) {
      case 'sent': {
        this.regKey = undefined;
        const r = outcome.receipt;
        this.patchReg({ outcome: { kind: 'sent', receipt: r } });
        this.h.focus('#receipt-heading');
        this.el.dispatchEvent(registered(r));
        this.h.refresh();
        break;
      }
      case 'queued': {
        const key = outcome.key;
        this.regKey = undefined;
        this.patchReg({ outcome: { kind: 'queued', key } });
        this.h.focus('#queued-heading');
        // Sent later by the outbox: the dialog, if it still shows this registration, shows its receipt.
        whenSent<RegistrationReceipt>(client.outbox, key, (r) => {
          const shown = this.reg?.outcome;
          if (shown?.kind !== 'queued' || shown.key !== key) return;
          this.patchReg({ outcome: { kind: 'sent', receipt: r } });
          this.h.focus('#receipt-heading');
          this.el.dispatchEvent(registered(r));
          this.h.refresh();
        });
        break;
      }
      case 'invalid':
        this.patchReg({ errors: outcome.errors.length ? outcome.errors : [{ field: 'form', code: 'invalid' }] });
        this.h.focus('#summary');
        break;
      case 'full':
        this.patchReg({ full: true, form: { ...this.reg!.form, waitlist: true } });
        this.h.focus('#reg-heading');
        break;
      default:
        this.patchReg({ failed: outcome.status === 'failed' ? errorCode(outcome.error) : outcome.code });
        this.h.focus('#reg-failed');
        if (outcome.status === 'failed') this.el.dispatchEvent(GrannskapErrorEvent.from(this.el.localName, outcome.error));
    }
  }

  private async cancel(id: string, token: string, done: () => void, failed: (code: string) => void): Promise<void> {
    const client = this.h.client();
    if (!client) return;
    this.cancelKey ??= client.idempotencyKey();
    const result = await sendCancel(client, id, token, this.cancelKey);
    if (result.status === 'failed') {
      this.el.dispatchEvent(GrannskapErrorEvent.from(this.el.localName, result.error));
      failed(errorCode(result.error));
      return;
    }
    this.cancelKey = undefined;
    done();
    if (result.status === 'sent') {
      this.el.dispatchEvent(new GrannskapCancelledEvent({ registrationId: id, activityId: result.view.activityId, occurrence: result.view.occurrence }));
      this.h.refresh();
    }
  }

  private cancelFromReceipt(receipt: RegistrationReceipt): void {
    if (!this.reg || this.reg.cancelling) return;
    this.patchReg({ cancelling: true });
    void this.cancel(
      receipt.id,
      receipt.cancelToken,
      () => {
        this.patchReg({ cancelling: false, cancelled: true });
        this.h.focus('#receipt-heading');
      },
      () => this.patchReg({ cancelling: false }),
    );
  }

  /**
   * A registration this browser still keeps (the page was reloaded while sending it) is on its way: say
   * so above the calendar, then show its receipt, as the dialog would have; then send what is kept.
   */
  async followKept(): Promise<void> {
    this.stopFollowing ??= await followKept<RegistrationReceipt>(this.h.client()?.outbox, 'createRegistration', {
      kept: () => this.set({ kept: { kind: 'queued' } }),
      sent: (receipt) => {
        this.set({ kept: { kind: 'sent', receipt, cancelled: false, cancelling: false } });
        this.el.dispatchEvent(registered(receipt));
        this.h.refresh();
      },
      failed: (error) => {
        this.set({ kept: undefined });
        this.el.dispatchEvent(GrannskapErrorEvent.from(this.el.localName, error));
      },
    });
    this.h.flush();
  }

  private cancelKept(receipt: RegistrationReceipt): void {
    const kept = this.kept;
    if (kept?.kind !== 'sent' || kept.cancelling) return;
    this.set({ kept: { ...kept, cancelling: true } });
    void this.cancel(
      receipt.id,
      receipt.cancelToken,
      () => this.set({ kept: { ...kept, cancelling: false, cancelled: true } }),
      () => this.set({ kept: { ...kept, cancelling: false } }),
    );
  }

  /** A visit through the private cancel link (`?registration=&token=`): show the registration and offer to cancel it. */
  async openLinked(id: string, token: string): Promise<void> {
    const client = this.h.client();
    if (!client) return;
    try {
      const view = await client.registrations.get(id, token);
      const activity = await client.activities.get(view.activityId);
      this.set({ linked: { id, token, view, activity, cancelling: false, failed: false } });
    } catch (error) {
      this.el.dispatchEvent(GrannskapErrorEvent.from(this.el.localName, error));
    }
  }

  private cancelLinked(): void {
    const l = this.linked;
    if (!l || l.cancelling) return;
    this.set({ linked: { ...l, cancelling: true, failed: false } });
    void this.cancel(
      l.id,
      l.token,
      () => {
        this.linkedDone = true;
        this.set({ linked: undefined });
        this.h.focus('#linked-done');
      },
      (code) => this.set({ linked: { ...l, cancelling: false, failed: code } }),
    );
  }

  /** Above the calendar: a kept registration's progress, and the page of a private cancel link. */
  renderTop(locale: string): TemplateResult {
    return html`${this.renderKept()}${this.renderLinked(locale)}`;
  }

  private renderKept(): TemplateResult | typeof nothing {
    const kept = this.kept;
    if (!kept) return nothing;
    if (kept.kind === 'queued') return html`<div class="linked">${renderQueued()}</div>`;
    const { receipt } = kept;
    return html`<div class="linked">${renderReceipt({
      receipt,
      link: cancelLink(this.h.cancelUrl(), receipt.id, receipt.cancelToken),
      cancelled: kept.cancelled,
      cancelling: kept.cancelling,
      onCancel: () => this.cancelKept(receipt),
    })}</div>`;
  }

  private renderLinked(locale: string): TemplateResult | typeof nothing {
    if (this.linkedDone) {
      return html`<section class="linked" aria-labelledby="linked-done"><h2 id="linked-done" tabindex="-1">${msg('Din anmälan är avbokad.', { id: 'activityCalendar.receipt.cancelled' })}</h2></section>`;
    }
    const l = this.linked;
    if (!l) return nothing;
    const when = `${formatDay(l.view.occurrence.slice(0, 10), locale)} ${l.view.occurrence.slice(11, 16)}`;
    const title = renderText(l.activity.title, locale);
    const waiting = waitingOf(l.view);
    return html`<section class="linked" part="linked" aria-labelledby="linked-heading">
      <h2 id="linked-heading">${msg('Din anmälan', { id: 'activityCalendar.linked.heading' })}</h2>
      <p>${title}, ${when}.</p>
      <p>
        ${l.view.status === 'cancelled'
          ? msg('Anmälan är avbokad.', { id: 'activityCalendar.linked.cancelled' })
          : l.view.status === 'waitlisted'
            ? msg(str`Du står i kö, plats ${l.view.waitlistPosition ?? 1}.`, { id: 'activityCalendar.receipt.waitlisted' })
            : waiting > 0
              ? `${msg('Du är anmäld.', { id: 'activityCalendar.linked.confirmed' })} ${splitLine(l.view.participants - waiting, waiting, l.view.waitlistPosition ?? 1)}`
              : msg('Du är anmäld.', { id: 'activityCalendar.linked.confirmed' })}
      </p>
      ${l.failed ? html`<p class="field-error" role="alert">${failedLine(msg('Det gick inte att avboka just nu. Försök igen om en stund.', { id: 'activityCalendar.cancelFailed' }), l.failed)}</p>` : nothing}
      ${l.view.status === 'cancelled'
        ? nothing
        : html`<button type="button" class="secondary" part="cancel" aria-disabled=${l.cancelling ? 'true' : 'false'} @click=${() => this.cancelLinked()}>
            ${msg('Avboka anmälan', { id: 'activityCalendar.receipt.cancel' })}
          </button>`}
    </section>`;
  }

  /** The dialog's body while it shows the registration: the activity named above the form or the receipt. */
  renderDialog(entry: Entry, config: Config, locale: string): TemplateResult | undefined {
    const reg = this.reg;
    if (!reg) return undefined;
    // the activity stays named above the form and the receipt: the dialog's accessible name
    const title = markedText(entry.activity.title, locale);
    const when = formatSpan(entry.occurrence.start, entry.occurrence.end, this.h.timeZone(), locale);
    return html`<h2 id="dialog-title" lang=${title.lang} dir=${title.dir}>${title.text}</h2>
      <p>${when}</p>
      ${this.renderRegistration(reg, entry, config, locale)}`;
  }

  private renderRegistration(reg: RegState, entry: Entry, config: Config, locale: string): TemplateResult {
    if (reg.outcome?.kind === 'queued') return renderQueued();
    if (reg.outcome?.kind === 'sent') {
      const receipt = reg.outcome.receipt;
      return renderReceipt({
        receipt,
        link: cancelLink(this.h.cancelUrl(), receipt.id, receipt.cancelToken),
        cancelled: reg.cancelled,
        cancelling: reg.cancelling,
        onCancel: () => this.cancelFromReceipt(receipt),
      });
    }
    return renderRegistrationForm({
      form: reg.form,
      entry,
      config,
      locale,
      errors: reg.errors,
      full: reg.full,
      sending: reg.sending,
      failed: reg.failed,
      set: (patch) => this.setForm(patch),
      // From the current state, not this render's: autofill changes several fields before the next render.
      setParticipant: (i, patch) => this.setForm({ participants: (this.reg?.form ?? reg.form).participants.map((p, j) => (j === i ? { ...p, ...patch } : p)) }),
      onSubmit: () => void this.submit(entry),
      onBack: () => {
        this.reset();
        this.h.focus('#dialog-title');
      },
      root: this.el.renderRoot,
    });
  }
}
