import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { onCall } from '@grannskap/contract';
import type { Config, OnCallStatus, ReportReceipt } from '@grannskap/contract';
import { phoneNumber } from '../shared/emergency.js';
import { queuedLine } from '../shared/messages.js';
import { getLocale } from '../shared/localization.js';
import { renderText } from '../shared/text.js';
import { formatWhen } from '../on-call/on-call.js';

/** What the receipt needs to know about the moment it is shown: who answers the phone (`onCall(config, at)`). */
export interface ReceiptMoment {
  status: OnCallStatus;
  at: Date;
}

/**
 * Whom to call if it gets worse, told truthfully for this moment: the trygghetsjour only while it is the
 * one answering; customer service, with until when, in its hours; when nobody answers, who answers next
 * and from when. 112 follows always.
 */
export function renderWhomToCall(config: Config, { status, at }: ReceiptMoment, locale: string = getLocale()): TemplateResult {
  const tz = config.timeZone;
  const until = status.until ? new Date(status.until) : undefined;
  let line: TemplateResult | string | typeof nothing = nothing;
  if (status.who === 'trygghetsjour' && status.phone) {
    line = html`${msg('Blir det värre? Ring trygghetsjouren på', { id: 'reportForm.receipt.worse' })} ${phoneNumber(status.phone)}.`;
  } else if (status.who === 'customer_service' && status.phone && status.name) {
    const name = renderText(status.name, locale);
    const next = until ? onCall(config, until) : undefined;
    line = until
      ? html`${msg(html`Blir det värre? Ring ${name} på ${phoneNumber(status.phone)} fram till ${formatWhen(until, at, tz, locale)}.`, { id: 'reportForm.receipt.worseUntil' })}
        ${next?.who === 'trygghetsjour' && next.phone
          ? msg(html`Sedan svarar trygghetsjouren på ${phoneNumber(next.phone)}.`, { id: 'reportForm.receipt.thenJour' })
          : nothing}`
      : msg(html`Blir det värre? Ring ${name} på ${phoneNumber(status.phone)}.`, { id: 'reportForm.receipt.worseAny' });
  } else {
    const next = until ? onCall(config, until) : undefined;
    line =
      until && next?.phone && next.name
        ? msg(html`Just nu svarar ingen i telefon. ${renderText(next.name, locale)} svarar från ${formatWhen(until, at, tz, locale)} på ${phoneNumber(next.phone)}.`, {
            id: 'reportForm.receipt.worseNext',
          })
        : msg('Just nu svarar ingen i telefon.', { id: 'reportForm.receipt.nobody' });
  }
  return html`<p class="worse">
    ${line}
    ${msg('Vid akut fara, ring', { id: 'reportForm.receipt.danger' })} ${phoneNumber(config.emergency.number)}.
  </p>`;
}

/** The receipt after sending: reference, private status link with a copy button, what happens next, whom to call. */
export function renderReceipt(config: Config, receipt: ReportReceipt, link: string, copied: boolean, onCopy: () => void, moment: ReceiptMoment, photosLeftOut = 0): TemplateResult {
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading" tabindex="-1">${msg('Tack! Vi har tagit emot din anmälan.', { id: 'reportForm.receipt.heading' })}</h2>
    <p>${msg('Ditt ärendenummer:', { id: 'reportForm.receipt.reference' })} <strong class="reference"><bdi>${receipt.reference}</bdi></strong></p>
    ${leftOut(photosLeftOut)}
    <p>${msg('Med den här länken kan du följa ärendet. Spara den, den är bara till dig.', { id: 'reportForm.receipt.linkIntro' })}</p>
    <p class="link-row">
      <a class="status-link" part="status-link" href=${link}>${msg('Visa ärendet', { id: 'reportForm.receipt.open' })}</a>
      <button type="button" class="secondary" part="copy" @click=${onCopy}>${msg('Kopiera länken', { id: 'reportForm.receipt.copy' })}</button>
    </p>
    <p role="status">${copied ? msg('Länken är kopierad.', { id: 'reportForm.receipt.copied' }) : nothing}</p>
    <p>${msg('Vi läser anmälan och återkommer om vi behöver veta mer. Vanligtvis inom en arbetsdag.', { id: 'reportForm.receipt.next' })}</p>
    ${renderWhomToCall(config, moment)}
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
