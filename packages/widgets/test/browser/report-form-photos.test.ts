// The report form's photos step against the real server: photos leave the device downscaled and without
// EXIF/GPS (checked on the bytes sent AND on the bytes stored), wrong types and sizes are refused at the
// photo and in the summary, uploads show their state and can be retried, sending waits for a running
// upload, and a report kept offline survives a reload and is stored exactly once.
import { assert, expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { IndexedDbOutboxStore, createClient } from '@grannskap/sdk';
import type { GrannskapClient } from '../../src/shared/context.js';
import { MAX_ORIGINAL_BYTES, preparePhoto, sniffImageType } from '../../src/shared/photos/index.js';
import { setLocale } from '../../src/shared/localization.js';
import type { GrannskapReportForm } from '../../src/report-form/report-form.js';
import { API, textOf } from './helpers.js';
import {
  $, GPS_INFO_TAG, active, admin, canvasJpeg, contains, exifWithGps, expectNoLocation, fillToReview, formWithClient, jpegHeader, pickFiles, publicClient, reportsWith, tabTo, unique,
  withSegment,
} from './report-form-helpers.js';

const isUpload = (input: RequestInfo | URL): input is Request => input instanceof Request && input.method === 'POST' && new URL(input.url).pathname.endsWith('/v1/attachments');

/**
 * A client on the real server whose network the test controls: it records the photo bytes each upload
 * sends, can hold uploads until `release()`, and can go offline. Nothing is answered in the server's place.
 */
function controlledClient(options: { outbox?: IndexedDbOutboxStore } = {}) {
  const sent: Blob[] = [];
  const net = { offline: false, hold: false };
  let gate: { promise: Promise<void>; open: () => void } | undefined;
  const held = () => {
    if (!gate) {
      let open = () => {};
      const promise = new Promise<void>((resolve) => (open = resolve));
      gate = { promise, open };
    }
    return gate.promise;
  };
  const client: GrannskapClient = createClient({
    baseUrl: API,
    retry: 0,
    ...(options.outbox ? { outbox: options.outbox } : {}),
    fetch: async (input, init) => {
      if (isUpload(input)) {
        const file = (await input.clone().formData()).get('file');
        if (file instanceof Blob) sent.push(file);
        if (net.hold) await held();
      }
      if (net.offline) throw new TypeError('Failed to fetch');
      return fetch(input, init);
    },
  });
  return Object.assign(net, {
    client,
    sent,
    release() {
      net.hold = false;
      gate?.open();
      gate = undefined;
    },
  });
}

const limits = async () => (await publicClient.config.get()).limits.photos;
const jpegFile = async (name = 'IMG_2041.jpg', width = 1200, height = 900) => new File([await canvasJpeg(width, height)], name, { type: 'image/jpeg' });
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** Goes from the start to the photos step, filling what comes before it. */
async function toPhotos(el: GrannskapReportForm, description: string): Promise<void> {
  let reached = false;
  const filling = fillToReview(el, description, async () => {
    reached = true;
    throw new Error('stop at photos');
  });
  await filling.catch((error: Error) => {
    if (!reached) throw error;
  });
  expect($(el, '#photos'), 'not on the step with the photos').to.not.equal(null);
}

const statusText = (el: GrannskapReportForm): string => $(el, '.photos-status')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('grannskap-report-form photos', () => {
  beforeEach(() => localStorage.clear());
  afterEach(async () => {
    await setLocale('sv');
  });

  it('sends and stores a photo downscaled and without EXIF or GPS, and the report carries it', async () => {
    const config = await limits();
    const original = withSegment(await canvasJpeg(3000, 2000), exifWithGps());
    // The input really carries a position, or the test proves nothing.
    const before = jpegHeader(original);
    expect(before.markers).to.include(0xe1);
    assert.isTrue(before.segments.some((s) => contains(s, GPS_INFO_TAG)), 'the test photo has no GPS IFD');
    expect(before.width).to.equal(3000);
    expect(config.maxLongSide).to.be.below(3000);

    const net = controlledClient();
    const el = await formWithClient(net.client);
    const description = unique('Trasig lampa med bild');
    await fillToReview(el, description, async (form) => {
      pickFiles(form, [new File([original], 'IMG_0042.jpg', { type: 'image/jpeg' })]);
      await waitUntil(() => statusText(form) === 'Bilden har laddats upp.', 'the photo was not uploaded', { timeout: 15000 });
      const preview = $<HTMLImageElement>(form, '.photo-preview')!;
      expect(preview.alt).to.equal('Bild 1, förhandsvisning');
      expect(preview.src).to.match(/^blob:/);
    });
    const thumb = $<HTMLImageElement>(el, '.review .photo-thumb')!;
    expect(thumb.alt).to.equal('Bild 1');
    expect(textOf(el)).to.contain('Bilden har laddats upp.');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '[part=receipt]'), 'no receipt', { timeout: 15000 });

    expect(net.sent).to.have.length(1);
    const wire = expectNoLocation(await bytesOf(net.sent[0]!), 'the uploaded photo');
    expect(Math.max(wire.width, wire.height)).to.equal(config.maxLongSide);
    expect(wire.width / wire.height).to.be.closeTo(1.5, 0.01);

    const [report] = await reportsWith(description);
    expect(report?.attachments).to.have.length(1);
    const stored = await bytesOf(await admin.admin.attachments.get(report!.attachments[0]!));
    const kept = expectNoLocation(stored, 'the stored photo');
    expect(Math.max(kept.width, kept.height)).to.be.at.most(config.maxLongSide);
    expect(sniffImageType(stored)).to.equal('image/jpeg');
  });

  it('prepares photos on its own: type from the bytes, size caps, orientation kept to the long side', async () => {
    const config = await limits();
    const small = await preparePhoto(new Blob([withSegment(await canvasJpeg(640, 480), exifWithGps())]), config);
    expect(expectNoLocation(await bytesOf(small), 'a small photo')).to.deep.equal({ width: 640, height: 480 });
    const errorOf = (file: Blob, extra: Partial<typeof config> & { maxOriginalBytes?: number } = {}) =>
      preparePhoto(file, { ...config, ...extra }).then(
        () => 'ok',
        (e: { code?: string }) => e.code,
      );
    expect(await errorOf(new Blob(['%PDF-1.4 not a photo'], { type: 'image/jpeg' }))).to.equal('type');
    expect(await errorOf(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5])]))).to.equal('undecodable');
    expect(await errorOf(new Blob([await canvasJpeg(64, 64)]), { maxOriginalBytes: 100 })).to.equal('too_large');
    expect(await errorOf(new Blob([await canvasJpeg(400, 400)]), { maxBytes: 200 })).to.equal('too_large');
    expect(await errorOf(new Blob([await canvasJpeg(64, 64)]), { types: ['image/png'] })).to.equal('type');
  });

  it('refuses a text file, a PDF and a .jpg that is not an image at the photo and in the summary', async () => {
    const net = controlledClient();
    const el = await formWithClient(net.client);
    await toPhotos(el, unique('Fel filtyp'));
    pickFiles(el, [
      new File(['hej'], 'anteckning.txt', { type: 'text/plain' }),
      new File(['%PDF-1.7\n%âãÏÓ'], 'intyg.pdf', { type: 'application/pdf' }),
      new File(['<html>inte en bild</html>'], 'semester.jpg', { type: 'image/jpeg' }),
    ]);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.photo--error').length === 3, 'not every file was refused', { timeout: 10000 });
    for (const n of [1, 2, 3]) {
      expect($(el, `#photos-${n}-error`)!.textContent).to.contain('inte en bild som vi kan ta emot');
      expect($(el, `#photos-${n}`)!.getAttribute('aria-describedby')).to.equal(`photos-${n}-error`);
    }
    expect(net.sent, 'a refused file was uploaded').to.have.length(0);
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'), 'no summary');
    expect(active(el)?.id).to.equal('summary');
    const links = [...$(el, '#summary')!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim().slice(0, 7))).to.deep.equal(['Bild 1:', 'Bild 2:', 'Bild 3:']);
    links[1]!.click();
    expect(active(el)?.id).to.equal('photos-2');
    expect(active(el)?.getAttribute('aria-label')).to.equal('Ta bort bild 2');
    await expect(el).to.be.accessible();

    // Removing a refused file by keyboard takes its line out of the summary and keeps focus in the list.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.photo').length === 2);
    expect(active(el)?.getAttribute('aria-label'), 'focus did not move to the photo now in that place').to.equal('Ta bort bild 2');
    expect($(el, '#summary')!.querySelectorAll('a')).to.have.length(2);
  });

  it('refuses an original that is too large to open, at the photo', async () => {
    const net = controlledClient();
    const el = await formWithClient(net.client);
    await toPhotos(el, unique('För stor'));
    const huge = new Uint8Array(MAX_ORIGINAL_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    pickFiles(el, [new File([huge], 'panorama.jpg', { type: 'image/jpeg' })]);
    await waitUntil(() => $(el, '#photos-1-error'), 'no message at the photo', { timeout: 10000 });
    expect($(el, '#photos-1-error')!.textContent).to.contain('Filen är för stor');
    expect(net.sent).to.have.length(0);
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'));
    expect($(el, '#summary')!.textContent).to.contain('Bild 1: Filen är för stor');
  });

  it('shows a failed upload at the photo, blocks going on, and uploads it on "try again"', async () => {
    const net = controlledClient();
    const el = await formWithClient(net.client);
    const description = unique('Försök igen');
    await toPhotos(el, description);
    net.offline = true;
    pickFiles(el, [await jpegFile()]);
    await waitUntil(() => $(el, '#photos-1-error'), 'the failed upload was not shown', { timeout: 15000 });
    expect($(el, '#photos-1-error')!.textContent).to.contain('kunde inte laddas upp');
    expect($(el, '#photos-1')!.getAttribute('aria-label')).to.equal('Försök igen med bild 1');
    expect($(el, '#photos-1-remove')!.getAttribute('aria-label')).to.equal('Ta bort bild 1');
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '#summary'));
    expect($(el, '#summary')!.textContent).to.contain('Bild 1: Bilden kunde inte laddas upp');
    await expect(el).to.be.accessible();

    net.offline = false;
    $<HTMLButtonElement>(el, '#photos-1')!.click();
    await waitUntil(() => statusText(el) === 'Bilden har laddats upp.', 'the retry did not upload', { timeout: 15000 });
    expect($(el, '#summary'), 'the summary outlived the fixed photo').to.equal(null);
    // The same bytes both times (and the same idempotency key), so the server keeps one photo.
    expect(net.sent).to.have.length(2);
    expect(await bytesOf(net.sent[1]!)).to.deep.equal(await bytesOf(net.sent[0]!));
  });

  it('takes at most the configured number of photos and says how many were left out', async () => {
    const config = await limits();
    const net = controlledClient();
    const el = await formWithClient(net.client);
    await toPhotos(el, unique('För många'));
    const file = await jpegFile('liten.jpg', 200, 150);
    pickFiles(el, Array.from({ length: config.maxCount + 2 }, () => file));
    await waitUntil(() => statusText(el).startsWith(`Alla ${config.maxCount} bilder har laddats upp.`), 'not all photos were uploaded', { timeout: 30000 });
    expect(statusText(el)).to.contain('(2)');
    expect(el.shadowRoot!.querySelectorAll('.photo')).to.have.length(config.maxCount);
  });

  for (const lang of ['sv', 'en']) {
    it(`shows upload progress honestly, waits for it when sending, and passes axe with photos, uploading and errors (${lang})`, async () => {
      const net = controlledClient();
      const el = await formWithClient(net.client, { lang });
      const description = unique(`Väntar på bild ${lang}`);
      await fillToReview(el, description, async (form) => {
        net.hold = true;
        pickFiles(form, [await jpegFile()]);
        await waitUntil(() => $(form, '.photo--uploading progress'), 'no progress while uploading', { timeout: 15000 });
        const bar = $<HTMLProgressElement>(form, '.photo--uploading progress')!;
        // fetch has no upload progress: the bar is indeterminate, no invented percentage.
        expect(bar.hasAttribute('value')).to.equal(false);
        expect(bar.getAttribute('aria-label')).to.equal(lang === 'sv' ? 'Laddar upp bild 1' : 'Uploading photo 1');
        expect(statusText(form)).to.equal(lang === 'sv' ? 'Bilden har inte laddats upp än.' : 'The photo has not been uploaded yet.');
        await expect(form).to.be.accessible();
        pickFiles(form, [new File(['hej'], 'anteckning.txt', { type: 'text/plain' })]);
        await waitUntil(() => $(form, '#photos-2-error'), 'the text file was not refused', { timeout: 10000 });
        await expect(form).to.be.accessible();
        $<HTMLButtonElement>(form, '#photos-2')!.click();
        await waitUntil(() => !$(form, '#photos-2'));
      });
      // Still uploading on the review step: sending waits for the photo instead of leaving it out.
      expect(textOf(el)).to.contain(lang === 'sv' ? 'Anmälan skickas när resten av bilderna är uppladdade' : 'when the rest of the photos have been uploaded');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=next]')!.click();
      await waitUntil(() => $(el, '#send-status')?.textContent?.trim(), 'no word that sending waits for the photos');
      expect($<HTMLButtonElement>(el, '[part=next]')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      net.release();
      await waitUntil(() => $(el, '[part=receipt]'), 'no receipt after the upload finished', { timeout: 15000 });
      await expect(el).to.be.accessible();
      const [report] = await reportsWith(description);
      expect(report?.attachments).to.have.length(1);
    });
  }

  it('keeps a report with its uploaded photo through a reload while offline, says which photo is left out, and stores it once', async () => {
    const database = `grannskap-test-${unique('outbox').replace(/\W/g, '')}`;
    const first = controlledClient({ outbox: new IndexedDbOutboxStore({ database }) });
    const el = await formWithClient(first.client);
    const description = unique('Omladdning med bild');
    await fillToReview(el, description, async (form) => {
      pickFiles(form, [await jpegFile('forsta.jpg')]);
      await waitUntil(() => statusText(form) === 'Bilden har laddats upp.', 'photo 1 not uploaded', { timeout: 15000 });
      first.hold = true;
      pickFiles(form, [await jpegFile('andra.jpg')]);
      await waitUntil(() => $(form, '.photo--uploading'), 'photo 2 not on its way', { timeout: 15000 });
    });
    // The connection goes while photo 2 is on its way: it cannot be kept, the report can.
    first.offline = true;
    first.release();
    await waitUntil(() => textOf(el).includes('Bilder som inte laddats upp skickas inte med (1)'), 'the review step did not say photo 2 is left out', { timeout: 15000 });
    $<HTMLButtonElement>(el, '[part=next]')!.click();
    await waitUntil(() => $(el, '[part=queued]'), 'not queued', { timeout: 15000 });
    expect(textOf(el)).to.contain('kom inte med i anmälan (1)');
    await expect(el).to.be.accessible();
    expect(await reportsWith(description)).to.have.length(0);
    assert.notInclude(JSON.stringify({ ...localStorage }), 'forsta.jpg', 'a photo reached storage');

    // "Reload": the element and its client go; a fresh client on the same IndexedDB outbox takes over.
    el.parentElement!.remove();
    const second = createClient({ baseUrl: API, outbox: new IndexedDbOutboxStore({ database }) });
    const again = await formWithClient(second);
    await waitUntil(async () => (await reportsWith(description)).length > 0, 'the kept report was not sent after the reload', { timeout: 15000 });
    // The old page coming back online and flushing too must not make a second report.
    first.offline = false;
    await first.client.outbox!.flush();
    await second.outbox!.flush();
    const stored = await reportsWith(description);
    expect(stored).to.have.length(1);
    expect(stored[0]!.attachments).to.have.length(1);
    expect(await second.outbox!.pending()).to.have.length(0);
    again.parentElement!.remove();
    indexedDB.deleteDatabase(database);
  });

  it('has no horizontal scroll at 320 px on the photos and review steps, and shows focus on the photo controls', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const net = controlledClient();
      const el = await formWithClient(net.client);
      await fillToReview(el, unique('Smal med bilder'), async (form) => {
        pickFiles(form, [await jpegFile('en-mycket-lang-filnamn-utan-mellanslag-fran-kameran-2026-11-28.jpg', 3000, 400), new File(['x'], 'fel.txt')]);
        await waitUntil(() => statusText(form).startsWith('1 av 2'), 'photo not uploaded', { timeout: 15000 });
        assert.isAtMost(document.documentElement.scrollWidth, 320, 'page scrolls sideways on the photos step');
        assert.isAtMost(form.scrollWidth, form.clientWidth, 'form scrolls sideways on the photos step');
        for (const selector of ['#photos', '#photos-1', '#photos-2']) {
          await tabTo(form, selector);
          const shown = selector === '#photos' ? $(form, '.photos-add')! : active(form)!;
          const style = getComputedStyle(shown);
          expect(style.outlineStyle, `no visible focus for ${selector}`).to.equal('solid');
          expect(parseFloat(style.outlineWidth), `no visible focus for ${selector}`).to.be.at.least(2);
        }
        $<HTMLButtonElement>(form, '#photos-2')!.click();
        await waitUntil(() => !$(form, '#photos-2'));
      });
      assert.isAtMost(document.documentElement.scrollWidth, 320, 'page scrolls sideways on the review step');
      assert.isAtMost(el.scrollWidth, el.clientWidth, 'form scrolls sideways on the review step');
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });
});
