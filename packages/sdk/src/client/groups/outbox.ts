// @grannskap/sdk/groups/outbox: the outbox factory for composeClient, beside the group factories.
// outboxWith({ createReport }) sends only reports and carries only their schemas; defaultOutbox sends every write.
export { defaultOutbox, outboxWith, type OutboxFactory } from '../../outbox/default-outbox.js';
