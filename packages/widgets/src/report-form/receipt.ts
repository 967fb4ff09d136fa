import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import type { Config, ReportReceipt } from '@grannskap/contract';
import { telHref } from '../shared/format.js';
import { queuedLine } from '../shared/messages.js';

/** The receipt after sending: reference, private status link with a copy button, what happens next, whom to call. */
export function renderReceipt(config: Config, receipt: ReportReceipt, link: string, copied: boolean, onCopy: () => void, photosLeftOut = 0): TemplateResult {
  const phone = config.trygghetsjour.contact.phone;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading" tabindex="-1">${msg('Tack! Vi har tagit emot din anmälan.', { id: 'reportForm.receipt.heading' })}</h2>
    <p>${msg('Ditt ärendenummer:', { id: 'reportForm.receipt.reference' })} <strong class="reference">${receipt.reference}</strong></p>
    ${leftOut(photosLeftOut)}
    <p>${msg('Med den här länken kan du följa ärendet. Spara den, den är bara till dig.', { id: 'reportForm.receipt.linkIntro' })}</p>
    <p class="link-row">
      <a class="status-link" part="status-link" href=${link}>${link}</a>
      <button type="button" class="secondary" part="copy" @click=${onCopy}>${msg('Kopiera länken', { id: 'reportForm.receipt.copy' })}</button>
    </p>
    <p role="status">${copied ? msg('Länken är kopierad.', { id: 'reportForm.receipt.copied' }) : nothing}</p>
    <p>${msg('Vi läser anmälan och återkommer om vi behöver veta mer. Vanligtvis inom en arbetsdag.', { id: 'reportForm.receipt.next' })}</p>
    <p>
      ${msg('Blir det värre? Ring trygghetsjouren på', { id: 'reportForm.receipt.worse' })}
      <a href=${telHref(phone)}>${phone}</a>.
      ${msg('Vid akut fara, ring', { id: 'reportForm.receipt.danger' })} <a href=${telHref(config.emergency.number)}>${config.emergency.number}</a>.
    </p>
  </section>`;
}

/** Photos that did not make it are never a silent loss: the tenant reads how many. */
const leftOut = (count: number): TemplateResult | typeof nothing =>
  count > 0
    ? html`<p class="left-out">${msg(str`Bilder som inte kunde laddas upp kom inte med i anmälan (${count}).`, { id: 'reportForm.photosLeftOut' })}</p>`
    : nothing;

/**
 * What the tenant sees when the report is kept on the device to be sent later. Photos uploaded before
 * the connection went are part of it; photos themselves are never kept on the device.
 */
export function renderQueued(photosLeftOut = 0): TemplateResult {
  return html`<section class="queued" part="queued" aria-labelledby="queued-heading">
    <h2 id="queued-heading" tabindex="-1">${queuedLine(() => msg('Din anmälan är sparad och skickas när du har internet igen.', { id: 'reportForm.queued.heading' }))}</h2>
    ${leftOut(photosLeftOut)}
    <p>${msg('Låt sidan vara öppen, eller öppna den igen senare. Anmälan ligger kvar i din webbläsare tills den är skickad.', { id: 'reportForm.queued.body' })}</p>
  </section>`;
}
