// What the application loads once the eligibility questions are under way: the organiser, activity,
// budget and review steps and the receipt. A visitor who is told at once that they cannot apply never
// downloads them.
export { renderActivity, renderBudget, renderOrganiser, renderReview } from './step-views.js';
export { renderQueued, renderReceipt } from './receipt.js';
