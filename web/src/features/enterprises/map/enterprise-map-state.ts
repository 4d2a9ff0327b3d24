import { perMapStore } from '../../../components/map/per-map-store';

/** The enterprise whose panel is open beside the map, one per map. */
export const enterpriseMapState = perMapStore<{ selected: string | null }>(() => ({ selected: null }));
