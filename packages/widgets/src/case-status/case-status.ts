import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../shared/msg.js';
import { Reference, Token } from '@grannskap/contract';
import type { CaseStatus } from '@grannskap/contract';
import { isHttpError } from '@grannskap/sdk';
import { GrannskapErrorEvent } from '../events/error-event.js';
import { GrannskapFollowedUpEvent } from '../events/followed-up-event.js';
import type { GrannskapClient } from '../shared/context.js';
import { formatDateTime, formatMoney } from '../shared/format.js';
import { GrannskapElement } from '../shared/grannskap-element.js';
import { renderText } from '../shared/text.js';
import { NumbersInTabOrder, phoneNumber, renderEmergency } from '../shared/emergency.js';
import { messages, queuedLine } from '../shared/messages.js';
import { caseStatusStyles } from './case-status.styles.js';
import { adoptPartStyles } from '../shared/lazy-part.js';
import type { FollowUpForm, FollowUpOutcome, OutboxFlusher, followKept } from './follow-up.js';
import { casesGroup } from '@grannskap/sdk/groups/cases';
import { useGroups } from '../shared/client.js';

// the SDK groups this module calls, for the clients the widgets make (see ../shared/client.ts)
useGroups({ cases: casesGroup });

type Lookup =
  | { readonly status: 'loading' }
  | { readonly status: 'found'; readonly found: CaseStatus }
  | { readonly status: 'not-found' }
  | { readonly status: 'incomplete' }
  | { readonly status: 'error' };

const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** The slowest the status is looked up again while nothing changes: every 15 minutes. */
export const MAX_REFRESH_MS = 15 * 60_000;

/** The tenant-facing name of a report's or an application's status; an unknown status is shown as it is. */
export function statusLabel(status: string): string {
  switch (status) {
    case 'received':
      return msg('Mottagen', { id: 'caseStatus.status.received' });
    case 'in_progress':
      return msg('Vi arbetar med ärendet', { id: 'caseStatus.status.in_progress' });
    case 'resolved':
      return msg('Åtgärdad', { id: 'caseStatus.status.resolved' });
    case 'closed':
      return msg('Avslutad', { id: 'caseStatus.status.closed' });
    case 'submitted':
      return msg('Ansökan har kommit in', { id: 'caseStatus.status.submitted' });
    case 'under_review':
      return msg('Vi går igenom ansökan', { id: 'caseStatus.status.under_review' });
    case 'approved':
      return msg('Beviljad', { id: 'caseStatus.status.approved' });
    case 'rejected':
      return msg('Inte beviljad', { id: 'caseStatus.status.rejected' });
    case 'paid':
      return msg('Pengarna är utbetalda', { id: 'caseStatus.status.paid' });
    case 'followed_up':
      return msg('Uppföljningen är klar', { id: 'caseStatus.status.followed_up' });
    default:
      return status;
  }
}

const typeLabel = (type: CaseStatus['type']): string =>
  type === 'report' ? msg('Anmälan', { id: 'caseStatus.type.report' }) : msg('Ansökan om trivselpeng', { id: 'caseStatus.type.trivselpeng' });

/**
 * Whether the link has a reference and a token of the contract's shapes. A link cut off in a text message
 * or a mail (the token is 22+ characters at the end) fails this, and is told so instead of "not found".
 */
export const isWholeLink = (reference: string, token: string): boolean => Reference.safeParse(reference).success && Token.safeParse(token).success;

/** Statuses after which nothing more happens to the case: no polling, and a plain "what now". */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(['resolved', 'closed', 'rejected', 'followed_up']);

/**
 * A wrong or expired link: the server answers 404 (never saying which part was wrong), and a link whose
 * reference or token is malformed is refused by the SDK before anything is sent. Both read the same.
 */
const isNoSuchCase = (error: unknown): boolean => isHttpError(error) && (error.status === 404 || error.status === 0 || error.status === 400);

