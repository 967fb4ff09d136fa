// What the report form loads once the visitor starts filling it in: the steps from the fourth on
// (./step-views.ts), the address search (a combobox over the API's addresses), the photo step (picking,
// shrinking, stripping location data and uploading photos) with their styles, and the receipt. A visitor
// who only reads the on-call block, or never gets past the first question, does not download it. With them
// come the report's write, the outbox that keeps it, and what follows a kept report.
import { createReport } from '@grannskap/contract';
import { useWrites } from '../shared/writes.js';

// the write these parts send, for the outbox of the clients the widgets make (see ../shared/writes.ts)
useWrites({ createReport });

export { Combobox, comboboxStyles } from '../shared/combobox/index.js';
export { addressComboboxOptions } from './address.js';
export { PhotoUploads, photoErrorMessage, photoLabel, photosStyles, renderPhotoThumbs, renderPhotos } from '../shared/photos/index.js';
export { renderQueued, renderReceipt } from './receipt.js';
export { renderLaterStep } from './step-views.js';
export { fakeReceipt, sendReport } from './submission.js';
export { followKept, whenSent } from '../shared/send.js';
export { OutboxFlusher } from '../shared/form-controllers.js';
export { failedLine } from '../shared/problems.js';
