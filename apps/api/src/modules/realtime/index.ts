export { realtimePlugin, type Realtime, type RealtimeOptions } from './realtime.plugin';
export {
  REALTIME_EVENT_TYPES,
  type EventAudience,
  type EventEnvelope,
  type RealtimeEvent,
  type RealtimeEventType,
  type ServerToClientEvents,
} from './realtime.events';
export type { PublishResult } from './realtime.backlog';
export {
  tenantSeqPlugin,
  tenantPosition,
  TENANT_SEQ_HEADER,
  TENANT_EPOCH_HEADER,
  type TenantPosition,
} from './realtime.snapshot';
