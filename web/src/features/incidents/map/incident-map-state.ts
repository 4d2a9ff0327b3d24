import { perMapStore } from '../../../components/map/per-map-store';

export interface IncidentMapSnapshot {
  /** The incident whose panel is open. */
  selected: string | null;
  /** Bumped by live events; the layers reload when it changes. */
  generation: number;
  /** Asked to centre on the selected incident once its point is known (a link from the incident file). */
  focus: boolean;
}

/** What the incident layers share with their panel beside the map, one per map. */
export const incidentMapState = perMapStore<IncidentMapSnapshot>(() => ({ selected: null, generation: 0, focus: false }));
