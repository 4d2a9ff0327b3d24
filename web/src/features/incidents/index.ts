/**
 * The incidents feature's door for the one map: its layers (open incidents by grade, dispatched units,
 * fire stations' 5-minute reach) and the panel that goes with them. The page is routed directly.
 */
export { dispatchedUnitsLayer } from './map/dispatched-units-layer';
export { fireCoverageLayer } from './map/fire-coverage-layer';
export { INCIDENTS_LAYER_GROUP, type IncidentLayerContext } from './map/incident-layer-context';
export { IncidentMapOverlay, type IncidentMapOverlayProps } from './map/incident-map-overlay';
export { incidentsLayer } from './map/incidents-layer';
