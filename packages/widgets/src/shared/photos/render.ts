import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '../../shared/msg.js';
import { intlLocale } from '../format.js';
import { MAX_ORIGINAL_BYTES } from './prepare.js';
import type { PhotoErrorCode } from './prepare.js';
import type { PhotoItem, PhotoLimits, PhotoUploads } from './uploads.js';

const TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
  'image/heif': 'HEIF',
  'image/avif': 'AVIF',
  'image/gif': 'GIF',
};

/** "JPEG, PNG eller WebP" in the active language. */
export const typeList = (types: readonly string[]): string =>
  new Intl.ListFormat(intlLocale(), { type: 'disjunction' }).format(types.map((t) => TYPE_NAMES[t] ?? t));

/** "Bild 2": how a photo is named everywhere (alt text, button names, the error summary). */
export const photoLabel = (n: number): string => msg(str`Bild ${n}`, { id: 'photos.label' });

/** The message for a photo's error, in plain language. */
export function photoErrorMessage(code: PhotoErrorCode, limits: PhotoLimits): string {
  switch (code) {
    case 'type':
      return msg(str`Filen är inte en bild som vi kan ta emot. Välj en bild i formatet ${typeList(limits.types)}.`, { id: 'photos.error.type' });
    case 'too_large':
      return msg(str`Filen är för stor. Välj en bild som är mindre än ${Math.floor(MAX_ORIGINAL_BYTES / 1024 / 1024)} MB.`, { id: 'photos.error.tooLarge' });
    case 'undecodable':
      return msg('Bilden går inte att öppna. Den kan vara skadad. Välj en annan bild.', { id: 'photos.error.undecodable' });
    default:
      return msg('Bilden kunde inte laddas upp. Försök igen eller ta bort bilden.', { id: 'photos.error.upload' });
  }
}

/** The ids `renderPhotos` gives photo `n` (1-based), derived from the input's id. */
export const photoIds = (base: string, n: number) => ({
  item: `${base}-item-${n}`,
  error: `${base}-${n}-error`,
  /** The control that fixes an error: "try again" for a failed upload, otherwise "remove". The error summary links here. */
  target: `${base}-${n}`,
  remove: `${base}-${n}-remove`,
});

export interface RenderPhotosOptions {
  /** The file input's id; every other id is derived from it (see `photoIds`). */
  id: string;
  /** The visible label of the add button, e.g. "Lägg till bilder". */
  label: string;
  /** Ids of other text that describes the input (e.g. an error line). */
  describedBy?: string;
}

const stateLine = (item: PhotoItem, n: number, limits: PhotoLimits, errorId: string): TemplateResult => {
  switch (item.state) {
    case 'preparing':
      return html`<p class="photo-state">${msg('Förbereder bilden …', { id: 'photos.preparing' })}</p>`;
    case 'uploading':
      // fetch reports no upload progress: an indeterminate bar is honest, a percentage would be invented.
      return html`<p class="photo-state">
        <progress aria-label=${msg(str`Laddar upp bild ${n}`, { id: 'photos.uploadingLabel' })}></progress>
        <span>${msg('Laddar upp …', { id: 'photos.uploading' })}</span>
      </p>`;
    case 'done':
      return html`<p class="photo-state photo-state--done">${msg('Uppladdad', { id: 'photos.done' })}</p>`;
    default:
      return html`<p class="field-error" id=${errorId}>${photoErrorMessage(item.error ?? 'upload', limits)}</p>`;
  }
};

/**
 * How many photos have been uploaded, as a person would say it: "Bilden har laddats upp", "Alla 3 bilder
 * har laddats upp", "1 av 3 bilder har laddats upp", never "1 bild av 1".
 */
export function uploadStatus(total: number, done: number): string {
  if (total === 1) return done === 1 ? msg('Bilden har laddats upp.', { id: 'photos.oneDone' }) : msg('Bilden har inte laddats upp än.', { id: 'photos.oneNotDone' });
  if (done === total) return msg(str`Alla ${total} bilder har laddats upp.`, { id: 'photos.allDone' });
  if (done === 0) return msg(str`Ingen av de ${total} bilderna har laddats upp än.`, { id: 'photos.noneDone' });
  return msg(str`${done} av ${total} bilder har laddats upp.`, { id: 'photos.someDone' });
}

/** After a remove, focus goes to the photo now in that place, or back to the add button. */
async function removeAndRefocus(uploads: PhotoUploads, item: PhotoItem, n: number, base: string, from: Element, host: { updateComplete: Promise<unknown> }): Promise<void> {
  const root = from.getRootNode() as Document | ShadowRoot;
  uploads.remove(item.key);
  await host.updateComplete;
  const removeOf = (m: number) => root.getElementById(photoIds(base, m).item)?.querySelector<HTMLElement>('.photo-remove');
  (removeOf(n) ?? removeOf(n - 1) ?? root.getElementById(base))?.focus();
}