/**
 * @summary The status of a report or a trivselpeng application, followed through the private link from the receipt: the current status and its history as a timeline, with no personal data.
 *
 * The reference and token come from the `reference` and `token` attributes, or else from the page's
 * address (`?ref=…&token=…`; `reference=` is accepted too), so the status link can lead to any page with
 * this element.
 *
 * A paid trivselpeng application offers its follow-up here from the activity's date on (when the server
 * says `followUp.available`): how many took part, how it went, and the receipts as photos. It is sent
 * exactly once through the SDK's outbox; the updated history is shown at once.
 *
 * An open case stays current by itself: it is looked up again when the tab becomes visible, and every
 * `refresh-seconds` while the tab is visible, less often (up to every 15 minutes) while nothing changes. A
 * change is announced to screen readers. It stops once the case is done.
 *
 * Arriving from the status link (`?ref=…&token=…` in the address), the case is scrolled into view and its
 * heading takes focus, however far down the page the element sits.
 *
 * @fires grannskap-followed-up - The follow-up was stored (`detail.reference`).
 * @fires grannskap-error - The case could not be looked up, or the follow-up could not be sent (`detail.code`: the SDK's, e.g. `not_found`, `network_error`, `timeout`).
 * @fires grannskap-ready - Standing alone, the configuration has been loaded.
 * @csspart case - The found case: heading, facts and timeline.
 * @csspart timeline - The ordered list of what has happened.
 * @csspart message - The box shown while loading, for a link that leads nowhere, or when the lookup failed.
 * @csspart follow-up - The area shown when a follow-up of a trivselpeng activity can be sent.
 * @csspart send-follow-up - The button that sends the follow-up.
 * @csspart follow-up-done - The thank-you (or "saved, will be sent") line after a follow-up.
 * @csspart summary - The follow-up's error summary.
 * @csspart photos - The receipt photos: picker, list and status.
 * @csspart photos-add - The "add photos" button of the follow-up (the label of the real file input).
 * @csspart retry - The "try again" button.
 * @csspart status - The loading / error line of the configuration.
 * @csspart emergency - The line with 112 and the police's number, shown from the first render.
 * @cssproperty --grannskap-case-status-line - Colour of the timeline's line.
 * @slot follow-up - Replaces the built-in follow-up form (e.g. with a link to a follow-up page of your own).
 */
export class GrannskapCaseStatus extends GrannskapElement {
  static override styles = [GrannskapElement.styles, caseStatusStyles];

  /** The case's reference (`R-2026-000123`, `T-2026-000045`); read from the page's address when empty. */
  @property() reference = '';

  /** The private token from the receipt; read from the page's address when empty. */
  @property() token = '';

  /**
   * How often an open case is looked up again, in seconds, while the tab is visible. The wait doubles
   * (up to 15 minutes) each time nothing has changed, and starts over when something has. 0 turns it off.
   */
  @property({ type: Number, attribute: 'refresh-seconds' }) refreshSeconds = 60;

  @state() private lookup: Lookup = { status: 'loading' };
  /** The follow-up just sent from here, or kept on the device to be sent. */
  @state() private followUpNote: 'sent' | 'queued' | undefined;

  /**
   * The follow-up form, offered while the server says a follow-up can be sent (`followUp.available`).
   * Loaded only then (with the photo code and the follow-up's schema), so a status page stays small.
   */
  private followUp: FollowUpForm | undefined;
  private loadingFollowUp: Promise<void> | undefined;
  private stopListening: (() => void) | undefined;
  /**
   * Sends what this browser keeps, also on a page with nothing but the case status. It comes with the
   * follow-up form (as does the outbox), which is loaded whenever the server still waits for a
   * follow-up, and so whenever one can be kept for this case; a status page stays small.
   */
  private outbox: OutboxFlusher | undefined;
  /** 112 and the police's number are in the tab order once per page (the first widget that shows them). */
  private readonly numbers = new NumbersInTabOrder(this);

