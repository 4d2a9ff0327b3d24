import type { MonitoringPoint } from '@shouwang/contracts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { defineMapLayer, MAP_Z, type MapLayerGroup, type MapLayerHandle } from '../../../components/map/layer-registry';
import { mountMarkerPoints, type MarkerPoint } from '../../../components/map/marker-points-layer';
import { followRegion } from '../../../components/map/region-loader';
import { formatReading } from '../../../lib/format';
import { getLanguage, pickLocalized } from '../../../lib/i18n';
import { fetchPoints, MAX_PAGE } from '../api/list-points';
import { pointStateLabel, SEVERITY_COLOR, STATE_SEVERITY } from '../labels';
import type { MonitoringLayerContext } from './monitoring-layer-context';
import { monitoringMapState } from './monitoring-map-state';

export const MONITORING_LAYER_GROUP: MapLayerGroup = { id: 'monitoring', title: { zh: '监测预警', en: 'Monitoring' }, order: 20 };
export const ALARM_POINTS_LAYER_ID = 'monitoring.alarm-points';

function toMarker(point: MonitoringPoint): MarkerPoint {
  const severity = STATE_SEVERITY[point.state];
  const where = point.enterpriseName ?? point.assetName;
  const reading = point.value === null ? '' : ` ${formatReading(point.value, getLanguage())} ${point.unit}`;
  return {
    id: point.id,
    lon: point.lon,
    lat: point.lat,
    color: SEVERITY_COLOR[severity],
    title: point.name,
    detail: `${where ? `${where} · ` : ''}${pickLocalized(pointStateLabel(point.state))}${reading}`,
    emphasis: severity === 'danger',
  };
}

/** Points in alarm (any limit or rate condition) and offline points of the region: what needs a look. */
async function loadTroubled(regionCode: string, signal: AbortSignal): Promise<MonitoringPoint[]> {
  const [alarm, offline] = await Promise.all([
    fetchPoints({ regionCode, state: 'alarm', limit: MAX_PAGE, offset: 0 }, signal),
    fetchPoints({ regionCode, state: 'offline', limit: MAX_PAGE, offset: 0 }, signal),
  ]);
  return [...offline.items, ...alarm.items];
}

function mountAlarmPoints(map: MapLibreMap, initial: MonitoringLayerContext, beforeId: string): MapLayerHandle<MonitoringLayerContext> {
  const state = monitoringMapState(map);
  const markers = mountMarkerPoints(map, {
    prefix: 'mon-alarm',
    beforeId,
    radius: 6,
    halo: true,
    onClick: (id) => state.update((s) => ({ ...s, selected: id })),
  });
  const data = followRegion(initial, ALARM_POINTS_LAYER_ID, loadTroubled, (points) => markers.setPoints(points.map(toMarker)));

  let seen = state.getSnapshot();
  markers.setSelected(seen.selected);
  const unsubscribe = state.subscribe(() => {
    const next = state.getSnapshot();
    if (next.generation !== seen.generation) data.reload();
    if (next.selected !== seen.selected) markers.setSelected(next.selected);
    seen = next;
  });
  data.reload();

  return {
    update: data.update,
    remove: () => {
      unsubscribe();
      data.stop();
      state.update((s) => ({ ...s, selected: null }));
      markers.remove();
    },
  };
}

/** 监测报警: monitoring points not in the normal state, coloured like the board (red, amber, grey). */
export const alarmPointsLayer = defineMapLayer<MonitoringLayerContext>({
  id: ALARM_POINTS_LAYER_ID,
  group: MONITORING_LAYER_GROUP.id,
  title: { zh: '监测报警', en: 'Monitoring alarms' },
  description: { zh: '处于报警或离线状态的监测点', en: 'Monitoring points in alarm or offline' },
  legendColor: SEVERITY_COLOR.danger,
  defaultVisible: true,
  zIndex: MAP_Z.live,
  isAvailable: (ctx) => ctx.permissions.includes('alarm.read'),
  add: (map, ctx, { beforeId }) => mountAlarmPoints(map, ctx, beforeId),
});
