import type { TeamStatus } from '@shouwang/contracts';
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import type { MapLayerHandle } from '../../../components/map/layer-registry';
import { currentViewport, watchViewport, type MapViewport } from '../../../components/map/viewport';
import { fetchMapFeatures } from '../api/get-map-features';
import { EMPTY_COLLECTION, toLayerView, toSourceData } from './map-features';
import { attachHover } from './resource-hover';
import { countImageId, labelImageId, markerImageId, prepareResourceImages } from './resource-icons';
import type { ResourceKindStyle } from './resource-kinds';
import type { ResourceLayerContext } from './resource-layer-context';
import { resourceMapState, type TeamMapFilter } from './resource-map-state';
import { isAbortError } from '../../../components/map/region-loader';

/** Points per request before the server switches to grid clusters. */
const POINT_LIMIT = 3000;
/** Names are drawn from this zoom on (town level), where they no longer pile up. */
const LABEL_MIN_ZOOM = 11;

const isCluster: FilterSpecification = ['==', ['get', 'cluster'], true];
const isPoint: FilterSpecification = ['!=', ['get', 'cluster'], true];
const selectedFilter = (id: string | null): FilterSpecification => ['all', isPoint, ['==', ['get', 'id'], id ?? '']];


function markerExpression(style: ResourceKindStyle): ExpressionSpecification | string {
  if (style.kind !== 'team') return markerImageId(style.kind);
  const fallback: TeamStatus = 'standby';
  return ['concat', `${markerImageId('team')}:`, ['coalesce', ['get', 'status'], fallback]];
}

/**
 * One resource kind on the map: loads what is inside the viewport after every settled move (the
 * previous request is aborted), draws server clusters as sized circles with their count and points as
 * markers, zooms into a clicked cluster and selects a clicked point for the detail panel.
 */
export function mountResourceLayer(
  map: MapLibreMap,
  initial: ResourceLayerContext,
  style: ResourceKindStyle,
  beforeId: string,
): MapLayerHandle<ResourceLayerContext> {
  let ctx = initial;
  const state = resourceMapState(map);
  const prefix = `res-${style.kind}`;
  const ids = {
    cluster: `${prefix}-cluster`,
    count: `${prefix}-count`,
    selected: `${prefix}-selected`,
    point: `${prefix}-point`,
    label: `${prefix}-label`,
  };
  prepareResourceImages(map);
  let teamFilter: TeamMapFilter = state.getSnapshot().teamFilter;
  let selection = state.getSnapshot().selection;
  let generation = state.getSnapshot().generations[style.kind] ?? 0;
  const selectedId = () => (selection?.kind === style.kind ? selection.id : null);

  const layer = addGeoJsonLayer(map, {
    sourceId: prefix,
    data: EMPTY_COLLECTION,
    beforeId,
    layers: [
      {
        id: ids.cluster,
        type: 'circle',
        filter: isCluster,
        paint: {
          'circle-color': style.color,
          'circle-opacity': 0.82,
          'circle-radius': ['step', ['get', 'count'], 13, 10, 16, 100, 20, 1000, 25, 10000, 30],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 3,
          'circle-stroke-opacity': 0.85,
        },
      },
      {
        id: ids.count,
        type: 'symbol',
        filter: isCluster,
        layout: {
          'icon-image': ['concat', countImageId(''), ['get', 'countLabel']],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        id: ids.selected,
        type: 'circle',
        filter: selectedFilter(selectedId()),
        paint: {
          'circle-radius': 20,
          'circle-color': style.color,
          'circle-opacity': 0.22,
          'circle-stroke-color': style.color,
          'circle-stroke-width': 2,
        },
      },
      {
        id: ids.point,
        type: 'symbol',
        filter: isPoint,
        layout: { 'icon-image': markerExpression(style), 'icon-allow-overlap': true },
      },
      {
        id: ids.label,
        type: 'symbol',
        filter: isPoint,
        minzoom: LABEL_MIN_ZOOM,
        layout: {
          'icon-image': ['concat', labelImageId(''), ['get', 'name']],
          'icon-anchor': 'left',
          'icon-offset': [15, 0],
          'icon-padding': 1,
        },
      },
    ],
  });

  let controller: AbortController | null = null;

  const load = (viewport: MapViewport) => {
    controller?.abort();
    const request = new AbortController();
    controller = request;
    const previous = state.getSnapshot().views[style.kind];
    state.publishView(style.kind, {
      ...(previous ?? { total: 0, clustered: false, points: [], error: false }),
      loading: true,
    });
    const filter = style.kind === 'team' ? teamFilter : {};
    fetchMapFeatures({ bbox: viewport.bbox, zoom: viewport.zoom, kinds: [style.kind], limit: POINT_LIMIT, ...filter }, request.signal)
      .then(async (collection) => {
        if (request.signal.aborted) return;
        await layer.setData(toSourceData(collection));
        if (request.signal.aborted) return;
        state.publishView(style.kind, toLayerView(collection));
      })
      .catch((error: unknown) => {
        if (request.signal.aborted || isAbortError(error)) return;
        const last = state.getSnapshot().views[style.kind];
        state.publishView(style.kind, { ...(last ?? { total: 0, clustered: false, points: [] }), loading: false, error: true });
        ctx.reportLayerError(style.layerId, error);
      });
  };

  const onClusterClick = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || feature.geometry.type !== 'Point') return;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    map.easeTo({ center: [lon, lat], zoom: Math.min(map.getZoom() + 2, map.getMaxZoom()) });
  };
  const onPointClick = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature || feature.geometry.type !== 'Point') return;
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const p = feature.properties as { id: string; name: string };
    state.select({ kind: style.kind, id: p.id, name: p.name, lon, lat });
  };
  map.on('click', ids.cluster, onClusterClick);
  map.on('click', ids.point, onPointClick);
  const detachHover = attachHover(map, style.kind, { point: ids.point, cluster: ids.cluster });

  const unsubscribe = state.subscribe(() => {
    const snapshot = state.getSnapshot();
    const changed = (snapshot.generations[style.kind] ?? 0) !== generation;
    const filtered = style.kind === 'team' && snapshot.teamFilter !== teamFilter;
    if (changed || filtered) {
      generation = snapshot.generations[style.kind] ?? 0;
      teamFilter = snapshot.teamFilter;
      load(currentViewport(map));
    }
    if (snapshot.selection !== selection) {
      selection = snapshot.selection;
      if (map.getLayer(ids.selected)) map.setFilter(ids.selected, selectedFilter(selectedId()));
    }
  });
  const unwatch = watchViewport(map, load);

  return {
    update: (next) => {
      ctx = next;
    },
    remove: () => {
      unwatch();
      unsubscribe();
      controller?.abort();
      state.publishView(style.kind, null);
      detachHover();
      map.off('click', ids.cluster, onClusterClick);
      map.off('click', ids.point, onPointClick);
      layer.remove();
    },
  };
}
