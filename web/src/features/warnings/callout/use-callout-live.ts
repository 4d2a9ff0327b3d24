import type { LiveEvent } from '@shouwang/contracts';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent, useLiveEventsStatus } from '../../live-events/live-events-context';
import { warningDetailKey } from '../api/get-warning';
import { boardKey, myCalloutsKey, recipientsKey, type RefetchInterval } from './api/callout-queries';

/** Acknowledgements come in bursts (an SMS batch, the group commit): one refetch per burst is enough. */
const SETTLE_MS = 1_500;
/** Without the live channel the screens still follow, slowly. */
export const FALLBACK_REFETCH_MS = 30_000;

/** Collects invalidations for SETTLE_MS and sends them together. */
function useSettledInvalidation(): (keys: QueryKey[]) => void {
  const queryClient = useQueryClient();
  const pending = useRef(new Map<string, QueryKey>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return (keys) => {
    for (const key of keys) pending.current.set(JSON.stringify(key), key);
    timer.current ??= setTimeout(() => {
      timer.current = null;
      const due = [...pending.current.values()];
      pending.current.clear();
      for (const queryKey of due) void queryClient.invalidateQueries({ queryKey });
    }, SETTLE_MS);
  };
}

const about = (event: LiveEvent, warningId: string) => {
  const p = event.payload;
  return p['warningId'] === warningId || p['id'] === warningId || p['previousId'] === warningId;
};

/**
 * The 叫应 board follows its warning live: `warnings.callout-changed` (answers, receipts, re-calls)
 * refreshes the figures and the lists; a step of the warning itself (updated, cancelled) its file too.
 * Returns the refetch interval the board's queries should use: none while the live channel is open.
 */
export function useCalloutBoardLive(warningId: string): RefetchInterval {
  const invalidate = useSettledInvalidation();
  useLiveEvent('warnings.*', (event) => {
    if (!about(event, warningId)) return;
    const callout = event.type.startsWith('warnings.callout');
    invalidate(callout ? [boardKey(warningId), recipientsKey(warningId)] : [boardKey(warningId), recipientsKey(warningId), warningDetailKey(warningId)]);
  });
  return useLiveEventsStatus() === 'open' ? false : FALLBACK_REFETCH_MS;
}

/**
 * The signed-in person's own call-outs: a new call-out or a stopped one is pushed to them by name;
 * `watchRegion` also follows the region's answers (an SMS reply of theirs lands there), for the page
 * that lists them, not the header badge of every page.
 */
export function useMyCalloutsLive(watchRegion: boolean, fallbackMs = FALLBACK_REFETCH_MS): RefetchInterval {
  const invalidate = useSettledInvalidation();
  useLiveEvent('warnings.callout*', (event) => {
    if (event.type === 'warnings.callout-changed' && !watchRegion) return;
    invalidate([myCalloutsKey]);
  });
  const open = useLiveEventsStatus() === 'open';
  return open && watchRegion ? false : fallbackMs;
}
