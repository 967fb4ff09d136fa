import { cancelRegistration, createFollowUp, createRegistration, createReport, createTrivselpeng } from '@grannskap/contract';
import type { OutboxRoutes } from './operations.js';

/** Every write the outbox can keep: `createClient`'s outbox and `defaultOutbox` send them all. */
export const allOutboxRoutes: Required<OutboxRoutes> = {
  createReport,
  createRegistration,
  cancelRegistration,
  createTrivselpeng,
  createFollowUp,
};
