import type { LiveEvent } from '@shouwang/contracts';
import { createContext, useContext, useEffect, useEffectEvent } from 'react';

export type LiveConnectionStatus = 'connecting' | 'open' | 'closed';
export type LiveEventListener = (event: LiveEvent) => void;

export interface LiveEventsState {
  status: LiveConnectionStatus;
  subscribe: (listener: LiveEventListener) => () => void;
}

export const LiveEventsContext = createContext<LiveEventsState | null>(null);

export function useLiveEventsStatus(): LiveConnectionStatus {
  return useContext(LiveEventsContext)?.status ?? 'closed';
}

/**
 * Lets a module react to its own events, e.g. invalidate a query when `resources.team-updated`
 * arrives. `type` may end with `*` to match a prefix such as `warnings.*`.
 */
export function useLiveEvent(type: string, handler: LiveEventListener): void {
  const state = useContext(LiveEventsContext);
  const onEvent = useEffectEvent(handler);
  useEffect(() => {
    if (!state) return;
    const prefix = type.endsWith('*') ? type.slice(0, -1) : null;
    return state.subscribe((event) => {
      if (prefix !== null ? event.type.startsWith(prefix) : event.type === type) onEvent(event);
    });
  }, [state, type]);
}
