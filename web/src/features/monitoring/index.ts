/**
 * The monitoring feature's door for the one map: its layer and the panel that goes with it. The page
 * and the shell's live updater are lazy-loaded by path; the enterprise file imports `EnterprisePoints`
 * by path too, so it does not pull MapLibre in through this file.
 */
export { ALARM_POINTS_LAYER_ID, alarmPointsLayer, MONITORING_LAYER_GROUP } from './map/alarm-points-layer';
export { MonitoringMapOverlay, type MonitoringMapOverlayProps } from './map/monitoring-map-overlay';
export type { MonitoringLayerContext } from './map/monitoring-layer-context';
