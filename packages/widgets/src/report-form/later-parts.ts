// What the report form loads once the visitor starts filling it in: the steps after the first
// (./step-views.ts), the address search (a combobox over the API's addresses), the photo step (picking,
// shrinking, stripping location data and uploading photos) with their styles, and the receipt. A visitor
// who only reads the on-call block, or never gets past the first question, does not download it.
export { Combobox, comboboxStyles } from '../shared/combobox/index.js';
export { addressComboboxOptions } from './address.js';
export { PhotoUploads, photoErrorMessage, photoLabel, photosStyles, renderPhotoThumbs, renderPhotos } from '../shared/photos/index.js';
export { renderQueued, renderReceipt } from './receipt.js';
export { renderLaterStep } from './step-views.js';
