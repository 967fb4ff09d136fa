// @grannskap/sdk/groups/outbox: the outbox factory for composeClient, beside the group factories.
export { defaultOutbox } from '../../outbox/default-outbox.js';
