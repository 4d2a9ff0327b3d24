import type { LocatableKind, Speciality, TeamKind, TeamStatus } from '@shouwang/contracts';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface TeamMapFilter {
  speciality?: Speciality;
  teamKind?: TeamKind;
  status?: TeamStatus;
}

/** A single resource drawn on the map (not a cluster). */
export interface ResourcePoint {
  kind: LocatableKind;
  id: string;
  name: string;
  lon: number;
  lat: number;
  status?: TeamStatus;
  specialities: Speciality[];
}

/** What a layer loaded for the current viewport, for the panels beside the map. */
export interface LayerView {
  loading: boolean;
  error: boolean;
  /** Points matching inside the box, clustered or not. */
  total: number;
  clustered: boolean;
  points: ResourcePoint[];
}

export interface ResourceSelection {
  kind: LocatableKind;
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface ResourceMapSnapshot {
  teamFilter: TeamMapFilter;
  selection: ResourceSelection | null;
  views: Partial<Record<LocatableKind, LayerView>>;
  /** Bumped when records of a kind changed elsewhere; its layer reloads the viewport. */
  generations: Partial<Record<LocatableKind, number>>;
}

export interface ResourceMapState {
  getSnapshot: () => ResourceMapSnapshot;
  subscribe: (listener: () => void) => () => void;
  setTeamFilter: (filter: TeamMapFilter) => void;
  select: (selection: ResourceSelection | null) => void;
  publishView: (kind: LocatableKind, view: LayerView | null) => void;
  reload: (kinds: readonly LocatableKind[]) => void;
}

function createState(): ResourceMapState {
  let snapshot: ResourceMapSnapshot = { teamFilter: {}, selection: null, views: {}, generations: {} };
  const listeners = new Set<() => void>();
  const set = (next: ResourceMapSnapshot) => {
    snapshot = next;
    listeners.forEach((l) => l());
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setTeamFilter(filter) {
      set({ ...snapshot, teamFilter: filter });
    },
    select(selection) {
      if (selection?.id === snapshot.selection?.id && selection?.kind === snapshot.selection?.kind) return;
      set({ ...snapshot, selection });
    },
    publishView(kind, view) {
      const views = { ...snapshot.views };
      if (view) views[kind] = view;
      else delete views[kind];
      const selection = !view && snapshot.selection?.kind === kind ? null : snapshot.selection;
      set({ ...snapshot, views, selection });
    },
    reload(kinds) {
      const generations = { ...snapshot.generations };
      for (const kind of kinds) generations[kind] = (generations[kind] ?? 0) + 1;
      set({ ...snapshot, generations });
    },
  };
}

const states = new WeakMap<MapLibreMap, ResourceMapState>();

/**
 * The state the resource layers share with the panels beside the map (team filter, selected point,
 * what each layer shows), one per map instance so it goes away with the map.
 */
export function resourceMapState(map: MapLibreMap): ResourceMapState {
  let state = states.get(map);
  if (!state) {
    state = createState();
    states.set(map, state);
  }
  return state;
}
