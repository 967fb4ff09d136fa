import type { HandlerMap } from '../http/context.js';
import { activityHandlers } from './activities.js';
import { attachmentHandlers } from './attachments.js';
import { caseHandlers } from './cases.js';
import { catalogueHandlers } from './catalogue.js';
import { registrationHandlers } from './registrations.js';
import { reportHandlers } from './reports.js';
import { retentionHandlers } from './retention.js';
import { routingHandlers } from './routing.js';
import { trivselpengHandlers } from './trivselpeng.js';
import { deliveryHandlers } from './deliveries.js';
import { mailLinkHandlers } from './mail-links.js';

/** One handler per contract operationId; the server refuses to start when one is missing. */
export const handlers: HandlerMap = {
  ...catalogueHandlers,
  ...attachmentHandlers,
  ...reportHandlers,
  ...caseHandlers,
  ...activityHandlers,
  ...registrationHandlers,
  ...trivselpengHandlers,
  ...retentionHandlers,
  ...routingHandlers,
  ...deliveryHandlers,
  ...mailLinkHandlers,
};
