import { createHtmlMarkerSet, type HtmlMarkerSpec } from '../../../components/map/html-markers';
import { defineMapLayer, MAP_Z } from '../../../components/map/layer-registry';
import { regionsQuery } from '../../regions/api/list-regions';
import type { OneMapContext } from '../one-map-context';
import { anchorPoint, placeChildren } from '../region-placement';
import { regionMarkerElement } from './region-marker-element';

export const REGION_MARKERS_LAYER_ID = 'regions.children';

/** The children of the selected region as clickable labels; a leaf region shows itself. */
export const regionMarkersLayer = defineMapLayer<OneMapContext>({
  id: REGION_MARKERS_LAYER_ID,
  group: 'administrative',
  title: { zh: '下级行政区', en: 'Subordinate regions' },
  description: { zh: '点击名称切换到该区域', en: 'Click a name to switch to that region' },
  legendColor: '#1d4e89',
  defaultVisible: true,
  zIndex: MAP_Z.boundaries + 50,
  add: (map, initial) => {
    const markers = createHtmlMarkerSet(map, { collapsedClass: 'sw-region-marker--collapsed' });
    let shownKey: string | null = null;
    let generation = 0;

    const render = async (ctx: OneMapContext): Promise<void> => {
      const region = ctx.region;
      const key = region ? `${region.code}|${ctx.language}` : null;
      if (key === shownKey) return;
      shownKey = key;
      const current = ++generation;
      if (!region) {
        markers.clear();
        return;
      }
      const children = region.childCount > 0 ? await ctx.queryClient.fetchQuery(regionsQuery(region.code)) : [];
      if (current !== generation) return;
      const onSelect = (code: string) => ctx.selectRegion(code);
      const specs: HtmlMarkerSpec[] = placeChildren(region, ctx.path, children).map((p) => ({
        key: p.region.code,
        lngLat: [p.lon, p.lat],
        element: regionMarkerElement(p.region, { variant: 'child', approximate: p.approximate, onSelect }),
        anchor: 'left',
      }));
      const anchor = specs.length === 0 ? anchorPoint(region, ctx.path) : null;
      if (anchor) {
        specs.push({
          key: region.code,
          lngLat: [anchor.lon, anchor.lat],
          element: regionMarkerElement(region, { variant: 'current', approximate: region.lon === null, onSelect }),
          anchor: 'left',
        });
      }
      markers.replace(specs);
    };

    const update = (ctx: OneMapContext) => {
      render(ctx).catch((error: unknown) => {
        shownKey = null;
        ctx.reportLayerError(REGION_MARKERS_LAYER_ID, error);
      });
    };
    update(initial);

    return {
      update,
      setVisible: (visible) => markers.setVisible(visible),
      remove: () => {
        generation++;
        markers.destroy();
      },
    };
  },
});
