import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import { meQueryKey } from '../auth/api/me';
import { parseLiveEvent } from './live-event';
import { showLiveEventToast } from './live-event-toast';
import {
  LiveEventsContext,
  type LiveConnectionStatus,
  type LiveEventListener,
  type LiveEventsState,
} from './live-events-context';

const EVENTS_URL = '/api/events';
const MAX_BACKOFF_MS = 30_000;
const SEEN_IDS_KEPT = 200;

/**
 * One EventSource per signed-in tab. The browser retries dropped connections by itself; when the
 * server refuses (401, 5xx) the source closes for good, so we re-open it with backoff and
 * re-check the session, which sends the user to /login if it expired.
 */
export function LiveEventsProvider({ children }: { children: ReactNode }) {
  const { notification } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveConnectionStatus>('connecting');
  const listeners = useRef(new Set<LiveEventListener>());

  const deliver = useEffectEvent((data: string, seen: string[]) => {
    const event = parseLiveEvent(data);
    if (!event || seen.includes(event.id)) return;
    seen.push(event.id);
    if (seen.length > SEEN_IDS_KEPT) seen.shift();
    showLiveEventToast(notification, event);
    listeners.current.forEach((listener) => listener(event));
  });

  const recheckSession = useEffectEvent(() => {
    void queryClient.invalidateQueries({ queryKey: meQueryKey });
  });

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let backoff = 1_000;
    let stopped = false;
    const seen: string[] = [];

    const connect = () => {
      setStatus('connecting');
      source = new EventSource(EVENTS_URL, { withCredentials: true });
      source.onopen = () => {
        backoff = 1_000;
        setStatus('open');
      };
      source.onmessage = (message: MessageEvent<string>) => deliver(message.data, seen);
      source.onerror = () => {
        if (stopped || !source) return;
        if (source.readyState === EventSource.CONNECTING) {
          setStatus('connecting');
          return;
        }
        source.close();
        setStatus('closed');
        recheckSession();
        retryTimer = setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      };
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, []);

  const subscribe = useCallback((listener: LiveEventListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);

  const value = useMemo<LiveEventsState>(() => ({ status, subscribe }), [status, subscribe]);
  return <LiveEventsContext.Provider value={value}>{children}</LiveEventsContext.Provider>;
}
