export { Outbox, type OutboxProps, type OutboxSlot } from './Outbox';
