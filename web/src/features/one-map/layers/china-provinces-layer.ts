import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import { defineMapLayer, MAP_Z } from '../../../components/map/layer-registry';
import type { OneMapContext } from '../one-map-context';
import { basemapUrl } from '../../../components/map/basemap-files';

export const chinaProvincesLayer = defineMapLayer<OneMapContext>({
  id: 'basemap.china-provinces',
  group: 'basemap',
  title: { zh: '中国省级行政区', en: 'Chinese provinces' },
  legendColor: '#fbf7ee',
  defaultVisible: true,
  zIndex: MAP_Z.basemap + 10,
  add: (map, _ctx, { beforeId }) =>
    addGeoJsonLayer(map, {
      sourceId: 'basemap-china',
      data: basemapUrl('china-provinces.geojson'),
      beforeId,
      layers: [
        { id: 'basemap-china-fill', type: 'fill', paint: { 'fill-color': '#fbf7ee' } },
        {
          id: 'basemap-china-line',
          type: 'line',
          paint: { 'line-color': '#a89a82', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4] },
        },
      ],
    }),
});
