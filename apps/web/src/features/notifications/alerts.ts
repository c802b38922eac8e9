import type { EventEnvelope } from '../../realtime/sequence';

/** What deserves an alert, for whom: an urgent request that has to queue (staff), an assignment change (driver). */
export function alertFor(event: EventEnvelope, audience: 'staff' | 'driver'): string | null {
  const payload = event.payload as Record<string, unknown>;
  if (audience === 'staff' && event.type === 'request.updated') {
    if (payload.status === 'queued' && payload.priority === 'urgent')
      return `Urgent request queued for ${String(payload.workOrderNumber)}`;
  }
  if (audience === 'driver' && event.type === 'assignment.updated') {
    const number = String(payload.workOrderNumber);
    if (payload.status === 'dispatched')
      return `New assignment: ${number}, take ${String(payload.equipmentIdentifier)}`;
    if (payload.status === 'cancelled') return `Assignment ${number} was cancelled`;
  }
  return null;
}

const STORAGE_KEY = 'dispatch.alerts';

export const alertPreference = {
  get: (): boolean => {
    try {
      return localStorage.getItem(STORAGE_KEY) === 'on';
    } catch {
      return false;
    }
  },
  set: (on: boolean) => {
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // private mode: the choice lasts for this page only
    }
  },
};

/** A short tone made on the spot (nothing to download): two beeps. */
export function beep(): void {
  const Context =
    window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return;
  const context = new Context();
  for (const start of [0, 0.25]) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(context.currentTime + start);
    oscillator.stop(context.currentTime + start + 0.15);
  }
  setTimeout(() => void context.close(), 1000);
}
