import type { DispatchStatus, IncidentDispatches } from '@shouwang/contracts';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import { defineMapLayer, MAP_Z, type MapLayerHandle } from '../../../components/map/layer-registry';
import { mountMarkerPoints, type MarkerPoint } from '../../../components/map/marker-points-layer';
import { followRegion } from '../../../components/map/region-loader';
import { apiFetch } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { getLanguage, translate } from '../../../lib/i18n';
import { DISPATCHED_LAYER_ID, INCIDENTS_LAYER_GROUP, type IncidentLayerContext } from './incident-layer-context';
import { incidentMapState } from './incident-map-state';
import { loadOpenIncidents } from './load-open-incidents';

/** Units still on the move or on scene; returned and cancelled ones are off the map. */
const LIVE: DispatchStatus[] = ['dispatched', 'departed', 'arrived'];
export const DISPATCH_COLOURS: Record<DispatchStatus, string> = { dispatched: '#1677ff', departed: '#fa8c16', arrived: '#389e0d', returned: '#8c8c8c', cancelled: '#8c8c8c' };
/** Open incidents whose dispatches are drawn; more would cost a request each for little gain. */
const MAX_INCIDENTS = 30;

interface Unit {
  point: MarkerPoint;
  incident: [number, number];
  status: DispatchStatus;
}

async function loadUnits(regionCode: string, signal: AbortSignal): Promise<Unit[]> {
  const incidents = (await loadOpenIncidents(regionCode, signal)).slice(0, MAX_INCIDENTS);
  const all = await Promise.all(
    incidents.map(async (i) => {
      const d = await apiFetch<IncidentDispatches>(`/incidents/${encodeURIComponent(i.id)}/dispatches`, { signal });
      const at: [number, number] = [i.location.lon, i.location.lat];
      const status = (s: DispatchStatus) => translate(`incidents.dispatch.status.${s}`);
      const teams = d.teams
        .filter((x) => LIVE.includes(x.status))
        .map<Unit>((x) => ({
          // A team's point is its base until it arrives; then it is at the incident.
          point: { id: `${i.id}:${x.id}`, lon: x.status === 'arrived' ? at[0] : x.team.lon, lat: x.status === 'arrived' ? at[1] : x.team.lat, color: DISPATCH_COLOURS[x.status], title: x.team.name, detail: `${status(x.status)} · ${i.title}`, emphasis: x.status === 'departed' },
          incident: at,
          status: x.status,
        }));
      const supplies = d.supplies
        .filter((x) => LIVE.includes(x.status))
        .map<Unit>((x) => ({
          point: { id: `${i.id}:${x.id}`, lon: x.warehouse.lon, lat: x.warehouse.lat, color: DISPATCH_COLOURS[x.status], title: `${x.item.name} ${formatNumber(x.quantity, getLanguage())} ${x.item.unit}`, detail: `${x.warehouse.name} → ${i.title}` },
          incident: at,
          status: x.status,
        }));
      return [...teams, ...supplies];
    }),
  );
  return all.flat();
}

const lines = (units: Unit[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: units
    .filter((u) => u.status !== 'arrived')
    .map((u) => ({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[u.point.lon, u.point.lat], u.incident] }, properties: { color: u.point.color } })),
});

function mountDispatched(map: MapLibreMap, initial: IncidentLayerContext, beforeId: string): MapLayerHandle<IncidentLayerContext> {
  const state = incidentMapState(map);
  const routes = addGeoJsonLayer(map, {
    sourceId: 'incident-dispatch-lines',
    data: lines([]),
    beforeId,
    layers: [{ id: 'incident-dispatch-lines', type: 'line', paint: { 'line-color': ['get', 'color'], 'line-width': 2, 'line-dasharray': [2, 2] } }],
  });
  // Clicking a unit opens the incident it was sent to.
  const markers = mountMarkerPoints(map, { prefix: 'incident-units', beforeId, radius: 5, onClick: (id) => state.update((s) => ({ ...s, selected: id.split(':')[0] ?? null })) });
  const data = followRegion(initial, DISPATCHED_LAYER_ID, loadUnits, (units) => Promise.all([routes.setData(lines(units)), markers.setPoints(units.map((u) => u.point))]));
  let seen = state.getSnapshot();
  const unsubscribe = state.subscribe(() => {
    const next = state.getSnapshot();
    if (next.generation !== seen.generation) data.reload();
    seen = next;
  });
  data.reload();
  return {
    update: data.update,
    remove: () => {
      unsubscribe();
      data.stop();
      markers.remove();
      routes.remove();
    },
  };
}

/** 调度力量: teams and supplies sent to open incidents, with a dashed line to the incident until they arrive. */
export const dispatchedUnitsLayer = defineMapLayer<IncidentLayerContext>({
  id: DISPATCHED_LAYER_ID,
  group: INCIDENTS_LAYER_GROUP.id,
  title: { zh: '调度力量', en: 'Dispatched units' },
  description: { zh: '已派遣（蓝）、出发（橙）、到达（绿）的队伍和物资', en: 'Teams and supplies: dispatched (blue), departed (orange), arrived (green)' },
  legendColor: DISPATCH_COLOURS.departed,
  defaultVisible: true,
  zIndex: MAP_Z.live,
  isAvailable: (ctx) => ctx.permissions.includes('incident.read'),
  add: (map, ctx, { beforeId }) => mountDispatched(map, ctx, beforeId),
});
