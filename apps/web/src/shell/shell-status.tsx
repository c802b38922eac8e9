import { AlertsToggle } from '../features/notifications/AlertsToggle';
import { SyncIndicator } from '../realtime/SyncIndicator';

/** The header's live-status slot: how fresh the screen is, and opt-in alerts. */
export function ShellStatus() {
  return (
    <>
      <SyncIndicator />
      <AlertsToggle />
    </>
  );
}
