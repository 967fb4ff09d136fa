import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { pickText } from '@grannskap/contract';
import type { CaseStatus } from '@grannskap/contract';
import { isHttpError } from '@grannskap/sdk';
import { GrannskapErrorEvent } from '../events/error-event.js';
import type { GrannskapClient } from '../shared/context.js';
import { formatDateTime, formatMoney, telHref } from '../shared/format.js';
import { GrannskapElement } from '../shared/grannskap-element.js';
import { getLocale } from '../shared/localization.js';
import { messages } from '../shared/messages.js';
import { caseStatusStyles } from './case-status.styles.js';

type Lookup =
  | { readonly status: 'loading' }
  | { readonly status: 'found'; readonly found: CaseStatus }
  | { readonly status: 'not-found' }
  | { readonly status: 'error' };

const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

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
 * @fires grannskap-error - The case could not be looked up (`detail.code`: the SDK's, e.g. `not_found`, `network_error`, `timeout`).
 * @fires grannskap-ready - Standing alone, the configuration has been loaded.
 * @csspart case - The found case: heading, facts and timeline.
 * @csspart timeline - The ordered list of what has happened.
 * @csspart message - The box shown while loading, for a link that leads nowhere, or when the lookup failed.
 * @csspart follow-up - The area shown when a follow-up of a trivselpeng activity can be sent.
 * @csspart retry - The "try again" button.
 * @csspart status - The loading / error line of the configuration.
 * @cssproperty --grannskap-case-status-line - Colour of the timeline's line.
 * @slot follow-up - Replaces the text about sending a follow-up (e.g. a link to the follow-up form).
 */
export class GrannskapCaseStatus extends GrannskapElement {
  static override styles = [GrannskapElement.styles, caseStatusStyles];

  /** The case's reference (`R-2026-000123`, `T-2026-000045`); read from the page's address when empty. */
  @property() reference = '';

  /** The private token from the receipt; read from the page's address when empty. */
  @property() token = '';

  @state() private lookup: Lookup = { status: 'loading' };

  private lookedUp: { client: GrannskapClient; key: string } | undefined;
  private generation = 0;

  /** The reference and token in use: the attributes, else the page's query string. */
  protected link(): { reference: string; token: string } {
    const query = new URLSearchParams(location.search);
    return {
      reference: (this.reference || query.get('ref') || query.get('reference') || '').trim(),
      token: (this.token || query.get('token') || '').trim(),
    };
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
    if (!reference || !token) {
      this.lookup = { status: 'not-found' };
      return;
    }
    this.lookup = { status: 'loading' };
    try {
      const found = await client.cases.get(reference, token);
      if (generation !== this.generation) return;
      this.lookup = { status: 'found', found };
    } catch (error) {
      if (generation !== this.generation) return;
      this.lookup = isNoSuchCase(error) ? { status: 'not-found' } : { status: 'error' };
      this.dispatchEvent(GrannskapErrorEvent.from(this.localName, error, isNoSuchCase(error) ? 'not_found' : 'unknown'));
    }
  }

  protected override render() {
    if (this.api.state.status === 'error' || !this.api.client) return this.renderStatus();
    switch (this.lookup.status) {
      case 'loading':
        return html`<p class="message-box" part="message" role="status">${msg('Hämtar ärendet …', { id: 'caseStatus.loading' })}</p>`;
      case 'not-found':
        return this.renderNotFound();
      case 'error':
        return html`<div class="message-box message-box--error" part="message" role="alert">
          <p>${msg('Det gick inte att hämta ärendet just nu. Kontrollera att du är ansluten till internet och försök igen.', { id: 'caseStatus.failed' })}</p>
          <button type="button" part="retry" @click=${() => this.reload()}>${messages.retry()}</button>
        </div>`;
      case 'found':
        return this.renderCase(this.lookup.found);
    }
  }

  private renderNotFound(): TemplateResult {
    const config = this.api.config;
    const contact = config?.customerService.contact;
    return html`<div class="message-box" part="message" role="status">
      <p>${msg('Vi hittar inget ärende med den länken. Kontrollera att du har använt hela länken från kvittot.', { id: 'caseStatus.notFound' })}</p>
      ${contact
        ? html`<p>
            ${msg('Behöver du hjälp? Ring', { id: 'caseStatus.callUs' })} ${pickText(contact.name, getLocale()).text}:
            <a href=${telHref(contact.phone)}>${contact.phone}</a>
          </p>`
        : nothing}
    </div>`;
  }

  private renderCase(found: CaseStatus): TemplateResult {
    const config = this.api.config;
    const timeZone = config?.timeZone ?? DEFAULT_TIME_ZONE;
    const amount = found.type === 'trivselpeng' && typeof found.approvedAmount === 'number' ? found.approvedAmount : undefined;
    // oldest first: a timeline is read from the start, and the current status is also stated above it
    const history = [...found.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return html`<section class="case" part="case" aria-labelledby="case-heading">
      <h2 id="case-heading">${msg('Ditt ärende', { id: 'caseStatus.heading' })}</h2>
      <dl class="facts">
        <dt>${msg('Ärendenummer', { id: 'caseStatus.reference' })}</dt>
        <dd>${found.reference}</dd>
        <dt>${msg('Typ', { id: 'caseStatus.type' })}</dt>
        <dd>${typeLabel(found.type)}</dd>
        <dt>${msg('Status just nu', { id: 'caseStatus.current' })}</dt>
        <dd class="current">${statusLabel(found.status)}</dd>
        ${amount === undefined
          ? nothing
          : html`<dt>${msg('Beviljat belopp', { id: 'caseStatus.amount' })}</dt>
              <dd class="amount">${formatMoney(amount, config?.limits.trivselpeng.currency ?? 'SEK')}</dd>`}
      </dl>
      <h3 id="history-heading">${msg('Det här har hänt', { id: 'caseStatus.history' })}</h3>
      <ol class="timeline" part="timeline" aria-labelledby="history-heading">
        ${history.map(
          (event) => html`<li>
            <span class="label">${statusLabel(event.status)}</span>
            <time datetime=${event.at}>${formatDateTime(event.at, timeZone)}</time>
            ${event.message ? html`<p class="message">${event.message}</p>` : nothing}
          </li>`,
        )}
      </ol>
      ${found.followUp?.available
        ? html`<div class="follow-up" part="follow-up">
            <slot name="follow-up"
              ><p>${msg('Nu kan du skicka in en uppföljning: hur aktiviteten gick, hur många som var med och kvitton.', { id: 'caseStatus.followUp' })}</p></slot
            >
          </div>`
        : nothing}
      ${found.followUp?.submittedAt
        ? html`<p>${msg('Uppföljningen har kommit in:', { id: 'caseStatus.followUpSent' })} ${formatDateTime(found.followUp.submittedAt, timeZone)}</p>`
        : nothing}
    </section>`;
  }
}
