import { addGeoJsonLayer } from '../../../components/map/geojson-layer';
import { defineMapLayer, MAP_Z } from '../../../components/map/layer-registry';
import type { OneMapContext } from '../one-map-context';
import { basemapUrl } from '../../../components/map/basemap-files';

export const worldCountriesLayer = defineMapLayer<OneMapContext>({
  id: 'basemap.world',
  group: 'basemap',
  title: { zh: '世界国家边界', en: 'World countries' },
  legendColor: '#eeeae2',
  defaultVisible: true,
  zIndex: MAP_Z.basemap,
  add: (map, _ctx, { beforeId }) =>
    addGeoJsonLayer(map, {
      sourceId: 'basemap-world',
      data: basemapUrl('world-countries.geojson'),
      beforeId,
      layers: [
        {
          id: 'basemap-world-fill',
          type: 'fill',
          paint: { 'fill-color': ['case', ['get', 'china'], '#fbf7ee', '#eeeae2'] },
        },
        {
          id: 'basemap-world-line',
          type: 'line',
          filter: ['!', ['get', 'china']],
          paint: { 'line-color': '#b9b2a5', 'line-width': 0.6 },
        },
      ],
    }),
});
