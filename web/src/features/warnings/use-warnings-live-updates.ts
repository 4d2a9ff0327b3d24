import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from '../live-events/live-events-context';
import { warningsKey } from './api/types';

/** Several steps often land together (a revision published supersedes the old version). */
const SETTLE_MS = 500;

/** Someone else drafted, submitted, approved or cancelled a warning: lists, queue and files refetch. */
export function useWarningsLiveUpdates(): void {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLiveEvent('warnings.*', (event) => {
    // Call-out answers arrive by the hundred and change no warning: the 叫应 screens follow them themselves.
    if (event.type.startsWith('warnings.callout')) return;
    timer.current ??= setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: warningsKey });
    }, SETTLE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
