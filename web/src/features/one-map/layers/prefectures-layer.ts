import type { FilterSpecification } from 'maplibre-gl';
import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import { defineMapLayer, MAP_Z } from '../../../components/map/layer-registry';
import type { OneMapContext } from '../one-map-context';
import { prefectureCode } from '../region-geometry';
import { basemapUrl } from '../../../components/map/basemap-files';

const selectedFilter = (code: string | null): FilterSpecification => ['==', ['get', 'code'], code ?? ''];

/** Inner Mongolia 盟/市 outlines; the one containing the selected region is highlighted. */
export const prefecturesLayer = defineMapLayer<OneMapContext>({
  id: 'basemap.nmg-prefectures',
  group: 'administrative',
  title: { zh: '内蒙古盟市边界', en: 'Inner Mongolia prefectures' },
  legendColor: '#c8102e',
  defaultVisible: true,
  zIndex: MAP_Z.boundaries,
  add: (map, ctx, { beforeId }) => {
    const handle = addGeoJsonLayer(map, {
      sourceId: 'basemap-nmg',
      data: basemapUrl('neimenggu-prefectures.geojson'),
      beforeId,
      layers: [
        { id: 'basemap-nmg-fill', type: 'fill', paint: { 'fill-color': '#fff4e0', 'fill-opacity': 0.55 } },
        {
          id: 'basemap-nmg-selected-fill',
          type: 'fill',
          filter: selectedFilter(null),
          paint: { 'fill-color': '#c8102e', 'fill-opacity': 0.07 },
        },
        {
          id: 'basemap-nmg-line',
          type: 'line',
          paint: { 'line-color': '#b3823f', 'line-width': 1, 'line-dasharray': [3, 2] },
        },
        {
          id: 'basemap-nmg-selected-line',
          type: 'line',
          filter: selectedFilter(null),
          paint: { 'line-color': '#c8102e', 'line-width': 2.4 },
        },
      ],
    });
    const update = (next: OneMapContext) => {
      const filter = selectedFilter(prefectureCode(next.path));
      map.setFilter('basemap-nmg-selected-fill', filter);
      map.setFilter('basemap-nmg-selected-line', filter);
    };
    update(ctx);
    return { ...handle, update };
  },
});
