import type { FireCoverage } from '@shouwang/contracts';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import { defineMapLayer, MAP_Z, type MapLayerHandle } from '../../../components/map/layer-registry';
import { apiFetch } from '../../../lib/api-client';
import { isAbortError } from '../../../components/map/region-loader';
import { FIRE_COVERAGE_LAYER_ID, INCIDENTS_LAYER_GROUP, type IncidentLayerContext } from './incident-layer-context';

const COLOUR = '#d4380d';
const METRES_PER_DEGREE = 111_320;

/** A circle of `metres` round a point as a 64-sided polygon (a local flat approximation: fine at a few km). */
export function circle(lon: number, lat: number, metres: number, properties: Record<string, unknown>): Feature<Polygon> {
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = metres / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  const ring = Array.from({ length: 65 }, (_, n) => {
    const a = (n % 64) * ((2 * Math.PI) / 64);
    return [lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)];
  });
  return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties };
}

const toCollection = (c: FireCoverage): FeatureCollection => ({ type: 'FeatureCollection', features: c.stations.map((s) => circle(s.lon, s.lat, s.radiusMetres, { id: s.id, name: s.name })) });

function mountCoverage(map: MapLibreMap, ctx: IncidentLayerContext, beforeId: string, signal: AbortSignal): MapLayerHandle<IncidentLayerContext> {
  const layer = addGeoJsonLayer(map, {
    sourceId: 'fire-coverage',
    data: { type: 'FeatureCollection', features: [] },
    beforeId,
    layers: [
      { id: 'fire-coverage-fill', type: 'fill', paint: { 'fill-color': COLOUR, 'fill-opacity': 0.12 } },
      { id: 'fire-coverage-line', type: 'line', paint: { 'line-color': COLOUR, 'line-width': 1.5, 'line-dasharray': [3, 2] } },
    ],
  });
  // Every station in the user's scope: a city has tens, a region a few hundred; one request.
  apiFetch<FireCoverage>('/resources/fire-coverage', { signal })
    .then((coverage) => layer.setData(toCollection(coverage)))
    .catch((error: unknown) => {
      if (!signal.aborted && !isAbortError(error)) ctx.reportLayerError(FIRE_COVERAGE_LAYER_ID, error);
    });
  return { remove: () => layer.remove() };
}

/** 消防 5 分钟响应圈: how far each fire station reaches in five minutes (turn-out plus driving), off by default. */
export const fireCoverageLayer = defineMapLayer<IncidentLayerContext>({
  id: FIRE_COVERAGE_LAYER_ID,
  group: INCIDENTS_LAYER_GROUP.id,
  title: { zh: '消防 5 分钟响应圈', en: 'Fire stations: 5-minute reach' },
  description: { zh: '按出动时间和城市平均车速估算的直线半径', en: 'Straight-line radius from turn-out time and urban driving speed' },
  legendColor: COLOUR,
  defaultVisible: false,
  zIndex: MAP_Z.areas,
  isAvailable: (ctx) => ctx.permissions.includes('resource.read'),
  add: (map, ctx, { beforeId, signal }) => mountCoverage(map, ctx, beforeId, signal),
});
