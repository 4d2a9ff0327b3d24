import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useSearchParams } from 'react-router';
import { useLiveEvent } from '../../live-events/live-events-context';
import '../incidents.css';
import type { IncidentLayerContext } from './incident-layer-context';
import { incidentMapState } from './incident-map-state';
import { IncidentMapDetail } from './incident-map-detail';

export interface IncidentMapOverlayProps {
  map: MapLibreMap;
  context: IncidentLayerContext;
  visibility: Record<string, boolean>;
}

/** Several steps land together (a response and its tasks, a dispatch and the team's status). */
const RELOAD_SETTLE_MS = 800;

/**
 * Beside the map: the panel of a clicked incident. It tells the layers to reload when incidents
 * change, and opens the incident named in the URL (`/map?incident=`, from the incident's file).
 */
export function IncidentMapOverlay({ map, context }: IncidentMapOverlayProps) {
  const state = incidentMapState(map);
  const snapshot = useSyncExternalStore(state.subscribe, state.getSnapshot);
  const [params] = useSearchParams();
  const linked = params.get('incident');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (linked) state.update((s) => ({ ...s, selected: linked, focus: true }));
  }, [linked, state]);

  useLiveEvent('incidents.*', () => {
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

  if (!context.permissions.includes('incident.read') || !snapshot.selected) return null;
  return <IncidentMapDetail key={snapshot.selected} id={snapshot.selected} onClose={() => state.update((s) => ({ ...s, selected: null }))} />;
}
