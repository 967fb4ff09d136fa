/**
 * Photos for any Grannskap form (the report form, receipts in trivselpeng follow-ups).
 *
 *   import { PhotoUploads, renderPhotos, photosStyles } from '../shared/photos/index.js';
 *   static styles = [GrannskapElement.styles, photosStyles, ownStyles];
 *   private readonly photos = new PhotoUploads(this, {
 *     client: () => this.api.client,                       // uploads with client.attachments.upload
 *     limits: () => this.api.config?.limits.photos,
 *   });
 *   render: renderPhotos(this.photos, config.limits.photos, this, { id: 'photos', label: msg('Lägg till bilder', …) })
 *   send:   await this.photos.settled(); body.attachments = this.photos.attachmentIds;
 *
 * - `preparePhoto(file, { maxLongSide, maxBytes, types })` → a JPEG Blob, downscaled, upright, WITHOUT EXIF/GPS
 *   (pixels are re-encoded on a canvas). Refuses by the first bytes, not the name: `PhotoError` with code
 *   `type`, `too_large` (originals over `MAX_ORIGINAL_BYTES` = 40 MiB are never opened, to spare a phone's
 *   memory), or `undecodable`.
 * - `PhotoUploads`: a Lit ReactiveController holding the photos of one submission (preview object URLs,
 *   `preparing → uploading → done | error`, one idempotency key per photo reused on retry, `maxCount`).
 *   Photos are never written to storage; URLs are revoked on remove, `clear()` and disconnect.
 * - `renderPhotos` (picker + list + "2 av 3 bilder har laddats upp" status), `renderPhotoThumbs` (review),
 *   `photoErrorMessage`, `photoLabel` ("Bild 2"), `photoIds` (ids for an error summary's links).
 *
 * Texts have ids `photos.*` (English in src/locales/en.ts).
 */
export { MAX_ORIGINAL_BYTES, PhotoError, isPhotoError, preparePhoto, sniffImageType, fitWithin } from './prepare.js';
export type { PhotoErrorCode, PreparePhotoOptions } from './prepare.js';
export { PhotoUploads } from './uploads.js';
export type { PhotoItem, PhotoLimits, PhotoState, PhotoUploader, PhotoUploadsOptions } from './uploads.js';
export { photoErrorMessage, photoIds, photoLabel, renderPhotoThumbs, renderPhotos, typeList, uploadStatus } from './render.js';
export type { RenderPhotosOptions } from './render.js';
export { photosStyles } from './photos.styles.js';
