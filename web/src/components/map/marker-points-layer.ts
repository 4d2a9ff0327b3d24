import type { FeatureCollection, Point } from 'geojson';
import type { FilterSpecification, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { addGeoJsonLayer } from './geojson-layer';
import { maplibregl } from './maplibre';

/** One dot on the map: its colour is decided by the module (state, grade, …). */
export interface MarkerPoint {
  id: string;
  lon: number;
  lat: number;
  color: string;
  /** Hover tooltip: a bold first line and a second one. */
  title: string;
  detail: string;
  /** Drawn on top of the others and a little larger (e.g. the worst state). */
  emphasis?: boolean;
}

export interface MarkerPointsOptions {
  /** Prefix for the source and style layer ids; unique on the map. */
  prefix: string;
  beforeId: string;
  onClick: (id: string) => void;
  radius?: number;
  /**
   * A wide translucent ring in the point's colour: tells these points apart from another layer's
   * markers at the same spot (an alarm at a plant that is itself on the map).
   */
  halo?: boolean;
}

export interface MarkerPointsHandle {
  setPoints: (points: readonly MarkerPoint[]) => Promise<void>;
  setSelected: (id: string | null) => void;
  remove: () => void;
}

const toCollection = (points: readonly MarkerPoint[]): FeatureCollection<Point> => ({
  type: 'FeatureCollection',
  features: points.map((p) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { id: p.id, color: p.color, title: p.title, detail: p.detail, emphasis: p.emphasis ? 1 : 0 },
  })),
});

function tooltip(title: string, detail: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'sw-map-tooltip';
  const name = document.createElement('div');
  name.className = 'sw-map-tooltip-title';
  name.textContent = title;
  const meta = document.createElement('div');
  meta.className = 'sw-map-tooltip-detail';
  meta.textContent = detail;
  root.append(name, meta);
  return root;
}

/**
 * Coloured dots with a white ring, a tooltip on hover and a ring around the selected one. For layers
 * of at most a few thousand points that the module loads itself; no clustering.
 */
export function mountMarkerPoints(map: MapLibreMap, options: MarkerPointsOptions): MarkerPointsHandle {
  const radius = options.radius ?? 7;
  const ids = { halo: `${options.prefix}-halo`, selected: `${options.prefix}-selected`, point: `${options.prefix}-point` };
  const selectedFilter = (id: string | null): FilterSpecification => ['==', ['get', 'id'], id ?? ''];
  const layer = addGeoJsonLayer(map, {
    sourceId: options.prefix,
    data: toCollection([]),
    beforeId: options.beforeId,
    layers: [
      ...(options.halo
        ? [
            {
              id: ids.halo,
              type: 'circle' as const,
              paint: { 'circle-radius': radius + 8, 'circle-color': ['get', 'color'] as ['get', string], 'circle-opacity': 0.3, 'circle-blur': 0.2 },
            },
          ]
        : []),
      {
        id: ids.selected,
        type: 'circle',
        filter: selectedFilter(null),
        paint: { 'circle-radius': radius + 9, 'circle-color': ['get', 'color'], 'circle-opacity': 0.22, 'circle-stroke-color': ['get', 'color'], 'circle-stroke-width': 2 },
      },
      {
        id: ids.point,
        type: 'circle',
        layout: { 'circle-sort-key': ['get', 'emphasis'] },
        paint: {
          'circle-radius': ['case', ['==', ['get', 'emphasis'], 1], radius + 2, radius],
          'circle-color': ['get', 'color'],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      },
    ],
  });

  const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 12, className: 'sw-map-popup', maxWidth: '260px' });
  let shown: string | null = null;
  const onMove = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || feature.geometry.type !== 'Point') return;
    map.getCanvas().style.cursor = 'pointer';
    const p = feature.properties as { id: string; title: string; detail: string };
    if (p.id === shown) return;
    shown = p.id;
    popup
      .setLngLat(feature.geometry.coordinates as [number, number])
      .setDOMContent(tooltip(p.title, p.detail))
      .addTo(map);
  };
  const onLeave = () => {
    shown = null;
    map.getCanvas().style.cursor = '';
    popup.remove();
  };
  const onClick = (event: MapLayerMouseEvent) => {
    const id = (event.features?.[0]?.properties as { id?: string } | undefined)?.id;
    if (id) options.onClick(id);
  };
  map.on('mousemove', ids.point, onMove);
  map.on('mouseleave', ids.point, onLeave);
  map.on('click', ids.point, onClick);

  return {
    setPoints: (points) => layer.setData(toCollection(points)),
    setSelected: (id) => {
      if (map.getLayer(ids.selected)) map.setFilter(ids.selected, selectedFilter(id));
    },
    remove: () => {
      map.off('mousemove', ids.point, onMove);
      map.off('mouseleave', ids.point, onLeave);
      map.off('click', ids.point, onClick);
      popup.remove();
      layer.remove();
    },
  };
}
