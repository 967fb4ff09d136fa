import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import type { Config, TrivselpengReceipt } from '@grannskap/contract';
import { formatLocalDate } from '../shared/local-date.js';
import { queuedLine } from '../shared/messages.js';

/** The receipt: reference, the private status link with a copy button, and when a decision can be expected. */
export function renderReceipt(config: Config, receipt: TrivselpengReceipt, link: string, copied: boolean, onCopy: () => void): TemplateResult {
  const days = config.limits.trivselpeng.decisionDays;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading" tabindex="-1">${msg('Tack! Vi har tagit emot din ansökan.', { id: 'trivselpeng.receipt.heading' })}</h2>
    <p>${msg('Ditt ärendenummer:', { id: 'trivselpeng.receipt.reference' })} <strong class="reference"><bdi>${receipt.reference}</bdi></strong></p>
    <p class="decision" part="decision">
      ${msg(str`Du får besked senast ${formatLocalDate(receipt.decisionBy)}, inom ${days} arbetsdagar.`, { id: 'trivselpeng.receipt.decision' })}
    </p>
    <p>${msg('Med den här länken kan du följa ansökan och, efter aktiviteten, berätta hur den gick. Spara länken, den är bara till dig.', { id: 'trivselpeng.receipt.linkIntro' })}</p>
    <p class="link-row">
      <a class="status-link" part="status-link" href=${link}>${msg('Visa ärendet', { id: 'trivselpeng.receipt.open' })}</a>
      <button type="button" class="secondary" part="copy" @click=${onCopy}>${msg('Kopiera länken', { id: 'trivselpeng.receipt.copy' })}</button>
    </p>
    <p role="status">${copied ? msg('Länken är kopierad.', { id: 'trivselpeng.receipt.copied' }) : nothing}</p>
  </section>`;
}

/** The application is kept on the device and goes when the connection is back. */
export function renderQueued(config: Config): TemplateResult {
  return html`<section class="queued" part="queued" aria-labelledby="queued-heading">
    <h2 id="queued-heading" tabindex="-1">${queuedLine(() => msg('Din ansökan är sparad och skickas när du har internet igen.', { id: 'trivselpeng.queued.heading' }))}</h2>
    <p>${msg('Låt sidan vara öppen, eller öppna den igen senare. Ansökan ligger kvar i din webbläsare tills den är skickad.', { id: 'trivselpeng.queued.body' })}</p>
    <p>
      ${msg(str`När ansökan har kommit fram får du besked inom ${config.limits.trivselpeng.decisionDays} arbetsdagar.`, { id: 'trivselpeng.queued.decision' })}
    </p>
  </section>`;
}
