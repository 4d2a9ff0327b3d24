import type { Region, Warning, WarningLevel } from '@shouwang/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FilterSpecification, MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { basemapUrl } from '../../../components/map/basemap-files';
import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import { defineMapLayer, MAP_Z, type MapLayerHandle } from '../../../components/map/layer-registry';
import { maplibregl } from '../../../components/map/maplibre';
import { translate } from '../../../lib/i18n';
import { regionPathQuery } from '../../regions/api/get-region';
import { levelColour, MAX_PAGE, parseShapes, shapeFeature, WARNING_AREAS_LAYER_ID, warningMapState, warningsKey, warningsQuery, WARNINGS_LAYER_GROUP } from '../../warnings';
import type { OneMapContext } from '../one-map-context';
import { anchorPoint } from '../region-placement';
import { isAbortError } from '../../../components/map/region-loader';

/** Where a target region is drawn: its basemap polygon (province, prefecture), else a point with a halo. */
type RegionShape = { kind: 'polygon'; geometry: Geometry } | { kind: 'point'; lon: number; lat: number; level: Region['level'] };

type AreaProps = {
  warningId: string;
  colour: string;
  /** Higher for the more severe level, so red is drawn over blue where areas overlap. */
  rank: number;
  title: string;
  detail: string;
  /** Halo size by the region's level: a county's halo is wider than a village's. */
  spread: number;
};

const SOURCE = 'warning-areas';
const ids = { fill: `${SOURCE}-fill`, line: `${SOURCE}-line`, selected: `${SOURCE}-selected`, halo: `${SOURCE}-halo`, dot: `${SOURCE}-dot` };
const BASEMAP_POLYGONS: Partial<Record<Region['level'], string>> = { 1: 'china-provinces.geojson', 2: 'neimenggu-prefectures.geojson' };
const SPREAD_BY_LEVEL: Record<Region['level'], number> = { 1: 2.2, 2: 1.8, 3: 1.4, 4: 1, 5: 0.7 };

/** The basemap's polygons by region code; the files are static, so they are fetched once per session. */
function basemapPolygons(queryClient: QueryClient, file: string): Promise<Map<string, Geometry>> {
  return queryClient.fetchQuery({
    queryKey: ['basemap', 'polygons', file],
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async ({ signal }) => {
      const response = await fetch(basemapUrl(file), { signal });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      const fc = (await response.json()) as FeatureCollection<Geometry, { code?: string | null }>;
      return new Map(fc.features.filter((f) => f.properties.code).map((f) => [f.properties.code ?? '', f.geometry]));
    },
  });
}

async function regionShape(queryClient: QueryClient, code: string): Promise<RegionShape | null> {
  const { region, ancestors } = await queryClient.fetchQuery(regionPathQuery(code));
  const file = BASEMAP_POLYGONS[region.level];
  const polygon = file ? (await basemapPolygons(queryClient, file)).get(region.code) : undefined;
  if (polygon) return { kind: 'polygon', geometry: polygon };
  const point = anchorPoint(region, ancestors);
  return point ? { kind: 'point', ...point, level: region.level } : null;
}

/** Every published warning's target regions and drawn areas as features coloured by level. */
async function loadAreas(ctx: OneMapContext, regionCode: string): Promise<FeatureCollection> {
  const { items } = await ctx.queryClient.fetchQuery(warningsQuery({ regionCode, status: 'published', limit: MAX_PAGE, offset: 0 }));
  const codes = [...new Set(items.flatMap((w) => w.areas.regionCodes))];
  // A region outside the reader's scope (an imported alert's) is simply not drawn.
  const shapes = new Map(await Promise.all(codes.map(async (code) => [code, await regionShape(ctx.queryClient, code).catch(() => null)] as const)));
  const features: Feature[] = [];
  // MapLibre draws later features on top within a layer: least severe first, and of one level the
  // newest last (the list comes newest first; the sort is stable).
  const ordered = [...items].reverse().sort((a, b) => (b.level ?? 5) - (a.level ?? 5));
  for (const w of ordered) {
    const props = (spread = 1): AreaProps => ({
      warningId: w.id,
      colour: levelColour(w.level).fill,
      rank: 5 - (w.level ?? 5),
      title: w.headline,
      detail: detailOf(w),
      spread,
    });
    for (const code of w.areas.regionCodes) {
      const shape = shapes.get(code);
      if (!shape) continue;
      if (shape.kind === 'polygon') features.push({ type: 'Feature', geometry: shape.geometry, properties: props() });
      else features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [shape.lon, shape.lat] }, properties: props(SPREAD_BY_LEVEL[shape.level]) });
    }
    for (const shape of parseShapes(w.areas)) features.push(shapeFeature(shape, props()));
  }
  return { type: 'FeatureCollection', features };
}

function detailOf(w: Warning): string {
  const level: WarningLevel | null = w.level;
  const colour = level ? translate('warnings.level.signal', { colour: translate(`warnings.level.${level}`) }) : translate('warnings.level.none');
  return `${colour} · ${w.type.name}`;
}

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

const selectedFilter = (id: string | null): FilterSpecification => ['==', ['get', 'warningId'], id ?? ''];
const polygons: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const points: FilterSpecification = ['==', ['geometry-type'], 'Point'];

