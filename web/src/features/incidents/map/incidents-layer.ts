import type { Map as MapLibreMap } from 'maplibre-gl';
import { defineMapLayer, MAP_Z, type MapLayerHandle } from '../../../components/map/layer-registry';
import { mountMarkerPoints, type MarkerPoint } from '../../../components/map/marker-points-layer';
import { followRegion } from '../../../components/map/region-loader';
import { translate } from '../../../lib/i18n';
import { gradeColour } from '../labels';
import { INCIDENTS_LAYER_GROUP, INCIDENTS_LAYER_ID, type IncidentLayerContext } from './incident-layer-context';
import { incidentMapState } from './incident-map-state';
import { loadOpenIncidents } from './load-open-incidents';

function mountIncidents(map: MapLibreMap, initial: IncidentLayerContext, beforeId: string): MapLayerHandle<IncidentLayerContext> {
  const state = incidentMapState(map);
  const markers = mountMarkerPoints(map, { prefix: 'incidents', beforeId, radius: 8, halo: true, onClick: (id) => state.update((s) => ({ ...s, selected: id })) });
  const data = followRegion(initial, INCIDENTS_LAYER_ID, loadOpenIncidents, async (incidents) => {
    const points: MarkerPoint[] = incidents.map((i) => ({
      id: i.id,
      lon: i.location.lon,
      lat: i.location.lat,
      color: gradeColour(i.grade).fill,
      title: i.title,
      detail: [i.grade ? translate(`incidents.grade.${i.grade}`) : translate('incidents.grade.none'), i.type.name, translate(`incidents.status.${i.status}`)].join(' · '),
      emphasis: i.responseLevel !== null,
    }));
    await markers.setPoints(points);
    const s = state.getSnapshot();
    const focused = s.focus && incidents.find((i) => i.id === s.selected);
    if (focused) {
      map.flyTo({ center: [focused.location.lon, focused.location.lat], zoom: Math.max(map.getZoom(), 11) });
      state.update((x) => ({ ...x, focus: false }));
    }
  });

  let seen = state.getSnapshot();
  markers.setSelected(seen.selected);
  const unsubscribe = state.subscribe(() => {
    const next = state.getSnapshot();
    if (next.generation !== seen.generation || (next.focus && !seen.focus)) data.reload();
    if (next.selected !== seen.selected) markers.setSelected(next.selected);
    seen = next;
  });
  data.reload();

  return {
    update: data.update,
    remove: () => {
      unsubscribe();
      data.stop();
      markers.remove();
    },
  };
}

/** 突发事件: open incidents at their place, in their grade's colour; larger where a response is active. */
export const incidentsLayer = defineMapLayer<IncidentLayerContext>({
  id: INCIDENTS_LAYER_ID,
  group: INCIDENTS_LAYER_GROUP.id,
  title: { zh: '突发事件', en: 'Incidents' },
  description: { zh: '未终报的事件，按等级着色（红、橙、黄、蓝）', en: 'Open incidents coloured by grade (red, orange, yellow, blue)' },
  legendColor: gradeColour(1).fill,
  defaultVisible: true,
  zIndex: MAP_Z.alerts,
  isAvailable: (ctx) => ctx.permissions.includes('incident.read'),
  add: (map, ctx, { beforeId }) => mountIncidents(map, ctx, beforeId),
});
