// invite-widgets/memory: the in-memory backend and the demo pieces that show its outbox, for
// Storybook, demos and a host's own tests. Kept out of the main entry: production pages never
// need them.
export {
  DEFAULT_MEMORY_ROLES,
  createMemoryInviteClient,
  type MemoryCall,
  type MemoryFailure,
  type MemoryInviteClient,
  type MemoryInviteClientMethod,
  type MemoryInviteClientOptions,
  type SentEmail,
} from './client/memory/createMemoryInviteClient';
export { isMemoryInviteClient } from './client/memory/isMemoryInviteClient';
export { useMemoryOutbox, type OutboxEntry } from './hooks/useMemoryOutbox';
export { Outbox, type OutboxProps, type OutboxSlot } from './components/Outbox';
