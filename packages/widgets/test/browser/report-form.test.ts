// <grannskap-report-form> against the real server: the whole flow by keyboard, validation, a server
// field error, exactly-once sending (double click, offline outbox), the honeypot, drafts, axe, 320 px.
// Photos and the address list have their own suites (report-form-photos, report-form-address).
import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createClient } from '@grannskap/sdk';
import { onCall } from '@grannskap/contract';
import type { Config } from '@grannskap/contract';
import { GrannskapQueuedEvent, GrannskapSubmittedEvent } from '../../src/events/submitted-event.js';
import type { GrannskapClient } from '../../src/shared/context.js';
import { setLocale } from '../../src/shared/localization.js';
import type { GrannskapReportForm } from '../../src/report-form/report-form.js';
import { API, requestsWhileConfigHeld, textOf } from './helpers.js';
import {
  $, active, admin, canvasJpeg, changeButton, fillToReview, form, formWithClient, input, nextByKeyboard, pickFiles, publicClient, ready, reportsWith, simpleCategory, tabTo, unique,
} from './report-form-helpers.js';

describe('grannskap-report-form', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setLocale('sv');
  });

  it('asks for categories and areas while the configuration is still on its way (one round trip less)', async () => {
    const { category, area } = await simpleCategory();
    const catalogue = (asked: URL[]) => asked.map((u) => u.pathname).filter((p) => p === '/v1/categories' || p === '/v1/areas');
    const asked = await requestsWhileConfigHeld(async () => {
      const el = await fixture<GrannskapReportForm>(html`<grannskap-report-form api-base=${API} area=${area} kinds=${category.kind}></grannskap-report-form>`);
      await ready(el);
    }, (list) => catalogue(list).length === 2);
    expect(catalogue(asked).sort()).to.deep.equal(['/v1/areas', '/v1/categories']);
  });

  it('shows 112 and who answers now before any field, and a step indicator', async () => {
    const el = await form();
    await ready(el);
    const banner = $(el, '[part=banner]')!;
    assert.isNotNull(banner.querySelector('a[href="tel:112"]'), 'no 112 link');
    expect(banner.compareDocumentPosition($(el, '#kind')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect($(el, '[part=progress]')!.textContent).to.equal('Steg 1 av 6');
    // the step is part of the heading that gets focus, so a screen reader hears it with the question
    expect($(el, '#step-heading')!.contains($(el, '[part=progress]')), 'the progress is inside the heading').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('goes through every step by keyboard alone, choosing an address and adding a photo, and stores the report with the right fields', async () => {
    const { category, index, area } = await simpleCategory();
    const { items: inArea } = await publicClient.addresses.search({ area, limit: 100 });
    const address = inArea[1]!;
    const streetName = address.street.replace(/\s+\S+$/, '');
    const description = unique('Hög musik i trapphuset');
    const el = await form();
    await ready(el);
    const submitted = oneEvent(el, GrannskapSubmittedEvent.eventName);

    await tabTo(el, '#kind');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await tabTo(el, '#category');
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowDown' });
    await nextByKeyboard(el, 'När hände det?');
    expect(active(el)?.id).to.equal('step-heading');
    expect(active(el)?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Steg 2 av 6: När hände det?');

    await tabTo(el, '#now');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    assert.isNotNull($(el, '[part=urgent]'), 'no call-the-jour prompt');
    assert.isNotNull($(el, '[part=urgent] a[href^="tel:"]'), 'no tel: link in the prompt');
    await nextByKeyboard(el, 'Var hände det?');

    await tabTo(el, '#place');
    const box = $<HTMLInputElement>(el, '#place')!;
    expect(box.getAttribute('role')).to.equal('combobox');
    await sendKeys({ type: streetName });
    await waitUntil(() => box.getAttribute('aria-expanded') === 'true', 'the address list did not open', { timeout: 5000 });
    const optionId = `place-option-${address.id}`;
    for (let i = 0; i < 10 && box.getAttribute('aria-activedescendant') !== optionId; i++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
    }
    expect(box.getAttribute('aria-activedescendant')).to.equal(optionId);
    expect($(el, `#${optionId}`)!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(box.value).to.equal(address.street);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#step-heading')!.textContent, 'Enter on an option went on to the next step').to.contain('Var hände det?');
    await tabTo(el, '#placeDetail');
    await sendKeys({ type: 'Trapphus B' });
    await nextByKeyboard(el, 'Vad hände?');

    await tabTo(el, '#description');
    await sendKeys({ type: description });

    // The picker itself is the operating system's; the test hands the focused input a file, as the picker would.
    await tabTo(el, '#photos');
    pickFiles(el, [new File([await canvasJpeg(800, 600)], 'IMG_0001.jpg', { type: 'image/jpeg' })]);
    await waitUntil(() => $(el, '.photos-status')?.textContent?.includes('Bilden har laddats upp.'), 'the photo was not uploaded', { timeout: 15000 });
    await nextByKeyboard(el, 'Hur når vi dig?');

    await tabTo(el, '#anonymous');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await tabTo(el, '#name');
    await sendKeys({ type: 'Testa Personsson' });
    await tabTo(el, '#phone');
    await sendKeys({ type: '070-123 45 67' });
    await tabTo(el, '#privacy');
    await sendKeys({ press: 'Space' });
    await nextByKeyboard(el, 'Kontrollera');
    expect(textOf(el)).to.contain(description);
    // each "Ändra" is one line: the review's values keep their line breaks (pre-wrap), its buttons do not
    const changeButtons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.review button')];
    expect(changeButtons).to.not.have.length(0);
    for (const b of changeButtons) expect(b.getBoundingClientRect().height, b.textContent!.trim()).to.be.below(60);

    await tabTo(el, '[part=next]');
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt');
    expect(event.detail.kind).to.equal(category.kind);
    expect(textOf(el)).to.contain(event.detail.reference);
    const link = new URL($<HTMLAnchorElement>(el, '[part=status-link]')!.href);
    expect(link.searchParams.get('ref')).to.equal(event.detail.reference);
    expect(link.searchParams.get('token')).to.have.length.greaterThan(20);
    // the link says where it leads; the token is in its href, not in its text
    expect($(el, '[part=status-link]')!.textContent!.trim()).to.equal('Visa ärendet');
    // whom to call if it gets worse is whoever answers now, never the trygghetsjour by default
    const config = (await (await fetch(new URL('v1/config', API))).json()) as Config;
    const worse = $(el, '.receipt .worse')!.textContent!.replace(/\s+/g, ' ');
    const answering = onCall(config, new Date()).who;
    if (answering === 'trygghetsjour') expect(worse).to.contain('Blir det värre? Ring trygghetsjouren på');
    else expect(worse).to.contain('Blir det värre? Ring Kundservice på').and.not.to.contain('Ring trygghetsjouren');
    // the rules came with the later part (the first steps do not carry them)
    expect(getComputedStyle($(el, '.link-row')!).display, 'receipt rules adopted with the part').to.equal('flex');

    const stored = await reportsWith(description);
    expect(stored).to.have.length(1);
    const report = stored[0]!;
    expect(report.reference).to.equal(event.detail.reference);
    expect(report.category).to.equal(category.code);
    expect(report.area).to.equal(area);
    expect(report.addressId).to.equal(address.id);
    expect(report.place ?? undefined).to.equal(undefined);
    expect(report.placeDetail).to.equal('Trapphus B');
    expect(report.happeningNow).to.equal(true);
    expect(report.contact).to.deep.include({ anonymous: false, name: 'Testa Personsson', phone: '070-123 45 67' });
    expect(report.attachments).to.have.length(1);
    const photo = await admin.admin.attachments.get(report.attachments[0]!);
    expect(photo.size).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows a focused error summary with links and messages at the fields when required fields are empty', async () => {
    const el = await form();
    await ready(el);
    await nextByKeyboard(el);
    const summary = $(el, '#summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(active(el)).to.equal(summary);
    const kind = $<HTMLInputElement>(el, '#kind')!;
    expect(kind.getAttribute('aria-invalid')).to.equal('true');
    // a choice not made is asked for as a choice
    expect($(el, '#kind-error')!.textContent).to.contain('Välj ett av alternativen');
    summary.querySelector('a')!.click();
    expect(active(el)).to.equal(kind);
    await expect(el).to.be.accessible();
  });

  it('says a too long description is too long, with the limit', async () => {
    const config = await publicClient.config.get();
    const max = config.limits.descriptionMaxLength;
    const el = await form();
    await fillToReview(el, 'kort');
    changeButton(el, 'Beskrivning').click();
    await waitUntil(() => $(el, '#description'));
    input(el, '#description', 'a'.repeat(max + 1));
    await el.updateComplete;
    expect($(el, '.count')!.className).to.contain('count--over');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'));
    expect($(el, '#description-error')!.textContent).to.contain(`högst ${max} tecken`);
    expect($(el, '#description')!.getAttribute('aria-describedby')).to.contain('description-error');
  });

  it('puts a server-side field error on its field and goes back to its step', async () => {
    const description = unique('Okänt område');
    const el = await form({ area: 'no-such-area' });
    await fillToReview(el, description);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'), 'no summary after the server refused', { timeout: 10000 });
    expect($(el, '#step-heading')!.textContent).to.contain('Var hände det?');
    expect($(el, '#area')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#area-error')!.textContent).to.contain('känner inte igen');
    expect(active(el)?.id).to.equal('summary');
    expect(await reportsWith(description)).to.have.length(0);
  });

  it('stores one report when send is clicked twice', async () => {
    const description = unique('Dubbelklick');
    const el = await form();
    await fillToReview(el, description);
    const send = $<HTMLButtonElement>(el, '[part=next]')!;
    send.click();
    send.click();
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });
    expect(await reportsWith(description)).to.have.length(1);
  });

  it('keeps the report in the outbox while offline and sends it exactly once when back online', async () => {
    let offline = false;
    const client: GrannskapClient = createClient({
      baseUrl: API,
      retry: 0,
      fetch: (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const el = await formWithClient(client);
    const description = unique('Offline');
    await fillToReview(el, description);

    offline = true;
    const queued = oneEvent(el, GrannskapQueuedEvent.eventName);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await queued;
    await waitUntil(() => $(el, '[part=queued]'));
    // The request failed while the browser says it is online: the server is the trouble, not the internet.
    expect(textOf(el)).to.contain('Vi kunde inte nå servern. Det du skrev är sparat och skickas automatiskt.');
    expect(textOf(el)).not.to.contain('internet igen');
    await expect(el).to.be.accessible();
    expect(await reportsWith(description)).to.have.length(0);
    // The browser then loses its network: the message changes to wait for the internet.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      await waitUntil(() => textOf(el).includes('Din anmälan är sparad och skickas när du har internet igen'), 'the offline wording did not come');
      expect(textOf(el)).not.to.contain('Vi kunde inte nå servern');
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
    }

    offline = false;
    await client.outbox!.flush();
    await client.outbox!.flush();
    expect(await reportsWith(description)).to.have.length(1);
  });

  it('shows a bot a receipt and stores nothing when the honeypot is filled', async () => {
    const description = unique('Honungsfälla');
    const el = await form();
    await fillToReview(el, description);
    const trap = $<HTMLInputElement>(el, '#website')!;
    assert.isNotNull(trap.closest('[aria-hidden=true]'), 'the honeypot is not hidden from assistive technology');
    expect(trap.tabIndex).to.equal(-1);
    input(el, '#website', 'https://spam.example');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '[part=receipt]'));
    expect(await reportsWith(description)).to.have.length(0);
  });

  it('treats a form sent faster than a person can as a bot', async () => {
    const description = unique('För snabbt');
    const el = await form();
    el.minFillTime = 60_000;
    await fillToReview(el, description);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '[part=receipt]'));
    expect(await reportsWith(description)).to.have.length(0);
  });

  it('keeps non-personal fields as a draft and never writes name or phone', async () => {
    const description = unique('Utkast');
    const el = await form();
    await fillToReview(el, description);
    changeButton(el, 'Kontakt').click();
    await waitUntil(() => $(el, '#anonymous'));
    $<HTMLInputElement>(el, 'input[name=anonymous]:not(#anonymous)')!.click();
    await el.updateComplete;
    input(el, '#name', 'Hemlig Hemligsson');
    input(el, '#phone', '070-999 88 77');
    const stored = JSON.stringify({ ...localStorage });
    expect(stored).to.contain(description);
    expect(stored).not.to.contain('Hemlig');
    expect(stored).not.to.contain('999 88');

    el.remove();
    const again = await form();
    await ready(again);
    expect($<HTMLInputElement>(again, '#kind')!.checked).to.equal(true);
    $<HTMLButtonElement>(again, '[part=next]')!.click();
    await waitUntil(() => $(again, '#now'));
    expect($<HTMLInputElement>(again, '#now')!.checked).to.equal(true);
  });

  it('clears the draft after sending', async () => {
    const el = await form();
    await fillToReview(el, unique('Rensa utkast'));
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 10000 });
    // what remains is the receipt (reference and status link), kept to be shown again after a reload
    expect(Object.keys(localStorage).filter((k) => k.startsWith('grannskap:draft:') && !k.endsWith(':receipt'))).to.have.length(0);
  });

  for (const lang of ['sv', 'en']) {
    it(`passes axe empty, with errors and sent (${lang})`, async () => {
      const el = await form({ lang });
      await ready(el);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await waitUntil(() => $(el, '#summary'));
      await expect(el).to.be.accessible();
      if (lang === 'en') expect($(el, '[part=progress]')!.textContent).to.equal('Step 1 of 6');
      el.remove();
      const sent = await form({ lang });
      await fillToReview(sent, unique(`axe ${lang}`));
      $<HTMLButtonElement>(sent, '[part=next]')!.click();
      await waitUntil(() => $(sent, '[part=receipt]'), 'no receipt', { timeout: 10000 });
      await expect(sent).to.be.accessible();
    });
  }

  it('has no horizontal scroll at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await form();
      await fillToReview(el, unique('Smal skärm'));
      for (const row of [0, 1, 2, 3, 4, 5]) {
        assert.isAtMost(document.documentElement.scrollWidth, 320, `page scrolls sideways (step ${row})`);
        assert.isAtMost(el.scrollWidth, el.clientWidth, `form scrolls sideways (step ${row})`);
        if (row < 5) {
          $<HTMLButtonElement>(el, '[part=back]')!.click();
          await el.updateComplete;
        }
      }
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });
});
