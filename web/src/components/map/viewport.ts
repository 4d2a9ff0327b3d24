import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapViewport {
  /** [west, south, east, north] in WGS-84, ready for a `bbox=` query parameter. */
  bbox: [number, number, number, number];
  zoom: number;
}

export function currentViewport(map: MapLibreMap): MapViewport {
  const b = map.getBounds();
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return {
    bbox: [round(b.getWest()), round(b.getSouth()), round(b.getEast()), round(b.getNorth())],
    zoom: Math.round(map.getZoom() * 100) / 100,
  };
}

/**
 * For layers that load by bounding box: calls back once now and after the map settles,
 * debounced so a fling produces one request. Returns the unsubscribe function.
 */
export function watchViewport(map: MapLibreMap, callback: (viewport: MapViewport) => void, debounceMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMoveEnd = () => {
    clearTimeout(timer);
    timer = setTimeout(() => callback(currentViewport(map)), debounceMs);
  };
  map.on('moveend', onMoveEnd);
  callback(currentViewport(map));
  return () => {
    clearTimeout(timer);
    map.off('moveend', onMoveEnd);
  };
}
