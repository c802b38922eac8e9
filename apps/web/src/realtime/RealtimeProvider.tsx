import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { browser } from '../session/browser';
import { signInUrl } from '../session/me';
import type { EventEnvelope } from './sequence';
import { socketFactory } from './socket-factory';
import { SyncEngine, type SyncStatus } from './sync-engine';

type Listener = (event: EventEnvelope) => void;

interface Realtime {
  engine: SyncEngine;
  /** Lets a screen react to events beyond the cache (notifications); the cache is patched already. */
  onEvent(listener: Listener): () => void;
}

const RealtimeContext = createContext<Realtime | null>(null);

/** Session ends the user cannot recover from without signing in again. */
const SIGN_IN_AGAIN = new Set([
  'session-expired',
  'signed-out',
  'token-expired',
  'access-changed',
  'session-missing',
]);

/** One socket per signed-in session, feeding the sync engine (see sync-engine.ts). */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [engine] = useState(() => new SyncEngine(client));
  const [listeners] = useState(() => new Set<Listener>());
  const realtime = useMemo<Realtime>(
    () => ({
      engine,
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
    [engine, listeners],
  );

  useEffect(() => {
    const socket = socketFactory.open((cb) => cb(engine.handshake));
    const signInAgain = () => browser.assign(signInUrl(window.location.pathname + window.location.search));
    socket.on('ready', (ready: { epoch: string; seq: number }) => engine.onReady(ready));
    socket.on('resync', (resync: { epoch: string; seq: number }) => void engine.resync(resync));
    socket.on('event', (event: EventEnvelope) => {
      engine.onEvent(event);
      for (const listener of listeners) listener(event);
    });
    socket.on('disconnect', () => engine.onDisconnect());
    socket.io.on('reconnect_attempt', () => engine.onReconnecting());
    socket.on('connect_error', (error: Error & { data?: { type?: string } }) => {
      engine.onDisconnect();
      if (SIGN_IN_AGAIN.has(error.data?.type ?? '')) signInAgain();
    });
    socket.on('session.ended', ({ reason }: { reason: string }) => {
      engine.onDisconnect();
      if (SIGN_IN_AGAIN.has(reason)) signInAgain();
    });
    return () => {
      socket.removeAllListeners();
      socket.io.removeAllListeners();
      socket.disconnect();
    };
  }, [engine, listeners]);

  useEffect(() => () => engine.dispose(), [engine]);

  return <RealtimeContext.Provider value={realtime}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): Realtime | null {
  return useContext(RealtimeContext);
}

const connecting: SyncStatus = { kind: 'connecting' };

export function useSyncStatus(): SyncStatus {
  const realtime = useRealtime();
  return useSyncExternalStore(
    realtime?.engine.subscribe ?? (() => () => {}),
    realtime?.engine.getStatus ?? (() => connecting),
  );
}
