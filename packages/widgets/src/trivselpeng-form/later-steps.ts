// What the application loads once the eligibility questions are under way: the organiser, activity,
// budget and review steps with their checks, sending (the application's write, the outbox that keeps it,
// and what follows a kept one) and the receipt. A visitor who is told at once that they cannot apply never
// downloads them.
import { createTrivselpeng } from '@grannskap/contract';
import { trivselpengGroup } from '@grannskap/sdk/groups/trivselpeng';
import { useGroups } from '../shared/client.js';
import { useWrites } from '../shared/writes.js';

// the SDK group (sending without an outbox) and the write these parts use, for the clients the widgets make
// (see ../shared/client.ts, ../shared/writes.ts)
useGroups({ trivselpeng: trivselpengGroup });
useWrites({ createTrivselpeng });

export { renderActivity, renderBudget, renderOrganiser, renderReview } from './step-views.js';
export { renderQueued, renderReceipt } from './receipt.js';
export { checkApplication } from './check-steps.js';
export { fakeReceipt, sendApplication } from './submission.js';
export { followKept } from '../shared/send.js';
export { OutboxFlusher } from '../shared/outbox-flusher.js';
export { failedLine } from '../shared/problems.js';
export { laterFormStyles } from '../shared/form-later.styles.js';
export { copyText, statusLink } from '../shared/status-link.js';
