/**
 * The enterprises feature's door for the rest of the web app: its one-map layer and the panel that
 * goes with it. The page itself is routed directly (lazy-loaded like every page).
 */
export { ENTERPRISES_LAYER_GROUP, MAJOR_HAZARDS_LAYER_ID, majorHazardsLayer } from './map/major-hazards-layer';
export { EnterpriseMapOverlay, type EnterpriseMapOverlayProps } from './map/enterprise-map-overlay';
export type { EnterpriseLayerContext } from './map/enterprise-layer-context';
