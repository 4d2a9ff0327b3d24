import { MapLayerRegistry } from '../../components/map/layer-registry';
import { chinaProvincesLayer } from './layers/china-provinces-layer';
import { prefecturesLayer } from './layers/prefectures-layer';
import { regionMarkersLayer } from './layers/region-markers-layer';
import { worldCountriesLayer } from './layers/world-countries-layer';
import type { OneMapContext } from './one-map-context';

/**
 * Every layer of 一张图. A module plugs in by adding its group (if new) and its layer definitions
 * here, e.g. resources: `{ id: 'resources', title: {zh: '应急资源', en: 'Resources'}, order: 30 }`.
 */
export const oneMapLayers = new MapLayerRegistry<OneMapContext>(
  [
    { id: 'administrative', title: { zh: '行政区划', en: 'Administrative regions' }, order: 10 },
    { id: 'basemap', title: { zh: '底图', en: 'Basemap' }, order: 90 },
  ],
  [worldCountriesLayer, chinaProvincesLayer, prefecturesLayer, regionMarkersLayer],
);