function mountWarningAreas(map: MapLibreMap, initial: OneMapContext, beforeId: string): MapLayerHandle<OneMapContext> {
  let ctx = initial;
  const state = warningMapState(map);
  const layer = addGeoJsonLayer(map, {
    sourceId: SOURCE,
    data: { type: 'FeatureCollection', features: [] },
    beforeId,
    layers: [
      { id: ids.fill, type: 'fill', filter: polygons, layout: { 'fill-sort-key': ['get', 'rank'] }, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.3 } },
      { id: ids.line, type: 'line', filter: polygons, layout: { 'line-sort-key': ['get', 'rank'] }, paint: { 'line-color': ['get', 'colour'], 'line-width': 2 } },
      {
        id: ids.halo,
        type: 'circle',
        filter: points,
        layout: { 'circle-sort-key': ['get', 'rank'] },
        paint: {
          'circle-color': ['get', 'colour'],
          'circle-opacity': 0.3,
          'circle-blur': 0.35,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, ['*', 12, ['get', 'spread']], 8, ['*', 22, ['get', 'spread']], 12, ['*', 40, ['get', 'spread']]],
          'circle-stroke-color': ['get', 'colour'],
          'circle-stroke-width': 1.5,
          'circle-stroke-opacity': 0.8,
        },
      },
      { id: ids.dot, type: 'circle', filter: points, layout: { 'circle-sort-key': ['get', 'rank'] }, paint: { 'circle-color': ['get', 'colour'], 'circle-radius': 6, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
      { id: ids.selected, type: 'line', filter: selectedFilter(null), paint: { 'line-color': '#0b2545', 'line-width': 3, 'line-dasharray': [2, 1] } },
    ],
  });

  const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false, offset: 10, className: 'sw-map-popup', maxWidth: '280px' });
  // One handler for the halos and the areas: the top-most warning under the pointer is the one meant.
  const interactive = [ids.halo, ids.fill];
  const topAt = (event: MapMouseEvent): AreaProps | null => {
    const layers = interactive.filter((id) => map.getLayer(id));
    const [top] = layers.length ? map.queryRenderedFeatures(event.point, { layers }) : [];
    return top ? (top.properties as AreaProps) : null;
  };
  let shown: string | null = null;
  const onMove = (event: MapMouseEvent) => {
    const p = topAt(event);
    if (!p) {
      if (shown !== null) {
        shown = null;
        map.getCanvas().style.cursor = '';
        popup.remove();
      }
      return;
    }
    map.getCanvas().style.cursor = 'pointer';
    popup.setLngLat(event.lngLat);
    if (p.warningId === shown) return;
    shown = p.warningId;
    popup.setDOMContent(tooltip(p.title, p.detail)).addTo(map);
  };
  const onClick = (event: MapMouseEvent) => {
    const p = topAt(event);
    if (p) state.update((s) => ({ ...s, selected: p.warningId }));
  };
  map.on('mousemove', onMove);
  map.on('click', onClick);

  let controller: AbortController | null = null;
  const load = () => {
    controller?.abort();
    const region = ctx.region?.code;
    if (!region) return;
    const request = new AbortController();
    controller = request;
    loadAreas(ctx, region)
      .then((data) => (request.signal.aborted ? undefined : layer.setData(data)))
      .catch((error: unknown) => {
        if (!request.signal.aborted && !isAbortError(error)) ctx.reportLayerError(WARNING_AREAS_LAYER_ID, error);
      });
  };

  let seen = state.getSnapshot();
  map.setFilter(ids.selected, selectedFilter(seen.selected));
  const unsubscribe = state.subscribe(() => {
    const next = state.getSnapshot();
    if (next.generation !== seen.generation) {
      // Live: a publication or cancellation happened; the list must come from the server again.
      void ctx.queryClient.invalidateQueries({ queryKey: warningsKey }).then(load);
    }
    if (next.selected !== seen.selected && map.getLayer(ids.selected)) map.setFilter(ids.selected, selectedFilter(next.selected));
    seen = next;
  });
  load();

  return {
    update: (next) => {
      const reload = next.region?.code !== ctx.region?.code || next.language !== ctx.language;
      ctx = next;
      if (reload) load();
    },
    remove: () => {
      unsubscribe();
      controller?.abort();
      map.off('mousemove', onMove);
      map.off('click', onClick);
      popup.remove();
      state.update((s) => ({ ...s, selected: null }));
      layer.remove();
    },
  };
}

/** 生效预警区域: published warnings' target regions and drawn areas, in their level's colour. */
export const warningAreasLayer = defineMapLayer<OneMapContext>({
  id: WARNING_AREAS_LAYER_ID,
  group: WARNINGS_LAYER_GROUP.id,
  title: { zh: '生效预警区域', en: 'Warning areas in force' },
  description: { zh: '按预警级别着色（红、橙、黄、蓝）', en: 'Coloured by level (red, orange, yellow, blue)' },
  legendColor: levelColour(1).fill,
  defaultVisible: true,
  zIndex: MAP_Z.areas,
  isAvailable: (ctx) => ctx.permissions.includes('warning.read'),
  add: (map, ctx, { beforeId }) => mountWarningAreas(map, ctx, beforeId),
});
