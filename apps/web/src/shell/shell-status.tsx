import { SyncIndicator } from '../realtime/SyncIndicator';

/** The header's live-status slot: how fresh what the screen shows is. */
export function ShellStatus() {
  return <SyncIndicator />;
}
