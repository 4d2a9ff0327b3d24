import type { Enterprise, HazardGrade } from '@shouwang/contracts';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { defineMapLayer, MAP_Z, type MapLayerGroup, type MapLayerHandle } from '../../../components/map/layer-registry';
import { mountMarkerPoints, type MarkerPoint } from '../../../components/map/marker-points-layer';
import { followRegion } from '../../../components/map/region-loader';
import { pickLocalized, translate } from '../../../lib/i18n';
import { fetchEnterprises } from '../api/list-enterprises';
import { HAZARD_GRADE_COLOR, hazardGradeLabel } from '../labels';
import type { EnterpriseLayerContext } from './enterprise-layer-context';
import { enterpriseMapState } from './enterprise-map-state';

export const ENTERPRISES_LAYER_GROUP: MapLayerGroup = { id: 'enterprises', title: { zh: '企业与危险源', en: 'Enterprises and hazards' }, order: 25 };
export const MAJOR_HAZARDS_LAYER_ID = 'enterprises.major-hazards';

/** The most the enterprise list gives at once; the server filters to enterprises with a major hazard source, so 500 covers a city's. */
const LIMIT = 500;
const GRADE_ORDER: HazardGrade[] = ['level4', 'level3', 'level2', 'level1'];

function toMarker(e: Enterprise & { highestHazardGrade: HazardGrade }): MarkerPoint {
  const grade = pickLocalized(hazardGradeLabel(e.highestHazardGrade));
  return {
    id: e.id,
    lon: e.lon,
    lat: e.lat,
    color: HAZARD_GRADE_COLOR[e.highestHazardGrade],
    title: e.name,
    detail: translate('enterprises.map.tooltip', { grade, count: e.majorHazardSourceCount }),
    emphasis: e.highestHazardGrade === 'level1',
  };
}

function mountMajorHazards(map: MapLibreMap, initial: EnterpriseLayerContext, beforeId: string): MapLayerHandle<EnterpriseLayerContext> {
  const state = enterpriseMapState(map);
  const markers = mountMarkerPoints(map, { prefix: 'ent-hazard', beforeId, radius: 8, onClick: (id) => state.update(() => ({ selected: id })) });
  const data = followRegion(
    initial,
    MAJOR_HAZARDS_LAYER_ID,
    (regionCode, signal) => fetchEnterprises({ regionCode, majorOnly: true, limit: LIMIT, offset: 0 }, signal),
    (page) => {
      const major = page.items.filter((e): e is Enterprise & { highestHazardGrade: HazardGrade } => e.majorHazardSourceCount > 0 && e.highestHazardGrade !== null);
      // Higher grades are drawn last, on top.
      major.sort((a, b) => GRADE_ORDER.indexOf(a.highestHazardGrade) - GRADE_ORDER.indexOf(b.highestHazardGrade));
      return markers.setPoints(major.map(toMarker));
    },
  );

  let selected = state.getSnapshot().selected;
  markers.setSelected(selected);
  const unsubscribe = state.subscribe(() => {
    selected = state.getSnapshot().selected;
    markers.setSelected(selected);
  });
  data.reload();

  return {
    update: data.update,
    remove: () => {
      unsubscribe();
      data.stop();
      state.update(() => ({ selected: null }));
      markers.remove();
    },
  };
}

/** 重大危险源: enterprises holding major hazard sources, coloured by their highest grade (一级 red … 四级 blue). */
export const majorHazardsLayer = defineMapLayer<EnterpriseLayerContext>({
  id: MAJOR_HAZARDS_LAYER_ID,
  group: ENTERPRISES_LAYER_GROUP.id,
  title: { zh: '重大危险源', en: 'Major hazard sources' },
  description: { zh: '有重大危险源的企业，按最高等级着色', en: 'Enterprises with major hazard sources, by highest grade' },
  legendColor: HAZARD_GRADE_COLOR.level1,
  defaultVisible: true,
  zIndex: MAP_Z.facilities + 200,
  isAvailable: (ctx) => ctx.permissions.includes('enterprise.read'),
  add: (map, ctx, { beforeId }) => mountMajorHazards(map, ctx, beforeId),
});
