import type { Map as MapLibreMap } from 'maplibre-gl';

/** A tiny external store for useSyncExternalStore: what a map's layers share with the panels beside it. */
export interface MapStore<T> {
  getSnapshot: () => T;
  subscribe: (listener: () => void) => () => void;
  update: (change: (current: T) => T) => void;
}

function createStore<T>(initial: T): MapStore<T> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const next = change(snapshot);
      if (next === snapshot) return;
      snapshot = next;
      listeners.forEach((l) => l());
    },
  };
}

/** One store per map instance, so it goes away with the map (the page remounts the map on a language switch). */
export function perMapStore<T>(initial: () => T): (map: MapLibreMap) => MapStore<T> {
  const stores = new WeakMap<MapLibreMap, MapStore<T>>();
  return (map) => {
    let store = stores.get(map);
    if (!store) {
      store = createStore(initial());
      stores.set(map, store);
    }
    return store;
  };
}
