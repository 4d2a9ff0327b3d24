/**
 * The resources feature's door for the rest of the web app: its one-map layers and the panel that
 * goes with them. The resources page itself is routed directly (lazy-loaded like every page).
 */
export { RESOURCES_LAYER_GROUP, resourceMapLayers } from './map/resource-layers';
export { ResourceMapOverlay, type ResourceMapOverlayProps } from './map/resource-map-overlay';
export type { ResourceLayerContext } from './map/resource-layer-context';
