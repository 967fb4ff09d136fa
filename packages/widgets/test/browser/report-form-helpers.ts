// Shared by the report-form suites (report-form*.test.ts): the real server's catalogue, the admin API,
// driving the form by keyboard or by clicks, mounting it with a client of the test's own, and JPEG
// bytes with EXIF/GPS to prove that photos leave the device without them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { createClient } from '@grannskap/sdk';
import type { AdminReport, Category } from '@grannskap/contract';
import '../../src/grannskap-report-form.js';
import type { GrannskapReportForm } from '../../src/report-form/report-form.js';
import { clientContext, configContext } from '../../src/shared/context.js';
import type { GrannskapClient } from '../../src/shared/context.js';
import { API, textOf } from './helpers.js';

export const ADMIN_TOKEN = window.__GRANNSKAP_ADMIN_TOKEN__ ?? '';
export const admin = createClient({ baseUrl: API, token: ADMIN_TOKEN, outbox: false });
export const publicClient = createClient({ baseUrl: API, outbox: false });

export const unique = (what: string): string => `${what} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** Reports the server stored with this exact description. */
export async function reportsWith(description: string): Promise<AdminReport[]> {
  const list = await admin.admin.reports.list({ limit: 200 });
  return list.items.filter((r) => r.description === description);
}

let catalogue: { category: Category; index: number; area: string } | undefined;
/** A category without required questions, its position among its kind's categories, and an area. */
export async function simpleCategory(): Promise<{ category: Category; index: number; area: string }> {
  if (catalogue) return catalogue;
  const [categories, areas] = await Promise.all([publicClient.categories.list(), publicClient.areas.list()]);
  const category = categories.items.find((c) => c.fields.every((f) => !f.required))!;
  const index = categories.items.filter((c) => c.kind === category.kind).indexOf(category);
  catalogue = { category, index, area: areas.items[0]!.id };
  return catalogue;
}

export const $ = <T extends Element = HTMLElement>(el: GrannskapReportForm, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const active = (el: GrannskapReportForm): Element | null => el.shadowRoot!.activeElement;

export async function ready(el: GrannskapReportForm): Promise<void> {
  await waitUntil(() => $(el, '#kind'), 'the form did not appear', { timeout: 10000 });
}

/** Presses Tab until `selector` has focus: a keyboard user's way to a control. */
export async function tabTo(el: GrannskapReportForm, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (active(el)?.matches(selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

export async function nextByKeyboard(el: GrannskapReportForm, expectedHeading?: string): Promise<void> {
  await tabTo(el, '[part=next]');
  const before = textOf(el);
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  if (expectedHeading) await waitUntil(() => $(el, '#step-heading')?.textContent?.includes(expectedHeading), `no step "${expectedHeading}"`);
  else await waitUntil(() => textOf(el) !== before, 'Next changed nothing');
  await partLoaded(el);
}

/** The photo step and the receipt load when first needed: waits until what they show is there. */
export async function partLoaded(el: GrannskapReportForm): Promise<void> {
  await waitUntil(() => !$(el, '#part-status'), 'the photo step or the receipt did not load');
}

export const input = (el: GrannskapReportForm, selector: string, value: string): void => {
  const control = $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
};
export const check = (el: GrannskapReportForm, selector: string): void => $<HTMLInputElement>(el, selector)!.click();
export async function next(el: GrannskapReportForm): Promise<void> {
  const heading = $(el, '#step-heading')?.textContent;
  $<HTMLButtonElement>(el, '[part=next]')!.click();
  await waitUntil(() => $(el, '#step-heading')?.textContent !== heading, `Next did not leave "${heading}"`);
  await partLoaded(el);
}

/**
 * Fills every step by clicks and values (not the keyboard test) and stops on the review step;
 * `onPhotos` runs on the step with the description and the photos (add photos there).
 */
export async function fillToReview(el: GrannskapReportForm, description: string, onPhotos?: (el: GrannskapReportForm) => Promise<void>): Promise<void> {
  const { index } = await simpleCategory();
  await ready(el);
  check(el, '#kind');
  await el.updateComplete;
  // By position, so that it works in every language.
  el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=category]')[index]!.click();
  await next(el);
  check(el, '#now');
  await next(el);
  input(el, '#place', 'Gården vid nummer 12');
  await next(el);
  input(el, '#description', description);
  if (onPhotos) await onPhotos(el);
  await next(el);
  await next(el);
  expect($(el, '.review'), 'not on the review step').not.to.equal(null);
}

/** The title of the step on show, without "Steg 2 av 6". */
export const stepTitleOf = (el: GrannskapReportForm): string => $(el, '#step-heading .step-title')?.textContent?.trim() ?? '';

/** The "Ändra" button of a review row, by the row's label. */
export const changeButton = (el: GrannskapReportForm, rowLabel: string): HTMLButtonElement => {
  const row = [...el.shadowRoot!.querySelectorAll('.review-row')].find((r) => r.querySelector('dt')?.textContent?.trim() === rowLabel);
  if (!row) throw new Error(`no review row "${rowLabel}"`);
  return row.querySelector('button')!;
};

export async function form(attrs: { lang?: string; area?: string } = {}): Promise<GrannskapReportForm> {
  const { category, area } = await simpleCategory();
  const el = await fixture<GrannskapReportForm>(
    html`<grannskap-report-form api-base=${API} area=${attrs.area ?? area} kinds=${category.kind} lang=${attrs.lang ?? 'sv'}></grannskap-report-form>`,
  );
  el.minFillTime = 0;
  return el;
}


/** Mounts the form inside a context that provides `client` (a client with the test's own fetch or outbox). */
export async function formWithClient(client: GrannskapClient, attrs: { lang?: string } = {}): Promise<GrannskapReportForm> {
  const config = await client.config.get();
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  new ContextProvider(host, { context: clientContext, initialValue: client });
  new ContextProvider(host, { context: configContext, initialValue: { status: 'ready', config } });
  const { category, area } = await simpleCategory();
  const el = document.createElement('grannskap-report-form');
  el.area = area;
  el.kinds = category.kind;
  el.minFillTime = 0;
  if (attrs.lang) el.lang = attrs.lang;
  host.append(el);
  return el;
}

/** Gives the form's file input these files, as the browser's picker would. */
export function pickFiles(el: GrannskapReportForm, files: File[]): void {
  const picker = $<HTMLInputElement>(el, '#photos')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A photo drawn on a canvas, `width` × `height`, as JPEG bytes. */
export async function canvasJpeg(width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const gradient = ctx.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#0b5394');
  gradient.addColorStop(1, '#f4b400');
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#fff';
  ctx.font = `${Math.round(height / 5)}px sans-serif`;
  ctx.fillText('Trapphus B', width / 10, height / 2);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/jpeg', 0.9));
  return new Uint8Array(await blob.arrayBuffer());
}

/** The TIFF tag numbers (big-endian) that carry the position: GPSInfo in IFD0 and GPSLatitude in the GPS IFD. */
export const GPS_INFO_TAG = [0x88, 0x25];
export const GPS_LATITUDE_ENTRY = [0x00, 0x02, 0x00, 0x05];

/**
 * An APP1 "Exif" segment with IFD0 → GPS IFD holding GPSLatitudeRef "N" and GPSLatitude 59° 19' 0"
 * (Stockholm), as a phone camera writes it (big-endian TIFF).
 */
export function exifWithGps(): Uint8Array<ArrayBuffer> {
  const tiff: number[] = [];
  const u16 = (n: number) => tiff.push((n >> 8) & 0xff, n & 0xff);
  const u32 = (n: number) => tiff.push((n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  tiff.push(0x4d, 0x4d); // MM
  u16(42);
  u32(8); // IFD0 at 8
  u16(1); // IFD0: one entry
  u16(0x8825); u16(4); u32(1); u32(26); // GPSInfo → GPS IFD at 26
  u32(0); // no next IFD
  // GPS IFD at 26: two entries (2 + 2 × 12 + 4 = 30 bytes), rationals after it at 56.
  u16(2);
  u16(0x0001); u16(2); u32(2); tiff.push(0x4e, 0x00, 0x00, 0x00); // GPSLatitudeRef "N"
  u16(0x0002); u16(5); u32(3); u32(56); // GPSLatitude, 3 rationals at 56
  u32(0);
  for (const [num, den] of [[59, 1], [19, 1], [0, 1]] as const) {
    u32(num);
    u32(den);
  }
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff]; // "Exif\0\0"
  const length = payload.length + 2;
  return new Uint8Array([0xff, 0xe1, (length >> 8) & 0xff, length & 0xff, ...payload]);
}

/** `jpeg` with `segment` spliced in right after SOI. */
export function withSegment(jpeg: Uint8Array, segment: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

/** The header segments of a JPEG up to the image data: marker and bytes of each, and the frame size. */
export function jpegHeader(bytes: Uint8Array): { markers: number[]; segments: Uint8Array[]; width: number; height: number } {
  expect(bytes[0] === 0xff && bytes[1] === 0xd8, 'not a JPEG (no SOI)').to.equal(true);
  const markers: number[] = [];
  const segments: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`no marker at ${at}`);
    const marker = bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    markers.push(marker);
    segments.push(bytes.subarray(at, at + 2 + length));
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      height = (bytes[at + 5]! << 8) | bytes[at + 6]!;
      width = (bytes[at + 7]! << 8) | bytes[at + 8]!;
    }
    if (marker === 0xda) break; // start of scan: the rest is image data
    at += 2 + length;
  }
  return { markers, segments, width, height };
}

/** True when `needle` occurs in `haystack`. */
export function contains(haystack: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Asserts that a JPEG carries no EXIF (no APP1, no "Exif" header) and no GPS tags in its header. */
export function expectNoLocation(bytes: Uint8Array, what: string): { width: number; height: number } {
  const header = jpegHeader(bytes);
  expect(header.markers, `${what}: has an APP1 (EXIF/XMP) segment`).not.to.include(0xe1);
  for (const segment of header.segments) {
    expect(contains(segment, [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]), `${what}: has an Exif header`).to.equal(false);
    expect(contains(segment, GPS_INFO_TAG) || contains(segment, GPS_LATITUDE_ENTRY), `${what}: has GPS tags`).to.equal(false);
  }
  return { width: header.width, height: header.height };
}