/**
 * The photo picker and list: a real `<input type=file multiple>` (visually hidden, reached by Tab and
 * opened with Enter or Space) under a visible label styled as a button; then one entry per photo with
 * its preview, its state (an indeterminate progress bar while uploading), its error, a "try again"
 * button for a failed upload and a "remove" button named after the photo; and a status line
 * ("2 av 3 bilder har laddats upp") that screen readers announce. `capture` is not set: the tenant may pick
 * from the gallery as well as take a new photo. Needs `photosStyles` in the host's styles.
 */
export function renderPhotos(uploads: PhotoUploads, limits: PhotoLimits, host: { updateComplete: Promise<unknown> }, options: RenderPhotosOptions): TemplateResult {
  const { id, label } = options;
  const items = uploads.items;
  const { total, done } = uploads.counts;
  const refused = uploads.refusedCount;
  const hintId = `${id}-hint`;
  return html`<div class="photos" part="photos">
    <p class="hint" id=${hintId}>
      ${msg(str`Du kan lägga till högst ${limits.maxCount} bilder i formatet ${typeList(limits.types)}. Bilderna görs mindre och uppgifter om var de är tagna tas bort innan de skickas.`, { id: 'photos.hint' })}
    </p>
    <input
      id=${id}
      class="visually-hidden photos-input"
      type="file"
      accept=${limits.types.join(',')}
      multiple
      aria-describedby=${[hintId, options.describedBy].filter(Boolean).join(' ')}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const files = Array.from(input.files ?? []);
        // Cleared so that choosing the same file again (after removing it) fires change again.
        input.value = '';
        if (files.length) void uploads.add(files);
      }}
    />
    <label for=${id} class="photos-add button-like" part="photos-add">${label}</label>
    <p class="photos-status" role="status">
      ${total ? uploadStatus(total, done) : nothing}
      ${refused ? msg(str`Det får plats högst ${limits.maxCount} bilder. Några av bilderna du valde lades inte till (${refused}).`, { id: 'photos.refused' }) : nothing}
    </p>
    ${items.length
      ? html`<ul class="photos-list" aria-label=${msg('Dina bilder', { id: 'photos.listLabel' })}>
          ${items.map((item, i) => {
            const n = i + 1;
            const ids = photoIds(id, n);
            const name = photoLabel(n);
            const failed = item.state === 'error';
            const retryable = failed && item.error === 'upload';
            const describedBy = failed ? ids.error : nothing;
            return html`<li class=${`photo photo--${item.state}`} id=${ids.item}>
              ${item.previewUrl
                ? html`<img class="photo-preview" src=${item.previewUrl} alt=${msg(str`${name}, förhandsvisning`, { id: 'photos.previewAlt' })} />`
                : html`<span class="photo-preview photo-preview--empty" aria-hidden="true"></span>`}
              <div class="photo-body">
                <p class="photo-name"><strong>${name}</strong> <bdi class="photo-file" title=${item.name}>${item.name}</bdi></p>
                ${stateLine(item, n, limits, ids.error)}
                <div class="photo-actions">
                  ${retryable
                    ? html`<button
                        type="button"
                        class="secondary"
                        id=${ids.target}
                        aria-label=${msg(str`Försök igen med bild ${n}`, { id: 'photos.retryName' })}
                        aria-describedby=${describedBy}
                        @click=${() => void uploads.retry(item.key)}
                      >
                        ${msg('Försök igen', { id: 'photos.retry' })}
                      </button>`
                    : nothing}
                  <button
                    type="button"
                    class="secondary photo-remove"
                    id=${retryable ? ids.remove : ids.target}
                    aria-label=${msg(str`Ta bort bild ${n}`, { id: 'photos.removeName' })}
                    aria-describedby=${describedBy}
                    @click=${(e: Event) => void removeAndRefocus(uploads, item, n, id, e.currentTarget as Element, host)}
                  >
                    ${msg('Ta bort', { id: 'photos.remove' })}
                  </button>
                </div>
              </div>
            </li>`;
          })}
        </ul>`
      : nothing}
  </div>`;
}

/** Small previews for a summary (the review step): each with its name as alt text. */
export function renderPhotoThumbs(items: readonly PhotoItem[]): TemplateResult {
  return html`<span class="photo-thumbs">
    ${items.map((item, i) =>
      item.previewUrl && item.state === 'done' ? html`<img class="photo-thumb" src=${item.previewUrl} alt=${photoLabel(i + 1)} />` : nothing,
    )}
  </span>`;
}
