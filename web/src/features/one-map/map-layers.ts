import { MapLayerRegistry } from '../../components/map/layer-registry';
import { ENTERPRISES_LAYER_GROUP, EnterpriseMapOverlay, majorHazardsLayer } from '../enterprises';
import { dispatchedUnitsLayer, fireCoverageLayer, IncidentMapOverlay, incidentsLayer, INCIDENTS_LAYER_GROUP } from '../incidents';
import { alarmPointsLayer, MONITORING_LAYER_GROUP, MonitoringMapOverlay } from '../monitoring';
import { RESOURCES_LAYER_GROUP, ResourceMapOverlay, resourceMapLayers } from '../resources';
import { WARNINGS_LAYER_GROUP, WarningMapOverlay } from '../warnings';
import { chinaProvincesLayer } from './layers/china-provinces-layer';
import { prefecturesLayer } from './layers/prefectures-layer';
import { regionMarkersLayer } from './layers/region-markers-layer';
import { warningAreasLayer } from './layers/warning-areas-layer';
import { worldCountriesLayer } from './layers/world-countries-layer';
import type { OneMapContext, OneMapOverlay } from './one-map-context';

/**
 * Every layer of 一张图. A module plugs in by adding its group (if new) and its layer definitions
 * here, plus (optionally) an overlay: a panel beside the map for its filters and details.
 */
export const oneMapLayers = new MapLayerRegistry<OneMapContext>(
  [
    { id: 'administrative', title: { zh: '行政区划', en: 'Administrative regions' }, order: 10 },
    INCIDENTS_LAYER_GROUP,
    WARNINGS_LAYER_GROUP,
    MONITORING_LAYER_GROUP,
    ENTERPRISES_LAYER_GROUP,
    RESOURCES_LAYER_GROUP,
    { id: 'basemap', title: { zh: '底图', en: 'Basemap' }, order: 90 },
  ],
  [worldCountriesLayer, chinaProvincesLayer, prefecturesLayer, regionMarkersLayer, warningAreasLayer, ...resourceMapLayers, majorHazardsLayer, alarmPointsLayer, fireCoverageLayer, dispatchedUnitsLayer, incidentsLayer],
);

/** Panels drawn in the map's right-hand column, in order. */
export const oneMapOverlays: OneMapOverlay[] = [IncidentMapOverlay, WarningMapOverlay, MonitoringMapOverlay, EnterpriseMapOverlay, ResourceMapOverlay];
