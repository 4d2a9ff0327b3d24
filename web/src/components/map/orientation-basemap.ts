import type { Map as MapLibreMap } from 'maplibre-gl';
import { basemapUrl } from './basemap-files';
import { addGeoJsonLayer } from './geojson-layer';
import { maplibregl } from './maplibre';

/** A named point drawn for orientation (a region and its subdivisions). */
export interface Landmark {
  name: string;
  lon: number;
  lat: number;
}

/**
 * The offline basemap of the small maps inside forms (picking a point, drawing an area): China's
 * provinces and Inner Mongolia's prefectures, with nothing to switch on or off.
 */
export function addOrientationBasemap(map: MapLibreMap, prefix: string): void {
  addGeoJsonLayer(map, {
    sourceId: `${prefix}-china`,
    data: basemapUrl('china-provinces.geojson'),
    layers: [
      { id: `${prefix}-china-fill`, type: 'fill', paint: { 'fill-color': '#fbf7ee' } },
      { id: `${prefix}-china-line`, type: 'line', paint: { 'line-color': '#a89a82', 'line-width': 1 } },
    ],
  });
  addGeoJsonLayer(map, {
    sourceId: `${prefix}-nmg`,
    data: basemapUrl('neimenggu-prefectures.geojson'),
    layers: [
      { id: `${prefix}-nmg-fill`, type: 'fill', paint: { 'fill-color': '#fff4e0', 'fill-opacity': 0.55 } },
      { id: `${prefix}-nmg-line`, type: 'line', paint: { 'line-color': '#b3823f', 'line-width': 1.2, 'line-dasharray': [3, 2] } },
    ],
  });
}

function landmarkElement(name: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'sw-map-landmark';
  const dot = document.createElement('span');
  dot.className = 'sw-map-landmark-dot';
  const label = document.createElement('span');
  label.textContent = name;
  element.append(dot, label);
  return element;
}

/**
 * Region names as labels beside a dot (the offline basemap has no place names of its own); they
 * let clicks through to the map. Returns a function that removes them.
 */
export function addLandmarks(map: MapLibreMap, landmarks: readonly Landmark[]): () => void {
  const placed = landmarks.map((l) =>
    new maplibregl.Marker({ element: landmarkElement(l.name), anchor: 'left', offset: [-4, 0] }).setLngLat([l.lon, l.lat]).addTo(map),
  );
  return () => placed.forEach((m) => m.remove());
}
