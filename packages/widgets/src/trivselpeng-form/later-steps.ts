// What the application loads once the eligibility questions are under way: the organiser, activity,
// budget and review steps with their checks, sending (the application's write, the outbox that keeps it,
// and what follows a kept one) and the receipt. A visitor who is told at once that they cannot apply never
// downloads them.
import { createTrivselpeng } from '@grannskap/contract';
import { useWrites } from '../shared/writes.js';

// the write these parts send, for the outbox of the clients the widgets make (see ../shared/writes.ts)
useWrites({ createTrivselpeng });

export { renderActivity, renderBudget, renderOrganiser, renderReview } from './step-views.js';
export { renderQueued, renderReceipt } from './receipt.js';
export { checkApplication } from './check-steps.js';
export { fakeReceipt, sendApplication } from './submission.js';
export { followKept } from '../shared/send.js';
export { OutboxFlusher } from '../shared/form-controllers.js';
export { failedLine } from '../shared/problems.js';
