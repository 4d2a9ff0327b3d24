import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from '../live-events/live-events-context';
import { incidentsKey } from './api/types';

/** Several steps often land together (a response activates and its tasks are created). */
const SETTLE_MS = 500;

/** Someone else reported, graded, responded or dispatched: lists, clocks, files and timelines refetch. */
export function useIncidentsLiveUpdates(): void {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLiveEvent('incidents.*', () => {
    timer.current ??= setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: incidentsKey });
    }, SETTLE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
