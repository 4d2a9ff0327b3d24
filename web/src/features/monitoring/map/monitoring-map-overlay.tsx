import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useLiveEvent } from '../../live-events/live-events-context';
import '../monitoring.css';
import type { MonitoringLayerContext } from './monitoring-layer-context';
import { monitoringMapState } from './monitoring-map-state';
import { PointMapDetail } from './point-map-detail';

export interface MonitoringMapOverlayProps {
  map: MapLibreMap;
  context: MonitoringLayerContext;
  visibility: Record<string, boolean>;
}

/** Readings stream in every second; the map's colours may lag a little behind without anyone noticing. */
const RELOAD_SETTLE_MS = 2_000;

/** Beside the map: the panel of a clicked point; and it tells the layer to reload when states change. */
export function MonitoringMapOverlay({ map, context }: MonitoringMapOverlayProps) {
  const state = monitoringMapState(map);
  const snapshot = useSyncExternalStore(state.subscribe, state.getSnapshot);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useLiveEvent('monitoring.*', () => {
    timer.current ??= setTimeout(() => {
      timer.current = null;
      state.update((s) => ({ ...s, generation: s.generation + 1 }));
    }, RELOAD_SETTLE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  if (!context.permissions.includes('alarm.read') || !snapshot.selected) return null;
  return <PointMapDetail key={snapshot.selected} id={snapshot.selected} onClose={() => state.update((s) => ({ ...s, selected: null }))} />;
}
