// What the report form loads once the visitor starts filling it in: the steps from the fourth on
// (./step-views.ts), the address search (a combobox over the API's addresses), the photo step (picking,
// shrinking, stripping location data and uploading photos) with their styles, and the receipt. A visitor
// who only reads the on-call block, or never gets past the first question, does not download it. With them
// come the form's checks (the contract's schema and its messages, needed from the first "Nästa"), the
// report's write, the outbox that keeps it, and what follows a kept report.
import { createReport } from '@grannskap/contract';
import { attachmentsGroup, reportsGroup } from '@grannskap/sdk/groups/reports';
import { useGroups } from '../shared/client.js';
import { useWrites } from '../shared/writes.js';

// the SDK groups (photo uploads, sending without an outbox) and the write these parts use, for the clients
// the widgets make (see ../shared/client.ts, ../shared/writes.ts)
useGroups({ attachments: attachmentsGroup, reports: reportsGroup });
useWrites({ createReport });

export { Combobox, comboboxStyles } from '../shared/combobox/index.js';
export { addressComboboxOptions } from './address.js';
export { PhotoUploads, photoErrorMessage, photoLabel, photosStyles, renderPhotoThumbs, renderPhotos } from '../shared/photos/index.js';
export { renderQueued, renderReceipt } from './receipt.js';
export { renderLaterStep } from './step-views.js';
export { fakeReceipt, sendReport } from './submission.js';
export { messageFor, validateStep } from './validation.js';
export { assembleBody } from './state.js';
export { followKept, whenSent } from '../shared/send.js';
export { OutboxFlusher } from '../shared/outbox-flusher.js';
export { failedLine } from '../shared/problems.js';
export { laterFormStyles } from '../shared/form-later.styles.js';
export { copyText, statusLink } from '../shared/status-link.js';
