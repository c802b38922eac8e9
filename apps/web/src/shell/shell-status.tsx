/** The header's live-status slot; the realtime layer fills it with the sync indicator. */
export function ShellStatus() {
  return null;
}