  private lookedUp: { client: GrannskapClient; key: string } | undefined;
  private generation = 0;
  /** What changed at the last refresh, for screen readers (a status line). */
  @state() private announcement = '';
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshDelay = 0;
  /** Arrived from the status link: the first answer is scrolled to and focused, once. */
  private arriving: boolean | undefined;
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.refresh();
    else this.stopRefreshing();
  };

  /** The reference and token in use: the attributes, else the page's query string. */
  protected link(): { reference: string; token: string } {
    const query = new URLSearchParams(location.search);
    return {
      reference: (this.reference || query.get('ref') || query.get('reference') || '').trim(),
      token: (this.token || query.get('token') || '').trim(),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // once per element: moving it in the page later is not an arrival
    if (this.arriving === undefined) {
      const query = new URLSearchParams(location.search);
      this.arriving = Boolean((query.get('ref') || query.get('reference')) && query.get('token'));
    }
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    this.stopListening?.();
    this.stopListening = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stopRefreshing();
    super.disconnectedCallback();
  }

  /** The case as shown, while it can still change (not done, not being followed up from here). */
  private openCase(): CaseStatus | undefined {
    return this.lookup.status === 'found' && !FINAL_STATUSES.has(this.lookup.found.status) ? this.lookup.found : undefined;
  }

  private stopRefreshing(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  /** The next quiet lookup: `refreshDelay` from now, while the tab is visible and the case open. */
  private scheduleRefresh(): void {
    this.stopRefreshing();
    if (!(this.refreshSeconds > 0) || !this.isConnected || document.visibilityState === 'hidden' || !this.openCase()) return;
    this.refreshDelay ||= this.refreshSeconds * 1000;
    this.refreshTimer = setTimeout(() => void this.refresh(), this.refreshDelay);
  }

  /**
   * Looks the case up again without a loading state: a change is shown and announced, and the wait
   * starts over; no change, or no answer (offline, a 5xx), doubles the wait. What is shown stays.
   */
  private async refresh(): Promise<void> {
    this.stopRefreshing();
    const shown = this.openCase();
    const client = this.api.client;
    if (!shown || !client) return;
    const generation = this.generation;
    const { reference, token } = this.link();
    let changed = false;
    try {
      const found = await client.cases.get(reference, token);
      if (generation !== this.generation || this.lookup.status !== 'found') return;
      changed = found.status !== shown.status || found.history.length !== shown.history.length;
      if (changed) {
        this.lookup = { status: 'found', found };
        this.announcement = msg(str`Ärendet har uppdaterats: ${statusLabel(found.status)}.`, { id: 'caseStatus.updated' });
      }
    } catch {
      // a refresh that fails says nothing: the case shown is still true as far as anyone knows
      if (generation !== this.generation) return;
    }
    const base = this.refreshSeconds * 1000;
    this.refreshDelay = changed ? base : Math.min(Math.max(this.refreshDelay, base) * 2, Math.max(MAX_REFRESH_MS, base));
    this.scheduleRefresh();
  }

  private followUpDone(outcome: FollowUpOutcome): void {
    const { reference } = this.link();
    if (outcome.status === 'sent') return this.followedUp(outcome.found);
    if (outcome.status === 'failed') {
      this.dispatchEvent(GrannskapErrorEvent.from(this.localName, outcome.error));
      return;
    }
    this.followUpNote = 'queued';
    // The outbox sends it when the connection is back; then the case shows it like any other.
    this.stopListening?.();
    this.stopListening = this.api.client?.outbox?.onChange((event) => {
      if (event.type !== 'sent' || event.entry.operation !== 'createFollowUp' || (event.entry.params as { reference?: string } | undefined)?.reference !== reference) return;
      this.stopListening?.();
      this.stopListening = undefined;
      this.followedUp(event.result as CaseStatus);
    });
  }

  private followedUp(found: CaseStatus): void {
    this.lookup = { status: 'found', found };
    this.followUpNote = 'sent';
    this.dispatchEvent(new GrannskapFollowedUpEvent({ reference: found.reference }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#follow-up-done')?.focus());
  }

  /** Looks the case up again (the retry button does this). */
  reload(): void {
    this.lookedUp = undefined;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.api.client;
    if (!client) return;
    const { reference, token } = this.link();
    const key = `${reference}\n${token}`;
    if (this.lookedUp?.client === client && this.lookedUp.key === key) return;
    this.lookedUp = { client, key };
    void this.load(client, reference, token);
  }

  private async load(client: GrannskapClient, reference: string, token: string): Promise<void> {
    const generation = ++this.generation;
    if (!isWholeLink(reference, token)) {
      // nothing to ask the server: the link lost its end (or never had it) on the way here
      this.lookup = { status: 'incomplete' };
      return;
    }
    this.lookup = { status: 'loading' };
    try {
      const found = await client.cases.get(reference, token);
      if (generation !== this.generation) return;
      this.lookup = { status: 'found', found };
      this.refreshDelay = 0;
      this.scheduleRefresh();
    } catch (error) {
      if (generation !== this.generation) return;
      this.lookup = isNoSuchCase(error) ? { status: 'not-found' } : { status: 'error' };
      this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error, isNoSuchCase(error) ? 'not_found' : 'unknown'));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('refreshSeconds') && changed.get('refreshSeconds') !== undefined) {
      this.refreshDelay = 0;
      this.scheduleRefresh();
    }
    if (this.arriving && this.lookup.status !== 'loading' && this.api.client) this.arrive();
  }

  /**
   * The tenant followed the status link to a page where this element may sit far down: bring the answer
   * into view and put focus on it, so a screen reader starts reading there.
   */
  private arrive(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('#case-heading, [part="message"]');
    if (!target) return;
    this.arriving = false;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  protected override render() {
    // 112 first, always: also while the configuration loads and when the API cannot be reached
    return html`${this.renderBody()}${renderEmergency(this.api.config, this.numbers.tabindex)}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderBody(): TemplateResult {
    if (this.api.state.status === 'error' || !this.api.client) return html`${this.renderStatus()}`;
    switch (this.lookup.status) {
      case 'loading':
        return html`<p class="message-box" part="message" role="status">${msg('Hämtar ärendet …', { id: 'caseStatus.loading' })}</p>`;
      case 'not-found':
        return this.renderNotFound();
      case 'incomplete':
        return this.renderIncomplete();
      case 'error':
        return html`<div class="message-box message-box--error" part="message" role="alert" tabindex="-1">
          <p>${msg('Det gick inte att hämta ärendet just nu. Kontrollera att du är ansluten till internet och försök igen.', { id: 'caseStatus.failed' })}</p>
          <button type="button" part="retry" @click=${() => this.reload()}>${messages.retry()}</button>
        </div>`;
      case 'found':
        return this.renderCase(this.lookup.found);
    }
  }

  private renderNotFound(): TemplateResult {
    return html`<div class="message-box" part="message" role="status" tabindex="-1">
      <p>${msg('Vi hittar inget ärende med den länken. Kontrollera att du har använt hela länken från kvittot.', { id: 'caseStatus.notFound' })}</p>
      ${this.renderCallUs()}
    </div>`;
  }

  /** No token, or one cut short: what happened and what to do, not "we can't find your case". */
  private renderIncomplete(): TemplateResult {
    return html`<div class="message-box" part="message" role="status" tabindex="-1">
      <p>${msg('Länken är inte hel. En del av den har fallit bort på vägen, till exempel i ett sms eller mejl.', { id: 'caseStatus.incomplete' })}</p>
      <p>${msg('Öppna länken igen från kvittot, eller kopiera hela länken och klistra in den i webbläsaren. Den slutar med en lång kod.', { id: 'caseStatus.incompleteWhat' })}</p>
      ${this.renderCallUs()}
    </div>`;
  }

  /** Customer service's number, for a tenant whose link leads nowhere. */
  private renderCallUs(): TemplateResult | typeof nothing {
    const contact = this.api.config?.customerService.contact;
    return html`${contact
        ? html`<p>
            ${msg('Behöver du hjälp? Ring', { id: 'caseStatus.callUs' })} ${renderText(contact.name)}:
            ${phoneNumber(contact.phone)}
          </p>`
        : nothing}`;
  }

  private renderCase(found: CaseStatus): TemplateResult {
    const config = this.api.config;
    const timeZone = config?.timeZone ?? DEFAULT_TIME_ZONE;
    const amount = found.type === 'trivselpeng' && typeof found.approvedAmount === 'number' ? found.approvedAmount : undefined;
    // oldest first: a timeline is read from the start, and the current status is also stated above it
    const history = [...found.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return html`<section class="case" part="case" aria-labelledby="case-heading">
      <h2 id="case-heading" tabindex="-1">${msg('Ditt ärende', { id: 'caseStatus.heading' })}</h2>
      <dl class="facts">
        <dt>${msg('Ärendenummer', { id: 'caseStatus.reference' })}</dt>
        <dd><bdi>${found.reference}</bdi></dd>
        <dt>${msg('Typ', { id: 'caseStatus.type' })}</dt>
        <dd>${typeLabel(found.type)}</dd>
        <dt>${msg('Status just nu', { id: 'caseStatus.current' })}</dt>
        <dd class="current">${statusLabel(found.status)}</dd>
        ${amount === undefined
          ? nothing
          : html`<dt>${msg('Beviljat belopp', { id: 'caseStatus.amount' })}</dt>
              <dd class="amount">${formatMoney(amount, config?.limits.trivselpeng.currency ?? 'SEK')}</dd>`}
      </dl>
      ${found.type === 'report' && FINAL_STATUSES.has(found.status)
        ? // done is done: no number to call, only what to do if it happens again
          html`<p class="final">${msg('Ärendet är klart. Händer samma sak igen? Gör en ny anmälan.', { id: 'caseStatus.done' })}</p>`
        : nothing}
      <h3 id="history-heading">${msg('Det här har hänt', { id: 'caseStatus.history' })}</h3>
      <ol class="timeline" part="timeline" aria-labelledby="history-heading">
        ${history.map(
          (event) => html`<li>
            <span class="label">${statusLabel(event.status)}</span>
            <time datetime=${event.at}><bdi>${formatDateTime(event.at, timeZone)}</bdi></time>
            ${event.message ? html`<p class="message" dir="auto">${event.message}</p>` : nothing}
          </li>`,
        )}
      </ol>
      ${this.renderFollowUp(found)}
      ${found.followUp?.submittedAt
        ? html`<p>${msg('Uppföljningen har kommit in:', { id: 'caseStatus.followUpSent' })} ${formatDateTime(found.followUp.submittedAt, timeZone)}</p>`
        : nothing}
    </section>`;
  }

  /** The follow-up form where the server offers one, and what happened to a follow-up sent from here. */
  private renderFollowUp(found: CaseStatus): TemplateResult | typeof nothing {
    const config = this.api.config;
    if (this.followUpNote === 'sent') {
      return html`<p id="follow-up-done" class="follow-up-done" part="follow-up-done" role="status" tabindex="-1">
        ${msg('Tack! Vi har fått din uppföljning.', { id: 'caseStatus.followUp.thanks' })}
      </p>`;
    }
    if (this.followUpNote === 'queued') {
      return html`<p class="follow-up-done" part="follow-up-done" role="status">
        ${queuedLine(() => msg('Uppföljningen är sparad och skickas när du har internet igen.', { id: 'caseStatus.followUp.queued' }))}
      </p>`;
    }
    if (!found.followUp?.available || !config) return nothing;
    const { reference, token } = this.link();
    if (!this.followUp) this.loadFollowUp();
    return html`<div class="follow-up" part="follow-up">
      <slot name="follow-up"
        >${this.followUp
          ? this.followUp.render(config, reference, token)
          : html`<p>${msg('Nu kan du skicka in en uppföljning: hur aktiviteten gick, hur många som var med och kvitton.', { id: 'caseStatus.followUp' })}</p>`}</slot
      >
    </div>`;
  }

  /**
   * A follow-up an earlier page kept (reloaded while sending, or closed offline) is on its way: say so
   * rather than offer the form again, show it once sent, and send it now.
   */
  private async followKept(follow: typeof followKept): Promise<void> {
    const { reference } = this.link();
    const client = this.api.client;
    this.stopListening?.();
    this.stopListening = await follow<CaseStatus>(
      client?.outbox,
      'createFollowUp',
      { kept: () => (this.followUpNote ??= 'queued'), sent: (found) => this.followedUp(found), failed: () => (this.followUpNote = undefined) },
      (entry) => (entry.params as { reference?: string } | undefined)?.reference === reference,
    );
    this.outbox?.flush();
  }

  private loadFollowUp(): void {
    this.loadingFollowUp ??= import('./follow-up.js').then(
      ({ FollowUpForm, followUpStyles, followKept, OutboxFlusher }) => {
        // the form's rules come with it; the case's own rules stay last so they keep winning
        adoptPartStyles(this, followUpStyles);
        this.followUp = new FollowUpForm(this, {
          client: () => this.api.client,
          config: () => this.api.config,
          done: (outcome) => this.followUpDone(outcome),
        });
        this.outbox ??= new OutboxFlusher(this, () => this.api.client);
        this.requestUpdate();
        void this.followKept(followKept);
      },
      (error: unknown) => {
        this.loadingFollowUp = undefined;
        this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error));
      },
    );
  }
}
