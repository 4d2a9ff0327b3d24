import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from '../../live-events/live-events-context';
import { alarmsKey, escalationKey, pointsKey, seriesKey, sparklinesKey } from '../api/types';
import { ALARM_EVENTS, changedPointIds, POINT_EVENTS, POLICY_CHANGED, VALUES_CHANGED } from './monitoring-events';

/**
 * Readings arrive up to once a second per county; refetching more often than this would only load
 * the server. Alarms ride the same timer: a raised alarm usually comes with the reading that raised it.
 */
const SETTLE_MS = 1_000;

/**
 * Keeps every monitoring screen current without a reload: points (values, states, open-alarm counts),
 * sparklines, the open series of a changed point, alarm lists and files, and escalation ladders. Only queries on screen
 * are refetched; the rest are just marked stale.
 */
export function useMonitoringCacheRefresh(): void {
  const queryClient = useQueryClient();
  // `points`: ids with new readings; `lists`: any point's state or open-alarm count may have changed.
  const pending = useRef({ points: new Set<string>(), lists: false, alarms: false, policy: false });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    timer.current = null;
    const { points, lists, alarms, policy } = pending.current;
    pending.current = { points: new Set(), lists: false, alarms: false, policy: false };
    if (lists) void queryClient.invalidateQueries({ queryKey: pointsKey });
    if (points.size > 0) {
      void queryClient.invalidateQueries({ queryKey: sparklinesKey });
      void queryClient.invalidateQueries({ queryKey: seriesKey, predicate: (query) => points.has(String(query.queryKey[2])) });
    }
    if (alarms) void queryClient.invalidateQueries({ queryKey: alarmsKey });
    if (policy) void queryClient.invalidateQueries({ queryKey: escalationKey });
  };

  useLiveEvent('monitoring.*', (event) => {
    const next = pending.current;
    if (event.type === VALUES_CHANGED) {
      changedPointIds(event).forEach((id) => next.points.add(id));
      next.lists = true;
    } else if (event.type.startsWith(ALARM_EVENTS)) {
      next.alarms = true;
      next.lists = true;
    } else if (event.type.startsWith(POINT_EVENTS)) next.lists = true;
    else if (event.type === POLICY_CHANGED) next.policy = true;
    else return;
    timer.current ??= setTimeout(flush, SETTLE_MS);
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
