import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from '../live-events/live-events-context';
import { expertsKey } from './api/list-experts';
import { facilitiesKey } from './api/list-facilities';
import { teamsKey } from './api/list-teams';
import { warehousesKey } from './api/list-warehouses';

export type ResourceChange = 'team' | 'facility' | 'warehouse' | 'expert';

/** Bursts (an import writes hundreds of rows) become one refresh. */
const SETTLE_MS = 600;

const changeOf = (type: string): ResourceChange | null => {
  if (type.startsWith('resources.team')) return 'team';
  if (type.startsWith('resources.facility')) return 'facility';
  if (type.startsWith('resources.warehouse') || type.startsWith('resources.stock')) return 'warehouse';
  if (type.startsWith('resources.expert')) return 'expert';
  return null;
};

const KEYS = { team: teamsKey, facility: facilitiesKey, warehouse: warehousesKey, expert: expertsKey } as const;

/**
 * Keeps what is on screen current when anyone in the user's region changes a resource: cached lists
 * and details are refetched, and `onChange` (the map layers) hears which kinds changed.
 */
export function useResourceLiveUpdates(onChange?: (changes: Set<ResourceChange>) => void): void {
  const queryClient = useQueryClient();
  const pending = useRef(new Set<ResourceChange>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = () => {
    timer.current = null;
    const changes = new Set(pending.current);
    pending.current.clear();
    for (const change of changes) void queryClient.invalidateQueries({ queryKey: KEYS[change] });
    onChange?.(changes);
  };

  useLiveEvent('resources.*', (event) => {
    const change = changeOf(event.type);
    if (!change) return;
    pending.current.add(change);
    timer.current ??= setTimeout(flush, SETTLE_MS);
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
