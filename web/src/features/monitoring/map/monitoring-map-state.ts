import { perMapStore } from '../../../components/map/per-map-store';

export interface MonitoringMapSnapshot {
  /** The point whose panel is open. */
  selected: string | null;
  /** Bumped by live events; the layer reloads when it changes. */
  generation: number;
}

/** What the monitoring layer shares with its panel beside the map, one per map. */
export const monitoringMapState = perMapStore<MonitoringMapSnapshot>(() => ({ selected: null, generation: 0 }));
