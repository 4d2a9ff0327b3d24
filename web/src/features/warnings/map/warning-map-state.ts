import { perMapStore } from '../../../components/map/per-map-store';

export interface WarningMapSnapshot {
  /** The warning whose panel is open. */
  selected: string | null;
  /** Bumped by live events; the layer reloads when it changes. */
  generation: number;
}

/** What the warnings layer shares with its panel beside the map, one per map. */
export const warningMapState = perMapStore<WarningMapSnapshot>(() => ({ selected: null, generation: 0 }));

export const WARNINGS_LAYER_GROUP = { id: 'warnings', title: { zh: '预警发布', en: 'Warnings' }, order: 15 };
export const WARNING_AREAS_LAYER_ID = 'warnings.areas';
