import { useEffect, useState } from 'react';
import { useRealtime } from '../../realtime/RealtimeProvider';
import { useMe } from '../../session/me';
import { can } from '../../session/permissions';
import { Button } from '../../ui/Button';
import { alertFor, alertPreference, beep } from './alerts';

/**
 * Opt-in alerts (off by default): a sound, a browser notification when allowed, and always a polite
 * announcement for screen readers while alerts are on.
 */
export function AlertsToggle() {
  const me = useMe();
  const realtime = useRealtime();
  const [on, setOn] = useState(alertPreference.get);
  const [announcement, setAnnouncement] = useState('');
  const audience = can(me, 'board.view') ? 'staff' : 'driver';

  useEffect(() => {
    if (!on || !realtime) return;
    return realtime.onEvent((event) => {
      const message = alertFor(event, audience);
      if (!message) return;
      setAnnouncement(message);
      beep();
      if (
        'Notification' in window &&
        Notification.permission === 'granted' &&
        document.visibilityState !== 'visible'
      )
        new Notification('Dispatch', { body: message });
    });
  }, [on, realtime, audience]);

  async function toggle() {
    const next = !on;
    setOn(next);
    alertPreference.set(next);
    if (next && 'Notification' in window && Notification.permission === 'default')
      await Notification.requestPermission().catch(() => undefined);
  }

  return (
    <>
      <Button size="sm" variant="ghost" aria-pressed={on} onClick={() => void toggle()}>
        Alerts {on ? 'on' : 'off'}
      </Button>
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
    </>
  );
}
